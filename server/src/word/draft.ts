/**
 * A draft as an official Word document (`lexdraft export`, docs/export.md): one paragraph per line of the
 * text, in order, styled by what the analysis says the line is — the title, the （草案） note under it, the
 * 目录, a 编 / 分编 / 章 / 节 heading, an article (its label 黑体), or body text (款, 项, 目, …). Blank lines
 * are left out: spacing is the layout's.
 */
import { Paragraph, TextRun } from 'docx';
import type { Analysis, DivisionKind } from '../core';
import { pack } from './layout';
import type { Template } from './template';

const HEADING: Record<DivisionKind, string> = { book: 'Heading1', subbook: 'Heading2', chapter: 'Heading3', section: 'Heading4' };

/** The note a draft's stage puts under its title: （草案）, （征求意见稿）, （修订草案）… */
const DRAFT_NOTE = /^[（(][^（()）]{0,12}(?:草案|稿)[^（()）]{0,6}[)）]$/;

/** The 0-based line of an offset (a binary search of the line starts). */
function lineOf(lineStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lineStarts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function wordDraft(a: Analysis, template?: Template): Promise<Buffer> {
  const { text, lineStarts } = a;
  const styleOf = new Map<number, string>();
  const labelEnd = new Map<number, number>();
  const titleLine = a.title ? lineOf(lineStarts, a.title.span.start) : -1;
  if (a.title) styleOf.set(titleLine, 'Title');
  if (a.toc) {
    styleOf.set(lineOf(lineStarts, a.toc.headerSpan.start), 'Heading3');
    for (const e of a.toc.entries) styleOf.set(e.line, 'BodyText');
  }
  for (const d of a.divisions) styleOf.set(d.line, HEADING[d.kind as DivisionKind]);
  for (const art of a.articles) labelEnd.set(art.line, art.labelEnd);

  const paragraphs: Paragraph[] = [];
  for (let i = 0; i < lineStarts.length; i++) {
    const start = lineStarts[i] as number;
    const line = text.slice(start, i + 1 < lineStarts.length ? (lineStarts[i + 1] as number) : text.length).replace(/\r\n?$|\n$/, '');
    if (line.trim() === '') continue;
    const end = labelEnd.get(i);
    if (end !== undefined && end > start) {
      paragraphs.push(new Paragraph({ style: 'BodyText', children: [new TextRun({ text: line.slice(0, end - start), style: 'ArticleLabel' }), new TextRun(line.slice(end - start))] }));
      continue;
    }
    const style = styleOf.get(i) ?? (i === titleLine + 1 && DRAFT_NOTE.test(line.trim()) ? 'Subtitle' : 'BodyText');
    paragraphs.push(new Paragraph({ style, children: [new TextRun(line)] }));
  }
  return pack(a.title?.text ?? '', paragraphs, template);
}
