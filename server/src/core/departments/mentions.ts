/**
 * Department mentions in running text: `[Level] Core (、Core)* [等] Suffix`.
 *
 * Anchored on the suffix (部门, 主管部门, 机关 …) and read leftwards to the clause boundary. Cores are matched
 * against the lexicon first; an unknown core is accepted only when a level anchors it (市X部门) or when it
 * stands in a list with known cores (教育、物流、商务等部门). Lists are split on 、 outside parentheses, then
 * on 和/及/与 only where every piece is a known core, so 住房和城乡建设 stays whole. Here the suffixes and their
 * clauses; the clause is read in mention-grammar.ts, cores looked up in lexicon-facts.ts.
 */
import { rangeCount, rangeEnd, rangeStart, type TextUnit, type UnitRanges } from '../parse/units';
import { anyWithin } from '../text/offsets';
import type { StructureNode } from '../types';
import { factsOf, lookup, SUFFIX_RE } from './lexicon-facts';
import { LEVEL_IN_BRACKETS } from './levels';
import { type Found, GLOSS, readList } from './mention-grammar';
import type { DepartmentMention, Lexicon } from './types';

export type { DepartmentMention, Lexicon } from './types';

/** Suffix words that continue into another word: 部门规章, 机关事务, 机构改革. */
const NOT_A_SUFFIX_AFTER = /^(?:规章|事务|改革|编制|职能|之间|内部|负责人|工作人员|法人|团体|代码|设置)/u;
/** 部门、单位 / 部门和有关单位 / 部门和团体: the list names units or public bodies beside departments. */
const UNITS_AFTER = /^(?:、|和|及|以及)(?:有关|相关)?(?:单位|(?:人民|社会)?团体)/u;
/**
 * (一)设有专门的辐射安全与环境保护管理机构: a body the regulated party has or keeps (a condition it meets), named
 * for its work, not a department of government.
 */
const HAS_BODY = /^(?:应当|应|须|必须)?(?:设有|建有|配有|配备)/u;
/**
 * 工程施工、监理、审计等单位或机构: a suffix offered as another word for 单位 (or 企业) names kinds of firms and
 * bodies that take part, not departments of government.
 */
const UNIT_OR_BEFORE = /(?:单位|企业)(?:或者|或|和|及|、)$/u;
/**
 * 代建单位派驻工程现场的建设管理机构: a body that a unit or a firm has or sends (X单位……的), named for its work,
 * not a department. Not 建设单位所在地的 (a place whose department it is), nor a 的 after what the unit must do
 * (建设单位应当……报有审批权的环境保护主管部门: the department is where the duty leads).
 */
const UNITS_OWN = /(?:单位|企业|公司)[^的应须可报向将由]{0,12}(?<!地)的$/u;
/** A sentence's subject given a duty: ……。X部门负责…… (the form of a responsibilities article). */
const SENTENCE_END = /[。；]/u;
const DUTY_AFTER = /^(?:负责|主管)/u;
const STRAY_SPACE = /[ \t\u3000]/u;
const BOUNDARY = /[\s，。；：？！“”‘’《》「」『』【】,;:?!()]/u;

/**
 * A known name ending in 行政 ends at `p + 2`, and starts a word: after a level, a boundary or the clause's
 * start (国务院水行政主管部门), not inside a longer name (城市供水行政主管部门 is 城市供水's).
 */
function ownsXingzheng(text: string, p: number, lex: Lexicon): boolean {
  return factsOf(lex).xingzheng.some((k) => {
    const at = p + 2 - k.length;
    return at >= 0 && text.startsWith(k, at) && (at === 0 || WORD_BEFORE.test(text.charAt(at - 1)));
  });
}
/** What may stand right before a name: the end of a level (国务院, 人民政府, 市, 县级), or punctuation. */
const WORD_BEFORE = /[院府市县区省级镇乡、，。；：（）\s]/u;

/** The suffix found at `p` is part of a known name written around it. */
function holdsSuffixAt(text: string, p: number, suffix: string, lex: Lexicon): boolean {
  return factsOf(lex).holding.some((h) => h.suffix === suffix && p - h.at >= 0 && text.startsWith(h.name, p - h.at));
}

/** `p` stands inside a 《title》 of the range text (《公安机关办理行政案件程序规定》 names no department). */
function insideTitle(text: string, p: number): boolean {
  return text.lastIndexOf('《', p) > text.lastIndexOf('》', p);
}

/** Where the clause before a suffix at `p` starts: after punctuation, a bracket that is not a level (县（市、区）) or the previous mention. */
function clauseStart(text: string, p: number, floor: number): number {
  for (let i = p - 1; i >= floor; i--) {
    const c = text[i] as string;
    // (住房保障管理、 价格等部门: a space beside a list's 、 is a copy's stray space, not the clause's end.)
    if (STRAY_SPACE.test(c) && (text[i - 1] === '、' || text[i + 1] === '、')) continue;
    if (BOUNDARY.test(c)) return i + 1;
    if (c === '（' || c === '）') {
      const open = c === '（' ? i : text.lastIndexOf('（', i);
      const close = c === '）' ? i : text.indexOf('）', i);
      if (open >= 0 && close > open && LEVEL_IN_BRACKETS.test(text.slice(open, close + 1))) {
        if (c === '）') i = open;
        continue;
      }
      // 住房保障和房产管理（城市更新）等部门: a name's gloss inside the list.
      if (c === '）' && open > floor && GLOSS.test(text.slice(open, close + 1)) && /^(?:、|等|$)/u.test(text.slice(close + 1, p))) {
        i = open;
        continue;
      }
      return i + 1;
    }
  }
  return floor;
}

/** Every department mention in the articles' running text, in document order. */
export function scanMentions(
  units: readonly (UnitRanges & Pick<TextUnit, 'article'>)[],
  folded: string,
  lex: Lexicon,
  extraGeneric: ReadonlySet<string>,
  taiwan = false,
): DepartmentMention[] {
  const out: DepartmentMention[] = [];
  // Ranges without a suffix word are passed over: one search of the whole text finds where suffixes stand
  // (a suffix never spans a range boundary, so the ranges that hold one are the ranges that hold a match).
  // (Not for a few units, such as the one range read again after an edit.)
  let hits: number[] | undefined;
  if (units.length > 8) {
    // Where each suffix ends (test() gives no match array to allocate); a range holds a suffix when one
    // ends in (start, end].
    hits = [];
    SUFFIX_RE.lastIndex = 0;
    while (SUFFIX_RE.test(folded)) hits.push(SUFFIX_RE.lastIndex);
  }
  for (const unit of units) {
    for (let k = 0; k < rangeCount(unit); k++) {
      const start = rangeStart(unit, k);
      const end = rangeEnd(unit, k);
      if (hits && !anyWithin(hits, start + 1, end + 1)) continue;
      const text = folded.slice(start, end);
      let floor = 0;
      let ownerSuffix = 0;
      SUFFIX_RE.lastIndex = 0;
      for (let m = SUFFIX_RE.exec(text); m; m = SUFFIX_RE.exec(text)) {
        // 水行政主管部门, 司法行政部门: the 行政 belongs to a known name, the suffix is what follows it.
        const own = m[0].startsWith('行政') && ownsXingzheng(text, m.index, lex);
        const p = own ? m.index + 2 : m.index;
        const q = m.index + m[0].length;
        const suffix = own ? m[0].slice(2) : m[0];
        if (NOT_A_SUFFIX_AFTER.test(text.slice(q, q + 4))) continue;
        // Taiwan's acts name agencies 機關 / 主管機關; their 部門 and 機構 are sectors and institutions
        // (能源、製造、運輸等部門; 文化機構).
        if (taiwan && suffix !== '机关') continue;
        // 公安机关交通管理部门: the 机关 is part of a known name that a later 部门 closes (not 公安机关应当会同
        // 市场监管部门, where it closes a mention of its own).
        if (holdsSuffixAt(text, p, suffix, lex)) continue;
        if (insideTitle(text, p)) continue;
        const cs = clauseStart(text, p, floor);
        if (suffix === '机构' && HAS_BODY.test(text.slice(cs, p))) continue;
        if (UNIT_OR_BEFORE.test(text.slice(Math.max(cs, p - 4), p))) continue;
        const subject = (cs === 0 || SENTENCE_END.test(text.charAt(cs - 1))) && DUTY_AFTER.test(text.slice(q, q + 2));
        const found = kindsOf(text.slice(cs, p)) ?? readList(text.slice(cs, p), lex, extraGeneric, suffix, UNITS_AFTER.test(text.slice(q, q + 6)), subject);
        const owner = cs === floor && text.startsWith('及其', cs) ? out[out.length - 1] : undefined;
        const first = found[0];
        const unitsOwn = first !== undefined && first.level === '' && UNITS_OWN.test(text.slice(cs, cs + first.start));
        for (const f of unitsOwn ? [] : found) {
          if (owner && owner.listEnd === start + floor) ownBody(f, `${owner.key}${text.slice(ownerSuffix, floor)}`, lex);
          out.push(placeMention(f, start + cs, start + q, unit.article));
        }
        floor = q;
        ownerSuffix = p;
      }
    }
  }
  return out;
}

/**
 * 房屋建筑、……、电力、通信等建设工程的主管部门: the list names kinds of a thing that the 的 makes the suffix's owner;
 * the departments are those of that thing, whichever the text's division of duties makes them, not departments
 * named by the kinds. Read as one generic mention (有关主管部门), the thing its core.
 */
function kindsOf(clause: string): Found[] | undefined {
  const kinds = KINDS_OF.exec(clause);
  if (!kinds) return undefined;
  const thing = kinds[1] ?? '';
  const start = (kinds.index ?? 0) + 1;
  return [{ core: thing, start, end: start + thing.length, level: '', generic: true, ambiguous: false, key: thing, openList: true }];
}
/** ……等建设工程的. Not ……等工作的 (兵役、人民防空等工作的主管部门): there the kinds are the fields the departments govern. */
const KINDS_OF = /等([\u4e00-\u9fff]{2,8}(?<!工作))的$/u;

/**
 * 公安机关及其交通管理部门: a body of the department named before 及其 (its own), so its name is that
 * department's name and its own (公安机关交通管理), or, when the lexicon knows no such name, no department a
 * responsibilities article lists.
 */
function ownBody(f: Found, ownerName: string, lex: Lexicon): void {
  const whole = lookup(`${ownerName}${f.key}`, lex);
  if (whole.entry) {
    f.key = whole.key;
    f.entry = whole.entry;
  } else f.generic = true;
}

/**
 * A mention found in a clause, placed in the document: `by` moves its offsets, `listEnd` is where its
 * list's suffix ends. Written field by field (as every mention is): object spreads of mentions of
 * several shapes were most of the department reader's own time.
 */
export function placeMention(f: Found, by: number, listEnd: number, article: StructureNode): DepartmentMention {
  return { core: f.core, start: f.start + by, end: f.end + by, level: f.level, generic: f.generic, ambiguous: f.ambiguous, entry: f.entry, key: f.key, listEnd, openList: f.openList, article };
}
