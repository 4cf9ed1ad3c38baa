/**
 * The page of a Word draft opened in the editor (no vscode import: unit-tested): the document's paragraphs as
 * LexDraft reads them, numbering written in, each with its findings under it and their words marked, 段落 N
 * as Word counts paragraphs. Read-only: what the reviewer does is in Word, or in the text draft converted from
 * it. Everything written from the document is escaped; no remote resource; one script with a nonce.
 */
import type { WordParagraph } from '../../server/src/protocol';
import { escapeHtml, page } from './page';

/** A finding as the page shows it: LSP positions (line = paragraph − 1) and severity (1 error … 4 hint). */
export interface WordFinding {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity?: number;
  code?: string | number;
  message: string;
}

export type WordViewContent =
  | { name: string; error: string }
  | { name: string; paragraphs: WordParagraph[]; findings: WordFinding[]; articles: number; tracked: 'current' | 'before'; warnings: string[] };

/** What the page posts to the extension. */
export type WordViewMessage = { type: 'ready' } | { type: 'convert' } | { type: 'recheck' } | { type: 'tracked'; value: 'current' | 'before' };

const SEVERITY = ['', 'error', 'warning', 'information', 'hint'] as const;
const SEVERITY_ZH: Record<string, string> = { error: '错误', warning: '警告', information: '提示', hint: '建议' };

export function wordViewHtml(c: WordViewContent, nonce: string): string {
  return page({ title: c.name, style: STYLE, body: 'error' in c ? errorBody(c) : documentBody(c), script: SCRIPT, nonce });
}

function errorBody(c: { name: string; error: string }): string {
  return `<h1>${escapeHtml(c.name)}</h1>
<p class="error">无法读取此 Word 文档 · Cannot read this Word document：${escapeHtml(c.error)}</p>
<div class="actions"><button data-action="recheck" class="primary">重新读取 · Read again</button></div>`;
}

function documentBody(c: Extract<WordViewContent, { paragraphs: WordParagraph[] }>): string {
  const byParagraph = new Map<number, WordFinding[]>();
  for (const f of c.findings) {
    const p = f.range.start.line + 1;
    byParagraph.set(p, [...(byParagraph.get(p) ?? []), f]);
  }
  const count = (s: number): number => c.findings.filter((f) => (f.severity ?? 1) === s).length;
  const summary = `${c.articles} 条 · 错误 ${count(1)} · 警告 ${count(2)} · 提示 ${count(3) + count(4)}`;
  const other = c.tracked === 'current' ? 'before' : 'current';
  const trackedLabel = c.tracked === 'current' ? '按修订前文本检查 · Check the text before tracked changes' : '按修订后文本检查 · Check the text after tracked changes';
  return `<header>
<h1>${escapeHtml(c.name)}</h1>
<p class="summary">${summary}${c.tracked === 'before' ? ' · 修订前文本' : ''}</p>
<p class="note">只读：问题按段落列出，“段落 N”即 Word 中的第 N 段（表格中的段落也计数）。修改请在 Word 中进行，或转换为文本草稿后编辑。 · Read-only: findings by paragraph, as Word counts them. Edit in Word, or convert to a text draft.</p>
${c.warnings.map((w) => `<p class="warning">${escapeHtml(w)}</p>`).join('\n')}
<div class="actions">
<button data-action="convert" class="primary" title="Convert to a text draft beside the document">转换为文本草稿</button>
<button data-action="recheck" title="Check again (after saving in Word)">重新检查</button>
<button data-action="tracked" data-value="${other}">${trackedLabel}</button>
<label><input type="checkbox" id="only"> 只看有问题的段落 · Only paragraphs with findings</label>
</div>
</header>
<main>
${c.paragraphs.map((p) => paragraph(p, byParagraph.get(p.paragraph) ?? [])).join('\n')}
</main>`;
}

function paragraph(p: WordParagraph, findings: readonly WordFinding[]): string {
  const list = findings.map((f) => {
    const sev = SEVERITY[f.severity ?? 1] ?? 'error';
    return `<li class="${sev}"><span class="sev">${SEVERITY_ZH[sev] ?? sev}</span> ${escapeHtml(f.message)} <code>${escapeHtml(String(f.code ?? ''))}</code></li>`;
  });
  const cls = findings.length > 0 ? 'p flagged' : 'p';
  return `<section class="${cls}" id="p-${p.paragraph}"><span class="n">段落 ${p.paragraph}</span><div class="t">${marked(p.text, findings)}</div>${list.length ? `<ul>${list.join('')}</ul>` : ''}</section>`;
}

/** The paragraph's text with the words of its one-paragraph findings marked; overlapping ones are listed only. */
function marked(text: string, findings: readonly WordFinding[]): string {
  const spans = findings
    .filter((f) => f.range.end.line === f.range.start.line && f.range.end.character > f.range.start.character)
    .map((f) => ({ start: f.range.start.character, end: Math.min(f.range.end.character, text.length), sev: SEVERITY[f.severity ?? 1] ?? 'error', title: f.message }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  for (const s of spans) {
    if (s.start < at || s.start >= text.length) continue;
    out += escapeHtml(text.slice(at, s.start)) + `<mark class="${s.sev}" title="${escapeHtml(s.title)}">${escapeHtml(text.slice(s.start, s.end))}</mark>`;
    at = s.end;
  }
  return out + escapeHtml(text.slice(at));
}

const STYLE = `
body{margin:0;padding:0 1.2em 2em;color:var(--vscode-foreground);background:var(--vscode-editor-background);font-family:var(--vscode-font-family);font-size:var(--vscode-font-size)}
header{position:sticky;top:0;background:var(--vscode-editor-background);padding:0.3em 0 0.5em;border-bottom:1px solid var(--vscode-panel-border);z-index:1}
h1{font-size:1.3em;margin:0.4em 0}
.summary,.note{color:var(--vscode-descriptionForeground);margin:0.3em 0}
.error{color:var(--vscode-errorForeground)}
p.warning{color:var(--vscode-editorWarning-foreground)}
.actions{display:flex;gap:0.5em;margin:0.5em 0 0;flex-wrap:wrap;align-items:center}
button{color:var(--vscode-button-secondaryForeground);background:var(--vscode-button-secondaryBackground);border:none;padding:4px 10px;cursor:pointer}
button.primary{color:var(--vscode-button-foreground);background:var(--vscode-button-background)}
section.p{display:flex;flex-wrap:wrap;padding:0.25em 0;border-bottom:1px solid transparent}
section.p .n{flex:0 0 5.5em;color:var(--vscode-editorLineNumber-foreground);font-size:0.9em;padding-top:0.1em}
section.p .t{flex:1;min-width:0;white-space:pre-wrap;line-height:1.7}
section.p ul{flex:0 0 100%;margin:0.2em 0 0.4em 5.5em;padding:0;list-style:none}
section.p li{margin:0.15em 0}
section.flagged{background:var(--vscode-editor-lineHighlightBackground)}
body.only section.p:not(.flagged){display:none}
.sev{font-weight:bold}
li.error .sev{color:var(--vscode-editorError-foreground)}
li.warning .sev{color:var(--vscode-editorWarning-foreground)}
li.information .sev,li.hint .sev{color:var(--vscode-editorInfo-foreground)}
mark{background:none;color:inherit;text-decoration:underline wavy;text-underline-offset:3px}
mark.error{text-decoration-color:var(--vscode-editorError-foreground)}
mark.warning{text-decoration-color:var(--vscode-editorWarning-foreground)}
mark.information,mark.hint{text-decoration-color:var(--vscode-editorInfo-foreground)}
code{opacity:0.7;font-size:0.9em}
`;

// Buttons go to the extension; the filter stays on the page.
const SCRIPT = `
const vscode = acquireVsCodeApi();
document.addEventListener('click', (e) => {
  const t = e.target instanceof Element ? e.target : null;
  const button = t && t.closest('button[data-action]');
  if (!button) return;
  const action = button.dataset.action;
  if (action === 'tracked') vscode.postMessage({ type: 'tracked', value: button.dataset.value });
  else vscode.postMessage({ type: action });
});
const only = document.getElementById('only');
if (only) only.addEventListener('change', () => document.body.classList.toggle('only', only.checked));
vscode.postMessage({ type: 'ready' });
`;
