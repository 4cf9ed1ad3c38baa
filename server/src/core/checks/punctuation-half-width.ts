/**
 * punctuation.half-width — , ; : ? ! ( ) in Chinese text → full width. Not in numbers,
 * URLs, e-mail addresses, Latin runs, pinyin annotations (text.pinyin-annotation removes those) or
 * encoding damage (text.mojibake).
 */
import { isCjk, proseMatches } from '../prose';
import { hasBoxDrawing } from '../text/chars';
import type { Check } from './types';

const FULL: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
const MARK = /[,;:?!()]/gu;
const URLISH = /(?:https?:\/\/|www\.)[^\s，。；、）]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;

export const halfWidth: Check = {
  id: 'punctuation.half-width',
  reach: 'line',
  title: { zh: '中文语境中的半角标点', en: 'Half-width punctuation in Chinese text' },
  defaultSeverity: 'warning',
  fix: { kind: 'replace', applicability: 'safe' },
  run({ parsed, prose }, report) {
    const s = parsed.source;
    // Pinyin annotations (text.pinyin-annotation removes them whole), URLs and e-mail addresses are not prose.
    const skipped = new Set<number>();
    const skip = (start: number, end: number): void => {
      for (let i = start; i < end; i++) skipped.add(i);
    };
    for (const p of prose.pinyin()) skip(p.start, p.end);
    // A `?` standing for a lost byte belongs to text.mojibake, and so does the damaged text around it.
    for (const d of prose.damage()) skip(Math.max(0, d.start - 1), d.end + 1);
    for (const { at, m } of proseMatches(prose, URLISH)) skip(at, at + m[0].length);
    // The last `(`, and the start of the line of the last place looked at (advanced forward only, so the
    // text between marks is read at most once), for a `)` whose neighbours are not Chinese.
    let open = -1;
    // Prose ranges begin at line starts (and a re-analysed line is one): start reading at the first.
    let lineStart = prose.ranges[0]?.start ?? 0;
    let seen = lineStart;
    // A row of a table drawn with box characters (│ (註 2) │) is laid out by character cells: a full-width mark
    // there would push the border out of line, and the half-width one is the layout's, not a slip.
    let rowEnd = -1;
    let inDrawnRow = false;
    for (const { at: i, m } of proseMatches(prose, MARK)) {
      const ch = m[0];
      if (ch === '(') open = i;
      const full = FULL[ch] as string;
      if (skipped.has(i)) continue;
      if (i >= rowEnd) {
        const eol = s.indexOf('\n', i);
        rowEnd = eol < 0 ? s.length : eol;
        inDrawnRow = hasBoxDrawing(s, s.lastIndexOf('\n', i) + 1, rowEnd);
      }
      if (inDrawnRow) continue;
      // Chinese on at least one side; a closing parenthesis also counts what its opening one encloses.
      let chinese = isCjk(s[i - 1]) || isCjk(s[i + 1]);
      if (!chinese && ch === ')' && open >= 0) {
        for (; seen < i; seen++) {
          const c = s.charCodeAt(seen);
          if (c === 10 || c === 13) lineStart = seen + 1;
        }
        chinese = open >= lineStart && isCjk(s[open + 1]);
      }
      if (!chinese) continue;
      report({ span: { start: i, end: i + 1 }, message: { zh: `中文中应使用全角“${full}”`, en: `Use the full-width “${full}” in Chinese text` }, data: { fix: full } });
    }
  },
};
