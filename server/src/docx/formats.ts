/**
 * Word's number formats (w:numFmt, ST_NumberFormat of ECMA-376 Part 1): a counter's value as the list label shows it.
 * Those seen in Chinese drafts and the common Western ones; any other reads as decimal, and says so.
 */
import { toChineseNumeral } from '../core/text/numerals';

const IDEOGRAPH_DIGITS = '〇一二三四五六七八九';
const LEGAL_SIMPLIFIED: Readonly<Record<string, string>> = { 一: '壹', 二: '贰', 三: '叁', 四: '肆', 五: '伍', 六: '陆', 七: '柒', 八: '捌', 九: '玖', 十: '拾', 百: '佰', 千: '仟' };
const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

/** Chinese counting (一 … 十 十一 … 二十 … 一百零一 …); nought is 〇. */
function counting(n: number, jurisdiction: 'prc' | 'tw'): string {
  return n === 0 ? '〇' : toChineseNumeral(n, jurisdiction);
}

/** ①–⑳, then ㉑–㉟ and ㊱–㊿; past fifty, decimal. */
function circled(n: number): string {
  if (n >= 1 && n <= 20) return String.fromCharCode(0x2460 + n - 1);
  if (n >= 21 && n <= 35) return String.fromCharCode(0x3251 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCharCode(0x32b1 + n - 36);
  return String(n);
}

/** a … z, then aa … zz, as Word repeats the letter. */
function letters(n: number): string {
  if (n <= 0) return String(n);
  return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: readonly [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  let rest = n;
  for (const [v, s] of table) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

const FORMATS: Readonly<Record<string, (n: number) => string>> = {
  decimal: String,
  decimalHalfWidth: String,
  decimalZero: (n) => (n >= 0 && n < 10 ? `0${n}` : String(n)),
  decimalFullWidth: (n) => String(n).replace(/\d/gu, (d) => String.fromCharCode(0xff10 + Number(d))),
  decimalFullWidth2: (n) => String(n).replace(/\d/gu, (d) => String.fromCharCode(0xff10 + Number(d))),
  decimalEnclosedCircle: circled,
  decimalEnclosedCircleChinese: circled,
  decimalEnclosedParen: (n) => (n >= 1 && n <= 20 ? String.fromCharCode(0x2474 + n - 1) : `(${n})`),
  decimalEnclosedFullstop: (n) => (n >= 1 && n <= 20 ? String.fromCharCode(0x2488 + n - 1) : `${n}.`),
  chineseCounting: (n) => counting(n, 'prc'),
  chineseCountingThousand: (n) => counting(n, 'prc'),
  japaneseCounting: (n) => counting(n, 'prc'),
  taiwaneseCounting: (n) => counting(n, 'tw'),
  taiwaneseCountingThousand: (n) => counting(n, 'tw'),
  chineseLegalSimplified: (n) => counting(n, 'prc').replace(/[一二三四五六七八九十百千]/gu, (c) => LEGAL_SIMPLIFIED[c] ?? c),
  ideographDigital: (n) => String(n).replace(/\d/gu, (d) => IDEOGRAPH_DIGITS[Number(d)] ?? d),
  taiwaneseDigital: (n) => String(n).replace(/\d/gu, (d) => IDEOGRAPH_DIGITS[Number(d)] ?? d),
  ideographTraditional: (n) => (n >= 1 ? (STEMS[(n - 1) % 10] ?? '') : String(n)),
  ideographZodiac: (n) => (n >= 1 ? (BRANCHES[(n - 1) % 12] ?? '') : String(n)),
  lowerLetter: letters,
  upperLetter: (n) => letters(n).toUpperCase(),
  lowerRoman: roman,
  upperRoman: (n) => roman(n).toUpperCase(),
  none: () => '',
};

/**
 * The number as `format` writes it; undefined for a format not known here (the caller falls back to decimal).
 * `decimalZeroN` is a decimal padded to N digits, what a custom format such as "001, 002, 003, ..." asks.
 */
export function formatNumber(n: number, format: string): string | undefined {
  const padded = /^decimalZero(\d)$/u.exec(format);
  if (padded) return String(n).padStart(Number(padded[1]), '0');
  const f = FORMATS[format];
  return f ? f(n) : undefined;
}
