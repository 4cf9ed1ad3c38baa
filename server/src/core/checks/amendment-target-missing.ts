/** amendment.target-missing — an instruction names an article, 款 or 项 the base text does not have. */
import type { Check } from './types';

export const amendmentTargetMissing: Check = {
  id: 'amendment.target-missing',
  title: { zh: '修改对象不存在', en: 'Amended unit missing from the base' },
  defaultSeverity: 'error',
  run({ amendments }, report) {
    for (const p of amendments.problems) if (p.kind === 'target-missing') report({ span: p.span, message: p.message });
  },
};
