/**
 * The term table of one document (drafting-rules §5): what is defined, and which undefined terms should
 * be (§5.4 candidates and score). Computed once per parse and shared by the term checks and hover.
 */
import { foldedTitle } from '../parse/nodes';
import type { ParseResult } from '../parse/parse';
import type { Span, StructureNode, TermOptions } from '../types';
import { firstAtOrAfter } from '../text/offsets';
import { type DefinedTerm, definitionsArticle, definitionsArticles, extractDefinitions } from './definitions';
import { termMatcher } from './matcher';
import { gappedUses, looseUses } from './uses';

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
  /**
   * Whether a defined term is used anywhere but in its own definition: a wider question than usesOf (which
   * finds the body uses that hover lists and that may come too early), asked by term.unused.
   */
  isUsed(d: DefinedTerm): boolean;
}

const REGION_PREFIX = /^(?:中华人民共和国|[\u4e00-\u9fff]{2,8}?(?:省|市|自治区|自治州|县|区))/u;
const GENRE_SUFFIX = /(?:若干规定|实施办法|实施细则|条例|规定|办法|细则|法)$/u;
/** What a title says is done to its subject (doing words at the end of the subject). */
const ACTIVITY_TAIL =
  /(?:促进|管理|保护|发展|实施|防治|防制|防御|防控|监督|监管|管制|调度|发行|救济|救助|抚恤优待|优待|保健|登记|申报|审查|评价|考核|安置|褒扬|回收|屠宰|应急|援救|工作|督查|督导|公开|处罚|援助|检疫|检验|监察|统计|普查|征收|供养|治理|开发利用|利用|建设|投标|服务|移植|捐献|动员|出口管制|安全|保障|监测|预报|奖励|健身|绿化|国际化|标准化)$/u;
/** Doing words before it: 反垄断, 节约用水, 防范和处置非法集资, 缔结条约, 禁止燃放烟花爆竹. */
const ACTIVITY_HEAD = /^(?:反|节约|保障|防范和处置|防范|防止|预防|缔结|强迫|扫除|禁止|制定|控制|优化|促进|加强|推进|推动|规范|鼓励|支持)/u;
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

/** A trade or field named after what it deals in (电影产业, 快递行业, 慈善事业, 志愿服务活动). */
const FIELD = /(?:产业|行业|事业|活动|市场)$/u;
const QUOTED = /“([\u4e00-\u9fff]{3,14})”/gu;
/**
 * What follows a quoted phrase that names its words: 字样, 等字样, or more quoted words and then 字样 (标明“普通合伙”、
 * “特殊普通合伙”或者“有限合伙”字样): a wording, not a term.
 */
const WORDING = /^(?:[、，,]?(?:或者|以及|和|及|或)?“[^“”\n]{1,14}”)*(?:等)?字/u;

/** Judicial interpretations, decisions and replies define nothing of their own: no term candidates. */
const NOT_LEGISLATION = /(?:解释|决定|批复|答复|意见|通知|安排|纪要)\s*(?:[（(][^）)]*[）)])?\s*$/u;

/** §5.4: a candidate is reported from this score on; how often it is used adds up to 3 (log2 of the count). */
const THRESHOLD = 6;
const MAX_FREQUENCY_SCORE = 3;

function build(parsed: ParseResult, options: TermOptions): TermTable {
  const f = parsed.folded;
  const lists = definitionsArticles(parsed);
  const defined = extractDefinitions(parsed, lists);
  const titleText = parsed.title ? f.slice(parsed.title.span.start, parsed.title.span.end) : '';
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
  if (subject && !explained(parsed, subject) && !citedLawHolds(f, titles, subject)) add(subject, 'title');
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
    asked.push({ term, src, base });
  }
  // Part of a defined term, or (unless it is the title's subject) holding one: covered by the definition.
  // Both by matchers, not by comparing every candidate with every definition (a pasted glossary has
  // thousands of each).
  // The parts a definition lists (数字基础设施，是指……，包括信息基础设施、融合基础设施) are defined with it.
  const listed = defined.map((d) => d.definiens.slice(Math.max(0, d.definiens.indexOf('包括')))).filter((t) => t.startsWith('包括'));
  const insideDefined = termMatcher(asked.map((c) => c.term)).occurrences([...defined.map((d) => d.term), ...listed].join('\0'));
  const definedMatcher = termMatcher(definedSet);
  // A title's subject that is a defined word and a trade or field (电影产业 where 电影 is defined) is covered too.
  const counted = asked.filter((c) => !insideDefined.get(c.term)?.length && ((c.src.has('title') && !definedSet.has(c.term.replace(FIELD, ''))) || !definedMatcher.occursIn(c.term)));
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
  const shortFor = (d: DefinedTerm): DefinedTerm | undefined => {
    ABBREVIATED.lastIndex = d.span.end;
    const m = ABBREVIATED.exec(f);
    return m ? abbreviations.get(d.span.end + m[0].length) : undefined;
  };
  const loose = looseUses(f, defined.filter((d) => literal(d).length === 0).map((d) => d.term), articles.starts[0] ?? f.length);
  const usesOf = (d: DefinedTerm): Span[] => {
    const direct = literal(d);
    if (direct.length > 0) return direct;
    const short = shortFor(d);
    const viaShort = short ? literal(short) : [];
    return viaShort.length > 0 ? viaShort : usesIn(d.term, d.sentence, articles, loose.get(d.term));
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

/** What joins the terms of a coordinated one (固定式平台和移动式平台, 实际完成数和预算收入数). */
const JOINS = /以及|或者|和|及|与|或|、/gu;

/**
 * term.unused's question, answered for all defined terms at its first asking (a check that is off never
 * asks): is the term used anywhere from the first heading or article on, outside its own defining sentence
 * and outside 《》 — in a heading, before its definition, inside another definition (饲料，是指……包括精料补充料
 * uses 精料补充料) — written whole, by each of its coordinated parts, loosely (uses.ts), with words inside it
 * (一类疫病 as 一类动物疫病), or by its abbreviation.
 */
function usedAnywhere(parsed: ParseResult, defined: readonly DefinedTerm[], titles: readonly Span[], shortFor: (d: DefinedTerm) => DefinedTerm | undefined): (d: DefinedTerm) => boolean {
  let answers: Map<DefinedTerm, boolean> | undefined;
  return (d) => {
    answers ??= answerAll(parsed, defined, titles, shortFor);
    return answers.get(d) ?? false;
  };
}

function answerAll(parsed: ParseResult, defined: readonly DefinedTerm[], titles: readonly Span[], shortFor: (d: DefinedTerm) => DefinedTerm | undefined): Map<DefinedTerm, boolean> {
  const f = parsed.folded;
  // Divisions are in text order: the first heading or article opens the body (the title and 目录 are not uses).
  const from = Math.min(parsed.articles[0]?.spanStart ?? f.length, parsed.divisions[0]?.spanStart ?? f.length);
  const partsOf = (term: string): string[] => {
    const parts = term.split(JOINS);
    return parts.length > 1 && parts.every((p) => p.length >= 2) ? parts : [];
  };
  const words = new Set<string>();
  for (const d of defined) {
    words.add(d.term);
    for (const p of partsOf(d.term)) words.add(p);
  }
  const found = termMatcher(words).occurrences(f, from);
  const outside = (d: DefinedTerm, term: string, u: Span): boolean =>
    !(u.start < d.sentence.end && u.end > d.sentence.start) && (term.startsWith('《') || !inside(titles, u)) && !(d.form === 'abbreviation' && insideFullName(f, d, u));
  const written = (d: DefinedTerm, term: string): boolean => (found.get(term) ?? []).some((at) => outside(d, term, { start: at, end: at + term.length }));
  const answers = new Map<DefinedTerm, boolean>();
  const open: DefinedTerm[] = [];
  for (const d of defined) {
    const parts = partsOf(d.term);
    const yes = written(d, d.term) || (parts.length > 0 && parts.every((p) => written(d, p)));
    answers.set(d, yes);
    if (!yes) open.push(d);
  }
  // Loose readings only for the few terms still unused.
  if (open.length > 0) {
    const terms = open.map((d) => d.term);
    const loose = looseUses(f, terms, from);
    const gapped = gappedUses(f, terms.filter((t) => t.length >= 4), from);
    for (const d of open) {
      const spans = [...(loose.get(d.term) ?? []), ...(gapped.get(d.term) ?? [])];
      if (spans.some((u) => outside(d, d.term, u))) answers.set(d, true);
    }
  }
  for (const d of open) {
    const short = shortFor(d);
    if (short && answers.get(short)) answers.set(d, true);
  }
  return answers;
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

/** The term table of `parsed` (built anew on each call: an analysis builds it once, on first use). */
export function termTable(parsed: ParseResult, options: TermOptions = {}): TermTable {
  return build(parsed, options);
}

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

/** The occurrences of `terms` in the text from `from` on, as spans sorted by start. */
function knownSpans(f: string, terms: readonly string[], from: number): Span[] {
  const out: Span[] = [];
  for (const [term, starts] of termMatcher(terms).occurrences(f, from)) for (const at of starts) out.push({ start: at, end: at + term.length });
  return out.sort((a, b) => a.start - b.start);
}

/** Whether `u` lies inside one of `spans` (sorted by start; a binary search for the last starting at or before it). */
function inside(spans: readonly Span[], u: Span): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as Span).start <= u.start) lo = mid + 1;
    else hi = mid;
  }
  // Spans of different lengths may nest: look back over the few that start at or before the use.
  for (let i = lo - 1; i >= 0 && i >= lo - 8; i--) if ((spans[i] as Span).end >= u.end) return true;
  return false;
}

/** What stands between a term and its abbreviation: 企业投资项目(以下简称项目). */
const ABBREVIATED = /[”"]?[（(](?:以下)?(?:简称|统称|以下称)(?:为)?[“"]?/uy;

const BOOK_TITLE = /《[^《》\n]{1,100}》/gu;

/** The 《…》 spans of the text, in order. */
function bookTitles(f: string): Span[] {
  return [...f.matchAll(BOOK_TITLE)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

/** `r` without the sorted, disjoint `spans`: one pointer walks both lists. */
function minus(r: Ranges, spans: readonly Span[]): Ranges {
  if (spans.length === 0) return r;
  const out: Ranges = { starts: [], ends: [] };
  let k = 0;
  for (let i = 0; i < r.starts.length; i++) {
    let start = r.starts[i] as number;
    const end = r.ends[i] as number;
    while (k < spans.length && (spans[k] as Span).end <= start) k++;
    for (let j = k; j < spans.length && (spans[j] as Span).start < end; j++) {
      const s = spans[j] as Span;
      if (s.start > start) {
        out.starts.push(start);
        out.ends.push(s.start);
      }
      start = Math.max(start, s.end);
    }
    if (start < end) {
      out.starts.push(start);
      out.ends.push(end);
    }
  }
  return out;
}

/**
 * An abbreviation written inside a repeat of the full name it stands for is the full name, not the
 * abbreviation: 宁波杭州湾新区 holds 新区 of 宁波杭州湾新区（以下简称新区）, 现役军官 holds 军官. The full name ends
 * just before the parenthesis; the characters next to the use are compared with those next to the
 * abbreviation inside it.
 */
function insideFullName(f: string, d: DefinedTerm, u: Span): boolean {
  const full = d.definiens;
  const j = full.lastIndexOf(d.term);
  if (j < 0) return false;
  const before = Math.min(j, 2);
  if (before > 0 && f.slice(u.start - before, u.start) === full.slice(j - before, j)) return true;
  const after = Math.min(full.length - j - d.term.length, 2);
  return after > 0 && f.slice(u.end, u.end + after) === full.slice(j + d.term.length, j + d.term.length + after);
}

/** From this share of its uses continued (or preceded) by the same character, a candidate is part of a longer word. */
const FRAGMENT_SHARE = 0.8;

/**
 * A candidate nearly always written as part of the same longer word (未成年人网络 in 未成年人网络保护, 国家科学技术 in
 * 国家科学技术奖, 交易平台 in 公共资源交易平台) is a slice of that word, not a concept of its own.
 */
function fragment(f: string, uses: readonly Span[]): boolean {
  if (uses.length < 3) return false;
  const next = new Map<number, number>();
  const prev = new Map<number, number>();
  const count = (m: Map<number, number>, c: number): void => {
    if (isHanCode(c)) m.set(c, (m.get(c) ?? 0) + 1);
  };
  for (const u of uses) {
    count(next, f.charCodeAt(u.end));
    count(prev, f.charCodeAt(u.start - 1));
  }
  let most = 0;
  for (const n of [...next.values(), ...prev.values()]) most = Math.max(most, n);
  return most >= FRAGMENT_SHARE * uses.length;
}

/** What makes a clause that opens with a word explain it: 是指, 系指, 即, 包括, 分为, 是……的统称 (the definition forms). */
const EXPLAINS = new RegExp(`^[”"]?(?:[，,：:]?(?:是指|系指|是特指|特指|指(?![标数定导挥引出南令明示派责纹])|谓|即)|[，,]?(?:包括|分为)|是[^。；\n]{1,80}?的(?:统称|总称))`, 'u');
/** A parenthesis after a word that says what it covers: 电力设施（包括发电设施、变电设施……下同）. */
const COVERS = /^[（(](?:包括|含|系指|是指|指|即)/u;

/**
 * Whether the text explains a candidate where it uses it, in a form the definitions reader does not take as a
 * definition: a clause opening with it (城市照明设施，包括……; 调度系统包括……; 本规定所称……“恐怖活动犯罪”，包括……),
 * a parenthesis after it, or a clause naming what it is (经商标局核准注册的商标为注册商标).
 */
function explainedAt(f: string, uses: readonly Span[]): boolean {
  return uses.some((u) => {
    const quoted = f[u.start - 1] === '“' || f[u.start - 1] === '"';
    const start = quoted ? u.start - 1 : u.start;
    const after = f.slice(u.end, u.end + 90);
    const opens = start === 0 || /[。；：:\n\s）)]/u.test(f[start - 1] as string) || /所(?:称|指)(?:的)?$/u.test(f.slice(Math.max(0, start - 4), start));
    if ((opens || quoted) && EXPLAINS.test(after)) return true;
    if (COVERS.test(after)) return true;
    const clause = f.slice(Math.max(0, start - 60), start);
    return /^[”"]?[。；，]/u.test(after) && /的[^，。；：\n]*为[“"]?$/u.test(clause);
  });
}

/** The title's subject explains itself where a paragraph opens with it: 总会计师是……, 中药品种，包括……. */
function explained(parsed: ParseResult, subject: string): boolean {
  const f = parsed.folded;
  return parsed.units.some((u) => f.startsWith(subject, u.node.textStart) && /^[，,]?(?:是|包括|分为)/u.test(f.slice(u.node.textStart + subject.length, u.node.textStart + subject.length + 3)));
}

/**
 * The subject is the concept of a superior law the text cites (§5.4 b): 开封市文物保护条例 implements
 * 《中华人民共和国文物保护法》, and 文物 is what that law says it is.
 */
function citedLawHolds(f: string, titles: readonly Span[], subject: string): boolean {
  return titles.some((t) => {
    const name = f.slice(t.start + 1, t.end - 1);
    return /法$/u.test(name) && name.includes(subject);
  });
}

/** 《济南市数字经济促进条例》 → 数字经济 (§5.4 C_title). Titles that name another act (实施《…》办法, 决定) have none. */
export function titleSubject(parsed: ParseResult): string | undefined {
  const raw = parsed.title ? parsed.folded.slice(parsed.title.span.start, parsed.title.span.end) : '';
  let t = raw.replace(/^#+\s*/u, '').replace(/[《》\s]/gu, '').replace(/[（(][^）)]*[）)]$/u, '');
  if (!t || /《|关于|决定|修正|修改|废止|实施|施行|\d/u.test(raw)) return undefined;
  t = t.replace(REGION_PREFIX, '');
  if (!GENRE_SUFFIX.test(t)) return undefined;
  t = t.replace(GENRE_SUFFIX, '');
  // 传染病防治, 反家庭暴力, 节约用水, 道路交通安全: the activity is not the concept; what it acts on may be.
  for (let before = ''; before !== t; ) {
    before = t;
    const tail = ACTIVITY_TAIL.exec(t);
    if (tail && tail.index >= 2) t = t.slice(0, tail.index).replace(/[和与及]$/u, '');
    const head = ACTIVITY_HEAD.exec(t);
    if (head && t.length - head[0].length >= 2) t = t.slice(head[0].length);
  }
  // 示例条例, 某某条例: a template's placeholder title names no concept.
  if (/^(?:示例|样例|范例|测试|某某|××|XX)$/u.test(t)) return undefined;
  // 国旗, 体育, 文物, 用水 (节约用水), 招标 (招标投标): a word of two characters is ordinary language, not a
  // concept the text coins; one of three to ten may be.
  return t.length >= 3 && t.length <= 10 ? t : undefined;
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
