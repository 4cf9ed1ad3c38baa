/** Folding, selection ranges and workspace symbols from the structure tree. */
import { FoldingRangeKind, type FoldingRange, type Position, type SelectionRange, SymbolKind, type WorkspaceSymbol } from 'vscode-languageserver';
import { foldScript, headings, labelSpanOf, nodeAt, referenceAt, spanOf, textSpanOf, type StructureNode } from '../core';
import type { CachedAnalysis } from './cache';

const FOLDED = new Set<StructureNode['kind']>(['book', 'subbook', 'chapter', 'section', 'article']);

export function foldingRanges(entry: CachedAnalysis): FoldingRange[] {
  const out: FoldingRange[] = [];
  for (const n of headings(entry.analysis)) {
    if (!FOLDED.has(n.kind)) continue;
    const start = entry.lines.positionAt(n.labelStart).line;
    const end = entry.lines.positionAt(n.spanEnd).line;
    if (end > start) out.push({ startLine: start, endLine: end, kind: FoldingRangeKind.Region, collapsedText: `${n.label}${n.title ? ` ${n.title}` : ''}` });
  }
  const toc = entry.analysis.toc;
  if (toc && toc.entries.length > 0) {
    const start = entry.lines.positionAt(toc.headerSpan.start).line;
    const end = entry.lines.positionAt(toc.entries.reduce((max, e) => Math.max(max, e.span.end), 0)).line;
    if (end > start) out.push({ startLine: start, endLine: end, kind: FoldingRangeKind.Region, collapsedText: '目录' });
  }
  return out;
}

/** Reference element → reference → 款/项 text → article → 节 → 章 → 编 → document. */
export function selectionRanges(entry: CachedAnalysis, positions: readonly Position[]): SelectionRange[] {
  return positions.map((pos) => {
    const offset = entry.lines.offsetAt(pos);
    const spans: { start: number; end: number }[] = [{ start: 0, end: entry.analysis.text.length }];
    for (const n of nodeAt(entry.analysis, offset)) {
      spans.push(spanOf(n));
      if (n.kind === 'paragraph' || n.kind === 'item' || n.kind === 'subitem') spans.push(textSpanOf(n));
    }
    const hit = referenceAt(entry.analysis, offset);
    if (hit) {
      spans.push(hit.ref.span);
      if (hit.element) spans.push(hit.element.span);
    }
    let parent: SelectionRange | undefined;
    let last = { start: -1, end: -1 };
    for (const s of spans) {
      if (s.start === last.start && s.end === last.end) continue;
      if (s.start > offset || s.end < offset) continue;
      parent = { range: entry.lines.range(s), parent };
      last = s;
    }
    return parent ?? { range: entry.lines.range({ start: offset, end: offset }) };
  });
}

const KIND: Partial<Record<StructureNode['kind'], SymbolKind>> = {
  book: SymbolKind.Namespace, subbook: SymbolKind.Namespace, chapter: SymbolKind.Module, section: SymbolKind.Class, article: SymbolKind.Field,
};

/** Headings of every open draft whose label or title contains the query (script folded). */
export function workspaceSymbols(entries: readonly CachedAnalysis[], query: string): WorkspaceSymbol[] {
  const q = foldScript(query.replace(/\s+/gu, ''));
  const out: WorkspaceSymbol[] = [];
  for (const e of entries) {
    const title = e.analysis.title?.text;
    for (const n of headings(e.analysis)) {
      const kind = KIND[n.kind];
      if (kind === undefined) continue;
      const name = `${n.label}${n.title ? ` ${n.title}` : ''}`.trim();
      if (q && !foldScript(name.replace(/\s+/gu, '')).includes(q)) continue;
      out.push({ name, kind, containerName: title, location: { uri: e.uri, range: e.lines.range(n.label ? labelSpanOf(n) : spanOf(n)) } });
      if (out.length >= 500) return out;
    }
  }
  return out;
}
