/**
 * The 修改对照表 as Markdown or as a standalone HTML document (docs/compare.md): two columns 修改前 | 修改后,
 * or with the Taiwan style three, 修正條文 | 現行條文 | 說明 (the 說明 left to fill). Added words are bold
 * or underlined, deleted words struck or boxed, by option.
 */
import type { DiffSpan } from './diff';
import type { ArticleRef, ArticleRow, Comparison, HeadingRef, HeadingRow, Row, Summary } from './table';

export type TableStyle = 'prc' | 'tw';
/** How added / deleted words are marked: bold and struck, bold and boxed (云南 规范), underlined and struck. */
export type Marks = 'bold-strike' | 'bold-box' | 'underline-strike';

export interface RenderOptions {
  style?: TableStyle;
  marks?: Marks;
}

/**
 * The HTML table for a viewer that navigates it (the editor's comparison panel): each row has the id
 * `row-N` (its index in the model's rows), and each new article's label is a link carrying its number and
 * 之N (`data-number`, `data-sub`) for the viewer to find the article in the new text.
 */
export interface TableOptions extends RenderOptions {
  anchors?: boolean;
}

interface Markup {
  added(s: string): string;
  deleted(s: string): string;
  escape(s: string): string;
  br: string;
  /** A new article's label, as shown (escaped, with its origin), made a link when the table is navigable. */
  newLabel?(shown: string, ref: ArticleRef): string;
}

const MD_ESCAPE = /[|\\*_~`<>[\]]/g;

function markdown(marks: Marks): Markup {
  const box = (s: string): string => `<span style="border:1px solid">${s}</span>`;
  return {
    added: marks === 'underline-strike' ? (s) => `<u>${s}</u>` : (s) => `**${s}**`,
    deleted: marks === 'bold-box' ? box : (s) => `~~${s}~~`,
    escape: (s) => s.replace(MD_ESCAPE, (c) => `\\${c}`),
    br: '<br>',
  };
}

const HTML_ESCAPE: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

function html(marks: Marks, anchors = false): Markup {
  return {
    added: marks === 'underline-strike' ? (s) => `<u>${s}</u>` : (s) => `<b>${s}</b>`,
    deleted: marks === 'bold-box' ? (s) => `<span style="border:1px solid">${s}</span>` : (s) => `<s>${s}</s>`,
    escape: (s) => s.replace(/[&<>"]/g, (c) => HTML_ESCAPE[c] as string),
    br: '<br>',
    ...(anchors ? { newLabel: (shown: string, r: ArticleRef) => `<a href="#" class="article" data-number="${r.number}" data-sub="${r.sub}">${shown}</a>` } : {}),
  };
}

/** The summary line: 修改 N 条、新增 N 条、删除 N 条、移动 N 条 (拆分、合并 when there are any). */
export function summaryLine(s: Summary, style: TableStyle = 'prc'): string {
  const tw = style === 'tw';
  const unit = tw ? '條' : '条';
  const parts: Array<[string, number]> = [
    [tw ? '修正' : '修改', s.modified],
    ['新增', s.added],
    [tw ? '刪除' : '删除', s.deleted],
    [tw ? '移動' : '移动', s.moved],
  ];
  if (s.split) parts.push(['拆分', s.split]);
  if (s.merged) parts.push([tw ? '合併' : '合并', s.merged]);
  return parts.map(([w, n]) => `${w} ${n} ${unit}`).join('、');
}

function heading(c: Comparison, style: TableStyle): string {
  const title = c.title.new || c.title.old;
  const name = style === 'tw' ? '修正條文對照表' : '修改前后对照表';
  return title ? `《${title}》${name}` : name;
}

function columns(style: TableStyle): string[] {
  return style === 'tw' ? ['修正條文', '現行條文', '說明'] : ['修改前', '修改后'];
}

/** One side of a diff, marked, as the lines it holds (line breaks are never inside a mark). */
function sideLines(spans: readonly DiffSpan[], side: 'old' | 'new', m: Markup): string[] {
  const lines: string[] = [''];
  for (const s of spans) {
    if (s.op === (side === 'old' ? 'insert' : 'delete')) continue;
    const mark = s.op === 'equal' ? (x: string) => x : side === 'old' ? m.deleted : m.added;
    s.text.split('\n').forEach((piece, k) => {
      if (k > 0) lines.push('');
      if (piece) lines[lines.length - 1] += mark(m.escape(piece));
    });
  }
  return lines;
}

function articleCell(row: ArticleRow, side: 'old' | 'new', m: Markup): string {
  const refs = side === 'old' ? row.old : row.new;
  if (refs.length === 0) return '';
  const lines = sideLines(row.diff, side, m);
  const out: string[] = [];
  let at = 0;
  for (const r of refs) {
    const own = lines.slice(at, at + r.lines.length);
    at += r.lines.length;
    const shown = m.escape(r.label) + (side === 'new' && cameFrom(row, r) ? m.escape(origin(row.old)) : '');
    const label = side === 'new' && m.newLabel ? m.newLabel(shown, r) : shown;
    out.push([`${label}\u3000${own[0] ?? ''}`, ...own.slice(1)].join(m.br));
  }
  return out.join(m.br);
}

/** A new article's label is noted with the old when its number changed, it moved, or it came of a split or merge. */
function cameFrom(row: ArticleRow, r: ArticleRef): boolean {
  if (row.renumbered || row.kind === 'moved') return true;
  if (row.kind !== 'split' && row.kind !== 'merged') return false;
  const [only] = row.old;
  return row.old.length > 1 || only?.number !== r.number || only.sub !== r.sub;
}

/** （原第十二条）, （原第三条、第四条）: where the article was. */
function origin(olds: readonly ArticleRef[]): string {
  return olds.length ? `（原${olds.map((o) => o.label.replace(/\s+/g, '')).join('、')}）` : '';
}

function headingText(h: HeadingRef | undefined): string {
  return h ? `${h.label}${h.label && h.title ? ' ' : ''}${h.title}` : '';
}

function headingCell(row: HeadingRow, side: 'old' | 'new', m: Markup): string {
  if (!(side === 'old' ? row.old : row.new)) return '';
  return sideLines(row.diff, side, m).join(m.br) || m.escape(headingText(side === 'old' ? row.old : row.new));
}

function cells(row: Row, m: Markup, style: TableStyle): string[] {
  const cell = (side: 'old' | 'new'): string => (row.type === 'article' ? articleCell(row, side, m) : headingCell(row, side, m));
  return style === 'tw' ? [cell('new'), cell('old'), ''] : [cell('old'), cell('new')];
}

export function renderMarkdown(c: Comparison, options: RenderOptions = {}): string {
  const style = options.style ?? 'prc';
  const m = markdown(options.marks ?? 'bold-strike');
  const head = columns(style);
  const lines = [`# ${heading(c, style)}`, '', summaryLine(c.summary, style), '', `| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`];
  for (const row of c.rows) lines.push(`| ${cells(row, m, style).join(' | ')} |`);
  return lines.join('\n') + '\n';
}

/** The table alone, every cell escaped (the text is the user's): what renderHtml and a viewer show. */
export function renderHtmlTable(c: Comparison, options: TableOptions = {}): string {
  const style = options.style ?? 'prc';
  const m = html(options.marks ?? 'bold-strike', options.anchors);
  const body = c.rows.map((row, i) => {
    const tag = row.type === 'heading' ? 'th' : 'td';
    const id = options.anchors ? ` id="row-${i}"` : '';
    return `<tr${id} class="${row.type} ${row.kind}">${cells(row, m, style).map((x) => `<${tag}>${x}</${tag}>`).join('')}</tr>`;
  });
  return [
    `<table lang="${style === 'tw' ? 'zh-Hant' : 'zh'}">`,
    `<thead><tr>${columns(style).map((h) => `<th>${h}</th>`).join('')}</tr></thead>`,
    '<tbody>',
    ...body,
    '</tbody>',
    '</table>',
  ].join('\n');
}

/** The title above the table: 《title》修改前后对照表 (修正條文對照表 in the Taiwan style). */
export function tableHeading(c: Comparison, style: TableStyle = 'prc'): string {
  return heading(c, style);
}

export function renderHtml(c: Comparison, options: RenderOptions = {}): string {
  const style = options.style ?? 'prc';
  const m = html(options.marks ?? 'bold-strike');
  const title = m.escape(heading(c, style));
  return [
    '<!DOCTYPE html>',
    `<html lang="${style === 'tw' ? 'zh-Hant' : 'zh'}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${title}</title>`,
    '<style>table{border-collapse:collapse;width:100%}td,th{border:1px solid #000;padding:4px 8px;vertical-align:top;text-align:left}th{font-weight:normal;text-align:center;background:#f2f2f2}</style>',
    '</head>',
    '<body>',
    `<h1>${title}</h1>`,
    `<p>${m.escape(summaryLine(c.summary, style))}</p>`,
    renderHtmlTable(c, options),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
