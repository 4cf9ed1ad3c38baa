/**
 * The 目录 after renumbering: when its entries match the headings one to one,
 * only changed numerals (and titles that differ) are edited; otherwise the entries are rebuilt from the
 * headings in the TOC's own spacing style, as one edit that asks for confirmation.
 */
import { stripSpaces } from '../text/chars';
import { foldScript } from '../text/fold';
import type { Analysis } from '../analysis';
import type { StructureNode, TextEdit, TocEntry } from '../types';
import { labelEdit, newLabelText } from './headings';
import type { Plan } from './plan';

const norm = (t: string): string => foldScript(stripSpaces(t.replace(/[*#_]/gu, '')));

export function tocEdits(a: Analysis, plan: Plan): TextEdit[] {
  const toc = a.toc;
  if (!toc || toc.entries.length === 0) return [];
  const body = a.divisions;
  const aligned =
    toc.articleEntries.length === 0 &&
    toc.entries.length === body.length &&
    toc.entries.every((e, i) => e.kind === (body[i] as StructureNode).kind && (e.number === 0) === ((body[i] as StructureNode).number === 0));
  if (aligned) {
    const edits: TextEdit[] = [];
    toc.entries.forEach((e, i) => {
      const d = body[i] as StructureNode;
      const l = plan.labels.get(d);
      const edit = l && e.number !== 0 ? labelEdit(a, { number: e.number, sub: e.sub, numeral: e.numeralSpan, numeralStyle: e.numeralStyle, subSpan: e.subSpan, labelEnd: e.span.start + e.label.length }, l) : undefined;
      if (edit) edits.push(edit);
      if (norm(e.title) !== norm(d.title) && e.number !== 0) edits.push({ span: e.titleSpan, newText: d.title });
    });
    return edits;
  }
  return [rebuild(a, plan, toc.entries)];
}

function rebuild(a: Analysis, plan: Plan, entries: readonly TocEntry[]): TextEdit {
  const first = entries[0] as TocEntry;
  const sep = first.number === 0 ? ' ' : a.text.slice(first.span.start + first.label.length, first.titleSpan.start) || ' ';
  const sectionEntry = entries.find((e) => e.kind === 'section');
  // A line ends at \n, \r\n or a lone \r (old Mac files): the rebuilt lines take the 目录's own break.
  const lineStart = (e: TocEntry): number => Math.max(a.text.lastIndexOf('\n', e.span.start - 1), a.text.lastIndexOf('\r', e.span.start - 1)) + 1;
  const indent = sectionEntry ? a.text.slice(lineStart(sectionEntry), sectionEntry.span.start) : '';
  const eol = lineBreakAfter(a.text, first.span.end);
  const lines = a.divisions.map((d) => {
    if (d.number === 0) return d.title;
    const label = newLabelText(a, d, plan);
    return `${d.kind === 'section' ? indent : ''}${label}${sep}${d.title}`;
  });
  const last = entries.reduce((m, e) => (e.span.end > m ? e.span.end : m), first.span.end);
  const articleEnds = (a.toc?.articleEntries ?? []).map((s) => s.end);
  const end = Math.max(last, ...articleEnds);
  return {
    span: { start: first.span.start, end },
    newText: lines.join(eol),
    confirm: { zh: '目录已按正文标题重建，请确认', en: 'The table of contents was rebuilt from the headings; please confirm' },
  };
}

/** The line break that ends the line running on from `from`: \r\n, \r or \n (\n when the text ends first). */
function lineBreakAfter(text: string, from: number): string {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return '\n';
    if (c === 13) return text.charCodeAt(i + 1) === 10 ? '\r\n' : '\r';
  }
  return '\n';
}
