/**
 * Paths that number the entries of a list set out just above them, one the text's structure does not hold (a
 * fourth level 1. 2. … under an item's 目). Works on script-folded text.
 */
import { parseNumeral } from '../text/numerals';
import { ARTICLE_LEVEL, topLevel } from './grammar';
import type { ReferenceElement, ReferencePath } from '../types';

/**
 * 前述第一款至第六款 right below `      1.進貨……` to `      6.其他……` (the entries of （二）……下列之重大交易事項：): 前述
 * (the aforesaid) points at what stands just above, and a list of that many entries stands there — the path numbers
 * its entries, written as the article's items, not the article's 款 (the article has three). Only right after such a
 * word: a path after other words may be the article's own.
 */
const POINTS_AT_ABOVE = /(?:前述|上述|前开|上开)$/u;
/** An entry of a list numbered in digits at a line's start (`      6.其他`): its number. */
const DIGIT_ENTRY = /\n[ \u3000]*([0-9]{1,2}|[０-９]{1,2})[.．](?![0-9０-９])/gu;
/** How far above the path the list may begin. */
const LIST_REACH = 600;

/** Whether the path list `elements` at `at` in `s` numbers the entries of a digit-numbered list right above it. */
export function numbersListAbove(s: string, at: number, elements: readonly ReferenceElement[]): boolean {
  if (!POINTS_AT_ABOVE.test(s.slice(Math.max(0, at - 2), at))) return false;
  let highest = 0;
  for (const el of elements) {
    for (const p of [el.path, el.rangeEnd?.path]) {
      if (!p) continue;
      const n = bottomBelowArticle(p);
      if (n === undefined) return false;
      highest = Math.max(highest, n);
    }
  }
  // The entries above, nearest last: the list they end must begin at 1 and reach the highest number cited.
  const numbers: number[] = [];
  DIGIT_ENTRY.lastIndex = 0;
  const above = s.slice(Math.max(0, at - LIST_REACH), at);
  for (let m = DIGIT_ENTRY.exec(above); m; m = DIGIT_ENTRY.exec(above)) numbers.push(parseNumeral(m[1] as string)?.value ?? 0);
  const last = numbers[numbers.length - 1];
  return last !== undefined && last >= highest && numbers.includes(1);
}

/** The number of the lowest level a path names when it names nothing above the article's parts; else undefined. */
function bottomBelowArticle(p: ReferencePath): number | undefined {
  if (topLevel(p) <= ARTICLE_LEVEL) return undefined;
  return p.subitem ?? p.item ?? p.paragraph;
}

