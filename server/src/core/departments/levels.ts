/**
 * The level words before a department's name, read at the start of a clause's part: 县级以上地方人民政府, 市（州）,
 * 所在地县级. What a level is belongs to the lexicon (LEVELS); here, how levels are written one after another and
 * where a level list ends and a name begins, for the mention grammar (mention-grammar.ts) and the names a
 * responsibilities article sets up (resp-names.ts).
 */
import { isCentral, LEVELS } from './lexicon';

/** A level written in brackets: 县（市、区）. */
export const LEVEL_IN_BRACKETS = /^（[市区县镇乡自治、]{1,8}）$/u;
/** The same, right after a level. */
const LEVEL_AFTER = /^（[市区县镇乡自治州、]{1,8}）/u;

/** LEVELS grouped by their first character, in list order (levelAt runs at every start of every mention). */
const LEVELS_BY_FIRST: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const l of LEVELS) {
    const list = map.get(l.charAt(0));
    if (list) list.push(l);
    else map.set(l.charAt(0), [l]);
  }
  return map;
})();

/** The first level in LEVELS (the longest) written at `at`. */
export function levelAt(s: string, at: number): string | undefined {
  return LEVELS_BY_FIRST.get(s.charAt(at))?.find((l) => s.startsWith(l, at));
}

/** The longest level prefix of `s` (several joined by 人民政府 / 及其 / 的 are one level list). */
export function levelPrefix(s: string): number {
  let at = 0;
  for (;;) {
    const lvl = levelAt(s, at);
    if (!lvl) break;
    at += lvl.length;
    // 县（市区）, 市（州）: a level whose variants follow it in brackets, however the brackets list them.
    const bracketed = LEVEL_AFTER.exec(s.slice(at, at + 10));
    if (bracketed) at += bracketed[0].length;
    // 县级 / 区（县）级以上
    if (s.startsWith('级', at)) at += 1;
    // (省级以下: the bodies at that level and below it, a level all the same.)
    if (s.startsWith('以上', at) || s.startsWith('以下', at)) at += 2;
    // 设区的市级以上地方人民政府, 市级以上地方各级, 各级地方: after a level ending in 级 or 以上 (市级以上 is one
    // level word), 地方 and 各级 only say which bodies at it — a level still, not the first word of a name.
    if (/(?:级|以上|以下)$/u.test(s.slice(0, at))) {
      if (s.startsWith('地方', at)) at += 2;
      if (s.startsWith('各级', at)) at += 2;
    }
    for (const glue of ['人民政府', '政府']) if (s.startsWith(glue, at)) at += glue.length;
    const joiner = ['及其', '和', '及', '的'].find((g) => s.startsWith(g, at));
    if (joiner && levelAt(s, at + joiner.length) !== undefined) {
      at += joiner.length;
      continue;
    }
    if (joiner === '及其' || joiner === '的') at += joiner.length;
    // 所在地区县, 上一级市: a relative level followed by a plain one.
    else if (/^(?:所在地|同级|本级|上一级|上级)$/u.test(lvl) && levelAt(s, at) !== undefined) continue;
    // 上级行政区域农业农村主管部门: the area says where the level is, not what the department does.
    else if (/^(?:所在地|上一级|上级)$/u.test(lvl) && s.startsWith('行政区域', at)) at += 4;
    break;
  }
  // 区域, 县域, 市民, 市场: a level must not swallow the first character of a word.
  // (Only 市民 of the levels before 民: 市民政, 市民族宗教 and 国务院民用航空 are a level and a name.)
  if (at > 0 && (/^[域场容政村]/u.test(s.slice(at)) || (s.charAt(at - 1) === '市' && /^民(?!政|族)/u.test(s.slice(at))))) return 0;
  return at;
}

/**
 * The central level written right before `at` (但国务院交通运输: words the verb list does not know, then a
 * level), or ''. Only a central one: it tells a national body from the text's own; a local level read
 * there would make the head of a list levelled and drop the unknown members after it (市、有关县（区）发展改革、
 * 农业畜牧等部门).
 */
export function levelBefore(part: string, at: number): string {
  for (let s = Math.max(0, at - LONGEST_LEVEL); s < at; s++) {
    if (levelPrefix(part.slice(s, at)) === at - s) return isCentral(part.slice(s, at)) ? part.slice(s, at) : '';
  }
  return '';
}
const LONGEST_LEVEL = Math.max(...LEVELS.map((l) => l.length));
