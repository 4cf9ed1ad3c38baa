/**
 * The words that name an attachment (附件, 附表, 附录 — 附錄 folded) and the heading lines they open, declared once
 * for the parser (an attachment after the last article is no article's), the reference scope (a path on an
 * attachment's heading line or naming one of its parts is not this text's) and the drawn tables set out under
 * one. Patterns in script-folded text.
 */
import { CN_NUMERAL_CHARS } from './numerals';

/** The word that names an attachment. */
export const ATTACHMENT_WORD = '附[件表录]';

/** The digits of an attachment's number in a heading (附件三, 附表12). */
const ATTACHMENT_NUMBER = '[一二三四五六七八九十0-9０-９]';

/** An attachment named, with its number if it has one (附件, 附表一). */
export const ATTACHMENT_NAMED = `${ATTACHMENT_WORD}[${CN_NUMERAL_CHARS}]*`;

/**
 * 附件 / 附件一 / 附件二：… / 附表 / 附录 — a line's whole content an attachment's heading: after the last article,
 * an attachment, not part of it: its lists (1、（1）) are its own, not an article's 项.
 */
export const ATTACHMENT_HEADING = new RegExp(`^${ATTACHMENT_WORD}${ATTACHMENT_NUMBER}*(?:[：:].{0,40})?$`, 'u');

/**
 * An attachment's heading the parser does not take for one, as the Taiwan database writes it: a numbered
 * attachment alone on its line (附件三之一), before a colon (附件三之二：), or before its title set apart by
 * spaces (附件一    都市計畫審核摘要表) — a wrapped sentence that starts with 附表一 goes straight on (附表一所列).
 */
export const ATTACHMENT_HEADING_NUMBERED = new RegExp(
  `^${ATTACHMENT_WORD}${ATTACHMENT_NUMBER}+(?:之[一二三四五六七八九十]+)?(?:[：:][^。]*|[ \\t\\u3000]{2,}[^。；，,\\s][^。；，,]{0,39})?$`,
  'u',
);

/**
 * 附件：依第七條第二項規定……之計算公式如下： — a line that opens with an attachment's heading and a colon, set out
 * inside the article that refers to it: what follows on the line is the attachment's.
 */
export const ATTACHMENT_HEADING_OPENS_LINE = new RegExp(`^[ \\u3000]*${ATTACHMENT_NAMED}[：:]`, 'u');

/** A line that opens with a word naming an attachment (附表一  應考資格表, 附件：), as a heading over a drawn table. */
export const OPENS_WITH_ATTACHMENT = new RegExp(`^[ \\t\\u3000]*${ATTACHMENT_WORD}`, 'u');
