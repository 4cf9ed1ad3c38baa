/**
 * The comparison panel's content: the open document (the new version) against another version's text (the
 * old), rendered by the core (core/versions) so that the editor shows what `lexdraft compare` and
 * `lexdraft amend` write. The client only displays it.
 */
import { analyse, changesOnly, compareVersions, renderHtml, renderHtmlTable, renderMarkdown, summaryLine, tableTitle, writeInstrument, type AnalyseOptions, type Row } from '../core';
import type { CachedAnalysis } from './cache';
import { templateOf, wordWriter } from './word';
import type { CompareArgs, CompareDocxReply, CompareOutlineEntry, CompareReply } from '../protocol';

export function compareWith(entry: CachedAnalysis, otherText: unknown, options: AnalyseOptions): CompareReply {
  // Nothing to compare with: said, rather than a table of every article deleted.
  if (typeof otherText !== 'string' || otherText.trim() === '') return { ok: false, reason: 'empty-other' };
  // Only the structure is compared: the other version's references are never read.
  const before = analyse(otherText, { ...options, skipReferences: true });
  const after = entry.analysis;
  // Aligned once: the instrument reads every row, the table shows the changed ones.
  const full = compareVersions(before, after, { unchanged: true });
  const table = changesOnly(full);
  const render = { style: after.jurisdiction === 'tw' ? 'tw' : 'prc' } as const;
  const lines: Record<string, number> = {};
  for (const a of after.articles) lines[`${a.number}.${a.sub}`] ??= entry.lines.positionAt(a.spanStart).line;
  return {
    ok: true,
    title: tableTitle(table, render.style),
    summary: summaryLine(table.summary, render.style),
    table: renderHtmlTable(table, { ...render, anchors: true }),
    outline: table.rows.map(outlineEntry),
    lines,
    markdown: renderMarkdown(table, render),
    html: renderHtml(table, render),
    instrument: writeInstrument(full),
  };
}

/**
 * The table as a Word document on the GB/T 9704 page, as `lexdraft compare --format docx` writes it. The
 * writer is loaded only now (dist/word.js beside the server bundle): a session that never exports to Word
 * never starts it.
 */
export async function compareDocx(entry: CachedAnalysis, args: Partial<Pick<CompareArgs, 'otherText' | 'template' | 'templateName'>>, options: AnalyseOptions): Promise<CompareDocxReply> {
  const otherText: unknown = args.otherText;
  if (typeof otherText !== 'string' || otherText.trim() === '') return { ok: false, reason: 'empty-other' };
  try {
    const table = compareVersions(analyse(otherText, { ...options, skipReferences: true }), entry.analysis);
    const bytes = await wordWriter().wordTable(table, { style: entry.analysis.jurisdiction === 'tw' ? 'tw' : 'prc', template: await templateOf(args) });
    return { ok: true, docx: bytes.toString('base64') };
  } catch (err) {
    return { ok: false, reason: err instanceof Error ? err.message : String(err) };
  }
}

function outlineEntry(row: Row, index: number): CompareOutlineEntry {
  if (row.type === 'heading') {
    const h = row.new ?? row.old;
    return { row: index, kind: 'heading', label: h ? `${h.label}${h.label && h.title ? ' ' : ''}${h.title}` : '', change: row.kind };
  }
  const refs = row.new.length ? row.new : row.old;
  return { row: index, kind: 'article', label: refs.map((r) => r.label).join('、'), change: row.kind };
}
