/** legality.rule-named-regulation — a 规章 whose title ends in 条例: that name is kept for 法规. */
import { detectInstrument, isRule } from '../legality/instrument';
import { RULE_NAME } from '../legality/sources';
import type { Check } from './types';

const NAMED = /条例(?=\s*(?:[（(][^）)]*[）)])?\s*$)/u;

export const ruleNamedRegulation: Check = {
  id: 'legality.rule-named-regulation',
  title: { zh: '规章称“条例”', en: 'Rule named 条例' },
  defaultSeverity: 'warning',
  run({ parsed, options }, report) {
    const instrument = detectInstrument(parsed, options.instrumentType);
    if (!instrument || !isRule(instrument.type) || !parsed.title) return;
    const { span } = parsed.title;
    const m = NAMED.exec(parsed.folded.slice(span.start, span.end));
    if (!m) return;
    const at = span.start + (m.index ?? 0);
    report({
      span: { start: at, end: at + 2 },
      message: { zh: `规章的名称不得称“条例”，宜称“规定”或“办法”。${RULE_NAME.zh}`, en: `A rule may not be named 条例; name it 规定 or 办法. ${RULE_NAME.en}` },
    });
  },
};
