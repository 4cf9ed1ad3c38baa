/**
 * The term table of one document: what is defined, and which undefined terms should be (candidates and
 * their score, candidates.ts). Built once per analysis and shared by the term checks and hover.
 */
import { documentTitle, foldedTitle } from '../parse/nodes';
import type { ParseResult } from '../parse/parse';
import { definedAbove, type LawIndex } from '../laws';
import type { Span, StructureNode, TermOptions } from '../types';
import { firstAtOrAfter } from '../text/offsets';
import {
  BAD_EDGE, citedLawHolds, delegated, DEPT_WORDS, explained, explainedAt, FIELD, fragment, GENERAL, GLOSSARY, HEAD_NOUN, headingTerms,
  MAX_FREQUENCY_SCORE, ngrams, NOT_LEGISLATION, notInsideLonger, QUOTED, SUPERIOR_LAW, type TermCandidate, THRESHOLD, titleSubject, WORDING,
} from './candidates';
import { type DefinedTerm, definitionsArticle, definitionsArticles, extractDefinitions } from './definitions';
import { termMatcher } from './matcher';
import { VOCABULARY } from './vocabulary.generated';
import { bodyRanges, bookTitles, inside, knownSpans, minus, type Ranges } from './ranges';
import { insideFullName, usedAnywhere } from './used-anywhere';
import { looseUses } from './uses';

export type { TermCandidate } from './candidates';
export type { DefinedTerm } from './definitions';

export interface TermTable {
  defined: DefinedTerm[];
  definitionsArticle?: StructureNode;
  /** Undefined candidates scoring at or above the threshold, in order of first use. */
  undefinedTerms: TermCandidate[];
  /** Body uses of a defined term outside its own definition. */
  usesOf(d: DefinedTerm): Span[];
  /**
   * Whether a defined term is used anywhere but in its own definition: a wider question than usesOf (which
   * finds the body uses that hover lists and that may come too early), asked by term.unused.
   */
  isUsed(d: DefinedTerm): boolean;
}

function build(parsed: ParseResult, options: TermOptions, laws?: () => LawIndex | undefined): TermTable {
  const f = parsed.folded;
  const lists = definitionsArticles(parsed);
  const defined = extractDefinitions(parsed, lists);
  const titleText = documentTitle(parsed);
  const candidates = !NOT_LEGISLATION.test(titleText) && parsed.kind === 'regulation';
  // A term inside 《…》 is part of another act's title, not a use (《中华人民共和国网络安全法》 uses no 网络安全).
  const titles = bookTitles(f);
  const body = minus(bodyRanges(parsed, defined), titles);
  const definedSet = new Set(defined.map((d) => d.term));
  const excluded = new Set([...GENERAL, ...SUPERIOR_LAW, ...(options.superiorLaw ?? []), ...(options.ignore ?? [])]);
  const glossary = new Set([...GLOSSARY, ...(options.glossary ?? [])]);
  const sources = new Map<string, Set<TermCandidate['sources'][number]>>();
  const add = (term: string, src: TermCandidate['sources'][number]): void => {
    if (term.length < 2 || term.length > 14) return;
    let s = sources.get(term);
    if (!s) sources.set(term, (s = new Set()));
    s.add(src);
  };
  const subject = titleSubject(parsed);
  if (subject && !explained(parsed, subject) && !citedLawHolds(f, titles, subject) && !delegated(parsed)) add(subject, 'title');
  for (const d of parsed.divisions) for (const t of headingTerms(foldedTitle(f, d))) add(t, 'heading');
  // Quoted phrases inside a body range: one pass over the text.
  let r = 0;
  for (const m of f.matchAll(QUOTED)) {
    const at = m.index ?? 0;
    while (r < body.ends.length && (body.ends[r] as number) < at + m[0].length) r++;
    if (r === body.ends.length) break;
    // 名称中应当标明“普通合伙”字样: the words themselves are meant, not a concept.
    if (at >= (body.starts[r] as number) && !WORDING.test(f.slice(at + m[0].length, at + m[0].length + 80))) add(m[1] ?? '', 'quote');
  }
  // A configured glossary may be long: one matcher, not a scan of the text per entry.
  for (const g of termMatcher(glossary).found(f)) add(g, 'glossary');
  // A repeated phrase found only as an n-gram scores at most 3 + 1 − 2 and never reaches the threshold;
  // with another source the n-gram adds nothing to the score. So n-grams are read only to name the source
  // of the candidates reported (below), not for every text.
  const asked: { term: string; src: Set<TermCandidate['sources'][number]>; base: number }[] = [];
  for (const [term, src] of candidates ? sources : []) {
    const base = (src.has('title') ? 3 : 0) + (src.has('heading') ? 2 : 0) + (src.has('quote') ? 3 : 0) + (src.has('glossary') ? 2 : 0)
      + (HEAD_NOUN.test(term) ? 1 : 0);
    // Frequency adds at most 3: a candidate that cannot reach the threshold is not counted.
    if (base + MAX_FREQUENCY_SCORE < THRESHOLD) continue;
    // A text uses its title's subject throughout, so frequency is no evidence there; a coined compound
    // (数字经济, 公共数据: a head noun) or another source is. 传染病, 未成年人, 居民身份证 are the language's own.
    if (src.size === 1 && src.has('title') && !HEAD_NOUN.test(term)) continue;
    if (definedSet.has(term) || excluded.has(term) || DEPT_WORDS.test(term) || BAD_EDGE.test(term)) continue;
    // What national law writes everywhere without defining it (基础设施, 人力资源) is the language of law, not a
    // concept of this text, unless its title names it or the team's glossary lists it.
    if (LAW_VOCABULARY.has(term) && !src.has('title') && !src.has('glossary')) continue;
    asked.push({ term, src, base });
  }
  // A word a law above the text defines (水资源 by 水法) need not be defined again. The index is asked only when a
  // candidate is left, and only of PRC texts (it holds PRC national law).
  const index = asked.length > 0 && parsed.jurisdiction === 'prc' ? laws?.() : undefined;
  const above = index ? definedAbove(index, titleText) : undefined;
  const own = above ? asked.filter((c) => !above(c.term)) : asked;
  // Part of a defined term, or (unless it is the title's subject) holding one: covered by the definition.
  // Both by matchers, not by comparing every candidate with every definition (a pasted glossary has
  // thousands of each).
  // The parts a definition lists (数字基础设施，是指……，包括信息基础设施、融合基础设施) are defined with it.
  const listed = defined.map((d) => d.definiens.slice(Math.max(0, d.definiens.indexOf('包括')))).filter((t) => t.startsWith('包括'));
  const insideDefined = termMatcher(own.map((c) => c.term)).occurrences([...defined.map((d) => d.term), ...listed].join('\0'));
  const definedMatcher = termMatcher(definedSet);
  // A title's subject that is a defined word and a trade or field (电影产业 where 电影 is defined) is covered too,
  // and so is one that is a defined word with a plain noun after it (地下空间规划, 建设工程质量, 海岸带生态 where
  // 地下空间, 建设工程, 海岸带 are defined): the defined word is what the compound is about. A defined word at the
  // end is the head of a narrower concept (公共数据 where 数据 is defined), which may need its own definition.
  const modifiedDefined = (t: string): boolean => {
    for (let k = Math.max(2, t.length - MODIFIER_TAIL); k < t.length; k++) if (definedSet.has(t.slice(0, k))) return true;
    return false;
  };
  const counted = own.filter((c) => !insideDefined.get(c.term)?.length && ((c.src.has('title') && !definedSet.has(c.term.replace(FIELD, '')) && !modifiedDefined(c.term)) || !definedMatcher.occursIn(c.term)));
  // Every counted candidate and defined term in one pass over the text (termMatcher); an occurrence is a
  // use when it lies inside a body range.
  const starts = termMatcher([...counted.map((c) => c.term), ...definedSet]).occurrences(f, body.starts[0] ?? f.length);
  const usesIn = (term: string, skip?: Span, within = body, at = starts.get(term)?.map((s) => ({ start: s, end: s + term.length }))): Span[] => {
    const out: Span[] = [];
    for (const u of at ?? []) {
      const r = firstAtOrAfter(within.ends, u.end);
      if (r === within.ends.length) break;
      if (u.start < (within.starts[r] as number) || (skip && u.start >= skip.start && u.start < skip.end)) continue;
      out.push(u);
    }
    return out;
  };
  // A defined term is used in the body, outside every definition (船员，是指……，包括船长、高级船员、普通船员 is
  // no use of 普通船员); one never written out whole may still be used loosely (uses.ts). An abbreviation that
  // is a title (（以下简称《审计法》）) is used inside 《》.
  const whole = bodyRanges(parsed, defined);
  const articles = body;
  const rangesOf = (term: string): Ranges => (term.startsWith('《') ? whole : articles);
  const literal = (d: DefinedTerm): Span[] => {
    const uses = usesIn(d.term, d.sentence, rangesOf(d.term));
    return d.form === 'abbreviation' ? uses.filter((u) => !insideFullName(f, d, u)) : uses;
  };
  // 再生医疗技术（以下简称再生技术）：指……: the term is used as its abbreviation.
  const abbreviations = new Map(defined.filter((d) => d.form === 'abbreviation').map((d) => [d.span.start, d]));
  // 本办法所称学校实习广播电台，系指……之无线广播电台（以下简称电台）。: an abbreviation that closes the definition
  // names what it defines.
  const closing = new Map(defined.filter((d) => d.form === 'abbreviation').map((d) => [d.sentence.end, d]));
  const shortFor = (d: DefinedTerm): DefinedTerm | undefined => {
    ABBREVIATED.lastIndex = d.span.end;
    const m = ABBREVIATED.exec(f);
    const direct = m ? abbreviations.get(d.span.end + m[0].length) : undefined;
    if (direct || d.form === 'abbreviation') return direct;
    let end = d.sentence.end;
    while (end > d.span.end && /[。；;\s]/u.test(f[end - 1] as string)) end--;
    return closing.get(end);
  };
  const loose = looseUses(f, defined.filter((d) => literal(d).length === 0).map((d) => d.term), articles.starts[0] ?? f.length);
  const usesOf = (d: DefinedTerm): Span[] => {
    const direct = literal(d);
    if (direct.length > 0) return direct;
    const short = shortFor(d);
    const viaShort = short ? literal(short) : [];
    // A short form is written as it was introduced: its words apart (之規劃及執行策略 of another item's name) are
    // no use of it.
    return viaShort.length > 0 || d.form === 'abbreviation' ? viaShort : usesIn(d.term, d.sentence, articles, loose.get(d.term));
  };
  // 关键信息基础设施 is no use of 信息基础设施: an occurrence inside a longer defined or excluded term is that term.
  // Counted candidates are neither defined nor excluded, so a known term holding one is longer than it.
  const countedMatcher = termMatcher(counted.map((c) => c.term));
  const longer = knownSpans(f, [...definedSet, ...excluded].filter((k) => countedMatcher.occursIn(k)), body.starts[0] ?? f.length);
  const undefinedTerms: TermCandidate[] = [];
  // The repeated domain compounds, read only when a candidate asks (most texts have none).
  let repeated: Set<string> | undefined;
  const isRepeated = (term: string): boolean => (repeated ??= new Set(ngrams(f, body))).has(term);
  for (const { term, src, base } of counted) {
    const uses = usesIn(term).filter((u) => !inside(longer, u));
    if (uses.length < 2) continue;
    const score = base + Math.min(MAX_FREQUENCY_SCORE, Math.floor(Math.log2(uses.length)));
    if (score < THRESHOLD) continue;
    // A heading alone (专业化, 造林绿化, 水资源) names a topic in the language's own words; a heading that is also a
    // repeated compound of a domain head (无障碍设施, 电力设施) names a concept.
    if (src.size === 1 && src.has('heading') && !isRepeated(term)) continue;
    // A configured glossary term is a concept by the team's word; others are tested for being one.
    if (!src.has('glossary') && (fragment(f, uses) || explainedAt(f, uses))) continue;
    undefinedTerms.push({ term, uses, sources: [...src], score });
  }
  for (const c of undefinedTerms) if (isRepeated(c.term)) c.sources.push('ngram');
  undefinedTerms.sort((a, b) => (a.uses[0]?.start ?? 0) - (b.uses[0]?.start ?? 0));
  const isUsed = usedAnywhere(parsed, defined, titles, shortFor);
  return { defined, definitionsArticle: definitionsArticle(parsed, lists), undefinedTerms: notInsideLonger(undefinedTerms), usesOf, isUsed };
}

const LAW_VOCABULARY = new Set(VOCABULARY);

/** The longest plain noun after a defined word that leaves the compound about that word (规划, 质量, 应用). */
const MODIFIER_TAIL = 2;

/** The term table of `parsed` (built anew on each call: an analysis builds it once, on first use). */
export function termTable(parsed: ParseResult, options: TermOptions = {}, laws?: () => LawIndex | undefined): TermTable {
  return build(parsed, options, laws);
}

/** What stands between a term and its abbreviation: 企业投资项目(以下简称项目). */
const ABBREVIATED = /[”"]?[（(](?:以下)?(?:统一)?(?:简称|统称|以下称)(?:为)?[“"]?/uy;
