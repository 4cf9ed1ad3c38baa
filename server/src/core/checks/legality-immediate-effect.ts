/**
 * legality.immediate-effect — a 规章 or 行政法规 that takes effect 自公布之日起 without the reason the
 * procedure regulations accept (国家安全、外汇汇率、货币政策, or that waiting would hinder it) in its article.
 */
import { clauses, paragraphStart } from '../legality/clauses';
import { detectInstrument, isRule } from '../legality/instrument';
import { REGULATION_EFFECT, RULE_EFFECT } from '../legality/sources';
import type { Check } from './types';

const AT_ONCE = /自(?:公布|发布)之日起施行/gu;
/**
 * Both procedure regulations, and their 30-day rule, took effect on 2002-01-01 (规章制定程序条例第四十一条,
 * 行政法规制定程序条例第四十条): a text made before then broke no rule by taking effect at once.
 */
const RULE_SINCE = '2002-01-01';
const REASON = /国家安全|外汇汇率|货币政策|有碍|不立即施行/u;

export const immediateEffect: Check = {
  id: 'legality.immediate-effect',
  title: { zh: '自公布之日起施行而未说明理由', en: 'Effective on publication without a stated reason' },
  defaultSeverity: 'information',
  run({ parsed, prose, options }, report) {
    const instrument = detectInstrument(parsed, options.instrumentType);
    if (!instrument) return;
    const source = isRule(instrument.type) ? RULE_EFFECT : instrument.type === 'administrativeRegulation' ? REGULATION_EFFECT : undefined;
    if (!source || (instrument.made !== undefined && instrument.made < RULE_SINCE)) return;
    for (const c of clauses(prose, AT_ONCE)) {
      const paragraph = paragraphStart(parsed.folded, c.sentence.start, Math.max(0, c.sentence.start - 300));
      if (REASON.test(parsed.folded.slice(paragraph, c.sentence.end))) continue;
      report({
        span: { start: c.at, end: c.at + c.m[0].length },
        message: {
          zh: `“${c.m[0]}”：一般应当自公布之日起30日后施行，立即施行须说明理由。${source.zh}`,
          en: `“${c.m[0]}”: the default is 30 days after publication; immediate effect needs a stated reason. ${source.en}`,
        },
      });
    }
  },
};
