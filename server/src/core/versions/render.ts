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
    ...(anchors ? { newLabel: (shown: string, r: ArticleRef) => `<a href="#" class="article" data-number="${r.number}" data-sub="${r.sub}">${shown}</a>` } : {}),
    added: marks === 'underline-strike' ? (s) => `<u>${s}</u>` : (s) => `<b>${s}</b>`,
    deleted: marks === 'bold-box' ? (s) => `<span style="border:1px solid">${s}</span>` : (s) => `<s>${s}</s>`,
    escape: (s) => s.replace(/[&<>"]/g, (c) => HTML_ESCAPE[c] as string),
    br: '<br>',
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

/** The table's title: 《…》修改前后对照表 (修正條文對照表 in the Taiwan style). */
export function tableTitle(c: Comparison, style: TableStyle): string {
  const title = c.title.new || c.title.old;
  const name = style === 'tw' ? '修正條文對照表' : '修改前后对照表';
  return title ? `《${title}》${name}` : name;
}

export function tableColumns(style: TableStyle): string[] {
  return style === 'tw' ? ['修正條文', '現行條文', '說明'] : ['修改前', '修改后'];
}

/**
 * A piece of a cell's text: `equal` is plain, `insert` is added (the new side), `delete` deleted (the old
 * side). Each renderer marks the pieces its own way (Markdown, HTML, Word runs).
 */
export interface CellPiece {
  op: DiffSpan['op'];
  text: string;
  /** On a new article's label (with its origin and the space after it): the article, for a viewer's link. */
  article?: ArticleRef;
}
/** A cell as its lines (款, 项, 目), each a list of pieces; no line break is inside a piece. */
export type CellLine = CellPiece[];

/** One side of a diff as the lines it holds. */
function sideLines(spans: readonly DiffSpan[], side: 'old' | 'new'): CellLine[] {
  const lines: CellLine[] = [[]];
  for (const s of spans) {
    if (s.op === (side === 'old' ? 'insert' : 'delete')) continue;
    s.text.split('\n').forEach((piece, k) => {
      if (k > 0) lines.push([]);
      if (piece) (lines[lines.length - 1] as CellLine).push({ op: s.op, text: piece });
    });
  }
  return lines;
}

function articleCell(row: ArticleRow, side: 'old' | 'new'): CellLine[] {
  const refs = side === 'old' ? row.old : row.new;
  const lines = refs.length === 0 ? [] : sideLines(row.diff, side);
  const out: CellLine[] = [];
  let at = 0;
  for (const r of refs) {
    const own = lines.slice(at, at + r.lines.length);
    at += r.lines.length;
    const label = r.label + (side === 'new' && cameFrom(row, r) ? origin(row.old) : '');
    const head: CellPiece = { op: 'equal', text: `${label}\u3000`, ...(side === 'new' ? { article: r } : {}) };
    out.push([head, ...(own[0] ?? [])], ...own.slice(1));
  }
  return out;
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

function headingCell(row: HeadingRow, side: 'old' | 'new'): CellLine[] {
  const h = side === 'old' ? row.old : row.new;
  if (!h) return [];
  const lines = sideLines(row.diff, side);
  // A heading whose side of the diff is empty shows its text as it is.
  return lines.length === 1 && lines[0]?.length === 0 ? [[{ op: 'equal', text: headingText(h) }]] : lines;
}

/** A row's cells in the style's column order (the Taiwan style's 說明 empty). */
export function tableCells(row: Row, style: TableStyle): CellLine[][] {
  const cell = (side: 'old' | 'new'): CellLine[] => (row.type === 'article' ? articleCell(row, side) : headingCell(row, side));
  return style === 'tw' ? [cell('new'), cell('old'), []] : [cell('old'), cell('new')];
}

function cells(row: Row, m: Markup, style: TableStyle): string[] {
  const piece = (p: CellPiece): string => {
    if (p.article && m.newLabel) return `${m.newLabel(m.escape(p.text.slice(0, -1)), p.article)}\u3000`;
    return p.op === 'equal' ? m.escape(p.text) : p.op === 'delete' ? m.deleted(m.escape(p.text)) : m.added(m.escape(p.text));
  };
  return tableCells(row, style).map((lines) => lines.map((line) => line.map(piece).join('')).join(m.br));
}

export function renderMarkdown(c: Comparison, options: RenderOptions = {}): string {
  const style = options.style ?? 'prc';
  const m = markdown(options.marks ?? 'bold-strike');
  const head = tableColumns(style);
  const lines = [`# ${tableTitle(c, style)}`, '', summaryLine(c.summary, style), '', `| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`];
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
    `<thead><tr>${tableColumns(style).map((h) => `<th>${h}</th>`).join('')}</tr></thead>`,
    '<tbody>',
    ...body,
    '</tbody>',
    '</table>',
  ].join('\n');
}

export function renderHtml(c: Comparison, options: RenderOptions = {}): string {
  const style = options.style ?? 'prc';
  const m = html(options.marks ?? 'bold-strike');
  const title = m.escape(tableTitle(c, style));
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
