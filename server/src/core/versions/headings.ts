/**
 * Division headings of two versions as one list: equal headings (kind and title) anchored in order; in a
 * gap between anchors, headings of one kind paired in order when the gap holds as many of that kind on
 * each side (a chapter renamed), else those whose titles share words (bigram Dice ≥ TITLE_SIMILAR); the
 * rest added or deleted.
 */
import { exactAnchors } from './align';
import { dice, profile } from './similarity';

/** Titles this alike are one heading renamed (数字基础设施 → 新型基础设施: 0.6). */
const TITLE_SIMILAR = 0.3;
import type { VersionHeading } from './articles';

/** A heading of either version or both, in reading order. */
export interface HeadingPair {
  old?: VersionHeading;
  new?: VersionHeading;
}

export function alignHeadings(a: readonly VersionHeading[], b: readonly VersionHeading[]): HeadingPair[] {
  const anchors = exactAnchors(a.map((h) => h.key), b.map((h) => h.key));
  const partner = new Int32Array(b.length).fill(-1);
  const taken = new Uint8Array(a.length);
  const pair = (i: number, j: number): void => {
    partner[j] = i;
    taken[i] = 1;
  };
  const bounds: Array<[number, number]> = [[-1, -1], ...anchors, [a.length, b.length]];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const [i0, j0] = bounds[k] as [number, number];
    const [i1, j1] = bounds[k + 1] as [number, number];
    if (k > 0) pair(i0, j0);
    for (const kind of new Set(b.slice(j0 + 1, j1).map((h) => h.kind))) {
      const olds = indices(a, i0 + 1, i1, kind);
      const news = indices(b, j0 + 1, j1, kind);
      if (olds.length === news.length) olds.forEach((i, x) => pair(i, news[x] as number));
      else pairAlike(a, b, olds, news, pair);
    }
  }
  const out: HeadingPair[] = [];
  let next = 0;
  const oldUpTo = (end: number): void => {
    for (; next < end; next++) if (!taken[next]) out.push({ old: a[next] });
  };
  b.forEach((h, j) => {
    const i = partner[j] as number;
    if (i >= 0) {
      oldUpTo(i);
      next = Math.max(next, i + 1);
      out.push({ old: a[i], new: h });
    } else out.push({ new: h });
  });
  oldUpTo(a.length);
  return out;
}

/** In order, each old heading with the first new one after the last paired whose title is alike. */
function pairAlike(a: readonly VersionHeading[], b: readonly VersionHeading[], olds: number[], news: number[], pair: (i: number, j: number) => void): void {
  let from = 0;
  for (const i of olds) {
    const p = profile(a[i]?.title ?? '');
    const x = news.findIndex((j, k) => k >= from && dice(p, profile(b[j]?.title ?? '')) >= TITLE_SIMILAR);
    if (x < 0) continue;
    pair(i, news[x] as number);
    from = x + 1;
  }
}

function indices(list: readonly VersionHeading[], from: number, to: number, kind: VersionHeading['kind']): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) if (list[i]?.kind === kind) out.push(i);
  return out;
}
