/**
 * A rule whose subject is a long phrase (貨品由第三國直接輸往進口國之原產地證明書申請人，指國內賣方; 學生修習教育學程之
 * 科目及其學分數，係指……) reads like a definition, but it says what the phrase means for one provision: the text
 * applies it through the word the phrase narrows, or by pointing back to it (前項, 前條之). Such a phrase is used
 * where it is so applied. A definition proper is a short noun phrase, used by its words.
 */
import type { Span, StructureNode } from '../types';
import type { DefinedTerm } from './defined-term';
import { termMatcher } from './matcher';

/** The shortest phrase read so: the labelled short terms (地方自治團體之立法機關, ten characters) stay definitions. */
const LONG = 12;
/** A phrase, not a compound: it links words by 之 (的) or states a case (……為……者). */
const PHRASE = /[之的]|为[\u4e00-\u9fff]{2,}者$/u;
/** 投資標的為結構型商品者: the case the phrase states; its predicate (結構型商品) is the word it explains. */
const CASE = /为([\u4e00-\u9fff]{2,})者$/u;
/** A pointer back to the paragraph or article before (前項, 前二項, 前條之), then what it names. */
const BACK = /前[一二两三四五]?[条项款]之?/gu;
/** How far after the pointer the head's word may stand (前項教育學程之科目: the pointer may stand inside the phrase). */
const BACK_REACH = 12;
/** What joins the parts of a head (科目及其學分數, 認定標準及分類). */
const HEAD_JOINS = /及其|以及|及|和|与|或/u;

/** The terms of `open` that are long subject phrases the text applies, as above. */
export function appliedPhrases(f: string, articles: readonly StructureNode[], open: readonly DefinedTerm[], defined: readonly DefinedTerm[],
  used: (d: DefinedTerm) => boolean, outside: (d: DefinedTerm, term: string, u: Span) => boolean, from: number): Set<DefinedTerm> {
  const out = new Set<DefinedTerm>();
  const phrases = open.filter((d) => d.form !== 'abbreviation' && d.term.length >= LONG && PHRASE.test(d.term));
  if (phrases.length === 0) return out;
  // 原產地證明書申請人 where 申請人 is the text's word (a short form or a term) and used: the phrase narrows it.
  const words = defined.filter((w) => w.term.length >= 2 && used(w));
  const cases: { d: DefinedTerm; word: string }[] = [];
  for (const d of phrases) {
    if (words.some((w) => w.term.length < d.term.length && d.term.endsWith(w.term))) out.add(d);
    const c = CASE.exec(d.term);
    if (c && !out.has(d)) cases.push({ d, word: c[1] as string });
  }
  if (cases.length > 0) {
    const at = termMatcher(new Set(cases.map((c) => c.word))).occurrences(f, from);
    for (const { d, word } of cases) if ((at.get(word) ?? []).some((s) => outside(d, word, { start: s, end: s + word.length }))) out.add(d);
  }
  // 前項教育學程之科目及學分, 依前條之分類標準: a pointer after the phrase, in its article or the next, that names a
  // word of its head (what follows its last 之 or 的).
  for (const d of phrases) {
    if (out.has(d)) continue;
    const head = d.term.slice(Math.max(d.term.lastIndexOf('之'), d.term.lastIndexOf('的')) + 1).replace(/者$/u, '');
    const parts = head.split(HEAD_JOINS).filter((p) => p.length >= 2);
    const k = articles.indexOf(d.article);
    const end = (articles[k + 1] ?? d.article).spanEnd;
    for (const m of f.slice(d.sentence.end, end).matchAll(BACK)) {
      const at = d.sentence.end + (m.index ?? 0) + m[0].length;
      const window = f.slice(at, at + BACK_REACH).split(/[，。；：\n]/u)[0] ?? '';
      if (parts.some((p) => window.includes(p))) {
        out.add(d);
        break;
      }
    }
  }
  return out;
}
