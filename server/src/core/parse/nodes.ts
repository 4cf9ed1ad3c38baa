import type { NumeralToken } from './label-numerals';
import { firstAtOrAfter } from '../text/offsets';
import type { NodeKind, Span, StructureNode } from '../types';

/**
 * The children of every leaf: one frozen empty array instead of one per paragraph and item (a large code
 * has tens of thousands). Frozen, so a push into it throws instead of giving every leaf the child; only
 * addChild adds children.
 */
export const NO_CHILDREN = Object.freeze([]) as unknown as StructureNode[];

/** Makes a structure node; its end and text are filled in as the parser reads on. */
export function makeNode(
  kind: NodeKind,
  line: number,
  lineStart: number,
  opts: { numeral?: NumeralToken; number?: number; labelStart?: number; labelEnd?: number; label?: string; sub?: number; text?: string; textStart?: number; textEnd?: number },
): StructureNode {
  const numeral = opts.numeral;
  const labelStart = opts.labelStart ?? lineStart;
  const labelEnd = opts.labelEnd ?? labelStart;
  return {
    kind,
    number: opts.number ?? numeral?.value ?? 0,
    sub: opts.sub ?? 0,
    label: opts.label ?? '',
    labelStart,
    labelEnd,
    numeral: numeral?.raw ?? '',
    // An unlabelled node (a paragraph) has its empty numeral where its empty label is.
    numeralStart: numeral ? lineStart + numeral.start : labelStart,
    numeralEnd: numeral ? lineStart + numeral.end : labelStart,
    numeralStyle: numeral?.style ?? 'chinese',
    title: '',
    text: opts.text ?? '',
    textStart: opts.textStart ?? labelEnd,
    textEnd: opts.textEnd ?? labelEnd,
    spanStart: labelStart,
    spanEnd: labelEnd,
    line,
    deleted: false,
    separator: 'space',
    glued: false,
    children: NO_CHILDREN,
  };
}

/**
 * A copy of `n` moved by `move` (the incremental re-analysis moves the nodes after an edit): field by
 * field in makeNode's order above, so that the copies share the parser's shape (a spread of the fields
 * is slower than writing them, and its copies have another shape). The optional subSpan and titleSpan are
 * the caller's to add, as the parser adds them. A label's end (and its numeral's) is where running text
 * may start, so it moves as a start: after a bare label the two offsets are the same, and only the text's end grows with typing.
 */
export function movedNode(n: StructureNode, move: { start(x: number): number; end(x: number): number }, children: StructureNode[]): StructureNode {
  return {
    kind: n.kind,
    number: n.number,
    sub: n.sub,
    label: n.label,
    labelStart: move.start(n.labelStart),
    labelEnd: move.start(n.labelEnd),
    numeral: n.numeral,
    numeralStart: move.start(n.numeralStart),
    numeralEnd: move.start(n.numeralEnd),
    numeralStyle: n.numeralStyle,
    title: n.title,
    text: n.text,
    textStart: move.start(n.textStart),
    textEnd: move.end(n.textEnd),
    spanStart: move.start(n.spanStart),
    spanEnd: move.end(n.spanEnd),
    line: n.line,
    deleted: n.deleted,
    separator: n.separator,
    glued: n.glued,
    children,
  };
}

/** The node's span, label to the end of its last line, as a Span (for a finding or an editor range). */
export function spanOf(n: StructureNode): Span {
  return { start: n.spanStart, end: n.spanEnd };
}

/** Where the node's text is, as a Span. */
export function textSpanOf(n: StructureNode): Span {
  return { start: n.textStart, end: n.textEnd };
}

/** Where the node's label is written, as a Span. */
export function labelSpanOf(n: StructureNode): Span {
  return { start: n.labelStart, end: n.labelEnd };
}

/** Where the numeral inside the node's label is written, as a Span. */
export function numeralSpanOf(n: StructureNode): Span {
  return { start: n.numeralStart, end: n.numeralEnd };
}

/**
 * Appends a child. Up to three children, the array is made again at its size: a push into a full array
 * reserves room for 17 more, and nearly every article of enacted law has one to three paragraphs. A large
 * code keeps thousands of these arrays; from the fourth child on, a push (closeSpans then copies the array
 * at its size).
 */
export function addChild(parent: StructureNode, child: StructureNode): void {
  const c = parent.children;
  if (c === NO_CHILDREN) parent.children = [child];
  else if (c.length === 1) parent.children = [c[0] as StructureNode, child];
  else if (c.length === 2) parent.children = [c[0] as StructureNode, c[1] as StructureNode, child];
  else c.push(child);
}

/**
 * Extends `spanEnd` of every node to cover its descendants (called once after parsing), and copies the
 * children arrays that pushes grew (four children or more) at their size: a push into a full array of
 * four reserves twenty slots, and a large code keeps thousands of these.
 */
export function closeSpans(nodes: readonly StructureNode[]): number {
  // Indexed loops: an iterator per call, and a call per leaf, are garbage made for every node of the tree.
  let max = 0;
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i] as StructureNode;
    let end = Math.max(n.spanEnd, n.textEnd, n.titleSpan?.end ?? 0);
    if (n.children.length > 3) n.children = n.children.slice();
    if (n.children.length > 0) end = Math.max(end, closeSpans(n.children));
    n.spanEnd = end;
    if (end > max) max = end;
  }
  return max;
}

/** Every node of a forest in document (depth-first) order. */
export function walk(nodes: readonly StructureNode[]): StructureNode[] {
  const out: StructureNode[] = [];
  const visit = (list: readonly StructureNode[]): void => {
    for (let i = 0; i < list.length; i++) {
      const n = list[i] as StructureNode;
      out.push(n);
      if (n.children.length > 0) visit(n.children);
    }
  };
  visit(nodes);
  return out;
}

// Children of one kind, computed once per node and kind: references ask for them again and again, and an
// article with thousands of items (or a chapter with thousands of articles before its first section) must
// not cost thousands of filters. A parse's nodes do not change once it is done.
const kindCaches = new Map<StructureNode['kind'], WeakMap<StructureNode, StructureNode[]>>();

/** The children of `node` of one kind, in order (call once the tree is built). */
export function childrenOfKind(node: StructureNode, kind: StructureNode['kind']): StructureNode[] {
  let cache = kindCaches.get(kind);
  if (!cache) kindCaches.set(kind, (cache = new WeakMap()));
  let list = cache.get(node);
  if (!list) {
    list = node.children.filter((c) => c.kind === kind);
    cache.set(node, list);
  }
  return list;
}

/** Paragraphs (款) of an article (call once the tree is built). */
export function paragraphsOf(article: StructureNode): StructureNode[] {
  return childrenOfKind(article, 'paragraph');
}

/** Items (项) directly under a paragraph (call once the tree is built). */
export function itemsOf(paragraph: StructureNode): StructureNode[] {
  return childrenOfKind(paragraph, 'item');
}

/** How many items a paragraph holds: the last one's number when labels before it were lost in the copy. */
export function itemCount(paragraph: StructureNode): number {
  const items = itemsOf(paragraph);
  const last = items[items.length - 1];
  return last ? Math.max(items.length, last.number) : 0;
}

/**
 * Item `n` of a paragraph: the one labelled so, or else (its label lost in the copy, its text read in the
 * unit before it) the item before it, or the paragraph when the list lost its first labels.
 */
export function itemNumbered(paragraph: StructureNode, n: number): StructureNode | undefined {
  const items = itemsOf(paragraph);
  const at = items[n - 1];
  if (at?.number === n) return at;
  let before: StructureNode | undefined;
  for (const item of items) {
    if (item.number === n) return item;
    if (item.number < n) before = item;
  }
  return before ?? (n < (items[0]?.number ?? 0) ? paragraph : at);
}

/** The paragraphs of an article that hold items, and the most items held by any of the first k + 1. */
export interface ItemHolders {
  paragraphs: StructureNode[];
  mostUpTo: number[];
}
const holderCache = new WeakMap<StructureNode, ItemHolders>();

/** itemHolders() of an article, computed once per node (call once the tree is built). */
export function itemHolders(article: StructureNode): ItemHolders {
  let h = holderCache.get(article);
  if (!h) {
    h = { paragraphs: [], mostUpTo: [] };
    for (const p of paragraphsOf(article)) {
      const n = itemCount(p);
      if (n === 0) continue;
      h.mostUpTo.push(Math.max(n, h.mostUpTo[h.mostUpTo.length - 1] ?? 0));
      h.paragraphs.push(p);
    }
    holderCache.set(article, h);
  }
  return h;
}

/**
 * The first paragraph holding at least `n` items: the one 第N项 names when no paragraph is named. A binary
 * search over the running maximum, not a scan per reference (an article of many paragraphs with items,
 * each cited, was quadratic).
 */
export function firstHolding(h: ItemHolders, n: number): StructureNode | undefined {
  return h.paragraphs[firstAtOrAfter(h.mostUpTo, n)];
}

/** A division's title in Simplified script, spaces removed (總則 → 总则), for comparing with keywords. */
export function foldedTitle(folded: string, node: StructureNode): string {
  return (node.titleSpan ? folded.slice(node.titleSpan.start, node.titleSpan.end) : node.title).replace(/\s/gu, '');
}

/** The document's title in Simplified script, as written (marks and notes kept), or '' when it has none. */
export function documentTitle(parsed: { folded: string; title?: { span: Span } }): string {
  return parsed.title ? parsed.folded.slice(parsed.title.span.start, parsed.title.span.end) : '';
}

/** The 总则 chapter, if the text has one. */
export function generalProvisions(folded: string, divisions: readonly StructureNode[]): StructureNode | undefined {
  return divisions.find((d) => d.kind === 'chapter' && foldedTitle(folded, d) === '总则');
}
