#!/usr/bin/env bash
# Renders a .docx with LibreOffice (headless) to a PDF, and the PDF's first page to a PNG at 80 dpi:
#   bash scripts/render-docx.sh <file.docx> <outdir>   → <outdir>/<name>.pdf and <outdir>/<name>.png
# Needs soffice (Debian libreoffice-writer) and pdftoppm (poppler-utils); .ci/run installs both. A private
# LibreOffice profile per run, so that parallel runs do not wait on each other's lock.
set -euo pipefail
docx=$1
outdir=$2
name=$(basename "$docx" .docx)
mkdir -p "$outdir"
profile=$(mktemp -d "${TMPDIR:-/tmp}/lexdraft-soffice-XXXXXX")
trap 'rm -rf "$profile"' EXIT
soffice "-env:UserInstallation=file://$profile" --headless --convert-to pdf --outdir "$outdir" "$docx" >/dev/null
pdftoppm -png -r 80 -singlefile "$outdir/$name.pdf" "$outdir/$name"
