/** numbering.book-sequence, numbering.chapter-sequence, numbering.section-sequence (STR-03…05). */
import type { StructureNode } from '../types';
import { checkSequence } from './sequence';
import type { Check, CheckContext } from './types';

function under(node: StructureNode, kind: StructureNode['kind']): StructureNode[] {
  const out: StructureNode[] = [];
  for (const c of node.children) {
    if (c.kind === kind) out.push(c);
    else if (c.kind === 'subbook' || c.kind === 'book') out.push(...under(c, kind));
  }
  return out;
}

export const bookSequence: Check = {
  id: 'numbering.book-sequence',
  title: { zh: '编、分编的序号应连续', en: 'Books and sub-books are numbered in sequence' },
  defaultSeverity: 'error',
  run({ parsed }, report) {
    const books = parsed.divisions.filter((d) => d.kind === 'book');
    checkSequence(books, { jurisdiction: parsed.jurisdiction, report });
    for (const b of books) checkSequence(b.children.filter((c) => c.kind === 'subbook'), { jurisdiction: parsed.jurisdiction, report });
  },
};

/** Chapters restart per book (民法典, 刑法) or run on (民事诉讼法); `auto` reads it off the second book. */
function chapterMode(ctx: CheckContext, books: StructureNode[]): 'continuous' | 'perBook' {
  const m = ctx.options.chapterNumbering;
  if (m === 'continuous' || m === 'perBook') return m;
  const second = books[1];
  const firstChapter = second ? under(second, 'chapter')[0] : undefined;
  return firstChapter && firstChapter.number === 1 ? 'perBook' : 'continuous';
}

export const chapterSequence: Check = {
  id: 'numbering.chapter-sequence',
  title: { zh: '章的序号应连续', en: 'Chapters are numbered in sequence' },
  defaultSeverity: 'error',
  run(ctx, report) {
    const { parsed } = ctx;
    const books = parsed.divisions.filter((d) => d.kind === 'book');
    const numbered = (list: StructureNode[]): StructureNode[] => list.filter((c) => c.number > 0);
    if (books.length > 0 && chapterMode(ctx, books) === 'perBook') {
      for (const b of books) checkSequence(numbered(under(b, 'chapter')), { jurisdiction: parsed.jurisdiction, report });
      const loose = parsed.children.filter((c) => c.kind === 'chapter' && c.number > 0);
      checkSequence(loose, { jurisdiction: parsed.jurisdiction, report });
      return;
    }
    checkSequence(numbered(parsed.divisions.filter((d) => d.kind === 'chapter')), {
      jurisdiction: parsed.jurisdiction,
      report,
      restartMessage: books.length > 0 ? undefined : { zh: '章的序号应连续，不应重新起算', en: 'Chapters must not restart at 1' },
    });
  },
};

export const sectionSequence: Check = {
  id: 'numbering.section-sequence',
  title: { zh: '节的序号在每章内连续', en: 'Sections are numbered in sequence within each chapter' },
  defaultSeverity: 'error',
  run({ parsed }, report) {
    for (const d of parsed.divisions) {
      if (d.kind === 'chapter') {
        checkSequence(d.children.filter((c) => c.kind === 'section'), { jurisdiction: parsed.jurisdiction, report });
      }
    }
    const orphans = parsed.divisions.filter((d) => d.kind === 'section' && !parsed.divisions.some((p) => p.kind === 'chapter' && p.children.includes(d)));
    for (const s of orphans) {
      report({ span: s.labelSpan, message: { zh: '节应设在章之下', en: 'A section must be inside a chapter' } });
    }
  },
};
