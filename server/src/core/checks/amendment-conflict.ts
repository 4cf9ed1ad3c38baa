/** amendment.conflict — two instructions change the same words of the base (delete then modify, two replacements). */
import type { Check } from './types';

export const amendmentConflict: Check = {
  id: 'amendment.conflict',
  title: { zh: '修改事项相互冲突', en: 'Conflicting instructions' },
  defaultSeverity: 'error',
  run({ amendments }, report) {
    for (const p of amendments.problems) {
      if (p.kind !== 'conflict') continue;
      const related = p.other ? [{ span: p.other, message: { zh: '与此项修改冲突', en: 'The instruction it conflicts with' } }] : undefined;
      report({ span: p.span, message: p.message, related });
    }
  },
};
