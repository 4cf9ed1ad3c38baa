/** numbering.book-sequence: 编 and 分编 numbered 1, 2, 3 …. */
import { checkSequence } from './sequence';
import type { Check } from './types';

export const bookSequence: Check = {
  id: 'numbering.book-sequence',
  title: { zh: '编、分编的序号应连续', en: 'Books and sub-books are numbered in sequence' },
  defaultSeverity: 'error',
  fix: { kind: 'renumber' },
  run({ parsed, scopes }, report) {
    checkSequence(scopes.books, { jurisdiction: parsed.jurisdiction, report });
    for (const list of scopes.subbooks) checkSequence(list, { jurisdiction: parsed.jurisdiction, report });
  },
};
