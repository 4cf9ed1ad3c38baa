/**
 * The breaks a hard wrap put inside an article's units (the Ministry's earlier versions of Taiwan regulations,
 * printed at a fixed width). The parser joins the wrapped lines into one unit; a reader that ends a sentence at
 * every line break would cut a name there (主管 / 教育行政機關, 中央目的事業主管機 / 關) and read its first half
 * as a duty word (resp-articles.ts dutyIn).
 */
import type { ParseResult } from '../parse/parse';
import { rangeCount, rangeEnd, rangeStart, type TextUnit } from '../parse/units';
import type { StructureNode } from '../types';

/** The source ranges [start, end) between the wrapped lines of `a`'s units, in text order (none for nearly every text). */
export function wrapBreaks(parsed: ParseResult, a: StructureNode): [number, number][] {
  const out: [number, number][] = [];
  const units = parsed.units;
  for (let i = firstUnitAtOrAfter(units, a.spanStart); i < units.length; i++) {
    const unit = units[i] as TextUnit;
    if (unit.firstStart >= a.spanEnd) break;
    for (let k = 0; k + 1 < rangeCount(unit); k++) {
      const start = rangeEnd(unit, k);
      const end = rangeStart(unit, k + 1);
      // (Only white space between the lines: a unit's ranges never hold a sentence mark between them.)
      if (end > start && parsed.folded.slice(start, end).trim() === '') out.push([start, end]);
    }
  }
  return out;
}

/** `text`, which starts at source offset `from`, with the `breaks` inside it taken out. */
export function withoutBreaks(text: string, from: number, breaks: readonly (readonly [number, number])[]): string {
  if (breaks.length === 0) return text;
  let out = '';
  let at = 0;
  for (const [start, end] of breaks) {
    out += text.slice(at, start - from);
    at = end - from;
  }
  return out + text.slice(at);
}

/** The index of the first unit (units are in text order) whose text starts at or after `x`. */
function firstUnitAtOrAfter(units: readonly TextUnit[], x: number): number {
  let lo = 0;
  let hi = units.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((units[mid] as TextUnit).firstStart < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
