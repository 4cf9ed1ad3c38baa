/**
 * Whether a text is one book of a code, read from its title: `<code>第N编<name>` (民法第二編債, 民法第四编亲属). The
 * Legislative Yuan keeps the Taiwan Civil Code as one text per book; a book numbers its articles on from the book
 * before (債編 opens at 第一百五十三條) and cites the other books' articles bare (第七十一條 in 債編 is book one's).
 * Only the title says so: a code's own 第一编 heading in the body names no book of another text. PRC copies split by
 * book (民法典 合同编) keep the code's title and put the book in a heading of its own, so no PRC text in the corpus or
 * the library reads so today; the title is read folded, for both all the same.
 */
import { foldScript } from '../text/fold';
import { CN_NUMERAL_CHARS } from '../text/numerals';

const BOOK_OF_CODE_TITLE = new RegExp(`^[\\u4e00-\\u9fff]{1,20}?(?:法典|法|条例)[ \\u3000]*第[${CN_NUMERAL_CHARS}0-9]+编[ \\u3000]*[\\u4e00-\\u9fff]{1,10}$`, 'u');

export function isBookOfCode(title: string | undefined): boolean {
  return title !== undefined && BOOK_OF_CODE_TITLE.test(foldScript(title));
}
