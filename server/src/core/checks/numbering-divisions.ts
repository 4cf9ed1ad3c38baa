/** numbering.book-sequence, numbering.chapter-sequence, numbering.section-sequence. */
import { checkSequence } from './sequence';
import type { Check } from './types';
import { labelSpanOf } from '../parse/nodes';

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

export const sectionSequence: Check = {
  id: 'numbering.section-sequence',
  title: { zh: '节的序号在每章内连续', en: 'Sections are numbered in sequence within each chapter' },
  defaultSeverity: 'error',
  fix: { kind: 'renumber' },
  run({ parsed, scopes }, report) {
    for (const list of scopes.sections) checkSequence(list, { jurisdiction: parsed.jurisdiction, report });
    const inChapter = new Set(scopes.sections.flat());
    for (const s of parsed.divisions) {
      if (s.kind === 'section' && !inChapter.has(s)) report({ span: labelSpanOf(s), message: { zh: '节应设在章之下', en: 'A section must be inside a chapter' } });
    }
  },
};
