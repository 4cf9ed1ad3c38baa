/**
 * Paths that number the parts of an attachment or a form, not this text's units: the text's structure does not
 * hold them, so they are read as another document's (scope 'external'). Works on script-folded text.
 */
import { CN_NUMERAL_CHARS } from '../text/numerals';
import type { RawPath } from './grammar';

/**
 * 附表一助产师类科应考资格第一款, 该附件第四点第五款, 附件之第四项: an attachment named, then the noun phrase of
 * its part (a class, a column, its 第四点), then the path. `M` is what stands between: a path after a verb, a
 * preposition or a conjunction there (附件所列评估机制及第四项, 附表所列人员违反第三款) is governed by that word
 * and may be this text's own, and one that names an article (附件一第五条……第二款) is this text's.
 */
const ATTACHMENT_HEAD = new RegExp(`附(?:件|表|录)[${CN_NUMERAL_CHARS}]*([\\u4e00-\\u9fff]{0,24})$`, 'u');
/** What the phrase of a part never holds: 条 (an article of this text), a conjunction, a verb that governs the path. */
const NOT_A_PART = /[条及或和与并暨且者依按据除经由将把于在为有未不得]|违反|适用|准用|符合|规定|所定|所列|所称|所载|应[当予]/u;

/** Whether the run of Han characters `run` before a path names an attachment whose part the path numbers. */
export function partOfAttachment(run: string): boolean {
  const m = ATTACHMENT_HEAD.exec(run);
  return m !== null && !NOT_A_PART.test(m[1] as string);
}

/**
 * 申请书之……及第贰项所列之未来营运计划: a path written in financial numerals (壹贰叁) numbers a form's or a
 * document's parts. A paragraph has no label, so a 项 (Taiwan) or 款 (PRC) so written is never this text's; a
 * level this text labels with financial numerals itself (`labelsFinancial`) may be its own.
 */
export function numbersForm(path: RawPath, labelsFinancial: (level: RawPath['numerals'][number]['level']) => boolean): boolean {
  return path.numerals.some((n) => n.style === 'financial' && (n.level === 'paragraph' || !labelsFinancial(n.level)));
}
