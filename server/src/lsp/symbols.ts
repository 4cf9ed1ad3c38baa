/** Hierarchical document symbols 编 > 分编 > 章 > 节 > 条 for the outline and breadcrumbs. */
import { type DocumentSymbol, SymbolKind } from 'vscode-languageserver';
import { labelSpanOf, spanOf, type StructureNode } from '../core';
import type { CachedAnalysis } from './cache';

const KIND: Partial<Record<StructureNode['kind'], SymbolKind>> = {
  book: SymbolKind.Namespace,
  subbook: SymbolKind.Namespace,
  chapter: SymbolKind.Module,
  section: SymbolKind.Class,
  article: SymbolKind.Field,
};

export function documentSymbols(entry: CachedAnalysis): DocumentSymbol[] {
  const visit = (nodes: readonly StructureNode[]): DocumentSymbol[] => {
    const out: DocumentSymbol[] = [];
    for (const n of nodes) {
      const kind = KIND[n.kind];
      if (kind === undefined) continue;
      const name = (n.number === 0 && n.kind === 'chapter' ? n.title : n.label) || n.title || '（无标题）';
      const selection = n.label ? labelSpanOf(n) : (n.titleSpan ?? labelSpanOf(n));
      out.push({
        name,
        detail: n.kind === 'article' ? n.title || undefined : n.number === 0 ? undefined : n.title,
        kind,
        range: entry.lines.range(spanOf(n)),
        selectionRange: entry.lines.range(selection),
        children: visit(n.children),
      });
    }
    return out;
  };
  return visit(entry.analysis.children);
}
