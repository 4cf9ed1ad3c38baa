/** reference.dangling — an internal reference to an article, 款, 项 or division that does not exist (REF-01…03). */
import type { Check } from './types';

export const referenceDangling: Check = {
  id: 'reference.dangling',
  title: { zh: '引用的条、款、项不存在', en: 'Reference to a unit that does not exist' },
  defaultSeverity: 'error',
  run({ references }, report) {
    for (const ref of references) {
      if (ref.scope === 'external') continue;
      for (const el of ref.elements) {
        const problem = el.resolved?.problem;
        if (!problem) continue;
        report({ span: el.span, message: { zh: `引用错误：${problem.zh}`, en: `Broken reference: ${problem.en}` }, data: { reference: el.text } });
      }
    }
  },
};
