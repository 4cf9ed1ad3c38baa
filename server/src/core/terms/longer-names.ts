/**
 * Matches of a defined word (or short form) that are part of a longer name, and so no use of it before its definition
 * (holdout22, labelled wrong): the name of an act with a conjunction inside (兒童及少年福利與權益保障法), the body a
 * full name is made from (調解委員會 before 調解委員會委員（以下簡稱調解委員）), another body the sentence sets up
 * (應成立性侵害受刑人評估小組 beside 性侵害加害人評估小組（以下簡稱評估小組）), and the opposite word 非 makes
 * (非公共化無線電視事業); the last conjunct of words sharing a head (命令退休人員 beside 自願退休、屆齡退休), and a
 * service's short form with 人員 after it (教保服務人員).
 */
import type { Span } from '../types';
import type { DefinedTerm } from './defined-term';

/** A character of an act's name: no preposition, conjunction or verb that would start a clause of its own. */
const NAME_CHAR = '[^\\P{Script=Han}依据按照由之的及和与或在为对向从将把被应得经并]';
/**
 * 兒童及少年福利與權益保障法第七十三條: after the word, its name goes on past a conjunction to 法 (条例, 通则) and an
 * article or bracket. A conjunction right after the word joins it to another (兒童及少年與……), so two characters of the
 * name come first.
 */
const JOINED_ACT_NAME = new RegExp(`^${NAME_CHAR}{2,8}[及与和]${NAME_CHAR}{1,8}?(?:法|条例|通则)(?:施行细则)?(?=第|\\s*[（(]|规定|之规定|施行细则)`, 'u');
const NAME_CHAR_RE = new RegExp(`^${NAME_CHAR}$`, 'u');
/** The end of a sentence that is one name: no particle, conjunction or verb in it. */
const FULL_NAME_TAIL = new RegExp(`^${NAME_CHAR}+$`, 'u');
/** How many characters after a use the act's name is read in. */
const ACT_WINDOW = 24;
/**
 * 非公共化無線電視事業: 非 before the word makes its opposite. 除非, 並非, 亦非, 若非 … are a conjunction or a predicate, after
 * which the word is used.
 */
const NEGATED = /(?<![除并亦若如是而莫无绝])非$/u;
/**
 * 應成立性侵害受刑人評估小組: a verb setting a body up, then its whole name — a modifier of two characters or more and the
 * word. The body the sentence names is its own, whatever short form a later full name is given.
 */
const SETS_UP = new RegExp(`(?:成立|设立|设置|组成|[应得并下分]设)(${NAME_CHAR}{2,12})$`, 'u');
/** How far before a use the verb setting a body up is read. */
const SET_UP_WINDOW = 16;

/**
 * 教保服务人员: 人员 after a short form for a service or a matter names the persons of it, a word of its own. After a
 * body's short form (本会人员, 公司人员) it names the body's staff, a use of the body.
 */
const PERSONS = /^人员/u;
const BODY_OR_PERSON = /(?:[会部署局处院所厅司校班组社团人员者]|中心|公司|机关|机构|单位|法人|银行|企业|事业)$/u;
/** The last character of a modifier: an ideograph, not a particle or a conjunction (之退休人员 uses the word). */
const MODIFIER_END = /^[^\P{Script=Han}之的及或和与并]$/u;
const CONJUNCTIONS = ['、', '或', '及', '和', '与'];
/** How long the last conjunct's modifier may be (命令). */
const MODIFIER_MAX = 4;
/** How far before a use the conjuncts sharing its head are read (自愿退休、届龄退休或命令退休人员). */
const CONJUNCT_WINDOW = 16;

/**
 * 自愿退休、届龄退休或命令退休人员: the head (人员) is shared by every conjunct, and the last is 命令退休 + 人员, not a
 * modifier and the word 退休人员. Told by a conjunct before it that ends with the word's opening (退休) and a
 * conjunction, and a modifier right before the use.
 */
function sharesHead(f: string, term: string, u: Span): boolean {
  if (!MODIFIER_END.test(f[u.start - 1] ?? '')) return false;
  const before = f.slice(Math.max(0, u.start - CONJUNCT_WINDOW), u.start).split(/[，。；：:\n]/u).pop() ?? '';
  for (let k = term.length - 1; k >= 2; k--) {
    for (const c of CONJUNCTIONS) {
      const at = before.lastIndexOf(term.slice(0, k) + c);
      // Each conjunct is a modifier and the word's opening (届龄退休, 命令退休): 放射性物品的运输和放射性物品运输容器
      // joins a noun (运输) to a phrase that holds the word.
      if (at > 0 && MODIFIER_END.test(before[at - 1] ?? '') && before.length - (at + k + c.length) <= MODIFIER_MAX) return true;
    }
  }
  return false;
}

/** Whether the match `u` of `d` is part of a longer name. */
export function partOfLongerName(f: string, d: DefinedTerm, u: Span): boolean {
  if (JOINED_ACT_NAME.test(f.slice(u.end, u.end + ACT_WINDOW))) return true;
  if (NEGATED.test(f.slice(Math.max(0, u.start - 2), u.start))) return true;
  if (sharesHead(f, d.term, u)) return true;
  if (d.form !== 'abbreviation') return false;
  if (PERSONS.test(f.slice(u.end, u.end + 2)) && !BODY_OR_PERSON.test(d.term)) return true;
  const full = d.definiens.replace(/\s/gu, '');
  // 調解委員會: the word runs on into a longer word of its full name (調解委員會委員), the body, not the short form. The
  // definiens is the sentence before the bracket; the full name is the words that end it, read back to a particle.
  const next = f[u.end] ?? '';
  const at = NAME_CHAR_RE.test(next) ? full.lastIndexOf(d.term + next) : -1;
  if (at >= 0 && FULL_NAME_TAIL.test(full.slice(at))) return true;
  const set = SETS_UP.exec(f.slice(Math.max(0, u.start - SET_UP_WINDOW), u.start));
  return !!set && !full.endsWith((set[1] ?? '') + d.term);
}
