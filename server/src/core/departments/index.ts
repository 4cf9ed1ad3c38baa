/**
 * The department table of one document: the responsibilities article(s), every
 * department mention with its canonical id, and the aliases the text declares. Built once per analysis
 * and shared by the department checks, hover and the quick fixes.
 */
import { textDate } from '../citations/date';
import type { Edit, ParseResult } from '../parse/parse';
import { NO_MORE_RANGES } from '../parse/units';
import type { DepartmentOptions, Span, StructureNode } from '../types';
import { buildLexicon, isCentral, PARENTS, type AliasClass } from './lexicon';
import { lookup } from './lexicon-facts';
import { type DepartmentMention, type Lexicon, placeMention, scanMentions } from './mentions';
import { ministriesIn, ownNamesIn } from './ministries';
import { assignedOtherwise, detectArticles } from './resp-articles';
import { ABBREVIATION, namesDeclaredIn, stripLevel, SUFFIX_TAIL } from './resp-names';
import type { ResolvedMention } from './types';
import { besideInItsList, examined, glossOfTheNameBefore, handoff, inDefinition, ownerBeside } from './surroundings';

export type { DepartmentMention } from './mentions';
export type { ResolvedMention } from './types';

export interface DepartmentTable {
  /** The responsibilities articles, detected or configured. */
  respArticles: StructureNode[];
  configured: boolean;
  /** None was found, but the text assigns its duties in a form not read into departments (resp-articles.ts assignedOtherwise). */
  assignedOtherwise: boolean;
  /** Every mention (generic ones included), in document order. */
  mentions: ResolvedMention[];
  /** canonical id → its first mention in a responsibilities article (the form to use). */
  declared: Map<string, ResolvedMention>;
  /** Abbreviations and designations the text declares: written core → canonical, with where. */
  textAliases: Map<string, { canonical: string; span: Span }>;
  /** Report legacy names: on for drafts and texts dated 2019 or later. */
  legacyActive: boolean;
}

/** Military bodies (军队有关交通运输部门) are not the government's departments. */
const MILITARY_BEFORE = /(?:军队|部队|军事)(?:有关|的)?$/u;
const CATCH_ALL_AFTER = /^[\u4e00-\u9fff]{0,6}?(?:职责分工|各自职责|职责范围|各自的职责)/u;
const DESIGNATION = /^是(?:本市|本省|全市|全省)?([\u4e00-\u9fff]{2,16}?)(?:工作)?的?(?:行政)?主管部门/u;
/** A list member's bracketed other name (not a level's variants: 县（市、区）; not 以下简称). */
const LIST_GLOSS = /^（(?!以下)([\u4e00-\u9fff]{2,12})）/u;
const DEFINED_GROUP = /所称([\u4e00-\u9fff]{2,10}?)(?:部门|机关|机构)[，,]?是指[^。；]{0,60}?(?:部门|机关|机构)(?:和|及|以及|、)[^。；]{0,60}?(?:部门|机关|机构)[。；]/gu;
const DEFINED_CLASS = /所称([\u4e00-\u9fff]{2,10}?)(?:部门|机关|机构)[，,]?是指[^。；]{0,60}?(?:、|和|或者)?单位[。；]/gu;

/** The department mentions of one version, and the lexicon they were read with: the next version re-uses both. */
export interface DepartmentReading {
  options: DepartmentOptions;
  lexicon: Lexicon;
  mentions: DepartmentMention[];
}

/**
 * Reads the department mentions of `parsed`. With the previous version's reading made with the same
 * options, its lexicon is used again; with the edit too, so are its mentions outside the edited range.
 */
export function readDepartments(parsed: ParseResult, options: DepartmentOptions = NO_OPTIONS, previous?: DepartmentReading, edit?: Edit): DepartmentReading {
  const same = previous?.options === options ? previous : undefined;
  const lexicon = same?.lexicon ?? lexiconFor(options);
  const generic = genericCores(options);
  const taiwan = parsed.jurisdiction === 'tw';
  const mentions = same && edit ? reusedMentions(parsed, same.mentions, edit, lexicon, generic) : scanMentions(parsed.units, parsed.folded, lexicon, generic, taiwan);
  return { options, lexicon, mentions };
}

/** Cores never checked: the generic forms and the departments never reported the options add. */
function genericCores(options: DepartmentOptions): Set<string> {
  return new Set([...(options.generic ?? []), ...(options.ignore ?? [])]);
}

function build(parsed: ParseResult, options: DepartmentOptions, reading: DepartmentReading): DepartmentTable {
  const lex = reading.lexicon;
  const generic = genericCores(options);
  const f = parsed.folded;
  const taiwan = parsed.jurisdiction === 'tw';
  const raw = reading.mentions;
  const textAliases = declaredAliases(raw, f, lex);
  for (const [core, a] of textAliases) if (a.canonical === '') generic.add(core);
  // 本条例所称预算部门，是指直接向各级财政部门提报预算的部门、单位: a class of bodies the text defines, units
  // among them, not a department of government.
  for (const m of f.matchAll(DEFINED_CLASS)) generic.add(m[1] ?? '');
  // 本条例所称铁路安全监管部门，是指……铁路监督管理机构和……交通主管部门: a collective name for bodies the text
  // names on their own, not a department of its own.
  for (const m of f.matchAll(DEFINED_GROUP)) generic.add(m[1] ?? '');
  const configured = (options.responsibilitiesArticles?.length ?? 0) > 0;
  const respSet = new Set(configured ? configuredArticles(parsed, options.responsibilitiesArticles ?? []) : detectArticles(parsed, raw));
  // Short names and designated departments a responsibilities article declares (resp-names.ts).
  const respAbbreviations = namesDeclaredIn(respSet, f, lex, textAliases, generic);
  // Two names one list of a responsibilities article holds side by side (林业、园林; 食品药品监督管理、市场监督管理
  // before the reform) are two departments, even where the alias table joins them. A legacy name keeps its
  // class: it is still the pre-reform name (department.legacy).
  const sideBySide = new Set<string>();
  const listKeys = new Map<string, Set<string>>();
  for (const m of raw) {
    if (m.generic || !respSet.has(m.article) || !m.entry) continue;
    const id = `${m.listEnd}|${m.entry.canonical}`;
    const keys = listKeys.get(id) ?? new Set<string>();
    keys.add(m.key);
    listKeys.set(id, keys);
    if (keys.size > 1) for (const k of keys) sideBySide.add(k);
  }
  for (const k of enforcementBodies(raw, respSet)) sideBySide.add(k);
  for (const k of namedApart(raw.filter((m) => !glossOfTheNameBefore(f, m)), respSet)) sideBySide.add(k);
  const oneName = writtenAsOneField(f, raw);
  const mentions: ResolvedMention[] = raw.map((m) => {
    const alias = textAliases.get(m.key) ?? textAliases.get(m.core);
    const handedOff = handoff(f, m, respSet.has(m.article));
    const isGeneric = m.generic || generic.has(m.core) || generic.has(m.key) || alias?.canonical === '' || handedOff || ownerBeside(f, m) || MILITARY_BEFORE.test(f.slice(Math.max(0, m.start - m.level.length - 6), m.start - m.level.length));
    const split = m.entry !== undefined && sideBySide.has(m.key);
    const canonical = alias?.canonical || (split ? m.key : m.entry?.canonical) || m.key;
    const cls: ResolvedMention['cls'] = alias || glossOfTheNameBefore(f, m) ? 'declared' : split && m.entry?.cls !== 'legacy' ? 'canonical' : (m.entry?.cls ?? 'canonical');
    // Field by field, as mentions are made (mentions.ts placeMention).
    return {
      core: m.core,
      start: m.start,
      end: m.end,
      level: m.level,
      generic: isGeneric,
      ambiguous: m.ambiguous && !oneName.has(m.core),
      entry: m.entry,
      key: m.key,
      listEnd: m.listEnd,
      openList: m.openList,
      article: m.article,
      canonical,
      cls,
      inResp: respSet.has(m.article),
      catchAll: CATCH_ALL_AFTER.test(f.slice(m.listEnd, m.listEnd + 14)),
      handoff: handedOff,
      namesShortForm: ABBREVIATION.test(f.slice(m.listEnd, m.listEnd + 40)),
      examined: examined(f, m) || inDefinition(f, m),
    };
  });
  const declared = new Map<string, ResolvedMention>();
  for (const m of mentions) if (m.inResp && !m.generic && !declared.has(m.canonical)) declared.set(m.canonical, m);
  for (const r of respAbbreviations) if (!declared.has(r.canonical)) declared.set(r.canonical, r);
  for (const r of ministriesIn(respSet, f, lex)) if (!declared.has(r.canonical)) declared.set(r.canonical, r);
  for (const r of ownNamesIn(respSet, f, mentions)) if (!declared.has(r.canonical)) declared.set(r.canonical, r);
  // 城市管理（综合行政执法）、卫生健康等部门: the bracketed name is the same department's other name, declared with it.
  for (const m of mentions) {
    if (!m.inResp || m.generic) continue;
    const gloss = LIST_GLOSS.exec(f.slice(m.end, m.end + 16))?.[1];
    if (gloss === undefined) continue;
    const { key, entry } = lookup(gloss.replace(SUFFIX_TAIL, ''), lex);
    if (!declared.has(entry?.canonical ?? key)) declared.set(entry?.canonical ?? key, m);
  }
  // A joined canonical whose names were split stays known under its own id too (园林和林业绿化 → the first).
  for (const m of mentions) if (m.inResp && !m.generic && m.entry && !declared.has(m.entry.canonical)) declared.set(m.entry.canonical, m);
  // Another name of an id whose names the article keeps apart (园林绿化 beside 林业、园林; 规划 beside 城乡规划、
  // 国土资源): the one of them it holds or is held in, if one; otherwise which it is the text does not say.
  for (const m of mentions) {
    const under = declared.get(m.canonical);
    if (m.generic || m.inResp || !m.entry || !under || under.canonical === m.canonical) continue;
    const apart = [...new Set(declared.values())].filter((d) => d.entry?.canonical === m.entry?.canonical && d.canonical !== m.canonical && (d.key.includes(m.key) || m.key.includes(d.key)));
    if (apart.length === 1) m.canonical = (apart[0] as ResolvedMention).canonical;
  }
  for (const m of mentions) {
    if (m.generic || m.inResp || declared.has(m.canonical)) continue;
    // 向建设交通行政管理部门 read as 交通 after the words before it: the longer name the responsibilities article
    // declares is written here in full (Shanghai's 建设交通), that department, not another that starts with 交通.
    const full = m.level === '' ? writtenInFull(f, m, declared) : undefined;
    if (full) {
      m.canonical = full.canonical;
      m.cls = 'canonical';
      continue;
    }
    // 市、县（区）城市市容环境卫生 where the responsibilities article writes 市、县(区)人民政府城市市容环境卫生, read
    // there as the level 市 and 市容环境卫生: the same words read apart, the name as declared (no second name).
    const same = sameWordsAsDeclared(f, m, declared);
    if (same) {
      m.canonical = same.canonical;
      m.cls = 'declared';
      continue;
    }
    // 城市规划 where the responsibilities article lists 城市人民政府规划: the city's level glued to the field it
    // declares at that level, read as the level and that department's name (a name the article declares whole,
    // 城市管理, never gets here).
    const city = m.level === '' ? cityLevelled(m, declared, lex) : undefined;
    if (city) {
      m.level = m.core.slice(0, 2);
      m.start += 2;
      m.core = m.core.slice(2);
      m.key = city.key;
      m.entry = city.entry;
      m.canonical = city.canonical;
      m.cls = city.cls;
      continue;
    }
    // 国家林业和草原局 where the article declares 林业草原主管部门: a national body's own name is its
    // department's national level, not another department.
    const national = isCentral(m.level) ? nationalBodyOf(m.core, declared, lex) : undefined;
    if (national) {
      m.canonical = national.canonical;
      m.cls = 'probable';
      continue;
    }
    // A body inside a declared department (公安机关交通管理 inside 公安) is covered by it.
    const parent = PARENTS.get(m.canonical);
    const short = parent === undefined ? shortFormOf(m.key, declared) : undefined;
    const d = parent === undefined ? (short && !besideInItsList(f, m, short.key) ? short : undefined) : declared.get(parent);
    if (d && parent !== undefined) {
      m.canonical = parent;
      m.cls = 'part';
    } else if (d) {
      // 质量监督 for the 质量监督检验检疫 the responsibilities article lists: that department, named short.
      m.canonical = d.canonical;
      m.cls = 'probable';
    }
  }
  const otherwise = respSet.size === 0 && !configured && assignedOtherwise(parsed, raw);
  return { respArticles: [...respSet], configured, assignedOtherwise: otherwise, mentions, declared, textAliases, legacyActive: !taiwan && legacy(options, parsed) };
}

/**
 * The names of an id that one responsibilities article each names, where one of them is a name the id only
 * probably or formerly goes by (质量技术监督 and 市场监督管理 each given its own duty): the article keeps them
 * apart as two departments. Two sure names of one id there (住房和城乡建设, 住房城乡建设), or names in two
 * articles (城乡规划 in one, 规划 in another), stay one department written two ways.
 */
function namedApart(raw: readonly DepartmentMention[], resp: ReadonlySet<StructureNode>): string[] {
  const keys = new Map<string, Map<string, AliasClass | 'canonical'>>();
  for (const m of raw) if (!m.generic && m.entry && resp.has(m.article)) mapOf(keys, `${m.article.spanStart}|${m.entry.canonical}`).set(m.key, m.entry.cls);
  const out: string[] = [];
  for (const names of keys.values()) {
    if (names.size > 1 && [...names.values()].some((cls) => cls === 'probable' || cls === 'legacy')) out.push(...names.keys());
  }
  return out;
}

/** A name that adds enforcement to its stem: 城市管理综合执法, 城管执法. */
export const ENFORCEMENT = /(?:综合)?(?:行政)?执法$/u;

/**
 * The names of an id that add enforcement to another of its names (城市管理综合执法 beside 城市管理) where the
 * text names both in one article or both in responsibilities articles: the text keeps two bodies apart
 * (a city's 城管委 and its 城管执法局). Where it names only one of them, they stay one id.
 */
function enforcementBodies(raw: readonly DepartmentMention[], resp: ReadonlySet<StructureNode>): string[] {
  const plain = new Map<string, Set<StructureNode | 'resp'>>();
  const enforcing = new Map<string, Map<string, Set<StructureNode | 'resp'>>>();
  for (const m of raw) {
    if (m.generic || !m.entry) continue;
    const id = m.entry.canonical;
    const places = ENFORCEMENT.test(m.key) ? setOf(mapOf(enforcing, id), m.key) : setOf(plain, id);
    places.add(m.article);
    if (resp.has(m.article)) places.add('resp');
  }
  const out: string[] = [];
  for (const [id, names] of enforcing) {
    const stem = plain.get(id);
    if (stem) for (const [key, places] of names) if ([...places].some((p) => stem.has(p))) out.push(key);
  }
  return out;
}

function setOf<K, T>(map: Map<K, Set<T>>, key: K): Set<T> {
  let v = map.get(key);
  if (v === undefined) map.set(key, (v = new Set()));
  return v;
}

function mapOf<K, L, T>(map: Map<K, Map<L, T>>, key: K): Map<L, T> {
  let v = map.get(key);
  if (v === undefined) map.set(key, (v = new Map()));
  return v;
}

/** The department table of `parsed`, from its mentions (built anew on each call: an analysis builds it once, on first use). */
export function departmentTable(parsed: ParseResult, options: DepartmentOptions = NO_OPTIONS, reading = readDepartments(parsed, options)): DepartmentTable {
  return build(parsed, options, reading);
}

/** The declared department whose longer name ends with `m`'s and is written in full before it, if one is. */
function writtenInFull(f: string, m: DepartmentMention, declared: ReadonlyMap<string, ResolvedMention>): ResolvedMention | undefined {
  for (const d of declared.values()) {
    const extra = d.key.length - m.key.length;
    if (extra > 0 && d.key.endsWith(m.key) && m.core === m.key && f.slice(m.start - extra, m.start) === d.key.slice(0, extra)) return d;
  }
  return undefined;
}

/** The declared department whose words, as the responsibilities article writes them, end with `m`'s longer name. */
function sameWordsAsDeclared(f: string, m: DepartmentMention, declared: ReadonlyMap<string, ResolvedMention>): ResolvedMention | undefined {
  for (const d of declared.values()) {
    if (m.core.length > d.core.length && m.core.endsWith(d.core) && d.end >= m.core.length && f.slice(d.end - m.core.length, d.end) === m.core) return d;
  }
  return undefined;
}

/** The declared department a central body's own name (X局, X总局) names by its field X, 和 written or not. */
function nationalBodyOf(core: string, declared: ReadonlyMap<string, ResolvedMention>, lex: Lexicon): ResolvedMention | undefined {
  const field = /^([\u4e00-\u9fff]{2,10}?)(?:总局|局)$/u.exec(core)?.[1];
  if (field === undefined) return undefined;
  for (const name of new Set([field, field.replace(/和/gu, '')])) {
    const { key, entry } = lookup(name, lex);
    const d = declared.get(entry?.canonical ?? key);
    if (d) return d;
  }
  return undefined;
}

/** The department declared at the level 城市人民政府 under the name `m` writes after 城市 (城市规划 → 规划), if one is. */
function cityLevelled(m: DepartmentMention, declared: ReadonlyMap<string, ResolvedMention>, lex: Lexicon): ResolvedMention | undefined {
  if (!m.core.startsWith('城市') || m.core.length < 4) return undefined;
  const { key, entry } = lookup(m.core.slice(2), lex);
  const d = declared.get(entry?.canonical ?? key);
  return d && d.key === key && d.level.startsWith('城市') ? d : undefined;
}

/** The one declared department whose name starts with `key` (two or more characters), if exactly one does. */
function shortFormOf(key: string, declared: ReadonlyMap<string, ResolvedMention>): ResolvedMention | undefined {
  if (key.length < 2) return undefined;
  let found: ResolvedMention | undefined;
  for (const d of declared.values()) {
    if (d.key.length <= key.length || !d.key.startsWith(key) || PARENTS.get(d.canonical) === key) continue;
    if (found && found.canonical !== d.canonical) return undefined;
    found = d;
  }
  return found;
}

/** Options not given: one object, so that versions analysed without them read alike. */
const NO_OPTIONS: DepartmentOptions = {};

/** The lexicon of the shipped names alone, which options without names or aliases use. */
const SHIPPED = buildLexicon();

/** The lexicon of `options`: the shipped one unless they add names or aliases. */
function lexiconFor(options: DepartmentOptions): Lexicon {
  return options.lexicon?.length || (options.aliases && Object.keys(options.aliases).length > 0) ? buildLexicon(options.lexicon, options.aliases) : SHIPPED;
}

/**
 * After an edit inside one unit range (incremental.ts), the mentions of the previous version: those of
 * the edited range read again, the others moved. Mentions never reach beyond their range.
 */
function reusedMentions(parsed: ParseResult, previous: readonly DepartmentMention[], d: Edit, lex: Lexicon, generic: ReadonlySet<string>): DepartmentMention[] {
  const fresh = scanMentions([{ article: d.article, firstStart: d.after.start, firstEnd: d.after.end, more: NO_MORE_RANGES }], parsed.folded, lex, generic, parsed.jurisdiction === 'tw');
  const out: DepartmentMention[] = [];
  let placed = false;
  for (const m of previous) {
    if (m.start >= d.before.start && m.start <= d.before.end) continue;
    if (!placed && m.start > d.before.end) {
      for (const f of fresh) out.push(f);
      placed = true;
    }
    const moved = placeMention(m, d.move(m.start) - m.start, d.move(m.listEnd), d.node(m.article));
    moved.end = d.move(m.end);
    out.push(moved);
  }
  if (!placed) for (const f of fresh) out.push(f);
  return out;
}

function configuredArticles(parsed: ParseResult, numbers: readonly number[]): StructureNode[] {
  return parsed.articles.filter((a) => a.sub === 0 && numbers.includes(a.number));
}

/** `X部门（以下简称Y）` and `X部门是Y的主管部门`: Y names the same department (generic when X is generic). */
function declaredAliases(mentions: readonly DepartmentMention[], f: string, lex: Lexicon): Map<string, { canonical: string; span: Span }> {
  const out = new Map<string, { canonical: string; span: Span }>();
  const byList = new Map<number, DepartmentMention[]>();
  for (const m of mentions) {
    const list = byList.get(m.listEnd);
    if (list) list.push(m);
    else byList.set(m.listEnd, [m]);
  }
  for (const [end, list] of byList) {
    const specific = list.filter((m) => !m.generic);
    const target = specific.length === 1 ? (specific[0]?.entry?.canonical ?? specific[0]?.key ?? '') : specific.length === 0 ? '' : undefined;
    if (target === undefined) continue;
    const after = f.slice(end, end + 40);
    const abbr = ABBREVIATION.exec(after);
    if (abbr?.[1]) {
      const name = abbr[1];
      const core = stripLevel(name.replace(SUFFIX_TAIL, ''));
      const span = { start: end + abbr[0].indexOf(name), end: end + abbr[0].indexOf(name) + name.length };
      if (core) out.set(core, { canonical: target, span });
      continue;
    }
    const des = DESIGNATION.exec(after);
    if (des?.[1] && target) {
      const x = des[1];
      const span = { start: end + 1, end: end + 1 + x.length };
      for (const k of [x, x.replace(/管理$/u, '')]) if (k.length >= 2 && !lookup(k, lex).entry) out.set(k, { canonical: target, span });
      // 市工业和信息化部门是人工智能产业主管部门（以下简称市产业主管部门）
      const abbrAfter = ABBREVIATION.exec(after.slice(des[0].length));
      if (abbrAfter?.[1]) {
        const core = stripLevel(abbrAfter[1].replace(SUFFIX_TAIL, ''));
        const at = end + des[0].length + abbrAfter[0].indexOf(abbrAfter[1]);
        if (core) out.set(core, { canonical: target, span: { start: at, end: at + abbrAfter[1].length } });
      }
    }
  }
  return out;
}

/**
 * Legacy names are reported in drafts and in texts dated after the 2018 reform, unless set. The text's date is
 * that of its 题注 or its own 施行 sentence (本办法自2018年6月1日起施行), not a date it sets for something else
 * (有效期至2023年5月31日).
 */
function legacy(options: DepartmentOptions, parsed: ParseResult): boolean {
  if (options.legacyNames === 'on') return true;
  if (options.legacyNames === 'off') return false;
  const date = textDate(parsed);
  if (date !== undefined) return date >= '2019';
  // Neither: the latest date the text gives at all (a text of 1987 that says 自发布之日起施行).
  let latest = 0;
  for (const m of parsed.folded.matchAll(/((?:19|20)\d\d)年\d{1,2}月\d{1,2}日/gu)) latest = Math.max(latest, Number(m[1]));
  return latest === 0 || latest >= 2019;
}

/**
 * The X和Y names (one department or two?) the text also writes elsewhere whole, where the mention reader
 * takes no X和Y department: as one field (城镇容貌和环境卫生主管部门负责……城镇容貌和环境卫生管理工作, the
 * title's 城镇容貌和环境卫生管理条例), or as one body with a duty of its own (……，不动产登记和交易行政主管部门
 * 不予办理房屋产权登记手续). The department is named after the one field it governs: one department.
 */
function writtenAsOneField(f: string, raw: readonly DepartmentMention[]): Set<string> {
  const out = new Set<string>();
  const starts = new Set<number>();
  for (const m of raw) if (m.ambiguous) starts.add(m.start);
  for (const m of raw) {
    if (!m.ambiguous || out.has(m.core)) continue;
    for (let at = f.indexOf(m.core); at >= 0; at = f.indexOf(m.core, at + 1)) {
      if (starts.has(at)) continue;
      out.add(m.core);
      break;
    }
  }
  return out;
}
