/**
 * Chinese ordinal numerals as used in legislative labels (第十条, 第一百零一条, （三）).
 *
 * Parsing is lenient (〇, a missing 一 before 百/千, 两/兩, 壹贰叁 financial forms, ASCII and full-width
 * digits); rendering is canonical for the jurisdiction. Comparing the two tells whether a label is
 * written in the canonical form.
 */

import type { Jurisdiction, NumeralStyle } from '../types';

export type { Jurisdiction, NumeralStyle } from '../types';

export interface ParsedNumeral {
  value: number;
  style: NumeralStyle;
  /**
   * The numeral as the process first met it: one string for every label written so (a large code keeps
   * thousands of labels, and codes joined into one text many of each numeral), and the same string again in
   * the next version of the text.
   */
  raw: string;
}

const DIGITS: Readonly<Record<string, number>> = {
  // ○ (U+25CB) is how Taiwan copies write 〇 inside a numeral (一○ for 十); the classifier never lets it lead.
  零: 0, 〇: 0, '○': 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 貳: 2, 叁: 3, 參: 3, 肆: 4, 伍: 5, 陆: 6, 陸: 6, 柒: 7, 捌: 8, 玖: 9,
};
const UNITS: Readonly<Record<string, number>> = {
  十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000,
};
/** 廿 (twenty) and 卅 (thirty): one character for the tens, as older Taiwan texts number 廿一、 after 二十、. */
const TENS: Readonly<Record<string, number>> = { 廿: 20, 卅: 30 };
const FINANCIAL = /[壹贰貳叁參肆伍陆陸柒捌玖拾佰仟]/u;
const ARABIC = /^[0-9０-９]+$/u;

/** Characters that may appear in a Chinese numeral (for building patterns). */
export const CN_NUMERAL_CHARS = '零〇一二两兩三四五六七八九十百千壹贰貳叁參肆伍陆陸柒捌玖拾佰仟廿卅';

/** Digit characters accepted as Arabic numerals (ASCII and full-width). */
export const ARABIC_DIGIT_CLASS = '0-9０-９';

/**
 * Parses a numeral written in Chinese characters or Arabic digits.
 * Returns undefined for text that is not a well-formed numeral (no digits, unit out of order, > 99999).
 * Whitespace inside the numeral (Taiwan database layout `第 一 章`) must be removed by the caller.
 */
export function parseNumeral(raw: string): ParsedNumeral | undefined {
  if (raw.length === 0 || raw.length > 12) return undefined;
  // Labels repeat (every document counts 一, 二, 三 …): parsed once per process. The results are frozen.
  const known = PARSED.get(raw);
  if (known !== undefined) return known ?? undefined;
  if (PARSED.size >= PARSED_LIMIT) PARSED.clear();
  const value = parseUncached(raw);
  // Numerals are at most 12 characters: `raw` is a string of its own, never a slice holding a whole text.
  const p = value ? Object.freeze({ ...value, raw }) : undefined;
  PARSED.set(raw, p ?? null);
  return p;
}

const PARSED = new Map<string, Readonly<ParsedNumeral> | null>();
/** Bounds the memo: pasted text can hold any number of distinct would-be numerals. */
const PARSED_LIMIT = 20000;

function parseUncached(raw: string): Omit<ParsedNumeral, 'raw'> | undefined {
  if (ARABIC.test(raw)) {
    let v = 0;
    for (const ch of raw) {
      const c = ch.charCodeAt(0);
      v = v * 10 + (c >= 0xff10 ? c - 0xff10 : c - 0x30);
    }
    return v > 0 ? { value: v, style: 'arabic' } : undefined;
  }
  let total = 0;
  let pending = -1; // digit waiting for its unit; -1 = none
  let lastUnit = Infinity;
  let sawAny = false;
  for (const ch of raw) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      // 两 stands alone or before a unit, never as a positional digit: 第四两款 is 第四 and 两款, not 42.
      if ((ch === '两' || ch === '兩') && pending >= 0) return undefined;
      // Plain digit strings without units (一〇一) are tolerated as positional digits.
      if (pending >= 0 && pending !== 0) {
        if (lastUnit !== Infinity && lastUnit !== 1) return undefined;
        pending = pending * 10 + d;
        lastUnit = 1;
      } else {
        pending = d;
      }
      sawAny = true;
      continue;
    }
    const tens = TENS[ch];
    if (tens !== undefined) {
      // Only where 二十 could stand: first, or after a hundreds or thousands unit (一百廿一).
      if (pending >= 0 || lastUnit <= 10) return undefined;
      total += tens;
      lastUnit = 10;
      sawAny = true;
      continue;
    }
    const u = UNITS[ch];
    if (u === undefined) return undefined;
    if (u >= lastUnit) return undefined;
    total += (pending <= 0 ? 1 : pending) * u;
    pending = -1;
    lastUnit = u;
    sawAny = true;
  }
  if (!sawAny) return undefined;
  if (pending > 0) total += pending;
  if (total <= 0 || total > 99999) return undefined;
  return { value: total, style: FINANCIAL.test(raw) ? 'financial' : 'chinese' };
}

const CN_DIGITS = '零一二三四五六七八九';

/**
 * Renders n (1..9999; larger values as Arabic digits) in the canonical Chinese form: PRC 第一百一十条, Taiwan 第一百十條.
 */
export function toChineseNumeral(n: number, jurisdiction: Jurisdiction = 'prc'): string {
  if (!Number.isInteger(n) || n <= 0 || n > 9999) return String(n);
  const memo = RENDERED[jurisdiction];
  return (memo[n] ??= render(n, jurisdiction));
}

/** Rendered numerals by jurisdiction and value (at most 9,999 each). */
const RENDERED: Record<Jurisdiction, string[]> = { prc: [], tw: [] };

function render(n: number, jurisdiction: Jurisdiction): string {
  const units: readonly [number, string][] = [[1000, '千'], [100, '百'], [10, '十'], [1, '']];
  let out = '';
  let started = false;
  let pendingZero = false;
  let rest = n;
  for (const [v, u] of units) {
    const k = Math.floor(rest / v);
    rest %= v;
    if (k === 0) {
      if (started) pendingZero = true;
      continue;
    }
    if (pendingZero) {
      out += '零';
      pendingZero = false;
    }
    const dropOne = v === 10 && k === 1 && (!started || jurisdiction === 'tw');
    out += dropOne ? '十' : CN_DIGITS[k] + u;
    started = true;
  }
  return out;
}

/** True when `raw` is exactly the canonical Chinese form of its value for the jurisdiction. */
export function isCanonicalNumeral(raw: string, jurisdiction: Jurisdiction = 'prc'): boolean {
  const p = parseNumeral(raw);
  return p !== undefined && p.style === 'chinese' && toChineseNumeral(p.value, jurisdiction) === raw;
}
