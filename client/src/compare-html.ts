/**
 * The comparison panel's page (no vscode import: unit-tested). The table comes from the server, escaped by
 * the core's renderer; everything else written here is escaped too. No remote resource, one script with a
 * nonce, styles from the theme's variables.
 */
import type { CompareOutlineEntry } from '../../server/src/protocol';
import { escapeHtml, page } from './page';

export interface PanelContent {
  title: string;
  summary: string;
  table: string;
  outline: CompareOutlineEntry[];
  /** The two versions, as the panel's title names them. */
  versions: { old: string; new: string };
}

/** What the page posts to the extension. */
export type PanelMessage =
  | { type: 'ready' }
  | { type: 'reveal'; number: number; sub: number }
  | { type: 'export'; format: 'md' | 'html' | 'docx' }
  | { type: 'amend' };

const CHANGE: Record<string, string> = { modified: '改', added: '增', deleted: '删', moved: '移', split: '拆', merged: '并' };

function outlineItem(o: CompareOutlineEntry): string {
  const mark = CHANGE[o.change] ? `<span class="change ${o.change}">${CHANGE[o.change]}</span>` : '';
  return `<li class="${o.kind}"><a href="#row-${o.row}">${escapeHtml(o.label)}</a>${mark}</li>`;
}

export function panelHtml(c: PanelContent, nonce: string): string {
  const body = `<nav><ul>${c.outline.map(outlineItem).join('')}</ul></nav>
<main>
<h1>${escapeHtml(c.title)}</h1>
<p class="versions">${escapeHtml(c.versions.old)} → ${escapeHtml(c.versions.new)}</p>
<p class="summary">${escapeHtml(c.summary)}</p>
<div class="actions">
<button data-action="md" title="Export Markdown">导出 Markdown</button>
<button data-action="html" title="Export HTML">导出 HTML</button>
<button data-action="docx" title="Export Word (GB/T 9704 page)">导出 Word (.docx)</button>
<button data-action="amend" class="primary" title="Generate the amendment decision (a new, unsaved draft)">生成修改决定</button>
</div>
${c.table}
</main>`;
  return page({ title: c.title, style: STYLE, body, script: SCRIPT, nonce });
}

const STYLE = `
body{display:flex;margin:0;padding:0;color:var(--vscode-foreground);background:var(--vscode-editor-background);font-family:var(--vscode-font-family);font-size:var(--vscode-font-size)}
nav{position:sticky;top:0;height:100vh;overflow-y:auto;flex:0 0 11em;border-right:1px solid var(--vscode-panel-border);padding:0.5em}
nav ul{list-style:none;margin:0;padding:0}
nav li.heading{margin-top:0.5em;font-weight:bold}
nav li.article{padding-left:1em}
nav a,a.article{color:var(--vscode-textLink-foreground);text-decoration:none}
nav a:hover,a.article:hover{text-decoration:underline}
.change{margin-left:0.4em;font-size:0.85em;opacity:0.8}
main{flex:1;padding:0 1em 2em;min-width:0}
h1{font-size:1.3em}
.versions,.summary{color:var(--vscode-descriptionForeground)}
.actions{display:flex;gap:0.5em;margin:0.5em 0 1em;flex-wrap:wrap}
button{color:var(--vscode-button-secondaryForeground);background:var(--vscode-button-secondaryBackground);border:none;padding:4px 10px;cursor:pointer}
button.primary{color:var(--vscode-button-foreground);background:var(--vscode-button-background)}
table{border-collapse:collapse;width:100%}
td,th{border:1px solid var(--vscode-panel-border);padding:4px 8px;vertical-align:top;text-align:left;width:50%}
thead th,tr.heading th{text-align:center;background:var(--vscode-editorWidget-background)}
tr.heading th{font-weight:bold}
b{background:var(--vscode-diffEditor-insertedTextBackground)}
s{background:var(--vscode-diffEditor-removedTextBackground)}
tr.shown td,tr.shown th{outline:2px solid var(--vscode-focusBorder)}
`;

// The side list scrolls the page to its row; a new label, an export or the instrument goes to the extension.
const SCRIPT = `
const vscode = acquireVsCodeApi();
document.addEventListener('click', (e) => {
  const t = e.target instanceof Element ? e.target : null;
  const entry = t && t.closest('nav a');
  if (entry) {
    e.preventDefault();
    const row = document.getElementById(entry.getAttribute('href').slice(1));
    if (!row) return;
    for (const shown of document.querySelectorAll('tr.shown')) shown.classList.remove('shown');
    row.classList.add('shown');
    row.scrollIntoView({ block: 'start' });
    return;
  }
  const label = t && t.closest('a.article');
  if (label) {
    e.preventDefault();
    vscode.postMessage({ type: 'reveal', number: Number(label.dataset.number), sub: Number(label.dataset.sub) });
    return;
  }
  const button = t && t.closest('button[data-action]');
  if (!button) return;
  const action = button.dataset.action;
  if (action === 'amend') vscode.postMessage({ type: 'amend' });
  else vscode.postMessage({ type: 'export', format: action });
});
vscode.postMessage({ type: 'ready' });
`;
