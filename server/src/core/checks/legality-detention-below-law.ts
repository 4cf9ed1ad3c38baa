/**
 * legality.detention-below-law — 拘留 (限制人身自由 as a penalty) set by anything below a 法律 (行政法规, 地方性法规, 规章);
 * a sentence that applies a superior law (依照《治安管理处罚法》…) does not set it.
 */
import { clauses, onConduct, quote } from '../legality/clauses';
import { detectInstrument } from '../legality/instrument';
import { DETENTION } from '../legality/sources';
import type { Check } from './types';

/**
 * 拘留 as a penalty the sentence imposes (处十日以下拘留, 并处行政拘留, 给予拘留): a person 被拘留 or 受到行政拘留,
 * a 拘留所, or a sentence that says who may impose it is no penalty set here.
 */
const DETAINS = /(?:处以?|并处|给予|予以)(?:[^。；，、\n]{0,10}?)(?:行政)?拘留(?!所|室)/gu;

export const detentionBelowLaw: Check = {
  id: 'legality.detention-below-law',
  title: { zh: '法律以外的文本设定拘留', en: 'Detention set below a law' },
  defaultSeverity: 'warning',
  run({ parsed, prose, options }, report) {
    const instrument = detectInstrument(parsed, options.instrumentType);
    if (!instrument || instrument.criminal || instrument.type === 'law') return;
    for (const c of clauses(prose, DETAINS)) {
      if (c.basis || c.subject || !onConduct(parsed.folded, c)) continue;
      report({
        span: { start: c.at + c.m[0].lastIndexOf('拘留'), end: c.at + c.m[0].length },
        message: {
          zh: `“${quote(parsed.source, c)}”设定了拘留（限制人身自由的行政处罚），又未写明依照的法律。${DETENTION.zh}`,
          en: `“${quote(parsed.source, c)}” sets detention (a penalty restricting personal freedom) without naming the law it applies. ${DETENTION.en}`,
        },
      });
    }
  },
};
