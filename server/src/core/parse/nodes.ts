import type { NumeralToken } from './classify';
import type { NodeKind, Span, StructureNode } from '../types';

/** Makes a structure node; spans are filled in as the parser reads on. */
export function makeNode(
  kind: NodeKind,
  line: number,
  lineStart: number,
  opts: { numeral?: NumeralToken; number?: number; labelStart?: number; labelEnd?: number; label?: string; sub?: number },
): StructureNode {
  const numeral = opts.numeral;
  const labelStart = opts.labelStart ?? lineStart;
  const labelEnd = opts.labelEnd ?? labelStart;
  const numeralSpan: Span = numeral
    ? { start: lineStart + numeral.start, end: lineStart + numeral.end }
    : { start: labelStart, end: labelStart };
  return {
    kind,
    number: opts.number ?? numeral?.value ?? 0,
    sub: opts.sub ?? 0,
    label: opts.label ?? '',
    labelSpan: { start: labelStart, end: labelEnd },
    numeral: numeral?.raw ?? '',
    numeralSpan,
    numeralStyle: numeral?.style ?? 'chinese',
    title: '',
    text: '',
    textSpan: { start: labelEnd, end: labelEnd },
    span: { start: labelStart, end: labelEnd },
    line,
    deleted: false,
    separator: 'space',
    glued: false,
    children: [],
  };
}

/** Extends `span.end` of every node to cover its descendants (called once after parsing). */
export function closeSpans(nodes: readonly StructureNode[]): number {
  let max = 0;
  for (const n of nodes) {
    const own = Math.max(n.span.end, n.textSpan.end, n.titleSpan?.end ?? 0);
    const inner = closeSpans(n.children);
    n.span.end = Math.max(own, inner);
    if (n.span.end > max) max = n.span.end;
  }
  return max;
}

/** Every node of a forest in document (depth-first) order. */
export function walk(nodes: readonly StructureNode[]): StructureNode[] {
  const out: StructureNode[] = [];
  const visit = (list: readonly StructureNode[]): void => {
    for (const n of list) {
      out.push(n);
      if (n.children.length > 0) visit(n.children);
    }
  };
  visit(nodes);
  return out;
}

/** Paragraphs (款) of an article. */
export function paragraphsOf(article: StructureNode): StructureNode[] {
  return article.children.filter((c) => c.kind === 'paragraph');
}

/** Items (项) directly under a paragraph. */
export function itemsOf(paragraph: StructureNode): StructureNode[] {
  return paragraph.children.filter((c) => c.kind === 'item');
}
