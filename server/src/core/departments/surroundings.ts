/**
 * What the words around a department mention say about it: a name beside it in its list, a gloss in brackets,
 * a matter examined, a sentence that defines a term, a standard hand-off of 法律责任 or the organs of criminal cases. Each reads the folded text
 * near the mention only (a clause or a sentence, bounded), so the table's build stays linear.
 */
import type { DepartmentMention } from './types';
import { DEFINES, DESIGNATES, TITLES } from './resp-articles';

/**
 * The standard hand-offs of 法律责任 (由公安机关依法给予治安管理处罚, 移送公安机关): the police act under their
 * own law, not a duty the responsibilities article must declare.
 */
const HANDOFF_AFTER = /^[^。；]{0,12}?(?:治安管理处罚|拘留|刑事责任|立案侦查)/u;
const HANDOFF_BEFORE = /(?:移送|移交)(?:有管辖权的)?(?:同级|当地)?$/u;
/**
 * The police named in one list with the courts and procuratorates (与人民法院、人民检察院和公安机关的沟通和协作):
 * the organs of criminal cases, which the text works with, not a department it gives a duty.
 */
const JUDICIAL_BEFORE = /(?:人民法院|人民检察院|审判机关|检察机关)[、和及与]{1,2}(?:[^、，。；：]{1,8}[、和及与]{1,2})?$/u;
const JUDICIAL_AFTER = /^[、和及与]{1,2}(?:[^、，。；：]{1,8}[、和及与]{1,2})?(?:人民法院|人民检察院|审判机关|检察机关)/u;

/**
 * `name` is written beside `m` in its list (农业、农业机械化行政主管部门): two names one list holds side by side
 * are two departments, the one never a short form of the other.
 */
export function besideInItsList(f: string, m: DepartmentMention, name: string): boolean {
  let from = m.start - m.level.length;
  while (from > 0 && m.start - from < CLAUSE_MAX && !LIST_END.test(f.charAt(from - 1))) from--;
  // (Not the name given in brackets after it, as the same department's: 农业（农业机械化）行政主管部门.)
  const after = f.slice(m.end, m.listEnd).replace(GLOSS_FIRST, '');
  return f.slice(from, m.start).includes(name) || after.includes(name);
}
const GLOSS_FIRST = /^（[^）]*）/u;
const LIST_END = /[，。；：\n]/u;

/**
 * A name in brackets right after a department's name (工商行政管理部门（市场监管部门）): the text gives the same
 * department's other name, a declaration, not a second way of writing it.
 */
export function glossOfTheNameBefore(f: string, m: DepartmentMention): boolean {
  const open = m.start - m.level.length - 1;
  return f.charAt(open) === '（' && f.charAt(m.listEnd) === '）' && NAME_END.test(f.slice(Math.max(0, open - 2), open));
}
const NAME_END = /(?:部门|机关|机构)$/u;

/**
 * A clause that names a matter examined, not a duty: a noun phrase ending in 情况 without a word that gives
 * a duty (（一）财政部门具体组织本级预算执行情况；).
 */
export function examined(f: string, m: DepartmentMention): boolean {
  // (Clauses are short; a longer run is no item of a list of matters, and is not read to its end.)
  let from = m.start;
  while (from > 0 && m.start - from < CLAUSE_MAX && !CLAUSE_END.test(f.charAt(from - 1))) from--;
  let to = m.listEnd;
  while (to < f.length && to - m.listEnd < CLAUSE_MAX && !CLAUSE_END.test(f.charAt(to))) to++;
  if (m.start - from >= CLAUSE_MAX || to - m.listEnd >= CLAUSE_MAX) return false;
  const clause = f.slice(from, to);
  return clause.endsWith('情况') && !DUTY_IN_CLAUSE.test(clause);
}
const CLAUSE_END = /[。；：\n]/u;
/**
 * A sentence that defines a term ((一)危险化学品目录，是指国务院……部门公布的目录): the departments it names are
 * given no duty there. (Only that sentence: the article's next one may give one, 由农业机械主管部门管理.)
 */
export function inDefinition(f: string, m: DepartmentMention): boolean {
  let from = m.start;
  while (from > 0 && m.start - from < SENTENCE_MAX && !SENTENCE_END.test(f.charAt(from - 1))) from--;
  let to = m.listEnd;
  while (to < f.length && to - m.listEnd < SENTENCE_MAX && !SENTENCE_END.test(f.charAt(to))) to++;
  const sentence = f.slice(from, to).replace(TITLES, '');
  return DEFINES.test(sentence) && !DESIGNATES.test(sentence);
}
const SENTENCE_END = /[。\n]/u;
const SENTENCE_MAX = 300;
const CLAUSE_MAX = 80;
const DUTY_IN_CLAUSE = /应当|负责|可以|必须|会同|不得|有权|依法|予以|给予/u;

/** A police mention in a standard hand-off of 法律责任, or among the organs of criminal cases. */
export function handoff(f: string, m: DepartmentMention, inResp: boolean): boolean {
  if (m.entry?.canonical !== '公安') return false;
  const before = f.slice(Math.max(0, m.start - m.level.length - 24), m.start - m.level.length);
  const after = f.slice(m.listEnd, m.listEnd + 24);
  // (Not in a responsibilities article: 公安机关、国家安全机关和人民检察院、人民法院……应当根据分工 declares it.)
  return HANDOFF_AFTER.test(f.slice(m.listEnd, m.listEnd + 40)) || HANDOFF_BEFORE.test(f.slice(Math.max(0, m.start - 12), m.start - m.level.length)) || (!inResp && (JUDICIAL_BEFORE.test(before) || JUDICIAL_AFTER.test(after)));
}

/**
 * A department written as the alternative to a company's own organ (上级资产管理部门或者股东大会的批准决定):
 * the owner that approves the firm's act, not a department the text gives a duty.
 */
export function ownerBeside(f: string, m: DepartmentMention): boolean {
  return OWNER_AFTER.test(f.slice(m.listEnd, m.listEnd + 8)) || OWNER_BEFORE.test(f.slice(Math.max(0, m.start - m.level.length - 8), m.start - m.level.length));
}
const COMPANY_ORGAN = '(?:股东大会|股东会|董事会|出资人)';
const OWNER_AFTER = new RegExp(`^(?:或者|或|、|和|及)${COMPANY_ORGAN}`, 'u');
const OWNER_BEFORE = new RegExp(`${COMPANY_ORGAN}(?:或者|或|、|和|及)$`, 'u');
