/**
 * Names a responsibilities article declares without a department suffix read as a mention: the short names it
 * sets up (市建筑市场管理办公室（以下简称市建管办）) and the departments a government designates by their field
 * (人民政府确定的污水处理设施主管部门).
 */
import type { StructureNode } from '../types';
import { GENERIC_MARKS, SUFFIXES } from './lexicon';
import { lookup } from './lexicon-facts';
import { levelPrefix } from './levels';
import type { Lexicon, ResolvedMention } from './types';

// (以下称 too: 市住房和城乡建设行政主管部门（以下称市物业主管部门） sets up the short name as 以下简称 does.)
export const ABBREVIATION = /^（以下(?:简称|统称|称)“?([^）”]{1,24})”?）/u;
/** The same, anywhere in a responsibilities article. */
const ALL_ABBREVIATIONS = new RegExp(ABBREVIATION.source.slice(1), 'gu');
/** A short name that stands for a body of government (市建管办, 市交通执法总队), not for the regulated (用水单位). */
const BODY_NAME = /(?:部门|机关|机构|局|委|办|处|队|中心|站)$/u;
export const SUFFIX_TAIL = new RegExp(`(?:${SUFFIXES.join('|')})$`, 'u');
/**
 * 人民政府确定的污水处理设施主管部门: whichever department the government designates, the text names it by its field
 * from then on (县（市、区）污水处理设施主管部门) — declared there, under that name.
 */
const DESIGNATED_BY_GOVERNMENT = /政府(?:确定|指定|明确)的([\u4e00-\u9fff]{2,12}?)(?:行政)?(?:主管)?部门/gu;

type Aliases = Map<string, { canonical: string; span: { start: number; end: number } }>;

/** The declarations, as mentions; each is also set in `textAliases` (its core → itself). */
export function namesDeclaredIn(resp: ReadonlySet<StructureNode>, f: string, lex: Lexicon, textAliases: Aliases, generic: ReadonlySet<string>): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  const declare = (core: string, at: number, end: number, a: StructureNode): void => {
    textAliases.set(core, { canonical: core, span: { start: at, end } });
    out.push({ core, start: at, end, level: '', generic: false, ambiguous: false, key: core, listEnd: end, openList: false, article: a, canonical: core, cls: 'declared', inResp: true, catchAll: false, handoff: false, namesShortForm: false, examined: false });
  };
  for (const a of resp) {
    const text = f.slice(a.spanStart, a.spanEnd);
    for (const m of text.matchAll(ALL_ABBREVIATIONS)) {
      const name = m[1] ?? '';
      const core = stripLevel(name.replace(SUFFIX_TAIL, ''));
      // (The span is the whole short name, level and suffix included.)
      const at = a.spanStart + (m.index ?? 0) + m[0].indexOf(name);
      if (core.length >= 2 && BODY_NAME.test(name) && !textAliases.get(core)?.canonical) declare(core, at, at + name.length, a);
    }
    for (const m of text.matchAll(DESIGNATED_BY_GOVERNMENT)) {
      const core = m[1] ?? '';
      if (generic.has(core) || GENERIC_MARKS.test(core) || lookup(core, lex).entry || textAliases.has(core)) continue;
      const at = a.spanStart + (m.index ?? 0) + m[0].indexOf(core);
      declare(core, at, at + core.length, a);
    }
  }
  return out;
}

/**
 * The abbreviation's core without a leading level, read as the grammar reads a mention's level (市产业主管部门 →
 * 产业; 省级市场监管部门 → 市场监管, the key its later mentions are read with).
 */
export function stripLevel(s: string): string {
  const n = levelPrefix(s);
  return n > 0 && s.length - n >= 2 ? s.slice(n) : s;
}
