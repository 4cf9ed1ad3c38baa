/**
 * Short forms a text introduces: （以下简称X）, （以下统称X）, （以下称X）. Read from the script-folded text, in
 * articles only.
 */
import { spanOf } from '../parse/nodes';
import type { ParseResult } from '../parse/parse';
import { rangeCount, rangeEnd, rangeStart, type TextUnit } from '../parse/units';
import { sentenceAround } from '../text/lines';
import type { StructureNode } from '../types';
import type { DefinedTerm } from './defined-term';

/**
 * （以下简称原机关（构））: a short form may hold a bracket of its own. (以下簡稱溴甲烷等。): an old Taiwan text may
 * close the short form with a full stop inside the bracket.
 */
export const ABBREVIATION = /[（(](?:以下)?(?:统一)?(?:简称|统称|以下称)(?:为)?[“"]?((?:[^（()）”"，。；\n]|[（(][^（()）\n]{1,4}[）)]){1,30}?)[”"]?。?[）)]/gdu;

/**
 * （以下简称结算单如附件三–一、二）: where the form the short form names is set out follows it; the short form is
 * what stands before (结算单).
 */
const AS_ANNEXED = /(?<=[^\s])如附[件表].*$/u;
/** A short form that is spaces and one character: the rest of it stands in the lines above and below. */
const SET_ABOVE = /^[ \t\u3000]{2,}\S$/u;

/**
 * Taiwan's corner quotes around a whole term (本办法所称「古文书」，系指; 以下简称「电务处」) and the spaces a pasted
 * half-width bracket leaves inside it ((以下称邀请单位 )): the text uses the word without them.
 */
const CORNERED = /^\s*「([^「」]+)」\s*$|^\s*(.*?)\s*$/su;
export function uncornered(term: string, at: number): { term: string; at: number } {
  const m = CORNERED.exec(term);
  const bare = m?.[1] ?? m?.[2] ?? term;
  return { term: bare, at: at + term.indexOf(bare) };
}

/** Every short form the articles introduce, as a defined term whose definiens is the full name before it. */
export function abbreviations(parsed: ParseResult): DefinedTerm[] {
  const f = parsed.folded;
  const out: DefinedTerm[] = [];
  // Units are in text order, as the matches are: one pointer finds the unit of each.
  const units = parsed.units;
  let k = 0;
  for (const { m, article } of inArticles(parsed, ABBREVIATION)) {
    const [start, end] = m.indices?.[1] ?? [0, 0];
    const open = m.index ?? 0;
    while (k < units.length && lastEnd(units[k] as TextUnit) < open) k++;
    const sentence = { start: wrappedSentenceStart(f, open, spanOf(article), units[k]), end: open + m[0].length };
    const definiens = f.slice(sentence.start, open);
    // （以下分别简称《药品管理法》、《海关法》）: one abbreviation per title, each its own term.
    const titles = [...f.slice(start, end).matchAll(/《[^《》]+》/gu)];
    const written = f.slice(start, end);
    // （以下简称  方）: a blank where a form sets 甲 and 乙 above and below the line, no word.
    if (SET_ABOVE.test(written)) continue;
    const parts = titles.length > 1 ? titles.map((t) => ({ at: start + (t.index ?? 0), term: t[0] })) : [uncornered(written.replace(AS_ANNEXED, ''), start)];
    for (const p of parts) out.push({ term: p.term, form: 'abbreviation', span: { start: p.at, end: p.at + p.term.length }, sentence, definiens, article });
  }
  return out;
}

function lastEnd(unit: TextUnit): number {
  return rangeEnd(unit, rangeCount(unit) - 1);
}

/**
 * Where the sentence holding `at` starts, read back across the hard-wrapped lines its unit joins: a text wrapped
 * at a fixed width breaks a full name anywhere (設立及受託人許可書 / (以下簡稱許可書), 臺灣證券交易所股份 /
 * 有限公司（以下簡稱證券交易所）), and the full name is what stands before the bracket. A line break between units
 * (a paragraph, an item) still ends the sentence.
 */
function wrappedSentenceStart(f: string, at: number, article: { start: number; end: number }, unit: TextUnit | undefined): number {
  let start = sentenceAround(f, at, article).start;
  if (!unit) return start;
  for (let r = rangeCount(unit) - 1; r > 0; r--) {
    const s = rangeStart(unit, r);
    if (s > at) continue;
    // The sentence reaches back to this line's start (a set-in space may stand before it), and the line above
    // ends no sentence.
    const before = rangeEnd(unit, r - 1);
    if (f.slice(Math.min(start, s), Math.max(start, s)).trim() !== '' || f.slice(before, s).trim() !== '' || /[。；]/u.test(f[before - 1] ?? '')) break;
    start = sentenceAround(f, before, { start: article.start, end: before }).start;
  }
  return start;
}

/** The matches of `re` (global) in the folded text that lie in an article, with it: one pass over the text. */
export function* inArticles(parsed: ParseResult, re: RegExp): Generator<{ m: RegExpMatchArray; article: StructureNode }> {
  const articles = parsed.articles;
  let k = 0;
  for (const m of parsed.folded.matchAll(re)) {
    const at = m.index ?? 0;
    while (k < articles.length && (articles[k] as StructureNode).spanEnd <= at) k++;
    const a = articles[k];
    if (!a) return;
    if (a.spanStart <= at) yield { m, article: a };
  }
}
