/**
 * What the extension's webview pages share (no vscode import: unit-tested through them): the document around a
 * page's body — nothing remote, one style and one script, each admitted by a fresh nonce — and escaping.
 */
const ESCAPE: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPE[c] as string);

/** A fresh nonce for a page's one script and style (Content-Security-Policy). */
export function nonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString('base64');
}

/** The page: `title` is escaped here; `body`, `style` and `script` are the caller's, already safe. */
export function page(p: { title: string; style: string; body: string; script: string; nonce: string }): string {
  return `<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${p.nonce}'; script-src 'nonce-${p.nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(p.title)}</title>
<style nonce="${p.nonce}">${p.style}</style>
</head>
<body>
${p.body}
<script nonce="${p.nonce}">${p.script}</script>
</body>
</html>
`;
}
