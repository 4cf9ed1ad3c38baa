/** punctuation.list-comma: 、 before 等 or between adjacent 《titles》, fixed by deleting it. */
import { proseMatches } from '../prose';
import { ARABIC_DIGIT_CLASS, CN_NUMERAL_CHARS } from '../text/numerals';
import type { Check } from './types';

/** Words that start with 等 (等级, 等阶, 等次 …), read in the folded text so 等級 and 等階 count too. */
const WORD_FROM_DENG = /^等[级阶次第同候待价值额量效于距高]/u;

/** Whether the 《title》 at `at` is followed by 副本 / 正本 / 复印件 (a phrase of its own, not a bare title). */
function phraseAfterTitle(s: string, at: number): boolean {
  const close = s.indexOf('》', at);
  return close >= 0 && close - at < 100 && /^(?:副本|正本|复印件|原件)/u.test(s.slice(close + 1, close + 4));
}

/**
 * Whether the 、 at `at` closes an item label (五、 at the start of a line): the 等 after it begins the item's
 * text (五、等噪音線：…, 一、等分處置秘書一人), it does not end a list.
 */
function itemLabel(s: string, at: number): boolean {
  let i = at;
  while (i > 0 && ITEM_NUMERAL.test(s[i - 1] as string)) i--;
  if (i === at) return false;
  while (i > 0 && (s[i - 1] === ' ' || s[i - 1] === '\t' || s[i - 1] === '\u3000')) i--;
  return i === 0 || s[i - 1] === '\n' || s[i - 1] === '\r';
}

const ITEM_NUMERAL = new RegExp(`[${CN_NUMERAL_CHARS}${ARABIC_DIGIT_CLASS}]`, 'u');

export const listComma: Check = {
  id: 'punctuation.list-comma',
  reach: 'line',
  title: { zh: '顿号误用（“等”前、并列书名号间）', en: 'Enumeration comma before 等 or between titles' },
  defaultSeverity: 'warning',
  fix: { kind: 'replace', applicability: 'safe' },
  run({ parsed, prose }, report) {
    // 、 before 等, or between 》 and 《 (the 》 checked on the match: a lookbehind would run at every position).
    for (const { at } of proseMatches(prose, /、(?=[等《])/gu)) {
      const beforeDeng = parsed.source[at + 1] === '等';
      if (!beforeDeng && parsed.source[at - 1] !== '》') continue;
      // 面积、等级 / 等階: 等 starts the next word of the list; 《执照》、《执照》副本: the second title is part of a phrase.
      if (beforeDeng ? WORD_FROM_DENG.test(parsed.folded.slice(at + 1, at + 3)) || itemLabel(parsed.source, at) : phraseAfterTitle(parsed.source, at + 1)) continue;
      report({
        span: { start: at, end: at + 1 },
        message: beforeDeng ? { zh: '“等”前不用顿号', en: 'No 、 before 等' } : { zh: '并列书名号之间不用顿号', en: 'No 、 between adjacent 《titles》' },
        data: { fix: '' },
      });
    }
  },
};
