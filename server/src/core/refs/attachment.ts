/**
 * Paths that number the parts of an attachment or a form, not this text's units: the text's structure does not
 * hold them, so they are read as another document's (scope 'external'). Works on script-folded text.
 */
import { ATTACHMENT_HEADING_OPENS_LINE, ATTACHMENT_NAMED } from '../text/attachments';
import type { PathNumeral, ReferencePath } from '../types';

/**
 * 附表一助产师类科应考资格第一款, 该附件第四点第五款, 附件之第四项: an attachment named, then the noun phrase of
 * its part (a class, a column, its 第四点), then the path. That phrase is what stands between: a path after a verb, a
 * preposition or a conjunction there (附件所列评估机制及第四项, 附表所列人员违反第三款) is governed by that word
 * and may be this text's own, and one that names an article (附件一第五条……第二款) is this text's. A table set out
 * in an article is named the same way (该条表列第一款至第十七款, 同表第十八款: the rows of that table, not the
 * article's items). 所列 / 所定 / 所载 before a noun (附表一所列各类科应考资格第一款) make a relative clause whose head
 * is the part, so they govern nothing.
 */
const ATTACHMENT_HEAD = new RegExp(`${ATTACHMENT_NAMED}|[同该本此上下前]表|(?<![代发图])表列`, 'gu');
/** The longest phrase of a part. */
const PART_REACH = 24;
/** What the phrase of a part never holds: 条 (an article of this text), a conjunction, a verb that governs the path. */
const NOT_A_PART = /[条及或和与并暨且者依按据除经由将把于在为有未不得]|违反|适用|准用|符合|规定|所称|应[当予]/u;
/** 所列 with no noun after it (附表所列第三款): no part of the attachment is named, and the path may be this text's. */
const BARE_RELATIVE = /所[列定载]之?$/u;

/**
 * 就申請書第六項及第七項審查: a document a form asks for (an application, a plan, a report) named right before a path
 * numbers its entries, which the article may list (載明左列事項：一、……), not the article's 项. Only right before:
 * with words between (申請書載明第一項各款事項) the path may be the article's own.
 */
const DOCUMENT_TAIL = /(?:申请|申报|计划|报告|说明|切结|契约)[书表]之?$/u;

/** Whether the run of Han characters `run` before a path names an attachment or a document whose part the path numbers. */
export function partOfAttachment(run: string): boolean {
  if (DOCUMENT_TAIL.test(run)) return true;
  // The nearest attachment or table named: an earlier one (该条表列第一款……与同表) stands before a conjunction.
  let last: RegExpExecArray | undefined;
  ATTACHMENT_HEAD.lastIndex = 0;
  for (let m = ATTACHMENT_HEAD.exec(run); m; m = ATTACHMENT_HEAD.exec(run)) last = m;
  if (!last) return false;
  const phrase = run.slice(last.index + last[0].length);
  return phrase.length <= PART_REACH && !NOT_A_PART.test(phrase) && !BARE_RELATIVE.test(phrase);
}

/** An attachment named and the phrase of its part before a path (附表一医师类科应考资格第一项). */
const ATTACHMENT_PART = new RegExp(`${ATTACHMENT_NAMED}([\\u4e00-\\u9fff]{2,24}?)第`, 'gu');
/** Where a sentence (or a clause of a list, after ；) ends: a part named before it is not the one this sentence goes on with. */
const CLAUSE_END = /[。；;\n]/u;
/** How far back in its sentence the attachment may stand. */
const COORDINATE_REACH = 200;

/**
 * 附表一医师类科应考资格第一项第一款……，牙医师类科应考资格第一项第一款，中医师类科应考资格第一项第一款至第三款……及药师类科应考资格
 * 第一项第二款: a path after a noun phrase that shares its head (类科应考资格) with the part of an attachment named
 * earlier in the sentence is a part coordinated with it, of the same attachment. The phrase is what follows
 * the last conjunction of `run` (the Han characters before the path) and holds no word that governs a path.
 * `before` is the text before `run`.
 */
export function coordinatePartOfAttachment(before: string, run: string): boolean {
  const phrase = run.slice(Math.max(run.lastIndexOf('及'), run.lastIndexOf('或'), run.lastIndexOf('和')) + 1);
  if (phrase.length < 2 || NOT_A_PART.test(phrase)) return false;
  let from = before.length;
  while (from > 0 && before.length - from < COORDINATE_REACH && !CLAUSE_END.test(before[from - 1] as string)) from--;
  const sentence = before.slice(from) + run.slice(0, run.length - phrase.length);
  ATTACHMENT_PART.lastIndex = 0;
  for (let m = ATTACHMENT_PART.exec(sentence); m; m = ATTACHMENT_PART.exec(sentence)) {
    const part = m[1] as string;
    if (!NOT_A_PART.test(part) && sharedTail(part, phrase) >= 2) return true;
  }
  return false;
}

/** How many characters `a` and `b` end in alike. */
function sharedTail(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/**
 * 申请书之……及第贰项所列之未来营运计划: a path written in financial numerals (壹贰叁) numbers a form's or a
 * document's parts. A paragraph has no label, so a 项 (Taiwan) or 款 (PRC) so written is never this text's; a
 * level this text labels with financial numerals itself (`labelsFinancial`) may be its own.
 */
export function numbersForm(path: Pick<ReferencePath, 'numerals'>, labelsFinancial: (level: PathNumeral['level']) => boolean): boolean {
  return path.numerals.some((n) => n.style === 'financial' && (n.level === 'paragraph' || !labelsFinancial(n.level)));
}

/** How far back on its line the heading may stand. */
const HEADING_REACH = 80;

/**
 * Whether the path at `at` stands on a line under an attachment's heading (附件：……): what follows the heading on its
 * line is the attachment's, which cites the text's provisions from outside it (its 第七條 is no article citing itself).
 */
export function onAttachmentHeadingLine(s: string, at: number): boolean {
  const from = Math.max(0, at - HEADING_REACH);
  const before = s.slice(from, at);
  const line = before.lastIndexOf('\n');
  if (line < 0 && from > 0) return false; // the line starts beyond reach
  return ATTACHMENT_HEADING_OPENS_LINE.test(before.slice(line + 1));
}
