/** Go to definition, hover and find references on cross-references and labels (§3.4 hover and navigation). */
import { type Hover, type Location, type LocationLink, MarkupKind, type Position } from 'vscode-languageserver';
import { nodeAt, referenceAt, referencesTo, targetsOf, type StructureNode } from '../core';
import type { CachedAnalysis } from './cache';

const PREVIEW = 240;

function selection(node: StructureNode): { start: number; end: number } {
  if (node.label) return node.labelSpan;
  return node.textSpan.end > node.textSpan.start ? node.textSpan : node.span;
}

/** The label or heading under the cursor (a unit whose label contains the offset). */
export function labelAt(entry: CachedAnalysis, offset: number): StructureNode | undefined {
  const path = nodeAt(entry.analysis, offset);
  return [...path].reverse().find((n) => n.label && n.labelSpan.start <= offset && offset <= n.labelSpan.end);
}

export function definition(entry: CachedAnalysis, pos: Position): LocationLink[] {
  const offset = entry.lines.offsetAt(pos);
  const hit = referenceAt(entry.analysis, offset);
  if (!hit) return [];
  const origin = entry.lines.range(hit.element?.span ?? hit.ref.span);
  return targetsOf(hit.ref, hit.element).map((n) => ({
    originSelectionRange: origin,
    targetUri: entry.uri,
    targetRange: entry.lines.range(n.span),
    targetSelectionRange: entry.lines.range(selection(n)),
  }));
}

function describe(entry: CachedAnalysis, n: StructureNode): string {
  const text = entry.analysis.text;
  const body = text.slice(n.kind === 'article' ? n.labelSpan.start : n.span.start, n.span.end).replace(/\s+/gu, ' ').trim();
  return body.length > PREVIEW ? `${body.slice(0, PREVIEW)}……` : body;
}

export function hover(entry: CachedAnalysis, pos: Position, lang: 'zh' | 'en'): Hover | null {
  const offset = entry.lines.offsetAt(pos);
  const hit = referenceAt(entry.analysis, offset);
  if (hit) {
    const range = entry.lines.range(hit.element?.span ?? hit.ref.span);
    if (hit.ref.scope === 'external') {
      const value = lang === 'zh' ? '外部引用：指向其他法律文件，不在本文件中检查。' : 'External reference: it points at another instrument and is not checked against this draft.';
      return { contents: { kind: MarkupKind.Markdown, value }, range };
    }
    const problem = (hit.element ? [hit.element] : hit.ref.elements).map((e) => e.resolved?.problem).find((p) => p);
    if (problem) return { contents: { kind: MarkupKind.Markdown, value: `⚠ ${problem[lang]}` }, range };
    const targets = targetsOf(hit.ref, hit.element);
    if (targets.length === 0) return null;
    const value = targets.map((n) => `> ${describe(entry, n)}`).join('\n>\n');
    return { contents: { kind: MarkupKind.Markdown, value }, range };
  }
  const label = labelAt(entry, offset);
  if (!label) return null;
  const count = referencesTo(entry.analysis, label).length;
  const value = lang === 'zh' ? `**${label.label}**${label.title ? ` ${label.title}` : ''} · 本文件内被引用 ${count} 次` : `**${label.label}**${label.title ? ` ${label.title}` : ''} · cited ${count} time(s) in this document`;
  return { contents: { kind: MarkupKind.Markdown, value }, range: entry.lines.range(label.labelSpan) };
}

/** Who cites this unit: on a label, the references to it; on a reference, the references to its target. */
export function references(entry: CachedAnalysis, pos: Position, includeDeclaration: boolean): Location[] {
  const offset = entry.lines.offsetAt(pos);
  const hit = referenceAt(entry.analysis, offset);
  const target = hit ? targetsOf(hit.ref, hit.element)[0] : labelAt(entry, offset);
  if (!target) return [];
  const out: Location[] = referencesTo(entry.analysis, target).map((r) => ({ uri: entry.uri, range: entry.lines.range(r.element?.span ?? r.ref.span) }));
  if (includeDeclaration) out.unshift({ uri: entry.uri, range: entry.lines.range(selection(target)) });
  return out;
}
