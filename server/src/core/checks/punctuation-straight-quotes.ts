/** punctuation.straight-quotes: straight quotes in Chinese text, fixed with the curly ones. */
import { isHan } from '../text/chars';
import { isCjk, proseMatches } from '../prose';
import type { Check } from './types';

const QUOTES: Readonly<Record<string, [string, string]>> = { '"': ['“', '”'], "'": ['‘', '’'] };

export const straightQuotes: Check = {
  id: 'punctuation.straight-quotes',
  reach: 'line',
  title: { zh: '中文中的直引号', en: 'Straight quotes in Chinese text' },
  defaultSeverity: 'warning',
  fix: { kind: 'replace', applicability: 'safe' },
  run({ parsed, prose }, report) {
    const s = parsed.source;
    // Quotes are paired within their line: collected per line from one pass over the prose.
    for (const [mark, [open, close]] of Object.entries(QUOTES)) {
      let line: number[] = [];
      let lineEnd = -1;
      const flush = (): void => {
        pairQuotes(s, mark, open, close, line, report);
        line = [];
      };
      for (const { at } of proseMatches(prose, mark === '"' ? /"/gu : /'/gu)) {
        if (isPrime(s, at)) continue;
        if (at > lineEnd) {
          flush();
          lineEnd = endOfLine(s, at);
        }
        line.push(at);
      }
      flush();
    }
  },
};

/** The end of the line holding `at` (the offset of its line break, or the end of the text). */
function endOfLine(s: string, at: number): number {
  // Read forward within the line: an indexOf for a break the text may not have would read to its end.
  let i = at;
  while (i < s.length && s.charCodeAt(i) !== 10 && s.charCodeAt(i) !== 13) i++;
  return i;
}

/**
 * The quotes `at` of one line, paired in order; a pair is Chinese when it encloses Han text (an apostrophe in
 * English never does) or, for double quotes, when Chinese stands right outside it.
 */
function pairQuotes(s: string, mark: string, open: string, close: string, at: readonly number[], report: Parameters<Check['run']>[1]): void {
  for (let k = 0; k + 1 < at.length; k += 2) {
    const a = at[k] as number;
    const b = at[k + 1] as number;
    const chinese = hasHan(s, a + 1, b) || (mark === '"' && (isCjk(s[a - 1]) || isCjk(s[b + 1])));
    if (!chinese) continue;
    report({ span: { start: a, end: a + 1 }, message: { zh: `中文中应改用弯引号 ${open}`, en: `Use the curly quote ${open} in Chinese text` }, data: { fix: open } });
    report({ span: { start: b, end: b + 1 }, message: { zh: `中文中应改用弯引号 ${close}`, en: `Use the curly quote ${close} in Chinese text` }, data: { fix: close } });
  }
  const last = at.length % 2 === 1 ? (at[at.length - 1] as number) : undefined;
  if (last !== undefined && mark === '"' && (isCjk(s[last - 1]) || isCjk(s[last + 1]))) {
    report({ span: { start: last, end: last + 1 }, message: { zh: '直引号没有配对，请改为“或”', en: 'Unpaired straight quote: use “ or ”' } });
  }
}

/**
 * A mark right after a one-character symbol — a Latin letter or digit standing alone at a line's start or after a
 * space, an operator or a mark — is a prime, not a quote: b' and b" in a formula and in the line saying what they
 * stand for (q=a．b"2, b"：……之最短距離). A quoted symbol ("a") or a word's last letter (称"标准A") still closes its
 * quote: a quote, a letter or Han stands before it.
 */
function isPrime(s: string, at: number): boolean {
  const before = s[at - 2] ?? '';
  return SYMBOL.test(s[at - 1] ?? '') && !/[A-Za-z0-9'"]/u.test(before) && !isHan(before);
}

const SYMBOL = /^[A-Za-z0-9]$/u;

function hasHan(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isHan(s[i])) return true;
  return false;
}
