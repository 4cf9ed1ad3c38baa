/**
 * The clause before a suffix, read right to left as `[Level] Core (、Core)* [等]`: levels, list members,
 * known cores and their pieces, generic words, and the unknown cores a level or a list anchors.
 */
import { CONJ, factsOf, lookup } from './lexicon-facts';
import { AGENCY_WITH_JIGOU, GENERIC_CORES, GENERIC_MARKS, isCentral, LEFT_WORDS, NOT_DEPARTMENTS_WITH_JIGUAN, UTILITIES } from './lexicon';
import { LEVEL_IN_BRACKETS, levelAt, levelBefore, levelPrefix } from './levels';
import type { DepartmentMention, Lexicon } from './types';

/** A gloss after a name in a list (质量技术监督（市场监督管理）、…等部门): a few Han characters in brackets. */
export const GLOSS = /^（(?!以下)[\u4e00-\u9fff]{1,12}）$/u;

const CLOSERS = ['以及其他有关', '以及其他相关', '和其他有关', '及其他有关', '和其他相关', '及其他相关', '等有关', '等相关', '以及其他', '和其他', '及其他', '等'];
/**
 * What may stand between a closer and the suffix: a sector word (口岸和物流等相关行业主管部门), or the word the
 * members share before it (工商行政、税务等管理机关: 工商行政管理机关, 税务管理机关).
 */
const SHARED_AFTER_CLOSER = /^(?:行业)?(?:((?:行政)?(?:监督)?管理))?$/u;
const HAN = /^[\u3400-\u9fff]+$/u;
/** The longest unknown name read from a list alone, without a level to anchor it. */
const UNANCHORED_MAX = 8;
/** Character pairs across which a known core does not start (公共交通, 城市公安 …: the core is part of a longer name). */
const BOUND_BEFORE = /^[共市政务道铁航水林城乡路业境中]/u;
/** Function words and verbs that never stand inside an unknown department name. */
const NOT_A_CORE = /[的在为对向将由经并或及与是了内各它]|政府|所属|领导|会同|办事处|根据|需要|报请|所有者|亲属|上级|进行|建立|健全|项目|犯罪|依据|依照|按照|可以|应当|予以|实施|开展|提供|负责|组织|单位|企业|协会|联合会|院校|学校|医院|法院|检察院|公司|个人|人员|宣传|鉴定|服务|经营|合作/u;

/** A core split into known pieces on 和/及/与 (生态环境和交通运输), or undefined when it is not composed of them. */
function pieces(core: string, lex: Lexicon): { text: string; at: number }[] | undefined {
  if (lookup(core, lex).entry) return [{ text: core, at: 0 }];
  const out: { text: string; at: number }[] = [];
  let last = 0;
  for (const m of core.matchAll(CONJ)) {
    const at = m.index ?? 0;
    // 所在地县级人民政府自然资源和规划: the 和 of a known name joins no two members.
    if (insideCompound(core, at + m[0].length, lex)) continue;
    out.push({ text: core.slice(last, at), at: last });
    last = at + m[0].length;
  }
  if (out.length === 0) return undefined;
  out.push({ text: core.slice(last), at: last });
  // Split only when every piece is a known core or a generic word; otherwise the caller keeps the whole.
  return out.every((p) => lookup(p.text, lex).entry || isGeneric(p.text)) ? out : undefined;
}

/** A known name, after a level or not, runs from `at` to the end of `part` (市规划自然资源). */
function knownFrom(part: string, at: number, lex: Lexicon): boolean {
  const core = part.slice(at + levelPrefix(part.slice(at)));
  return core !== '' && pieces(core, lex) !== undefined;
}

/** Could be an unknown department's name: two to eight Han characters, no function words, no level (国家 too) first. */
function plausibleName(s: string): boolean {
  return s.length >= 2 && s.length <= 8 && HAN.test(s) && !NOT_A_CORE.test(s) && levelAt(s, 0) === undefined && !isCentral(s.slice(0, 3));
}

function isGeneric(core: string, extra?: ReadonlySet<string>): boolean {
  return GENERIC_CORES.has(core) || GENERIC_MARKS.test(core) || (extra?.has(core) ?? false);
}

/** Words grouped by one of their characters, in list order (readList runs per mention, and tried every word). */
function groupBy(words: readonly string[], key: (w: string) => string): ReadonlyMap<string, readonly string[]> {
  const map = new Map<string, string[]>();
  for (const w of words) {
    const list = map.get(key(w));
    if (list) list.push(w);
    else map.set(key(w), [w]);
  }
  return map;
}
const LEFT_WORDS_BY_LAST = groupBy(LEFT_WORDS, (w) => w.charAt(w.length - 1));

/**
 * Positions in `part` where a mention may begin: its start, and after each verb/preposition or 的 — but
 * not after a 和/及/与 inside a known compound (在人力资源和社会保障部门: 社会保障 is not a mention).
 */
function starts(part: string, lex: Lexicon): number[] {
  const out = [0];
  for (let i = 1; i < part.length; i++) {
    if (part[i - 1] === '的') out.push(i);
    // (同级, 本级: a level, not the verb 同.)
    else if (part[i] !== '级' && LEFT_WORDS_BY_LAST.get(part.charAt(i - 1))?.some((w) => i >= w.length && part.startsWith(w, i - w.length)) && !insideCompound(part, i, lex)) out.push(i);
  }
  return out;
}

/** Position `i` follows a conjunction that is part of a known compound written around it. */
function insideCompound(part: string, i: number, lex: Lexicon): boolean {
  return factsOf(lex).compounds.some((c) => i - c.len - c.at >= 0 && part.startsWith(c.name, i - c.len - c.at));
}

interface Part {
  text: string;
  at: number;
}

function splitList(clause: string): Part[] {
  const parts: Part[] = [];
  let depth = 0;
  let last = 0;
  for (let i = 0; i < clause.length; i++) {
    const c = clause[i];
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
    else if (c === '、' && depth === 0) {
      parts.push(trimmed(clause.slice(last, i), last));
      last = i + 1;
    }
  }
  parts.push(trimmed(clause.slice(last), last));
  return parts;
}

/** A list part without the stray spaces a copy leaves beside its 、 (住房保障管理、 价格). */
function trimmed(text: string, at: number): Part {
  const lead = /^[ \t\u3000]*/u.exec(text)?.[0].length ?? 0;
  return { text: text.slice(lead).replace(/[ \t\u3000]+$/u, ''), at: at + lead };
}

/** A part without the gloss that ends it (县（市、区） is a level, not a gloss). */
function withoutGloss(part: string): string {
  const open = part.lastIndexOf('（');
  return open > 0 && part.endsWith('）') && GLOSS.test(part.slice(open)) && !LEVEL_IN_BRACKETS.test(part.slice(open)) ? part.slice(0, open) : part;
}

export type Found = Omit<DepartmentMention, 'listEnd' | 'article'>;

/**
 * Reads `[Level] Core (、Core)* [closer]` that ends right before a suffix, right to left: members are
 * taken while each part is a member from its first character; the part that has other words before its
 * member (会同市发展改革) is the head of the list, and pure levels (市、区县) are the level list. Offsets are
 * into `clause`. `withUnits`: the suffix is followed by 、单位 (the list names units beside departments).
 * `subject`: the clause opens a sentence and the suffix is followed by 负责 or 主管 (X部门负责……工作).
 */
export function readList(clause: string, lex: Lexicon, extraGeneric: ReadonlySet<string>, suffix: string, withUnits = false, subject = false): Found[] {
  let body = clause;
  let openList = false;
  // 工商行政、税务、公安交通、旅游等管理机关: members of a list of governing bodies, whatever the suffix.
  let governing = false;
  for (const c of CLOSERS) {
    // (口岸和物流等相关行业主管部门: the sector word after the closer leaves it the list's end.)
    const at = body.lastIndexOf(c);
    const tail = at >= 0 ? SHARED_AFTER_CLOSER.exec(body.slice(at + c.length)) : null;
    if (tail) {
      body = body.slice(0, at);
      openList = true;
      governing = tail[1] !== undefined;
      break;
    }
  }
  // 、区交通 / 和市场监管 / 或者区交通: a connector between complete mentions is not part of the next one.
  const lead = /^(?:、|以及|或者|和|及|与|或)+/u.exec(body)?.[0].length ?? 0;
  // (A member's gloss is not part of its name: 质量技术监督（市场监督管理）.)
  const parts = splitList(body.slice(lead)).map((p) => ({ text: withoutGloss(p.text), at: p.at + lead }));
  const unknownOk = governing || (suffix !== '机关' && suffix !== '机构');
  const keep = (item: Item): boolean => governing || suffix !== '机构' || AGENCY_WITH_JIGOU.test(item.core) || item.generic;
  const members: { items: Item[]; level: string; at: number; ownLevel: boolean; last: boolean }[] = [];
  let shared = '';
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i] as Part;
    // (The first part too when a connector opens a list and no verb stands in it: 部门和文化广电新闻出版、教育等
    // 部门. Not a single name after it, which may have words before it: 及国家粮食行政管理部门; nor a list
    // opening a sentence, whose first part may: 除国务院财政、税务主管部门.)
    const opensList = i === 0 && lead > 0 && parts.length > 1 && starts(part.text, lex).length === 1;
    const h = readHead(part.text, lex, extraGeneric, unknownOk, (i > 0 || opensList) && unknownOk, subject && parts.length === 1);
    if (!h) break;
    if (h.items.length === 0) {
      shared = part.text.slice(h.at) + (shared ? `、${shared}` : '');
      if (h.at > 0) break;
      continue;
    }
    if (shared) break; // a member left of the level list belongs to something else
    members.unshift({ items: h.items, level: h.level, at: part.at, ownLevel: h.level !== '', last: i === parts.length - 1 });
    if (h.at > 0) break;
  }
  if (members.length === 0) return [];
  // 市、区住房建设: the level list joins the first member's own level.
  const firstMember = members[0];
  if (shared && firstMember?.ownLevel) {
    firstMember.level = `${shared}、${firstMember.level}`;
    shared = '';
  }
  const knownOrLevelled = shared !== '' || members.some((m) => m.ownLevel || m.items.some((i) => i.entry));
  const someWithout = members.some((m) => !m.ownLevel);
  // A level on the list's first member distributes to the members after it (县级以上人民政府计划、土地、规划等
  // 部门); one on a later member leaves the unknown words before it no list of departments (法律、法规、国务院
  // 司法行政部门规定; 近亲属、居民委员会、县级人民政府民政部门).
  const levelledAfterFirst = members.some((x, i) => i > 0 && x.ownLevel);
  const out: Found[] = [];
  // 市住房和城乡建设、自然资源和规划部门: a level distributes to the members after it.
  let carried = shared;
  for (const m of members) {
    if (m.ownLevel) carried = m.level;
    else m.level = carried;
  }
  // X和Y in a list of three or more: a member a 、 follows is one name (…、林业和城乡绿化、文化…: 和 inside it,
  // since the list joins its members with 、); the last member of a list whose other members hold no 和 is the
  // list's closing conjunction (城市建设、环境保护、规划、水利和城市供水: 水利 and 城市供水). Where other members
  // write 和 inside their names (住房和城乡建设、……、不动产登记和交易), the last one stays a question.
  const conjunctionFree = parts.slice(0, -1).every((p) => !p.text.includes('和'));
  for (const m of members) {
    if (members.length < 3) break;
    m.items = m.items.flatMap((item) => {
      if (!item.ambiguous) return [item];
      if (!m.last) return [{ ...item, ambiguous: false }];
      return conjunctionFree ? joinedPair(item, lex, extraGeneric) : [item];
    });
  }
  for (const m of members) {
    for (const item of m.items) {
      if (!keep(item)) continue;
      // 司法机关 (courts and procuratorates), 检察机关: not a department of government.
      if (suffix === '机关' && NOT_DEPARTMENTS_WITH_JIGUAN.has(item.key)) item.generic = true;
      if (suffix === '部门' && UTILITIES.has(item.key)) item.generic = true;
      // ……供水、供电、通信等有关部门、单位: a list of departments and units; a name the lexicon does not know is a unit.
      if (withUnits && !item.entry) item.generic = true;
      if (item.unanchored) {
        // 教育、物流、商务等部门: an unknown core counts only inside a real list of departments, or a pair the first member's level reaches (县级以上人民政府农业、畜牧行政主管部门).
        const listy = knownOrLevelled && (openList || members.length >= 3 || (members.length === 2 && members[0]?.ownLevel === true)) && !(levelledAfterFirst && someWithout);
        // (Or the subject a sentence gives a duty to: 黄河河务部门负责黄河河道的保护管理工作.)
        if (!listy && !(subject && members.length === 1)) continue;
      }
      out.push({
        core: item.core,
        start: item.start + m.at,
        end: item.end + m.at,
        level: m.level || shared,
        generic: item.generic,
        ambiguous: item.ambiguous,
        entry: item.entry,
        key: item.key,
        openList,
      });
    }
  }
  return out;
}

type Item = Omit<Found, 'level' | 'openList'> & { unanchored?: boolean };

/** X和Y read as the two members the list's conjunction joins, each read as a member is. */
function joinedPair(item: Item, lex: Lexicon, extraGeneric: ReadonlySet<string>): Item[] {
  const at = item.core.indexOf('和');
  const sides = [
    { text: item.core.slice(0, at), from: item.start },
    { text: item.core.slice(at + 1), from: item.start + at + 1 },
  ];
  const out = sides.flatMap((side) => readCore(side.text, lex, extraGeneric, true).map((i) => ({ ...i, start: i.start + side.from, end: i.end + side.from, unanchored: item.unanchored })));
  return out.length === 2 ? out : [item];
}

/**
 * One part of a list: where its member begins (after verbs, prepositions, 的) and what it is — a level
 * with a core (市X部门, unknown cores allowed for 部门), a known core, a generic word, a pure level, or an
 * unknown core from the part's start (`unanchored`: the list decides). `subject`: the part is a sentence's
 * whole subject (readList).
 */
function readHead(part: string, lex: Lexicon, extraGeneric: ReadonlySet<string>, unknownOk: boolean, inList: boolean, subject: boolean): { at: number; level: string; items: Item[] } | undefined {
  const candidates = starts(part, lex);
  // The items are readCore's own, made for this call: moved in place.
  const shift = (items: Item[], by: number): Item[] => {
    for (const i of items) {
      i.start += by;
      i.end += by;
    }
    return items;
  };
  for (const s of candidates) {
    const lv = levelPrefix(part.slice(s));
    if (lv === 0) continue;
    const level = part.slice(s, s + lv);
    const core = part.slice(s + lv);
    if (core === '') return { at: s, level, items: [] };
    const items = readCore(core, lex, extraGeneric, unknownOk);
    // 由乡镇人民政府报规划自然资源, 由区人民政府报市规划自然资源: the level is the subject, the verb after it
    // hands on to a known name (a later start) — not an unknown name 报规划自然资源 that level anchors.
    if (items.length && items.every((i) => !i.entry && !i.generic) && candidates.some((c) => c > s + lv && knownFrom(part, c, lex))) continue;
    if (items.length) return { at: s, level, items: shift(items, s + lv) };
  }
  for (const s of candidates) {
    const core = part.slice(s);
    if (core && pieces(core, lex)) return { at: s, level: '', items: shift(readCore(core, lex, extraGeneric, false), s) };
  }
  // 根据公安 / 征得市旅游 / 交公安机关交通管理: other words, then a known core that the verb list does not
  // separate. Only tails no longer than the longest core can be one.
  // A list member from its first character (a 、 before it) has no words before it: 文化综合执法 is one name.
  // Elsewhere the longest known name wins, whatever its class, once a sure one ends the part: 属地城市管理综合执法
  // is 城市管理综合执法, not 综合执法.
  let longer: number | undefined;
  const whole = inList && plausibleName(part);
  for (let s = Math.max(1, part.length - factsOf(lex).longest); !whole && s < part.length - 1; s++) {
    if (insideCompound(part, s, lex) || BOUND_BEFORE.test(part.slice(s - 1, s + 1))) continue;
    const core = part.slice(s);
    const cls = lex.get(core)?.cls;
    if (cls !== undefined) longer ??= s;
    if (cls === 'canonical' || cls === 'strong') {
      const at = longer ?? s;
      const level = levelBefore(part, at);
      return { at: at - level.length, level, items: shift(readCore(part.slice(at), lex, extraGeneric, false), at) };
    }
  }
  const lastStart = candidates[candidates.length - 1] ?? 0;
  const tail = part.slice(lastStart);
  if (isGeneric(tail, extraGeneric)) return { at: lastStart, level: '', items: [generic(tail, lastStart)] };
  if (unknownOk) {
    // From after the last verb (会同国土、规划等部门: 国土, not 会同国土), and as short as unknown names in a
    // list are (物资材料供应): a longer run is words before the list (根据实际需要征求卫生).
    // (Not after a conjunction: 粮食和储备 is one unknown name, or two — department.ambiguous asks.)
    // (Nor in a list member from its first character: 经济动员 after 、 is not 经 + 济动员.)
    // (Nor in a sentence's subject, whose whole clause is the name: 黄河河务部门负责, not 对不属于本部门主管.)
    const from = inList || subject || /(?:和|及|与|或)$/u.test(part.slice(0, lastStart)) ? 0 : lastStart;
    const name = part.slice(from);
    // 接受市财政: words the verb list does not know, then a level and a known name — that name, not an unknown one.
    const levelled = levelledKnownCore(name, lex);
    if (levelled !== undefined) {
      const at = from + levelled;
      const lv = levelPrefix(part.slice(at));
      return { at, level: part.slice(at, at + lv), items: shift(readCore(part.slice(at + lv), lex, extraGeneric, false), at + lv) };
    }
    // 向国家著作权主管部门, 国家移民管理部门: 国家 names the central body and anchors the name as a level does
    // (no level in LEVELS: 国家安全 is a name, found above).
    // (Not a ministry's own name: 公安部、国家安全部等部门.)
    if (name.startsWith('国家') && !name.endsWith('部') && plausibleName(name.slice(2))) {
      const central = readCore(name.slice(2), lex, extraGeneric, true);
      if (central.length) return { at: from, level: '国家', items: shift(central, from + 2) };
    }
    const one = name.length <= UNANCHORED_MAX ? readCore(name, lex, extraGeneric, true) : [];
    const items = one.length ? one : joinedMembers(name, lex, extraGeneric, inList);
    for (const i of items) i.unanchored = true;
    if (items.length) return { at: from, level: '', items: shift(items, from) };
  }
  return undefined;
}

/**
 * The two members a list part joins with 及 (公安及市政设施等有关部门: 公安 and 市政设施), when both read as
 * members and one is a name the lexicon knows; none otherwise (or outside a list, where words may stand before it).
 */
function joinedMembers(name: string, lex: Lexicon, extraGeneric: ReadonlySet<string>, inList: boolean): Item[] {
  const m = inList ? /^([\u4e00-\u9fff]{2,8}?)以?及([\u4e00-\u9fff]{2,8})$/u.exec(name) : null;
  if (!m) return [];
  const left = readCore(m[1] ?? '', lex, extraGeneric, true);
  const right = readCore(m[2] ?? '', lex, extraGeneric, true);
  if (left.length === 0 || right.length === 0 || ![...left, ...right].some((i) => i.entry)) return [];
  const at = name.length - (m[2] ?? '').length;
  for (const i of right) {
    i.start += at;
    i.end += at;
  }
  return [...left, ...right];
}

/**
 * Where a level followed by a known name to the end of `name` starts, after a word of two characters or more
 * (接受市财政 → 2; not 城乡水务, where 乡 is no level but a word's end).
 */
function levelledKnownCore(name: string, lex: Lexicon): number | undefined {
  for (let s = 2; s < name.length - 2; s++) {
    // (Not the 乡 of 人民政府城乡规划, where a known name already starts before it.)
    if (lookup(name.slice(s - 1), lex).entry || lookup(name.slice(s - 2), lex).entry) return undefined;
    const lv = levelPrefix(name.slice(s));
    if (lv > 0 && lv < name.length - s && lookup(name.slice(s + lv), lex).entry) return s;
  }
  return undefined;
}

function generic(core: string, at: number): Item {
  return { core, start: at, end: at + core.length, generic: true, ambiguous: false, key: core };
}

/** One list member: known pieces, a generic word, or (when anchored) an unknown core of 2–10 Han characters. */
function readCore(core: string, lex: Lexicon, extraGeneric: ReadonlySet<string>, anchored: boolean): Item[] {
  const ps = pieces(core, lex);
  if (ps && ps.some((p) => lookup(p.text, lex).entry)) {
    return ps.map((p) => {
      const { key, entry } = lookup(p.text, lex);
      const g = !entry && isGeneric(p.text, extraGeneric);
      return { core: p.text, start: p.at, end: p.at + p.text.length, generic: g, ambiguous: false, key, entry };
    });
  }
  if (isGeneric(core, extraGeneric)) return [generic(core, 0)];
  if (!anchored || core.length < 2 || core.length > 10 || !HAN.test(core) || NOT_A_CORE.test(core)) return [];
  // X和Y asks one department or two only where both sides could be names (not 和接收地…, 审批和省民政).
  if (core.includes('和') && !core.split('和').every(plausibleName)) return [];
  // 兽医主管、城管执法等部门, 农业、畜牧行政主管部门: the members share the suffix; 主管 or 行政 is its first word.
  const key = core.length > 3 && /(?:主管|行政)$/u.test(core) ? core.slice(0, -2) : core;
  return [{ core, start: 0, end: core.length, generic: false, ambiguous: core.includes('和'), key }];
}
