/**
 * Departments a responsibilities article names that the text gives a duty without naming them again in the
 * body (department.unused): the article itself, another responsibilities article, or a collective name.
 */
import { sentenceAround } from '../text/lines';
import { lastStartingAtOrBefore } from '../text/offsets';
import type { StructureNode } from '../types';
import type { DepartmentTable, ResolvedMention } from './index';

/** The canonical ids of departments the responsibilities articles name that are given a duty all the same. */
export function coveredInResp(t: DepartmentTable, f: string, taiwan: boolean): Set<string> {
  const obliged = taiwan ? OBLIGED_TW : OBLIGED;
  const out = new Set<string>();
  const lists = new Map<number, ResolvedMention[]>();
  for (const m of t.mentions) {
    if (!m.inResp || m.generic) continue;
    const list = lists.get(m.listEnd);
    if (list) list.push(m);
    else lists.set(m.listEnd, [m]);
  }
  // (Memoised: a text may hold thousands of responsibilities articles, and lists.)
  const inResp = insideOf(t.respArticles);
  const seen = new Map<string, boolean>();
  const outside = (word: string): boolean => {
    let v = seen.get(word);
    if (v === undefined) seen.set(word, (v = occursOutside(f, word, inResp)));
    return v;
  };
  const collectiveOfOthers = bodyCollective(f, inResp, outside);
  for (const list of lists.values()) {
    const first = list[0] as ResolvedMention;
    const around = sentenceAround(f, first.start - first.level.length, { start: 0, end: f.length });
    const sentence = f.slice(around.start, around.end);
    const name = COLLECTIVE.exec(f.slice(first.listEnd, first.listEnd + 40))?.[1];
    const covered =
      // 农业、民政等部门应当及时无偿提供……资料: the list is given an act, not a field (a task in the
      // responsibilities article itself).
      (obliged.test(sentence) && !FIELD.test(sentence)) ||
      // ……和有关部门（以下统称负有冶金有色安全生产监管职责的部门）, that name used in the body.
      (name !== undefined && outside(name)) ||
      // ……等部门，按照规定的职责分工，对……活动实施监督, and the body's 有关行政监督部门.
      (SUPERVISES.test(sentence) && outside('行政监督部门')) ||
      // 铁路、交通、水利等有关部门 and the body's ……或者其他有关部门（以下简称工程勘察质量监督部门）.
      (collectiveOfOthers && f.slice(Math.max(0, first.listEnd - 4), first.listEnd) === '有关部门');
    if (covered) for (const m of list) out.add(m.canonical);
    // 第十一条 ……人力资源和社会保障部门应当加强监督检查: named alone again in another responsibilities article.
    if (list.length === 1 && !first.catchAll && t.declared.get(first.canonical)?.article !== first.article) out.add(first.canonical);
  }
  return out;
}

/** A collective name declared after a list and the bodies joined to it: ……部门和有关部门（以下统称负有……职责的部门）. */
const COLLECTIVE = /^[^，。；（]{0,16}（以下(?:简称|统称|称)“?([^）”]{2,30})”?）/u;
/** A duty in the sentence, and words that make it a field rather than one act. */
const OBLIGED = /应当|必须/u;
/**
 * Taiwan writes 應 where the PRC writes 应当 (本條例所列預算之執行，審計機關應依法辦理審計); not 应 in a word (相应,
 * 供应, 应急, 应用). (In a PRC text a bare 应 is as often a word's: 按计划应拨的经费.)
 */
const OBLIGED_TW = /应当|必须|(?<![相供适对响反回呼效])应(?![急用对变答])/u;
const FIELD = /职|工作|负责|主管|管理|监督|监管|指导|协调|配合|协助|支持|保障|服务|领导|做好/u;
/** A list given supervision by the division of duties (按照规定的职责分工，对……实施监督). */
const SUPERVISES = /职责分工[^。]{0,60}监督/u;

/** The body names "其他有关部门" (or 有关部门) collectively and uses that name: 以下简称工程勘察质量监督部门. */
function bodyCollective(f: string, inResp: (at: number) => boolean, outside: (word: string) => boolean): boolean {
  for (const m of f.matchAll(/有关部门（以下(?:简称|统称|称)“?([^）”]{2,30})”?）/gu)) {
    if (inResp(m.index ?? 0)) continue;
    const name = m[1] ?? '';
    if (f.indexOf(name, (m.index ?? 0) + m[0].length) >= 0 && outside(name)) return true;
  }
  return false;
}

/** Whether `word` occurs outside the responsibilities articles (not as the declaration of a collective: 以下简称X). */
function occursOutside(f: string, word: string, inResp: (at: number) => boolean): boolean {
  for (let at = f.indexOf(word); at >= 0; at = f.indexOf(word, at + word.length)) {
    if (f.charAt(at - 1) !== '称' && f.charAt(at - 2) !== '称' && !inResp(at)) return true;
  }
  return false;
}

/** Whether an offset is inside one of `articles` (they do not overlap), by a binary search on their starts. */
function insideOf(articles: readonly StructureNode[]): (at: number) => boolean {
  const sorted = [...articles].sort((x, y) => x.spanStart - y.spanStart);
  return (at) => {
    const a = lastStartingAtOrBefore(sorted, at);
    return a !== undefined && at < a.spanEnd;
  };
}
