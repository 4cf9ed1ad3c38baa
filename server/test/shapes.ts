/** Builders for large synthetic texts, shared by the robustness tests and `npm run bench:scaling`. */
import { toChineseNumeral } from '../src/core';

/** A PRC Chinese numeral (up to 9,999; digits beyond, as toChineseNumeral writes them). */
export const cn = (i: number): string => toChineseNumeral(i, 'prc');

/** Distinct Han names for i = 1, 2, 3 … (乙, 丙 … 甲乙 …). */
export function hanName(i: number): string {
  const cs = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥';
  let s = '';
  for (let k = i; ; k = Math.floor(k / cs.length)) {
    s += cs[k % cs.length];
    if (k < cs.length) return s;
  }
}

/** `n` lines made by `line(1)` … `line(n)`, joined by `sep`. */
export const lines = (n: number, line: (i: number) => string, sep = '\n'): string => Array.from({ length: n }, (_, i) => line(i + 1)).join(sep);
