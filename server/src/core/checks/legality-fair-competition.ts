/**
 * legality.fair-competition — words that favour local operators or keep others out (本地企业优先, 限制外地
 * 商品, 指定经营者): the fair competition review every 地方性法规 and 规章 draft goes through asks about them.
 * A prompt for the reviewer, not a verdict: a superior law may allow it.
 */
import { clauses, quote } from '../legality/clauses';
import { detectInstrument, isLocalRegulation, isRule } from '../legality/instrument';
import { FAIR_COMPETITION } from '../legality/sources';
import type { Check } from './types';

const LOCAL = '(?:本地|本市|本省|本区|本县|本自治区)';
const OPERATOR = '(?:企业|经营者|生产者|供应商|产品|商品)';
const FAVOURS = new RegExp(
  [
    `优先(?:采购|使用|选用|购买|选择)${LOCAL}[^。；，\\n]{0,10}?${OPERATOR}`,
    `${LOCAL}${OPERATOR}[^。；，\\n]{0,6}?优先`,
    `(?:限制|排斥|阻碍)外地(?:或者进口)?${OPERATOR}`,
    `外地${OPERATOR}[^。；，\\n]{0,10}?(?:不得进入|禁止进入|限制进入)`,
    `限定[^。；，\\n]{0,10}?(?:购买|使用|经营)[^。；，\\n]{0,10}?(?:指定|特定)${OPERATOR}`,
  ].join('|'),
  'gu',
);

const FORBIDS = /不得|禁止|严禁|不应/u;

export const fairCompetition: Check = {
  id: 'legality.fair-competition',
  title: { zh: '可能排除、限制竞争的内容', en: 'Content that may restrict competition' },
  defaultSeverity: 'hint',
  run({ parsed, prose, options }, report) {
    const instrument = detectInstrument(parsed, options.instrumentType);
    if (!instrument || !(isLocalRegulation(instrument.type) || isRule(instrument.type))) return;
    for (const c of clauses(prose, FAVOURS)) {
      // 不得…限制外地商品进入本地市场 forbids what the review asks about, and so does 不得…实施下列限制竞争行为： for its items.
      if (FORBIDS.test(parsed.folded.slice(c.sentence.start, c.at)) || FORBIDS.test(c.leadIn)) continue;
      report({
        span: { start: c.at, end: c.at + c.m[0].length },
        message: {
          zh: `“${quote(parsed.source, c)}”可能排除、限制公平竞争，请进行公平竞争审查。${FAIR_COMPETITION.zh}`,
          en: `“${quote(parsed.source, c)}” may restrict fair competition; put it through the fair competition review. ${FAIR_COMPETITION.en}`,
        },
      });
    }
  },
};
