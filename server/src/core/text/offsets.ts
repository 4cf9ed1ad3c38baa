/** Searches over sorted offsets (line starts, match positions), shared by the scanners. */

/** The index of the first value in sorted `xs` at or after `x` (xs.length when none). */
export function firstAtOrAfter(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The index of the first item of `list` (sorted by `startOf`) that starts at or after `x` (list.length when
 * none): one search for the lists of objects below, which keep their start in different fields.
 */
function firstAtOrAfterBy<T>(list: readonly T[], x: number, startOf: (item: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(list[mid] as T) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const spanStartOf = (item: { span: { start: number } }): number => item.span.start;
const nodeStartOf = (node: { spanStart: number }): number => node.spanStart;

/**
 * The index of the first item in `list` whose span starts at or after `x` (list.length when none); `list`
 * in text order (findings; for nodes, firstNodeStartingAtOrAfter).
 */
export function firstStartingAtOrAfter(list: readonly { span: { start: number } }[], x: number): number {
  return firstAtOrAfterBy(list, x, spanStartOf);
}

/**
 * The index of the first node in `nodes` (in text order: articles, divisions) that starts at or after `x`
 * (nodes.length when none). Nodes carry their offsets as numbers (`spanStart`), not as a Span.
 */
export function firstNodeStartingAtOrAfter(nodes: readonly { spanStart: number }[], x: number): number {
  return firstAtOrAfterBy(nodes, x, nodeStartOf);
}

/**
 * Where `node` stands in `nodes` (in text order, starting apart: articles), by a binary search on its
 * start; -1 when it is not there. indexOf per reference was quadratic over a large text.
 */
export function positionIn<T extends { spanStart: number }>(nodes: readonly T[], node: T): number {
  const i = firstNodeStartingAtOrAfter(nodes, node.spanStart);
  return nodes[i] === node ? i : -1;
}

/** The last node in `nodes` (in text order) that starts at or before `x`: the chapter around an offset. */
export function lastStartingAtOrBefore<T extends { spanStart: number }>(nodes: readonly T[], x: number): T | undefined {
  return nodes[firstNodeStartingAtOrAfter(nodes, x + 1) - 1];
}

/** Whether sorted `xs` holds a value in [from, to). */
export function anyWithin(xs: readonly number[], from: number, to: number): boolean {
  const i = firstAtOrAfter(xs, from);
  return i < xs.length && (xs[i] as number) < to;
}
