/**
 * Semantic tokens for what a grammar cannot know: whether a reference resolves in this draft, points at
 * nothing, or points at another instrument. Token types are declared in package.json with TextMate
 * fallback scopes, so themes colour them without configuration.
 */
import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensLegend } from 'vscode-languageserver';
import type { CachedAnalysis } from './cache';

export const TOKEN_TYPES = ['lexdraftReference', 'lexdraftBrokenReference', 'lexdraftExternalReference'] as const;
export const LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [] };

export function semanticTokens(entry: CachedAnalysis): SemanticTokens {
  const b = new SemanticTokensBuilder();
  for (const ref of entry.analysis.references) {
    const broken = ref.elements.some((e) => e.resolved?.problem);
    const type = ref.scope === 'external' ? 2 : broken ? 1 : 0;
    const start = entry.lines.positionAt(ref.span.start);
    const end = entry.lines.positionAt(ref.span.end);
    if (start.line !== end.line) continue; // tokens are single-line; references never span a line break
    b.push(start.line, start.character, end.character - start.character, type, 0);
  }
  return b.build();
}
