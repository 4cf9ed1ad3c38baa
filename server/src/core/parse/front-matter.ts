/**
 * What stands before the body, or apart from it: the Markdown metadata block and its `<!-- INFO END -->`, the
 * title, the 目录 block, and metadata lines.
 */
import { type LineClass, SENTENCE_PUNCT } from './classify';
import { foldScript } from '../text/fold';
import { lineOf, type Line } from '../text/lines';
import type { Span, Toc } from '../types';

export const INFO_END = /<!--\s*INFO END\s*-->/u;
/** The line that closes a Markdown header is the marker alone. */
export const INFO_END_RE = new RegExp(`^\\s*${INFO_END.source}\\s*$`, 'u');

/** A metadata line (`%%`, `<!-- … -->`) from its content's start `from`: the structure skips it. */
export function metaLine(line: string, from: number): boolean {
  return line.startsWith('%%', from) || line.startsWith('<!--', from);
}

const TITLE_TAIL_RE = /(?:条例|法|规定|办法|细则|规则|决定|解释|准则|章程|纲要|法典|规范|修正案)(?:[（(][^）)]*[）)])?$/u;

/** The title is the last short line before the body that ends like a title; else the first line. */
export function pickTitle(pre: readonly { text: string; span: Span }[]): { text: string; span: Span } | undefined {
  for (let i = pre.length - 1; i >= 0; i--) {
    const t = pre[i] as { text: string; span: Span };
    if (t.text.length <= 60 && !SENTENCE_PUNCT.test(t.text) && TITLE_TAIL_RE.test(foldScript(t.text).replace(/[*《》]/gu, ''))) return t;
  }
  return pre[0];
}

export function spanText(line: Line, from: number, to: number): { text: string; span: Span } {
  return { text: line.text.slice(from, to), span: { start: line.start + from, end: line.start + to } };
}

/**
 * Whether the 目录 block that starts at line `first` lists a heading (or article) that is written again
 * after the block. Read ahead once per document, with the same acceptance as the block itself.
 */
export function listedAgain(text: string, offsets: { starts: number[]; ends: number[] }, froms: readonly number[], tos: readonly number[], classes: readonly LineClass[], first: number): boolean {
  const scratch: Toc = { headerSpan: { start: 0, end: 0 }, entries: [], articleEntries: [] };
  const listed = new Set<string>();
  let j = first;
  for (; j < classes.length; j++) {
    const from = froms[j] as number;
    const to = tos[j] as number;
    if (from >= to) continue;
    const line = lineOf(text, offsets, j);
    if (metaLine(line.text, from)) continue;
    const c = classes[j] as LineClass;
    if (!tocAccepts(scratch, c, line.text.slice(from, to), line, from, to)) break;
    const key = headingKey(c);
    if (key) listed.add(key);
  }
  for (; j < classes.length; j++) {
    const key = headingKey(classes[j] as LineClass);
    if (key && listed.has(key)) return true;
  }
  return false;
}

/**
 * Whether the division heading at line `first` opens a 目录 written without its 目录 line (a copy that
 * rendered the contents as headings): a run of headings with no text between them, two of one kind (a real
 * run only opens nested divisions, 编 → 章 → 节, each once), and the first heading after the run one it
 * lists, so the body writes them again. Read ahead once per document.
 */
export function unlabelledToc(classes: readonly LineClass[], froms: readonly number[], tos: readonly number[], text: string, offsets: { starts: number[]; ends: number[] }, first: number): boolean {
  const listed = new Set<string>();
  const kinds = new Set<string>();
  let repeatedKind = false;
  let firstKey: string | undefined;
  let j = first;
  for (; j < classes.length; j++) {
    if ((froms[j] as number) >= (tos[j] as number)) continue;
    const key = headingKey(classes[j] as LineClass);
    if (key === undefined || key.startsWith('article')) {
      if (metaLine(lineOf(text, offsets, j).text, froms[j] as number)) continue;
      break;
    }
    if (key === firstKey) break; // the body's first heading
    firstKey ??= key;
    const kind = key.split(' ')[0] as string;
    if (kinds.has(kind)) repeatedKind = true;
    kinds.add(kind);
    listed.add(key);
  }
  if (!repeatedKind) return false;
  for (; j < classes.length; j++) {
    const key = headingKey(classes[j] as LineClass);
    if (key !== undefined && !key.startsWith('article')) return listed.has(key);
  }
  return false;
}

/** What a 目录 entry and the body heading it lists have in common: kind and number. */
function headingKey(c: LineClass): string | undefined {
  if (c.type === 'division') return `${c.kind} ${c.numeral.value}`;
  if (c.type === 'appendix') return 'appendix';
  if (c.type === 'article') return `article ${c.numeral.value} ${c.sub?.value ?? 0}`;
  return undefined;
}

/** Accepts a line into the 目录 block; false ends the block. */
export function tocAccepts(toc: Toc, c: LineClass, content: string, line: Line, from: number, to: number): boolean {
  if (c.type === 'division') {
    const first = toc.entries[0];
    if (first && first.kind === c.kind && first.number === c.numeral.value) return false; // body starts
    toc.entries.push({
      kind: c.kind,
      number: c.numeral.value,
      sub: c.sub?.value ?? 0,
      ...(c.subRemoval ? { subSpan: { start: line.start + c.subRemoval.start, end: line.start + c.subRemoval.end } } : {}),
      label: line.text.slice(from, c.labelEnd),
      title: line.text.slice(c.titleStart, c.titleEnd),
      span: { start: line.start + from, end: line.start + to },
      numeralSpan: { start: line.start + c.numeral.start, end: line.start + c.numeral.end },
      numeralStyle: c.numeral.style,
      titleSpan: { start: line.start + c.titleStart, end: line.start + c.titleEnd },
      line: line.index,
    });
    return true;
  }
  if (c.type === 'appendix') {
    if (toc.entries.some((e) => e.number === 0)) return false;
    const span = { start: line.start + from, end: line.start + to };
    toc.entries.push({ kind: 'chapter', number: 0, sub: 0, label: '', title: content, span, numeralSpan: { start: span.start, end: span.start }, numeralStyle: 'chinese', titleSpan: span, line: line.index });
    return true;
  }
  if (c.type === 'article' && content.length <= 30 && !SENTENCE_PUNCT.test(content)) {
    toc.articleEntries.push({ start: line.start + from, end: line.start + to });
    return true;
  }
  return false;
}
