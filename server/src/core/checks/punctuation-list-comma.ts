/** punctuation.list-comma: 、 before 等 or between adjacent 《titles》, fixed by deleting it. */
import { proseMatches } from '../prose';
import { ARABIC_DIGIT_CLASS, CN_NUMERAL_CHARS } from '../text/numerals';
import type { Check } from './types';

/**
 * Whether the 等 after a 、 closes the list (、等。 ／ 、等事項 ／ 、等單位): then it is "etc.", and the 、 goes. What
 * follows it says so — a mark, 之 / 的, or a word that sums the list up — read in the folded text. Anything else
 * is a word of the list that begins with 等 (面積、等級, 地目、等則, 經緯度、等深線, 廠商資格、等標期, 停车、等车),
 * a list no dictionary closes. A line's end says nothing: a hard wrap may cut 等 / 則.
 */
const CLOSES_LIST =
  /^等(?:\p{P}|[之的等各]|事项|项目|情形|情况|规定|相关|有关|其他|其它|方面|内容|资料|文件|因素|行为|活动|工作|费用|单位|部门|机关|机构|人员|措施|手续|证件|材料|物品|设施|设备|领域|行业|问题|方式|形式|条件|要求|信息)/u;

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
      // 面积、等级 / 等則: 等 starts the next word of the list; 《执照》、《执照》副本: the second title is part of a phrase.
      if (beforeDeng ? !CLOSES_LIST.test(parsed.folded.slice(at + 1, at + 4)) || itemLabel(parsed.source, at) : phraseAfterTitle(parsed.source, at + 1)) continue;
      report({
        span: { start: at, end: at + 1 },
        message: beforeDeng ? { zh: '“等”前不用顿号', en: 'No 、 before 等' } : { zh: '并列书名号之间不用顿号', en: 'No 、 between adjacent 《titles》' },
        data: { fix: '' },
      });
    }
  },
};
