/**
 * Shared scanning for the text checks and the legality clauses: which parts of the source are prose, and
 * where pinyin and encoding damage sit. Every scan runs over the whole source once (regular expressions or
 * one loop over character codes) and drops what falls outside the prose; nothing slices the text line by line.
 */
import type { ParseResult } from './parse/parse';
import { isHan } from './text/chars';
import { scriptCode } from './text/convert';
import { type Damage, findDamageIn } from './text/mojibake';
import { firstAtOrAfter } from './text/offsets';
import type { Span } from './types';

/** A metadata line: `%%` or `<!-- … -->` after indentation. */
const META_LINE = /[^\S\r\n]*(?:%%|<!--)/uy;

/**
 * The prose of one analysis and what the text checks find in it, each computed on first use and shared by
 * every text check (the check context holds one).
 */
export class Prose {
  /**
   * The prose of the document as maximal ranges, sorted: everything except the Markdown header block (up
   * to the line that is only `<!-- INFO END -->`, as the parser reads it) and metadata lines (`%%`,
   * `<!-- … -->`). A range may cover many lines. With a window, the prose inside it only.
   */
  readonly ranges: Span[];
  private pinyinSpans?: Span[];
  private damageFound?: Damage[];
  /** What scripts() found, once asked. */
  scriptsSeen?: number;

  /**
   * @param window - set only for the line-local checks of an incremental re-analysis: the prose is read
   *   inside this span (one edited line) and nowhere else
   * @param previous - after an edit inside one range: the previous version's scripts(), if it was asked,
   *   and the edited range in this text
   */
  constructor(
    readonly parsed: ParseResult,
    readonly window?: Span,
    private readonly previous?: { scripts: number; edited: Span },
  ) {
    const all = computeProseRanges(parsed, window);
    this.ranges = window ? all.filter((r) => r.end >= window.start && r.start <= window.end).map((r) => ({ start: Math.max(r.start, window.start), end: Math.min(r.end, window.end) })) : all;
  }

  /** Pinyin annotations, in text order. */
  pinyin(): Span[] {
    if (!this.pinyinSpans) {
      const s = this.parsed.source;
      this.pinyinSpans = [];
      for (const { at, m } of proseMatches(this, PINYIN_RE)) {
        const before = s.charCodeAt(at - 1);
        if (before >= 0x3400 && before <= 0x9fff && TONE.test(m[1] ?? '')) this.pinyinSpans.push({ start: at, end: at + m[0].length });
      }
    }
    return this.pinyinSpans;
  }

  /**
   * Encoding damage in the prose, in text order, at document offsets (text.mojibake reports it; the other
   * text checks leave it alone: a `?` standing for a lost byte is not a half-width question mark). Only the
   * lines a pass over character codes finds suspicious are read closely.
   */
  damage(): Damage[] {
    this.damageFound ??= this.ranges.flatMap((r) => findDamageIn(this.parsed.source, r.start, r.end));
    return this.damageFound;
  }

  /**
   * The scripts (scriptCode bits, BOTH_SCRIPTS for both) the prose may hold: exactly those after a pass
   * over the whole prose, a superset after an edit (characters deleted are not taken out). After an edit
   * inside one range the prose has lost characters or gained those of the edited range: the previous
   * version's scripts and the edited range's bound this version's, without a pass over the whole text
   * (on every keystroke, for a question one edit rarely changes). Only when the bound says both is the
   * prose read.
   */
  scripts(): number {
    if (this.scriptsSeen === undefined) {
      const s = this.parsed.source;
      const bound = this.previous ? this.previous.scripts | scriptsIn(s, [this.previous.edited]) : BOTH_SCRIPTS;
      this.scriptsSeen = bound === BOTH_SCRIPTS ? scriptsIn(s, this.ranges) : bound;
    }
    return this.scriptsSeen;
  }
}

/** scriptCode bits of a text holding Simplified-only and Traditional-only characters. */
export const BOTH_SCRIPTS = 3;

/** The scriptCode bits of the characters in `ranges`, stopping once both are seen. */
function scriptsIn(s: string, ranges: readonly Span[]): number {
  let seen = 0;
  for (const range of ranges) {
    for (let i = range.start; i < range.end; i++) {
      seen |= scriptCode(s.charCodeAt(i));
      if (seen === BOTH_SCRIPTS) return seen;
    }
  }
  return seen;
}

/**
 * Every match of `re` (a global pattern) in the prose, at its offset in the document. One pass of `re`
 * over the whole source: a pattern given here must not match across a line break (write `[^\S\r\n]`, not
 * `\s`, for spaces), and `^` / `$` need the `m` flag to mean the start and end of a line.
 */
export function* proseMatches(prose: Prose, re: RegExp): Generator<{ at: number; m: RegExpMatchArray }> {
  const ranges = prose.ranges;
  const w = prose.window;
  const s = prose.parsed.source;
  let k = 0;
  for (const m of w ? matchesWithin(s, re, w) : s.matchAll(re)) {
    const at = m.index ?? 0;
    while (k < ranges.length && (ranges[k] as Span).end < at) k++;
    const range = ranges[k];
    if (range && range.start <= at) yield { at, m };
  }
}

/**
 * The matches of `re` (global) in the window, at document offsets. The window is one whole line and the
 * patterns do not cross line breaks, so the line read alone gives the same matches (searching the whole
 * text from the window on would read to the next match, wherever it is).
 */
function* matchesWithin(s: string, re: RegExp, w: Span): Generator<RegExpMatchArray> {
  for (const m of s.slice(w.start, w.end).matchAll(re)) {
    m.index = (m.index ?? 0) + w.start;
    yield m;
  }
}

/** The prose ranges, of the lines that meet `within` when given (the rest of the text is not read). */
function computeProseRanges(parsed: ParseResult, within?: Span): Span[] {
  const s = parsed.source;
  const starts = parsed.lineStarts;
  // The header ends where the parser found it (a line that is only the marker), so that the text checks
  // and the structure read the same header; a marker inside running text ends nothing.
  const infoEndLine = parsed.infoEndLine;
  const out: Span[] = [];
  let open = -1;
  const first = within ? Math.max(0, firstAtOrAfter(starts, within.start + 1) - 1) : 0;
  const last = within ? firstAtOrAfter(starts, within.end + 1) : starts.length;
  for (let i = first; i < last; i++) {
    const start = starts[i] as number;
    let end = i + 1 < starts.length ? (starts[i + 1] as number) : s.length;
    while (end > start && (s.charCodeAt(end - 1) === 10 || s.charCodeAt(end - 1) === 13)) end--;
    META_LINE.lastIndex = start;
    const prose = i > infoEndLine && !META_LINE.test(s);
    if (prose && open < 0) open = start;
    if (!prose && open >= 0) {
      out.push({ start: open, end: lastEnd(s, start) });
      open = -1;
    }
  }
  if (open >= 0) out.push({ start: open, end: s.length });
  return out;
}

/** The end of the line before the one starting at `start` (its line break excluded). */
function lastEnd(s: string, start: number): number {
  let end = start;
  while (end > 0 && (s.charCodeAt(end - 1) === 10 || s.charCodeAt(end - 1) === 13)) end--;
  return end;
}

/** A Han character, or CJK / full-width punctuation: the neighbours that make a mark "in Chinese text". */
export function isCjk(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return isHan(ch) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef);
}

/**
 * Pinyin in ASCII or full-width parentheses; an annotation also has a tone mark or ü and follows a Han
 * character (both checked on each match: a lookbehind would run at every position of the text).
 */
const PINYIN_RE = /[(（]([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,8})[)）]/gu;
const TONE = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]/u;
