/** Writing numbers back in the surface style of the text (drafting-rules §4.3 rendering rules). */
import { toChineseNumeral, type Jurisdiction, type NumeralStyle } from '../text/numerals';

const FULLWIDTH_ZERO = 0xff10;

/** `value` in the style the original numeral used: Chinese (canonical for the jurisdiction) or digits. */
export function renderNumeral(value: number, style: NumeralStyle, original: string, jurisdiction: Jurisdiction): string {
  if (style !== 'arabic') return toChineseNumeral(value, jurisdiction);
  const fullWidth = original.length > 0 && original.charCodeAt(0) >= FULLWIDTH_ZERO;
  const digits = String(value);
  return fullWidth ? [...digits].map((d) => String.fromCharCode(FULLWIDTH_ZERO + Number(d))).join('') : digits;
}

/** The 之N suffix for an inserted article, in the text's script convention. */
export function renderSub(sub: number, style: NumeralStyle, dashed: boolean, jurisdiction: Jurisdiction): string {
  if (dashed) return `-${sub}`;
  return `之${style === 'arabic' ? String(sub) : toChineseNumeral(sub, jurisdiction)}`;
}
