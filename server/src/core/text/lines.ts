import type { Span } from '../types';
import { WS_CLASS } from './chars';

/** The sentence around `at` — back to the last 。/；/line break, on through the next — inside `within`. */
export function sentenceAround(text: string, at: number, within: Span): Span {
  let start = at;
  while (start > within.start && !/[。；\n]/u.test(text[start - 1] ?? '')) start--;
  let end = at;
  while (end < within.end && !/[。；\n]/u.test(text[end] ?? '')) end++;
  return { start, end: Math.min(within.end, end + 1) };
}

/** One logical line of the source (split at \r\n, \n or \r). Offsets are UTF-16 code units. */
export interface Line {
  /** 0-based line number. */
  index: number;
  /** Offset of the first character of the line. */
  start: number;
  /** Offset just past the last character (line break excluded). */
  end: number;
  /** The line's text without its line break. */
  text: string;
}

/**
 * Where the lines start and end (line breaks excluded), as two plain number arrays: the parser keeps these
 * for the whole parse, and a Line object with its text per line, kept that long, costs the garbage
 * collector more than the parse itself on a large text.
 */
export function lineOffsets(text: string): { starts: number[]; ends: number[] } {
  // Lines are counted first (indexOf searches at memory speed) and the arrays made at their size: grown
  // by push they were copied a dozen times over on a large text, three times their bytes in all.
  const n = text.length;
  const cr = text.indexOf('\r');
  let count = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  for (let i = cr; i >= 0; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== 10) count++;
  const starts = new Array<number>(count);
  const ends = new Array<number>(count);
  let k = 0;
  let start = 0;
  if (cr < 0) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      starts[k] = start;
      ends[k++] = i;
      start = i + 1;
    }
  } else {
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) {
        starts[k] = start;
        ends[k++] = i;
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        start = i + 1;
      }
    }
  }
  starts[k] = start;
  ends[k] = n;
  return { starts, ends };
}

/** Line `i` of lineOffsets(text), with its text. */
export function lineOf(text: string, offsets: { starts: readonly number[]; ends: readonly number[] }, i: number): Line {
  const start = offsets.starts[i] as number;
  const end = offsets.ends[i] as number;
  return { index: i, start, end, text: text.slice(start, end) };
}

/** Splits text on \r\n, \n and \r, keeping offsets. */
export function splitLines(text: string): Line[] {
  const offsets = lineOffsets(text);
  return offsets.starts.map((_, i) => lineOf(text, offsets, i));
}

/** Sticky, read with test() and lastIndex: it always matches (maybe nothing), and no match array is made per line. */
const LEAD_RE = new RegExp(`[${WS_CLASS}]*(?:#{1,6}[${WS_CLASS}]*)?(?:(?:\\*\\*|__)[${WS_CLASS}]*)?`, 'uy');

/** The whitespace set (WS_CLASS) by code. */
function isTrailingSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || (c >= 0x2002 && c <= 0x200a) || c === 0xfeff;
}

/**
 * Where the content of a line starts and ends once indentation, Markdown heading markers and an opening
 * emphasis marker are skipped (a converter adds them; findings still point into the source). Returns offsets relative to the line.
 */
export function contentBounds(text: string): { from: number; to: number } {
  const from = contentFrom(text, 0, text.length);
  return { from, to: contentTo(text, 0, from, text.length) };
}

/** contentBounds().from of the line text[start, end), read in place (relative to start). */
export function contentFrom(text: string, start: number, end: number): number {
  // The lead pattern holds no line break, so it stops at the end of the line.
  LEAD_RE.lastIndex = start;
  return LEAD_RE.test(text) ? Math.min(LEAD_RE.lastIndex, end) - start : 0;
}

/** contentBounds().to of the line text[start, end) whose content starts at `from` (relative to start). */
export function contentTo(text: string, start: number, from: number, end: number): number {
  // Trailing spaces by character codes: a `[…]+$` pattern would be tried at every position of the line.
  let to = end;
  while (to > start + from && isTrailingSpace(text.charCodeAt(to - 1))) to--;
  return to - start;
}
