/**
 * The clauses the legality checks read: a keyword found in the prose (in the folded text, so Traditional
 * drafts read alike), the sentence around it, and whether the text itself sets what the sentence says or
 * applies a superior law (依照《…》, 依法, 法律、行政法规 …), which sets it there instead.
 */
import type { Prose } from '../prose';
import type { ParseResult } from '../parse/parse';
import { sentenceAround } from '../text/lines';
import type { Span } from '../types';

export interface Clause {
  /** Where the keyword is. */
  at: number;
  m: RegExpMatchArray;
  /** The sentence around it (back to 。/；/a line break, on through the next). */
  sentence: Span;
  /** The sentence says it applies a superior law, or the paragraph does before it with 依照《…》. */
  basis: boolean;
  /**
   * The keyword's phrase has 被 before it (市场主体被撤销设立登记、吊销营业执照的; 曾被处以行政拘留的): it names
   * what befell someone, not a sanction the text sets.
   */
  subject: boolean;
  /**
   * When the keyword's paragraph is an item ((一)…), the sentence that introduces the list (…可以依法采取下列措施：):
   * it governs every item, so its basis, its 不得 or its conduct carry over. Empty otherwise.
   */
  leadIn: string;
}

/** In the sentence: a superior law named or meant (依照《…》, 依据有关法律, 依法, 法律、行政法规另有规定, 违反《…》规定的). */
const SENTENCE_BASIS = /(?:依照|依据|按照|根据|适用)(?:国家)?(?:有关)?(?:《|法律|行政法规|法规(?!定))|依法|法律、(?:行政)?法规|法律法规|法律(?:规定|另有)|上位法|违反《/u;
/**
 * Before it in the paragraph: only a law named (依照《…》的规定处罚；情节严重的，吊销…), or the conduct named as a breach of
 * a named law (违反《船员条例》第十六条的规定，…的，处…；情节严重的，吊销…): the sanction is that law's, and the text says which.
 */
const PARAGRAPH_BASIS = /(?:依照|依据|按照|根据|适用)[^。\n]{0,20}?《|违反《/u;

/**
 * A paragraph that opens with a named law's article and its words (附：《治安管理处罚法》第二十九条 有下列行为之一的，
 * 处五日以下拘留): that law's provision reproduced, not one the text sets.
 */
const QUOTED_PROVISION = /^[\s\u3000]*《[^》\n]{1,40}》第[一二三四五六七八九十百零〇0-9]+条(?:之[一二三四五六七八九十]+)?[\s\u3000]/u;

/** How far a clause is read from its keyword, and a paragraph back from its sentence. */
const REACH = 300;

/** An item's label opening its line: （一）, (二). */
const ITEM = /^[\s\u3000]*[（(][一二三四五六七八九十]+[）)]/u;
/** How many lines back the lead-in of a list is sought: items above it are skipped. */
const LEAD_IN_LINES = 60;

/**
 * The sentence that introduces the list the paragraph at `start` is an item of (its line ends with a colon);
 * '' when the paragraph is no item or the list has no lead-in.
 */
export function leadIn(folded: string, start: number): string {
  if (!ITEM.test(folded.slice(start, start + 12))) return '';
  let end = start;
  for (let n = 0; n < LEAD_IN_LINES && end > 0; n++) {
    const lineStart = paragraphStart(folded, end - 1, Math.max(0, end - 1 - 4 * REACH));
    const line = folded.slice(lineStart, end - 1).trim();
    end = lineStart;
    if (line === '' || ITEM.test(line)) continue;
    if (!/[：:]$/u.test(line)) return '';
    // The sentence naming the list (…依照下列规定予以处罚；构成犯罪的，依法追究刑事责任：), else the last one.
    const sentences = line.split(/[。；]/u).reverse();
    return sentences.find((x) => x.includes('下列')) ?? sentences[0] ?? '';
  }
  return '';
}

/** Where the paragraph holding `at` starts, read back no further than `floor`. */
export function paragraphStart(folded: string, at: number, floor: number): number {
  let p = at;
  while (p > floor && folded[p - 1] !== '\n') p--;
  return p;
}

/** The matches of a global pattern in the prose of the folded text, each with its sentence. */
export function* clauses(prose: Prose, re: RegExp): Generator<Clause> {
  const folded = prose.parsed.folded;
  const ranges = prose.ranges;
  let k = 0;
  for (const m of folded.matchAll(re)) {
    const at = m.index ?? 0;
    while (k < ranges.length && (ranges[k] as Span).end < at) k++;
    const range = ranges[k];
    if (!range || range.start > at) continue;
    // Bounded either side: a text pasted as one line without a 。 holds no sentence to read back to its start
    // for every keyword (quadratic that way).
    const sentence = sentenceAround(folded, at, { start: Math.max(range.start, at - REACH), end: Math.min(range.end, at + REACH) });
    const paragraph = paragraphStart(folded, sentence.start, Math.max(range.start, sentence.start - REACH));
    const lead = leadIn(folded, paragraph);
    const basis =
      SENTENCE_BASIS.test(folded.slice(sentence.start, sentence.end)) ||
      PARAGRAPH_BASIS.test(folded.slice(paragraph, sentence.start)) ||
      SENTENCE_BASIS.test(lead) ||
      QUOTED_PROVISION.test(folded.slice(paragraph, paragraph + 60));
    let phrase = at;
    while (phrase > sentence.start && folded[phrase - 1] !== '，') phrase--;
    yield { at, m, sentence, basis, subject: folded.slice(phrase, at).includes('被'), leadIn: lead };
  }
}

/**
 * A sanction is imposed on conduct: 违反…规定, 违者, or a condition closed by 的， (…的，处…；情节严重的，吊销…) before
 * it in its sentence or in the lead-in of its list. A sentence without one speaks of a sanction set elsewhere: how
 * to hear, execute or publish it (作出吊销许可证处罚的，应当…; 当事人受到责令停产停业…行政处罚的).
 */
const CONDUCT = /的[，,]|违反|违者/u;

export function onConduct(folded: string, c: Clause): boolean {
  return CONDUCT.test(folded.slice(c.sentence.start, c.at)) || CONDUCT.test(c.leadIn);
}

/** The article's label opening its first sentence: the quote is the sentence's words. */
const LABEL = /^第[一二三四五六七八九十百千零〇0-9]+[条條](?:之[一二三四五六七八九十]+)?[\s\u3000]*/u;

/** The sentence as a message quotes it: the draft's own words, shortened around the keyword when long. */
export function quote(source: string, c: Clause): string {
  const { start, end } = c.sentence;
  const text = source.slice(start, end).trim().replace(LABEL, '');
  if (text.length <= 60) return text;
  const from = Math.max(start, c.at - 30);
  const to = Math.min(end, c.at + 30);
  return `${from > start ? '…' : ''}${source.slice(from, to).trim()}${to < end ? '…' : ''}`;
}

/** An article's opening sentence, up to its first 。/；/：/line break. */
const OPENING = /^[^。；：\n]*/u;

/**
 * The article holding `at` opens by saying what it says applies a superior law (第四条 有下列情形之一的，…依法实施查封、扣押：):
 * its later paragraphs on the same subject (有前款第一项情形之一的，可以实施查封、扣押) work that out, and set nothing anew.
 * `subject` is what the opening must speak of, so that 依法设立的机构 opening an article carries no basis to a measure.
 */
export function articleBasis(parsed: ParseResult, at: number, subject: RegExp): boolean {
  const article = parsed.articles.find((a) => a.spanStart <= at && at < a.spanEnd);
  if (!article) return false;
  const opening = OPENING.exec(parsed.folded.slice(article.spanStart, Math.min(article.spanEnd, article.spanStart + REACH)))?.[0] ?? '';
  return SENTENCE_BASIS.test(opening) && subject.test(opening);
}
