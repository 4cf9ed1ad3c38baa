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
 * The index of the first item in `list` whose span starts at or after `x` (list.length when none); `list`
 * in text order (articles, chapters, findings).
 */
export function firstStartingAtOrAfter(list: readonly { span: { start: number } }[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as { span: { start: number } }).span.start < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Where `item` stands in `list` (in text order, spans starting apart: articles), by a binary search on its
 * start; -1 when it is not there. indexOf per reference was quadratic over a large text.
 */
export function positionIn<T extends { span: { start: number } }>(list: readonly T[], item: T): number {
  const i = firstStartingAtOrAfter(list, item.span.start);
  return list[i] === item ? i : -1;
}

/** The last item in `list` (in text order) whose span starts at or before `x`: the chapter around an offset. */
export function lastStartingAtOrBefore<T extends { span: { start: number } }>(list: readonly T[], x: number): T | undefined {
  return list[firstStartingAtOrAfter(list, x + 1) - 1];
}

/** Whether sorted `xs` holds a value in [from, to). */
export function anyWithin(xs: readonly number[], from: number, to: number): boolean {
  const i = firstAtOrAfter(xs, from);
  return i < xs.length && (xs[i] as number) < to;
}
