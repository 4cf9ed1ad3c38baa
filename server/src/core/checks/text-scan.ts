/** Shared scanning for the text checks: which parts of the source are prose, and where pinyin sits. */
import { perParse } from '../parse/memo';
import type { ParseResult } from '../parse/parse';
import { isHan } from '../text/chars';
import { type Damage, findDamage } from '../text/mojibake';
import type { Span } from '../types';

const META_LINE = /^(?:%%|<!--)/u;

// Computed once per analysis (perParse, as the department and term tables) and shared by every text check.
const NO_OPTIONS = {};

/** Lines of prose: everything except Markdown metadata (`%%`, `<!-- … -->`) and the header block. */
export const proseLines: (parsed: ParseResult) => Span[] = perParse((parsed) => computeProseLines(parsed), NO_OPTIONS);

/** Every match of `re` (a global pattern) in the prose lines, at its offset in the document. */
export function* proseMatches(parsed: ParseResult, re: RegExp): Generator<{ at: number; m: RegExpMatchArray }> {
  for (const line of proseLines(parsed)) {
    for (const m of parsed.source.slice(line.start, line.end).matchAll(re)) yield { at: line.start + (m.index ?? 0), m };
  }
}

/** Pinyin annotations in the whole document, in text order. */
export const pinyinAnnotations: (parsed: ParseResult) => Span[] = perParse(
  (parsed) => proseLines(parsed).flatMap((line) => pinyinSpans(parsed.source, line)),
  NO_OPTIONS,
);

/**
 * Encoding damage in the prose, in text order, at document offsets (text.mojibake reports it; the other
 * text checks leave it alone: a `?` standing for a lost byte is not a half-width question mark).
 */
export const encodingDamage: (parsed: ParseResult) => Damage[] = perParse(
  (parsed) =>
    proseLines(parsed).flatMap((line) =>
      findDamage(parsed.source.slice(line.start, line.end)).map((d) => ({ ...d, start: d.start + line.start, end: d.end + line.start })),
    ),
  NO_OPTIONS,
);

function computeProseLines(parsed: ParseResult): Span[] {
  const s = parsed.source;
  const starts = parsed.lineStarts;
  const infoEnd = s.indexOf('<!-- INFO END -->');
  const out: Span[] = [];
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i] as number;
    let end = i + 1 < starts.length ? (starts[i + 1] as number) : s.length;
    while (end > start && (s.charCodeAt(end - 1) === 10 || s.charCodeAt(end - 1) === 13)) end--;
    if (infoEnd >= 0 && start <= infoEnd) continue;
    if (META_LINE.test(s.slice(start, Math.min(end, start + 4)).trimStart())) continue;
    out.push({ start, end });
  }
  return out;
}

/** A Han character, or CJK / full-width punctuation: the neighbours that make a mark "in Chinese text". */
export function isCjk(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return isHan(ch) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef);
}

/** Pinyin with at least one tone mark or ü, in ASCII or full-width parentheses right after a Han character. */
export const PINYIN_RE = /(?<=[\u3400-\u9fff])[(（]([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,8})[)）]/gu;
const TONE = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]/u;

function pinyinSpans(text: string, line: Span): Span[] {
  const out: Span[] = [];
  PINYIN_RE.lastIndex = line.start;
  const slice = text.slice(0, line.end);
  for (let m = PINYIN_RE.exec(slice); m; m = PINYIN_RE.exec(slice)) {
    if (TONE.test(m[1] ?? '')) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
