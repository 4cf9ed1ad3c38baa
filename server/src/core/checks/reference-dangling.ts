/** reference.dangling — an internal reference to an article, 款, 项 or division that does not exist. */
import { markedAt } from '../renumber/mark';
import type { Check } from './types';

export const referenceDangling: Check = {
  id: 'reference.dangling',
  title: { zh: '引用的条、款、项不存在', en: 'Reference to a unit that does not exist' },
  defaultSeverity: 'error',
  run({ parsed, references }, report) {
    for (const ref of references) {
      if (ref.scope === 'external') continue;
      for (const el of ref.elements) {
        const problem = el.resolved?.problem;
        // A reference marked 〔原条文已删除〕 is reference.deleted-target's, not reported twice.
        if (!problem || markedAt(parsed.folded, Math.max(el.span.end, el.rangeEnd?.span.end ?? 0))) continue;
        report({ span: el.span, message: { zh: `引用错误：${problem.zh}`, en: `Broken reference: ${problem.en}` }, data: { reference: el.text } });
      }
    }
  },
};
