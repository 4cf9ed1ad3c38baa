/** Writing numbers back in the surface style of the text. */
import { toChineseNumeral, type Jurisdiction, type NumeralStyle } from '../text/numerals';

const FULLWIDTH_ZERO = 0xff10;

/**
 * `value` in the style the original numeral used: Chinese (canonical for the jurisdiction) or digits, laid
 * out as the original was written (its spaces kept, see `keepSpaces`).
 */
export function renderNumeral(value: number, style: NumeralStyle, original: string, jurisdiction: Jurisdiction): string {
  if (style !== 'arabic') return keepSpaces(toChineseNumeral(value, jurisdiction), original);
  const fullWidth = original.length > 0 && original.charCodeAt(0) >= FULLWIDTH_ZERO;
  const digits = String(value);
  return keepSpaces(fullWidth ? [...digits].map((d) => String.fromCharCode(FULLWIDTH_ZERO + Number(d))).join('') : digits, original);
}

const SPACE_RUN = /[ \u3000]+/gu;

/**
 * A renumbering changes digits, not the spaces the drafter left in a numeral: the Taiwan database layout
 * 第 十 二 章 (the same space between every two characters) stays spaced throughout (第 十 三 章); a stray
 * space (第二十 二条, often U+3000) stays where it stands, the new characters filling the places of the old
 * ones in order (第二十 三条), the surplus after the last of them; a space with no character left after it
 * goes with them.
 */
function keepSpaces(numeral: string, original: string): string {
  const gaps = original.match(SPACE_RUN);
  if (!gaps) return numeral;
  const slots = original.split(SPACE_RUN);
  const chars = [...numeral];
  if (slots.every((s) => s.length === 1) && gaps.every((g) => g === gaps[0])) return chars.join(gaps[0]);
  let next = 0;
  let out = '';
  slots.forEach((slot, i) => {
    const take = i === slots.length - 1 ? chars.length - next : Math.min(slot.length, chars.length - next);
    if (take > 0) out += (i > 0 && next > 0 ? (gaps[i - 1] as string) : '') + chars.slice(next, next + take).join('');
    next += take;
  });
  return out;
}

/** The 之N suffix for an inserted article, in the text's script convention. */
export function renderSub(sub: number, style: NumeralStyle, dashed: boolean, jurisdiction: Jurisdiction): string {
  if (dashed) return `-${sub}`;
  return `之${style === 'arabic' ? String(sub) : toChineseNumeral(sub, jurisdiction)}`;
}
