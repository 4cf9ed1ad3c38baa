/**
 * The numerals labels are written with, as pieces of the label patterns (classify.ts and the item labels the tree
 * asks for, item-labels.ts), and the token read from one. Written once so that every label reads its numeral alike.
 */
import { WS_CLASS } from '../text/chars';
import { ARABIC_DIGIT_CLASS, CN_NUMERAL_CHARS, parseNumeral, type NumeralStyle } from '../text/numerals';

/** A space of any width, and a numeral's character (Chinese or a digit). */
export const WS = `[${WS_CLASS}]`;
export const NUMCH = `[${CN_NUMERAL_CHARS}${ARABIC_DIGIT_CLASS}]`;
/** A numeral that may carry spaces between its characters (Taiwan database layout `第 一 章`). */
export const NUM = `${NUMCH}(?:(?:${NUMCH}|[ \\u3000])*${NUMCH})?`;
// ○ (a drawn circle) stands for 〇 inside a numeral in Taiwan copies (一○、 is item 十), never first: ○○ is a blank.
export const CN = `[${CN_NUMERAL_CHARS}][${CN_NUMERAL_CHARS}○]*`;
/** The plain numeral characters, and the formal ones (壹贰叁, 陆 …) that are CN_NUMERAL_CHARS' others. */
export const PLAIN_CHARS = '零〇一二两兩三四五六七八九十百千廿卅';
const FORMAL_CHARS = [...CN_NUMERAL_CHARS].filter((c) => !PLAIN_CHARS.includes(c)).join('');
/**
 * A Chinese numeral a label may pad with spaces (the Taiwan database aligns 三  十、 under 二十九、). The pieces of
 * one padded numeral are all plain or all formal: in 一  陸、海、空 the 陸 is the first word of item 一's text
 * (land, sea and air), not a digit 6 of a label 一陸.
 * A padded numeral holds a unit (三  十, 十  一): 一  一、二等航行員 is label 一, two spaces, and text that opens with
 * 一、二等 (first and second class) — digit by digit, 一一 or 二一, no label writes its number.
 */
export const PADDED_CN = `(?:[${PLAIN_CHARS}][${PLAIN_CHARS}○]*|(?=[${PLAIN_CHARS}○ \u3000]*[十百千廿卅])[${PLAIN_CHARS}][${PLAIN_CHARS}○]*(?:[ \u3000]+[${PLAIN_CHARS}][${PLAIN_CHARS}○]*)+|[${FORMAL_CHARS}][${FORMAL_CHARS}○]*|(?=[${FORMAL_CHARS}○ \u3000]*[拾佰仟])[${FORMAL_CHARS}][${FORMAL_CHARS}○]*(?:[ \u3000]+[${FORMAL_CHARS}][${FORMAL_CHARS}○]*)+|${CN})`;

export interface NumeralToken {
  /** As written, with inner spaces removed. */
  raw: string;
  value: number;
  style: NumeralStyle;
  /** Offsets in the line. */
  start: number;
  end: number;
}

/** The numeral a label writes from `start` of its line, spaces inside it dropped; undefined when it reads as none. */
export function numeralToken(raw: string, start: number): NumeralToken | undefined {
  // Spaces inside a numeral (第 十 条) are rare: no replace() per label without them.
  const compact = raw.includes(' ') || raw.includes('\u3000') ? raw.replace(/[ \u3000]/gu, '') : raw;
  const p = parseNumeral(compact);
  if (!p) return undefined;
  return { raw: p.raw, value: p.value, style: p.style, start, end: start + raw.length };
}
