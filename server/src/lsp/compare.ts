/**
 * The comparison panel's content: the open document (the new version) against another version's text (the
 * old), rendered by the core (core/versions) so that the editor shows what `lexdraft compare` and
 * `lexdraft amend` write. The client only displays it.
 */
import { analyse, compareVersions, renderHtml, renderHtmlTable, renderMarkdown, summaryLine, tableTitle, writeInstrument, type AnalyseOptions, type Row } from '../core';
import type { CachedAnalysis } from './cache';
import type { CompareOutlineEntry, CompareReply } from '../protocol';

export function compareWith(entry: CachedAnalysis, otherText: unknown, options: AnalyseOptions): CompareReply {
  // Nothing to compare with: said, rather than a table of every article deleted.
  if (typeof otherText !== 'string' || otherText.trim() === '') return { ok: false, reason: 'empty-other' };
  // Only the structure is compared: the other version's references are never read.
  const before = analyse(otherText, { ...options, skipReferences: true });
  const after = entry.analysis;
  const table = compareVersions(before, after);
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
    instrument: writeInstrument(compareVersions(before, after, { unchanged: true })),
  };
}

function outlineEntry(row: Row, index: number): CompareOutlineEntry {
  if (row.type === 'heading') {
    const h = row.new ?? row.old;
    return { row: index, kind: 'heading', label: h ? `${h.label}${h.label && h.title ? ' ' : ''}${h.title}` : '', change: row.kind };
  }
  const refs = row.new.length ? row.new : row.old;
  return { row: index, kind: 'article', label: refs.map((r) => r.label).join('、'), change: row.kind };
}
