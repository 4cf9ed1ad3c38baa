/**
 * Matches of a defined word (or short form) that are part of a longer name, and so no use of it before its definition
 * (holdout22, labelled wrong): the name of an act with a conjunction inside (兒童及少年福利與權益保障法), the body a
 * full name is made from (調解委員會 before 調解委員會委員（以下簡稱調解委員）), another body the sentence sets up
 * (應成立性侵害受刑人評估小組 beside 性侵害加害人評估小組（以下簡稱評估小組）), and the opposite word 非 makes
 * (非公共化無線電視事業).
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

/** Whether the match `u` of `d` is part of a longer name. */
export function partOfLongerName(f: string, d: DefinedTerm, u: Span): boolean {
  if (JOINED_ACT_NAME.test(f.slice(u.end, u.end + ACT_WINDOW))) return true;
  if (NEGATED.test(f.slice(Math.max(0, u.start - 2), u.start))) return true;
  if (d.form !== 'abbreviation') return false;
  const full = d.definiens.replace(/\s/gu, '');
  // 調解委員會: the word runs on into a longer word of its full name (調解委員會委員), the body, not the short form. The
  // definiens is the sentence before the bracket; the full name is the words that end it, read back to a particle.
  const next = f[u.end] ?? '';
  const at = NAME_CHAR_RE.test(next) ? full.lastIndexOf(d.term + next) : -1;
  if (at >= 0 && FULL_NAME_TAIL.test(full.slice(at))) return true;
  const set = SETS_UP.exec(f.slice(Math.max(0, u.start - SET_UP_WINDOW), u.start));
  return !!set && !full.endsWith((set[1] ?? '') + d.term);
}
