/**
 * Uses of a defined term that do not write it out whole: a coordinated use (历史文化名镇、名村 uses 历史文化名村
 * and 历史文化名镇名村; 考古调查、勘探 uses 考古勘探; 农村公路、公路用地以及公路附属设施 uses 农村公路附属设施) and the head of a term that names a property of something
 * (签证的停留期限 is used as 停留期限, 人民团体之会员代表 as 会员代表). Read only for terms with no literal use, so they are few.
 */
import { termMatcher } from './matcher';

/** How far before a conjunct the coordination may start (the shared part, its own word and the other conjuncts). */
const REACH = 40;
const STOPS = '，。；：\n';
const CLAUSE = /^[在对以为由向从将把被]/u;
/** What stands before the last conjunct: 农村公路、公路用地以及公路附属设施 uses 农村公路附属设施. */
const JOINS = ['、', '以及', '和', '及', '与', '或者', '或'];

/**
 * For each term, the spans where it is used loosely, in text order, from `from` on. One matcher over the
 * text for every term's conjunct ends and heads; each hit is checked in the few characters before it.
 */
export function looseUses(f: string, terms: readonly string[], from: number): Map<string, { start: number; end: number }[]> {
  const out = new Map<string, { start: number; end: number }[]>();
  // 、B → the shared parts A (term = A + B) that must stand before it, in the same coordination.
  const conjuncts = new Map<string, { term: string; before: RegExp }[]>();
  const heads = new Map<string, string[]>();
  for (const term of terms) {
    if (out.has(term)) continue;
    out.set(term, []);
    // A phrase that opens with a preposition (在中华民国境内产制) is a clause, not a compound its conjuncts share.
    for (let i = 2; i < term.length && !CLAUSE.test(term); i++) {
      // A, then the rest of its own conjunct and any others, up to this 、 or conjunction.
      const before = new RegExp(`${escape(term.slice(0, i))}[\\u4e00-\\u9fff]{0,6}(?:、[\\u4e00-\\u9fff]{1,8})*$`, 'u');
      for (const join of JOINS) {
        const key = `${join}${term.slice(i)}`;
        let list = conjuncts.get(key);
        if (!list) conjuncts.set(key, (list = []));
        list.push({ term, before });
      }
    }
    const at = headAt(term);
    const head = term.slice(at);
    if (at > 0 && head.length >= 2) {
      let list = heads.get(head);
      if (!list) heads.set(head, (list = []));
      list.push(term);
    }
  }
  if (conjuncts.size === 0 && heads.size === 0) return out;
  const found = termMatcher([...conjuncts.keys(), ...heads.keys()]).occurrences(f, from);
  for (const [key, list] of conjuncts) {
    for (const at of found.get(key) ?? []) {
      // After a conjunction the last conjunct ends the coordination: 减免税额和抵免税额 holds no 税额抵免.
      if (!key.startsWith('、') && /[\u4e00-\u9fff]/u.test(f[at + key.length] ?? '')) continue;
      // The coordination stays inside its sentence part: the window before stops at the last punctuation.
      let start = at;
      while (start > Math.max(from, at - REACH) && !STOPS.includes(f[start - 1] as string)) start--;
      const window = f.slice(start, at);
      for (const { term, before } of list) {
        const m = before.exec(window);
        if (m) out.get(term)?.push({ start: start + m.index, end: at + key.length });
      }
    }
  }
  for (const [head, list] of heads) for (const at of found.get(head) ?? []) for (const term of list) out.get(term)?.push({ start: at, end: at + head.length });
  for (const spans of out.values()) spans.sort((a, b) => a.start - b.start);
  return out;
}

/**
 * Where the head of a term naming a property of something starts: after its last 的 or 之 (人民团体之会员代表 is
 * used as 会员代表), or at 其他 (生产经营单位其他从业人员 as 其他从业人员); 0 when it has none.
 */
function headAt(term: string): number {
  // A head of two characters after 之 is a word of every text (物之发明之实施 is no use in every 实施).
  const zhi = term.lastIndexOf('之');
  const of = Math.max(term.lastIndexOf('的'), term.length - zhi > 3 ? zhi : -1) + 1;
  // 该纳税人在中国境内其他收入: a clause before 其他 (a preposition, 该) says whose, and 其他收入 alone is anyone's.
  const other = term.lastIndexOf('其他');
  const owner = other > 0 && term.length - other >= 4 && !/[在对于向从由该]/u.test(term.slice(0, other));
  return Math.max(of, owner ? other : 0);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** How many characters may stand between the two parts of a term used with words inside it. */
const GAP = 8;
/**
 * How many when the first part is a conjunct, 、 or 或 right after it: 非法、未报告及不受规范渔捞作业 uses 非法渔捞作业,
 * 采单一订价或采城际通勤、都市内通勤二种月票 uses 单一订价月票 (the coordination shares its head).
 */
const CONJUNCT_GAP = 16;
const CONJUNCTION = /^[、或]$/u;
/**
 * What may stand inside a term's use: words and 、 (二类、三类). 的 may stand alone (告诉的才处理 for 告诉才处理,
 * 相等同的特征 for 等同特征); a longer stretch holding 的 is a phrase of its own (从业单位的其他工作人员).
 */
const IN_GAP = /^[\u4e00-\u9fff、]$/u;
/** Uses kept per term: the question is yes or no, and any use outside the defining sentence settles it. */
const KEEP = 16;

/**
 * Uses of each term with words written inside it, in one clause: 一类疫病 as 一类动物疫病, 专案性融资 as
 * 专案性、紧急性融资, 诉讼上行为 as 诉讼上或诉讼外之行为. The term is cut in two (each part at least two characters);
 * one matcher finds every second part, and the first is looked up (not searched for) in the few characters
 * before it, so that many terms sharing an ending (……管理办法) cost no more than one.
 */
export function gappedUses(f: string, terms: readonly string[], from: number): Map<string, { start: number; end: number }[]> {
  // second part → first part → the terms they make, with the lengths the first parts have.
  const tails = new Map<string, { heads: Map<string, string[]>; lengths: Set<number> }>();
  for (const term of terms) {
    for (let i = 2; i <= term.length - 2; i++) {
      const tail = term.slice(i);
      let t = tails.get(tail);
      if (!t) tails.set(tail, (t = { heads: new Map(), lengths: new Set() }));
      const head = term.slice(0, i);
      t.heads.set(head, [...(t.heads.get(head) ?? []), term]);
      t.lengths.add(i);
    }
  }
  const used = new Map<string, { start: number; end: number }[]>();
  if (tails.size === 0) return used;
  for (const [tail, starts] of termMatcher([...tails.keys()]).occurrences(f, from)) {
    const t = tails.get(tail);
    if (!t) continue;
    for (const at of starts) {
      // Walk back over what may stand inside the use; at each step, the first part would end here.
      for (let gap = 1; gap <= CONJUNCT_GAP && at - gap >= from; gap++) {
        const c = f[at - gap] as string;
        if (!IN_GAP.test(c) || (c === '的' && gap > 1)) break;
        const end = at - gap;
        if (gap > GAP && !CONJUNCTION.test(c)) continue;
        for (const len of t.lengths) {
          if (end - len < from) continue;
          for (const term of t.heads.get(f.slice(end - len, end)) ?? []) {
            let list = used.get(term);
            if (!list) used.set(term, (list = []));
            if (list.length < KEEP) list.push({ start: end - len, end: at + tail.length });
          }
        }
        if (c === '的') break;
      }
    }
  }
  return used;
}

/** How far after a term's first part the coordination around 之 may run. */
const DISTRIBUTED_REACH = 48;
const SIDE_JOIN = /、|或者|或|及|与|和/u;
/**
 * After a modifier: the other modifiers (a line break among them is a hard wrap, not a boundary), 之, and
 * the heads up to the clause's end. A modifier holds no join and no 之, so that each character is read one
 * way only (the pattern cannot backtrack over a run of 和和和).
 */
const SIDES = /^(?:(?:、|或者|或|及|与|和)(?:(?![、或及与和之])[\u4e00-\u9fff\s]){1,16})*之([\u4e00-\u9fff、]{2,30})/u;

/**
 * Uses of a term through coordinations on both sides of 之, each modifier taking each head: 自动化、温室气体排放量
 * 减量或提升企业数位资讯效能之硬体、软体或技术 uses 温室气体排放量减量技术. The term is cut in two (each part at least
 * two characters); one matcher finds every first part, which must be a conjunct (a join before or after it),
 * and the second must be one of the heads in full.
 */
export function distributedUses(f: string, terms: readonly string[], from: number): Map<string, { start: number; end: number }[]> {
  const firsts = new Map<string, { term: string; tail: string }[]>();
  for (const term of terms) {
    for (let i = 2; i <= term.length - 2; i++) {
      const head = term.slice(0, i);
      let list = firsts.get(head);
      if (!list) firsts.set(head, (list = []));
      list.push({ term, tail: term.slice(i) });
    }
  }
  const used = new Map<string, { start: number; end: number }[]>();
  if (firsts.size === 0) return used;
  for (const [head, starts] of termMatcher([...firsts.keys()]).occurrences(f, from)) {
    for (const at of starts) {
      const end = at + head.length;
      const window = f.slice(end, end + DISTRIBUTED_REACH);
      const m = SIDES.exec(window);
      if (!m || !(SIDE_JOIN.test(f[at - 1] ?? '') || SIDE_JOIN.test(window[0] ?? '') || /^或者/u.test(window))) continue;
      const heads = new Set((m[1] ?? '').split(/、|或者|或|及|与|和/u));
      for (const { term, tail } of firsts.get(head) ?? []) {
        if (!heads.has(tail)) continue;
        let list = used.get(term);
        if (!list) used.set(term, (list = []));
        if (list.length < KEEP) list.push({ start: at, end: end + m[0].length });
      }
    }
  }
  return used;
}

/** A term's leading qualifier of time or number (最近三年, 过去十二个月, 三年内): it bounds the head, not a part of its word. */
const QUALIFIER = /^(?:最近|过去|前)?[一二三四五六七八九十两0-9]+(?:个月|年|月|日)(?:内)?(?=[\u4e00-\u9fff]{2})/u;
/**
 * What may stand between the qualifier and the head in a use: a modifier of the head, ending with 之 (的), in one
 * clause (无（有）经海关核发处分书之).
 */
const MODIFIER = /^[\u4e00-\u9fff、（）()]{1,16}?[之的]/u;

/**
 * Uses of a term that opens with a qualifier of time or number with a modifier of its head written between the
 * two: 最近三年重大违章纪录 as 最近三年无经海关核发处分书之重大违章纪录. One matcher finds every qualifier; the
 * head is compared right after each modifier that may follow it.
 */
export function qualifiedUses(f: string, terms: readonly string[], from: number): Map<string, { start: number; end: number }[]> {
  const byQualifier = new Map<string, { term: string; head: string }[]>();
  for (const term of terms) {
    const q = QUALIFIER.exec(term)?.[0];
    if (!q) continue;
    let list = byQualifier.get(q);
    if (!list) byQualifier.set(q, (list = []));
    list.push({ term, head: term.slice(q.length) });
  }
  const used = new Map<string, { start: number; end: number }[]>();
  if (byQualifier.size === 0) return used;
  for (const [q, starts] of termMatcher([...byQualifier.keys()]).occurrences(f, from)) {
    for (const at of starts) {
      const after = at + q.length;
      const m = MODIFIER.exec(f.slice(after, after + 17));
      if (!m) continue;
      const end = after + m[0].length;
      for (const { term, head } of byQualifier.get(q) ?? []) {
        if (!f.startsWith(head, end)) continue;
        let list = used.get(term);
        if (!list) used.set(term, (list = []));
        if (list.length < KEEP) list.push({ start: at, end: end + head.length });
      }
    }
  }
  return used;
}
