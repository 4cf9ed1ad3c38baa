/**
 * The term table of one document (drafting-rules §5): what is defined, and which undefined terms should
 * be (§5.4 candidates and score). Computed once per parse and shared by the term checks and hover.
 */
import { perParse } from '../parse/memo';
import { foldedTitle } from '../parse/nodes';
import type { ParseResult } from '../parse/parse';
import type { Span, StructureNode, TermOptions } from '../types';
import { firstAtOrAfter } from '../text/offsets';
import { type DefinedTerm, definitionsArticle, extractDefinitions } from './definitions';
import { termMatcher } from './matcher';

export type { DefinedTerm } from './definitions';

export interface TermCandidate {
  term: string;
  /** Occurrences in the body (outside headings, the title and definitions). */
  uses: Span[];
  sources: ('title' | 'heading' | 'quote' | 'glossary' | 'ngram')[];
  score: number;
}

export interface TermTable {
  defined: DefinedTerm[];
  definitionsArticle?: StructureNode;
  /** Undefined candidates scoring at or above the threshold, in order of first use. */
  undefinedTerms: TermCandidate[];
  /** Body uses of a defined term outside its own definition. */
  usesOf(d: DefinedTerm): Span[];
}

const REGION_PREFIX = /^(?:中华人民共和国|[\u4e00-\u9fff]{2,8}?(?:省|市|自治区|自治州|县|区))/u;
const GENRE_SUFFIX = /(?:若干规定|实施办法|实施细则|条例|规定|办法|细则|法)$/u;
const GENRE_VERB = /(?:促进|管理|保护|发展|实施)$/u;
const HEADING_TAIL = /(?:建设|管理|发展|保障|促进|服务|利用|保护|应用|创新)+$/u;
const STRUCTURAL = /^(?:总则|附则|法律责任|保障措施|监督管理|监督检查|一般规定|其他规定|基本规定|罚则|奖励|附件|责任|措施|规划|管理|标准|程序|权利|义务|职责)$/u;
const HEAD_NOUN = /(?:设施|平台|数据|资源|主体|系统|中心|产业|经济|技术|目录|清单|体系|场景|设备|网络|资产|要素|空间|园区|名录|档案|应用|生态|化)$/u;
const BAD_EDGE = /^[的和与及或等对在将把由为以并应可不是其该本各有]|[的和与及或等对在将把由为以并应可不是其该本各]$/u;
const DEPT_WORDS = /部门|人民政府|机关|委员会|机构|单位|企业|组织/u;

/** General legal vocabulary and slogans: never candidates (§5.4 a, d). */
const GENERAL = new Set([
  '单位', '个人', '组织', '自然人', '法人', '非法人组织', '公民', '行政区域', '人民政府', '国家秘密', '商业秘密', '公共利益', '合法权益',
  '法律法规', '本市', '本省', '社会公众', '经营者', '消费者', '一网通办', '双随机、一公开', '最多跑一次', '一站式', '互联网+', '放管服',
  '一件事', '一窗受理', '不见面', '证照分离', '多规合一', '河长制', '林长制', '首问负责', '容缺受理', '告知承诺',
]);
/** Terms defined by superior law (§5.4 b): 数据安全法, 个人信息保护法, 网络安全法. */
const SUPERIOR_LAW = ['数据', '数据处理', '数据安全', '个人信息', '敏感个人信息', '网络', '网络安全', '网络数据', '关键信息基础设施', '重要数据'];
/** §5.5 seed glossary (digital economy), extended by `terms.glossary`. */
const GLOSSARY = [
  '数字经济', '数字基础设施', '算力基础设施', '新型基础设施', '信息基础设施', '融合基础设施', '数字产业化', '产业数字化', '数据要素',
  '数据资源', '公共数据', '政务数据', '数据资产', '数据产品', '数据交易', '数据要素市场', '工业互联网', '标识解析', '数字孪生', '智能制造',
  '平台经济', '数字政府', '首席数据官', '算力',
];

const QUOTED = /“([\u4e00-\u9fff]{3,14})”/gu;

/** Judicial interpretations, decisions and replies define nothing of their own: no term candidates. */
const NOT_LEGISLATION = /(?:解释|决定|批复|答复|意见|通知|安排|纪要)\s*(?:[（(][^）)]*[）)])?\s*$/u;

/** §5.4: a candidate is reported from this score on; how often it is used adds up to 3 (log2 of the count). */
const THRESHOLD = 6;
const MAX_FREQUENCY_SCORE = 3;

function build(parsed: ParseResult, options: TermOptions): TermTable {
  const f = parsed.folded;
  const defined = extractDefinitions(parsed);
  const titleText = parsed.title ? f.slice(parsed.title.span.start, parsed.title.span.end) : '';
  const candidates = !NOT_LEGISLATION.test(titleText) && parsed.kind === 'regulation';
  const body = bodyRanges(parsed, defined);
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
  if (subject) add(subject, 'title');
  for (const d of parsed.divisions) for (const t of headingTerms(foldedTitle(f, d))) add(t, 'heading');
  // Quoted phrases inside a body range: one pass over the text.
  let r = 0;
  for (const m of f.matchAll(QUOTED)) {
    const at = m.index ?? 0;
    while (r < body.ends.length && (body.ends[r] as number) < at + m[0].length) r++;
    if (r === body.ends.length) break;
    if (at >= (body.starts[r] as number)) add(m[1] ?? '', 'quote');
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
    if (definedSet.has(term) || excluded.has(term) || DEPT_WORDS.test(term) || BAD_EDGE.test(term)) continue;
    asked.push({ term, src, base });
  }
  // Part of a defined term, or (unless it is the title's subject) holding one: covered by the definition.
  // Both by matchers, not by comparing every candidate with every definition (a pasted glossary has
  // thousands of each).
  const insideDefined = termMatcher(asked.map((c) => c.term)).occurrences(defined.map((d) => d.term).join('\0'));
  const definedMatcher = termMatcher(definedSet);
  const counted = asked.filter((c) => !insideDefined.get(c.term)?.length && (c.src.has('title') || !definedMatcher.occursIn(c.term)));
  // Every counted candidate and defined term in one pass over the text (termMatcher); an occurrence is a
  // use when it lies inside a body range.
  const starts = termMatcher([...counted.map((c) => c.term), ...definedSet]).occurrences(f, body.starts[0] ?? f.length);
  const usesIn = (term: string, skip?: Span): Span[] => {
    const out: Span[] = [];
    for (const at of starts.get(term) ?? []) {
      const r = firstAtOrAfter(body.ends, at + term.length);
      if (r === body.ends.length) break;
      if (at < (body.starts[r] as number) || (skip && at >= skip.start && at < skip.end)) continue;
      out.push({ start: at, end: at + term.length });
    }
    return out;
  };
  const undefinedTerms: TermCandidate[] = [];
  for (const { term, src, base } of counted) {
    const uses = usesIn(term);
    if (uses.length < 2) continue;
    const score = base + Math.min(MAX_FREQUENCY_SCORE, Math.floor(Math.log2(uses.length)));
    if (score >= THRESHOLD) undefinedTerms.push({ term, uses, sources: [...src], score });
  }
  if (undefinedTerms.length > 0) {
    const repeated = new Set(ngrams(f, body));
    for (const c of undefinedTerms) if (repeated.has(c.term)) c.sources.push('ngram');
  }
  undefinedTerms.sort((a, b) => (a.uses[0]?.start ?? 0) - (b.uses[0]?.start ?? 0));
  return { defined, definitionsArticle: definitionsArticle(parsed), undefinedTerms: notInsideLonger(undefinedTerms), usesOf: (d) => usesIn(d.term, d.sentence) };
}

/**
 * A candidate inside a longer flagged one with the same uses is the same finding (数字经济 / 数字经济安全).
 * By the proper substrings of each candidate (at most 14 characters long), not by comparing every pair.
 */
function notInsideLonger(list: TermCandidate[]): TermCandidate[] {
  if (list.length < 2) return list;
  const inside = new Set<string>();
  for (const o of list) {
    const t = o.term;
    for (let i = 0; i < t.length; i++) for (let j = i + 1; j <= t.length; j++) if (j - i < t.length) inside.add(`${o.uses.length}:${t.slice(i, j)}`);
  }
  return list.filter((c) => !inside.has(`${c.uses.length}:${c.term}`));
}

export const termTable = perParse(build, {} as TermOptions);

/**
 * Ranges of text, in order, as two lists of numbers: the term table keeps them (usesOf), and a large code
 * has one or more per article.
 */
interface Ranges {
  starts: number[];
  ends: number[];
}

/** Article text outside definitions (uses counted here), from the first article on. */
function bodyRanges(parsed: ParseResult, defined: readonly DefinedTerm[]): Ranges {
  const out: Ranges = { starts: [], ends: [] };
  const push = (start: number, end: number): void => {
    out.starts.push(start);
    out.ends.push(end);
  };
  const skip = defined.filter((d) => d.form !== 'abbreviation').map((d) => d.sentence).sort((a, b) => a.start - b.start);
  // Articles and sentences both in text order: one pointer walks the sentences (a pasted glossary has
  // thousands of definitions, and looking at each for every article was quadratic).
  let k = 0;
  for (const a of parsed.articles) {
    let start = a.textStart;
    while (k < skip.length && (skip[k] as Span).end <= start) k++;
    for (let i = k; i < skip.length && (skip[i] as Span).start < a.spanEnd; i++) {
      const s = skip[i] as Span;
      if (s.end <= start) continue;
      if (s.start > start) push(start, s.start);
      start = Math.max(start, s.end);
    }
    if (start < a.spanEnd) push(start, a.spanEnd);
  }
  return out;
}

/** 《济南市数字经济促进条例》 → 数字经济 (§5.4 C_title). Titles that name another act (实施《…》办法, 决定) have none. */
export function titleSubject(parsed: ParseResult): string | undefined {
  const raw = parsed.title ? parsed.folded.slice(parsed.title.span.start, parsed.title.span.end) : '';
  let t = raw.replace(/^#+\s*/u, '').replace(/[《》\s]/gu, '').replace(/[（(][^）)]*[）)]$/u, '');
  if (!t || /《|关于|决定|修正|修改|废止|实施|\d/u.test(raw)) return undefined;
  t = t.replace(REGION_PREFIX, '');
  if (!GENRE_SUFFIX.test(t)) return undefined;
  t = t.replace(GENRE_SUFFIX, '');
  if (GENRE_VERB.test(t) && t.replace(GENRE_VERB, '').length >= 2) t = t.replace(GENRE_VERB, '');
  // 禁止燃放烟花爆竹, 优化营商环境: a verb phrase, not a concept to define.
  if (/^(?:禁止|制定|控制|优化|促进|加强|推进|推动|规范|鼓励|支持|预防|防止)/u.test(t)) return undefined;
  // 示例条例, 某某条例: a template's placeholder title names no concept.
  if (/^(?:示例|样例|范例|测试|某某|××|XX)$/u.test(t)) return undefined;
  return t.length >= 2 && t.length <= 10 ? t : undefined;
}

/** Chapter and section titles: 数字产业化与产业数字化 → 数字产业化, 产业数字化 (§5.4 C_heading). */
function headingTerms(title: string): string[] {
  const t = title.replace(/\s/gu, '');
  if (STRUCTURAL.test(t)) return [];
  return t.split(/与|和|及/u).map((p) => (p.length > 4 ? p.replace(HEADING_TAIL, '') : p)).filter((p) => p.length >= 3 && p.length <= 9 && !STRUCTURAL.test(p));
}

function isHanCode(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

/**
 * Repeated domain noun phrases (§5.4 C_ngram): Han runs of 4–8 characters ending in a head noun, seen at
 * least three times, kept only when no longer repeat that contains them is as frequent.
 */
function ngrams(f: string, body: Ranges): string[] {
  const counts = new Map<string, number>();
  const heads = /设施|平台|数据|资源|体系|资产|要素|空间|场景|产业|经济|清单|目录/gu;
  // One pass over the whole text; a head counts when it ends inside a body range, and its phrase may not
  // reach back out of that range.
  let r = 0;
  for (const m of f.matchAll(heads)) {
    const end = (m.index ?? 0) + m[0].length;
    while (r < body.ends.length && (body.ends[r] as number) < end) r++;
    if (r === body.ends.length) break;
    const start = body.starts[r] as number;
    if (m.index < start) continue;
    for (let len = 4; len <= 8; len++) {
      if (end - len < start) break;
      let han = true;
      for (let i = end - len; i < end && han; i++) han = isHanCode(f.charCodeAt(i));
      if (!han) break;
      const s = f.slice(end - len, end);
      counts.set(s, (counts.get(s) ?? 0) + 1);
    }
  }
  return notEndingLonger([...counts].filter(([s, n]) => n >= 3 && !BAD_EDGE.test(s)));
}

/**
 * The phrases (of at least 4 characters, with their counts) that no longer phrase ending in them matches
 * in count, in their order. By each phrase's proper suffixes noted with its count (at most four, as
 * phrases are 4–8 characters long): comparing every pair was quadratic, and a pasted text of 32,000
 * repeated phrases took 15 s.
 */
export function notEndingLonger(phrases: readonly (readonly [string, number])[]): string[] {
  const covered = new Set<string>();
  for (const [o, m] of phrases) for (let len = 4; len < o.length; len++) covered.add(`${m}:${o.slice(o.length - len)}`);
  return phrases.filter(([s, n]) => !covered.has(`${n}:${s}`)).map(([s]) => s);
}
