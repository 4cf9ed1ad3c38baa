/** numbering.chapter-sequence: 章 numbered 1, 2, 3 …, per 编 or running on. */
import { checkSequence } from './sequence';
import type { Check } from './types';

/** Chapters restart per book (民法典, 刑法) or run on (民事诉讼法); see scopes.ts for how `auto` decides. */
export const chapterSequence: Check = {
  id: 'numbering.chapter-sequence',
  title: { zh: '章的序号应连续', en: 'Chapters are numbered in sequence' },
  defaultSeverity: 'error',
  fix: { kind: 'renumber' },
  run({ parsed, scopes }, report) {
    const restart = scopes.books.length === 0 ? { zh: '章的序号应连续，不应重新起算', en: 'Chapters must not restart at 1' } : undefined;
    for (const list of scopes.chapters) checkSequence(list, { jurisdiction: parsed.jurisdiction, report, restartMessage: restart });
  },
};
