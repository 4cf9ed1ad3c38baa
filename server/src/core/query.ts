/** Questions editor features ask of an analysis: what is at an offset, who cites a unit. */
import { walk } from './parse/nodes';
import type { ResolvedMention } from './departments';
import type { DefinedTerm } from './terms';
import { foldScript } from './text/fold';
import type { Analysis } from './analysis';
import type { Reference, ReferenceElement, Span, StructureNode } from './types';

/** The innermost structure node whose span contains `offset` (article, paragraph, item …). */
export function nodeAt(a: Analysis, offset: number): StructureNode[] {
  const path: StructureNode[] = [];
  let level: readonly StructureNode[] = a.children;
  for (;;) {
    const hit = level.find((n) => n.spanStart <= offset && offset <= n.spanEnd);
    if (!hit) return path;
    path.push(hit);
    level = hit.children;
  }
}

/** The reference (and element) under `offset`. */
export function referenceAt(a: Analysis, offset: number): { ref: Reference; element?: ReferenceElement } | undefined {
  const ref = a.references.find((r) => r.span.start <= offset && offset <= r.span.end);
  if (!ref) return undefined;
  const element = ref.elements.find((e) => e.span.start <= offset && offset <= e.span.end);
  return { ref, element };
}

/** The nodes a reference (or one of its elements) points at in this draft. */
export function targetsOf(ref: Reference, element?: ReferenceElement): StructureNode[] {
  if (ref.scope === 'external') return [];
  const els = element ? [element] : ref.elements;
  const nodes = els.map((e) => e.resolved?.node).filter((n): n is StructureNode => n !== undefined);
  if (nodes.length > 0) return nodes;
  return ref.relativeTargets ?? [];
}

function contains(outer: StructureNode, inner: StructureNode): boolean {
  return outer === inner || (outer.spanStart <= inner.spanStart && inner.spanEnd <= outer.spanEnd && outer.kind !== 'paragraph');
}

/** Is article `node` inside the range from `start` to `end` (第十条至第十五条 cites 第十二条)? */
function inRange(node: StructureNode, start: StructureNode, end: StructureNode | undefined): boolean {
  if (!end || node.kind !== 'article' || start.kind !== 'article' || end.kind !== 'article') return false;
  // Articles stand in text order: compared by where they start, not by three searches of the article list
  // per range (find-references over a large text was quadratic).
  return node.spanStart > start.spanStart && node.spanStart <= end.spanStart;
}

/** Every internal reference that points at `node` or at a unit inside it (who cites this article). */
export function referencesTo(a: Analysis, node: StructureNode): { ref: Reference; element?: ReferenceElement }[] {
  const out: { ref: Reference; element?: ReferenceElement }[] = [];
  for (const ref of a.references) {
    if (ref.scope === 'external') continue;
    if (ref.elements.length === 0) {
      if ((ref.relativeTargets ?? []).some((t) => contains(node, t))) out.push({ ref });
      continue;
    }
    for (const e of ref.elements) {
      const t = e.resolved?.node;
      if (t && contains(node, t)) out.push({ ref, element: e });
      else if (t && inRange(node, t, e.resolvedEnd?.node)) out.push({ ref, element: e });
    }
  }
  return out;
}

/** The articles and divisions of a document, for symbol search. */
export function headings(a: Analysis): StructureNode[] {
  return walk(a.children).filter((n) => n.kind !== 'paragraph' && n.kind !== 'item' && n.kind !== 'subitem');
}

/** The defined term under `offset`: on its definition or on a use of it in the body. */
export function termAt(a: Analysis, offset: number): { term: DefinedTerm; span: Span } | undefined {
  for (const d of a.terms.defined) {
    if (d.span.start <= offset && offset <= d.span.end) return { term: d, span: d.span };
  }
  let best: { term: DefinedTerm; span: Span } | undefined;
  for (const d of a.terms.defined) {
    const from = Math.max(0, offset - d.term.length);
    const at = foldedWindow(a, from, offset + d.term.length).indexOf(d.term);
    if (at < 0) continue;
    const span = { start: from + at, end: from + at + d.term.length };
    if (span.start <= offset && offset <= span.end && (!best || d.term.length > best.term.term.length)) best = { term: d, span };
  }
  return best;
}

function foldedWindow(a: Analysis, start: number, end: number): string {
  return foldScript(a.text.slice(start, end));
}

/** The department mention under `offset`, with the responsibilities-article mention that names it. */
export function departmentAt(a: Analysis, offset: number): { mention: ResolvedMention; declared?: ResolvedMention } | undefined {
  const m = a.departments.mentions.find((x) => !x.generic && x.start <= offset && offset <= x.end);
  return m ? { mention: m, declared: a.departments.declared.get(m.canonical) } : undefined;
}
