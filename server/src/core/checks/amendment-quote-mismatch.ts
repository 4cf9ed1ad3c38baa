/** amendment.quote-mismatch — the words an instruction quotes are not in the unit it names. */
import type { Check } from './types';

export const amendmentQuoteMismatch: Check = {
  id: 'amendment.quote-mismatch',
  title: { zh: '引用的原文与基础文本不符', en: 'Quoted words not in the base' },
  defaultSeverity: 'error',
  run({ amendments }, report) {
    for (const p of amendments.problems) if (p.kind === 'quote-mismatch') report({ span: p.span, message: p.message });
  },
};
