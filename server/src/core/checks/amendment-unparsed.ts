/** amendment.unparsed — a clause of the instrument that `lexdraft apply` does not understand, so does not apply. */
import type { Check } from './types';

export const amendmentUnparsed: Check = {
  id: 'amendment.unparsed',
  title: { zh: '未能识别的修改事项', en: 'Instruction not understood' },
  defaultSeverity: 'information',
  run({ amendments }, report) {
    for (const span of amendments.unparsed) {
      report({ span, message: { zh: '未能识别此项修改，应用修改时未执行，请人工核对', en: 'This instruction was not understood and is not applied: check it by hand' } });
    }
  },
};
