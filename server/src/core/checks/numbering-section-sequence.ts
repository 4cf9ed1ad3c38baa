/** numbering.section-sequence: 节 numbered 1, 2, 3 … within each 章, and only inside one. */
import { checkSequence } from './sequence';
import type { Check } from './types';
import { labelSpanOf } from '../parse/nodes';

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
