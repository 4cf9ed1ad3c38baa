/**
 * Which article of one version is which article of the other (docs/compare.md, "Alignment"):
 *
 * 1. anchors: equal texts in order (labels are not part of the text, so a renumbered article is equal),
 *    found as the patience diff does: equal ends, then texts that occur once in each range, recursively;
 * 2. equal texts out of order: moved articles;
 * 3. in each gap between anchors, the order-keeping pairing of most similarity (bigram Dice ≥ SIMILAR,
 *    the same number breaking ties): articles edited apart; one article in the place of one other, with
 *    some text in common (≥ SIMILAR_ALONE), is that article rewritten;
 * 4. what is left, out of order and alike (≥ MOVED_SIMILAR): moved and edited;
 * 5. an article left over whose text is mostly in the article next to it, whose partner it completes: a
 *    split (one old, two new) or a merge (two old, one new);
 * 6. the longest run of matches in order stays; the other matches are moves.
 *
 * Work beyond linear is only inside gaps, and bounded (GAP_CELLS, MOVE_CELLS): a version compared with
 * itself, or with one made from it by insertions and deletions, is all anchors.
 */
import { containment, dice, joined, profile, type Profile } from './similarity';
import { longestIncreasing } from '../sequence';

export interface Alignable {
  key: string;
  number: number;
  sub: number;
}

export type MatchKind = 'same' | 'similar' | 'split' | 'merged';

/** Old and new articles (indices) that are one identity; split and merged list two on one side. */
export interface Match {
  old: number[];
  new: number[];
  kind: MatchKind;
  moved: boolean;
}

export interface Alignment {
  matches: Match[];
  /** Old articles with no counterpart, in order. */
  deleted: number[];
  /** New articles with no counterpart, in order. */
  added: number[];
}

/** Bigram Dice from which two articles in the same gap are one article edited. */
export const SIMILAR = 0.45;
/** The same for the only article of a gap against the only other: in one place, little in common is enough. */
export const SIMILAR_ALONE = 0.2;
/** The same for an article out of order: a move claimed on less would be a guess. */
export const MOVED_SIMILAR = 0.6;
/** How much of a split or merged part the whole must hold. */
export const PART = 0.5;
/** Gaps larger than this many pairs are not searched for similar articles (deleted and added instead). */
const GAP_CELLS = 1_000_000;
/** Leftovers larger than this many pairs are not searched for moved and edited articles. */
const MOVE_CELLS = 250_000;

type Pair = [number, number];

export function alignArticles(a: readonly Alignable[], b: readonly Alignable[]): Alignment {
  const pa = lazyProfiles(a);
  const pb = lazyProfiles(b);
  const sim = (i: number, j: number): number => dice(pa(i), pb(j));
  const oldOwner = new Int32Array(a.length).fill(-1);
  const newOwner = new Int32Array(b.length).fill(-1);
  const matches: Match[] = [];
  const add = (i: number, j: number, kind: MatchKind): void => {
    oldOwner[i] = newOwner[j] = matches.length;
    matches.push({ old: [i], new: [j], kind, moved: false });
  };
  const anchors = exactAnchors(a.map((x) => x.key), b.map((x) => x.key));
  for (const [i, j] of anchors) add(i, j, 'same');
  pairEqualLeftovers(a, b, oldOwner, newOwner, add);
  for (const [i, j] of similarInGaps(a, b, anchors, oldOwner, newOwner, sim)) add(i, j, kindOf(a, b, i, j));
  pairMovedLeftovers(oldOwner, newOwner, sim, (i, j) => add(i, j, kindOf(a, b, i, j)));
  splitsAndMerges(matches, oldOwner, newOwner, a, b, pa, pb);
  markMoves(matches);
  const deleted: number[] = [];
  const added: number[] = [];
  oldOwner.forEach((m, i) => m < 0 && deleted.push(i));
  newOwner.forEach((m, j) => m < 0 && added.push(j));
  return { matches, deleted, added };
}

function kindOf(a: readonly Alignable[], b: readonly Alignable[], i: number, j: number): MatchKind {
  return a[i]?.key === b[j]?.key ? 'same' : 'similar';
}

function lazyProfiles(list: readonly Alignable[]): (i: number) => Profile {
  const cache: Array<Profile | undefined> = [];
  return (i) => (cache[i] ??= profile(list[i]?.key ?? ''));
}

/**
 * Equal keys in order, as the patience diff finds them: equal ends first, then the keys that occur once in
 * each range, their longest run in order, and the same again between them; a range with no such key is
 * matched by a longest common subsequence when small enough.
 */
export function exactAnchors(a: readonly string[], b: readonly string[]): Pair[] {
  const out: Pair[] = [];
  const visit = (a0: number, a1: number, b0: number, b1: number): void => {
    while (a0 < a1 && b0 < b1 && a[a0] === b[b0]) out.push([a0++, b0++]);
    while (a1 > a0 && b1 > b0 && a[a1 - 1] === b[b1 - 1]) out.push([--a1, --b1]);
    if (a0 >= a1 || b0 >= b1) return;
    const unique = uniquePairs(a, b, a0, a1, b0, b1);
    const run = longestIncreasing(unique.map((p) => p[0])).map((k) => unique[k] as Pair);
    if (run.length === 0) {
      for (const p of lcs(a0, a1, b0, b1, (i, j) => a[i] === b[j])) out.push(p);
      return;
    }
    let [pi, pj] = [a0, b0];
    for (const [i, j] of run) {
      visit(pi, i, pj, j);
      out.push([i, j]);
      [pi, pj] = [i + 1, j + 1];
    }
    visit(pi, a1, pj, b1);
  };
  visit(0, a.length, 0, b.length);
  return out.sort((x, y) => x[0] - y[0]);
}

/** Keys that occur exactly once in a[a0, a1) and once in b[b0, b1), as pairs in b's order. */
function uniquePairs(a: readonly string[], b: readonly string[], a0: number, a1: number, b0: number, b1: number): Pair[] {
  const inA = new Map<string, number>();
  for (let i = a0; i < a1; i++) inA.set(a[i] as string, inA.has(a[i] as string) ? -1 : i);
  const inB = new Map<string, number>();
  for (let j = b0; j < b1; j++) inB.set(b[j] as string, inB.has(b[j] as string) ? -1 : j);
  const out: Pair[] = [];
  for (let j = b0; j < b1; j++) {
    const i = inA.get(b[j] as string);
    if (i !== undefined && i >= 0 && inB.get(b[j] as string) === j) out.push([i, j]);
  }
  return out;
}

/** A longest common subsequence of two small ranges; nothing when the ranges are too large to search. */
function lcs(a0: number, a1: number, b0: number, b1: number, equal: (i: number, j: number) => boolean): Pair[] {
  const n = a1 - a0;
  const m = b1 - b0;
  if (n * m > GAP_CELLS) return [];
  const len = new Int32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      len[i * (m + 1) + j] = equal(a0 + i, b0 + j) ? (len[(i + 1) * (m + 1) + j + 1] as number) + 1 : Math.max(len[(i + 1) * (m + 1) + j] as number, len[i * (m + 1) + j + 1] as number);
  const out: Pair[] = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (equal(a0 + i, b0 + j)) out.push([a0 + i++, b0 + j++]);
    else if ((len[(i + 1) * (m + 1) + j] as number) >= (len[i * (m + 1) + j + 1] as number)) i++;
    else j++;
  }
  return out;
}

/** Equal texts the anchors left (out of order, or repeated): the first unpaired of each key with the first. */
function pairEqualLeftovers(a: readonly Alignable[], b: readonly Alignable[], oldOwner: Int32Array, newOwner: Int32Array, add: (i: number, j: number, kind: MatchKind) => void): void {
  const free = new Map<string, number[]>();
  for (let j = b.length - 1; j >= 0; j--) {
    const key = (b[j] as Alignable).key;
    if (newOwner[j] !== -1 || key === '') continue;
    const list = free.get(key);
    if (list) list.push(j);
    else free.set(key, [j]);
  }
  for (let i = 0; i < a.length; i++) {
    if (oldOwner[i] !== -1) continue;
    const j = free.get((a[i] as Alignable).key)?.pop();
    if (j !== undefined) add(i, j, 'same');
  }
}

/** In each gap between anchors, the order-keeping pairing of most similarity among unpaired articles. */
function similarInGaps(a: readonly Alignable[], b: readonly Alignable[], anchors: readonly Pair[], oldOwner: Int32Array, newOwner: Int32Array, sim: (i: number, j: number) => number): Pair[] {
  const out: Pair[] = [];
  const bounds: Pair[] = [[-1, -1], ...anchors, [a.length, b.length]];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const [i0, j0] = bounds[k] as Pair;
    const [i1, j1] = bounds[k + 1] as Pair;
    const olds = range(i0 + 1, i1).filter((i) => oldOwner[i] === -1);
    const news = range(j0 + 1, j1).filter((j) => newOwner[j] === -1);
    if (olds.length === 0 || news.length === 0) continue;
    const tie = (i: number, j: number): number => (a[i]?.number === b[j]?.number && a[i]?.sub === b[j]?.sub ? 0.001 : 0);
    const threshold = olds.length === 1 && news.length === 1 ? SIMILAR_ALONE : SIMILAR;
    for (const [x, y] of bestOrdered(olds.length, news.length, (x, y) => {
      const s = sim(olds[x] as number, news[y] as number);
      return s >= threshold ? s + tie(olds[x] as number, news[y] as number) : 0;
    }))
      out.push([olds[x] as number, news[y] as number]);
  }
  return out;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}

/** The pairs, in order on both sides, of greatest total score (a score of 0 is no pair). */
function bestOrdered(n: number, m: number, score: (x: number, y: number) => number): Pair[] {
  if (n * m > GAP_CELLS) return [];
  const w = m + 1;
  const best = new Float64Array((n + 1) * w);
  const s = new Float64Array(n * m);
  for (let x = n - 1; x >= 0; x--)
    for (let y = m - 1; y >= 0; y--) {
      const v = (s[x * m + y] = score(x, y));
      best[x * w + y] = Math.max(best[(x + 1) * w + y] as number, best[x * w + y + 1] as number, v > 0 ? v + (best[(x + 1) * w + y + 1] as number) : 0);
    }
  const out: Pair[] = [];
  for (let x = 0, y = 0; x < n && y < m; ) {
    const v = s[x * m + y] as number;
    if (v > 0 && best[x * w + y] === v + (best[(x + 1) * w + y + 1] as number)) out.push([x++, y++]);
    else if (best[x * w + y] === best[(x + 1) * w + y]) x++;
    else y++;
  }
  return out;
}

/** Leftover articles alike enough across gaps: moved and edited, most alike first. */
function pairMovedLeftovers(oldOwner: Int32Array, newOwner: Int32Array, sim: (i: number, j: number) => number, add: (i: number, j: number) => void): void {
  const olds = range(0, oldOwner.length).filter((i) => oldOwner[i] === -1);
  const news = range(0, newOwner.length).filter((j) => newOwner[j] === -1);
  if (olds.length * news.length > MOVE_CELLS) return;
  const candidates: Array<[number, number, number]> = [];
  for (const i of olds) for (const j of news) {
    const s = sim(i, j);
    if (s >= MOVED_SIMILAR) candidates.push([s, i, j]);
  }
  candidates.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  for (const [, i, j] of candidates) if (oldOwner[i] === -1 && newOwner[j] === -1) add(i, j);
}

/**
 * An unpaired article next to an edited one whose partner holds most of its text, and which completes
 * that partner (the two read together are more like it than the one alone): one article split in two, or
 * two merged into one.
 */
function splitsAndMerges(matches: Match[], oldOwner: Int32Array, newOwner: Int32Array, a: readonly Alignable[], b: readonly Alignable[], pa: (i: number) => Profile, pb: (j: number) => Profile): void {
  const side = (owner: Int32Array, mine: readonly Alignable[], mp: (i: number) => Profile, tp: (i: number) => Profile, kind: 'split' | 'merged'): void => {
    for (let j = 0; j < owner.length; j++) {
      if (owner[j] !== -1) continue;
      for (const nj of [j - 1, j + 1]) {
        const m = matches[owner[nj] ?? -1];
        if (!m || m.kind !== 'similar') continue;
        const mineSide = kind === 'split' ? m.new : m.old;
        const other = (kind === 'split' ? m.old[0] : m.new[0]) as number;
        if (containment(mp(j), tp(other)) < PART) continue;
        const parts = nj < j ? [nj, j] : [j, nj];
        const together = joined(mine[parts[0] as number]?.key ?? '', mine[parts[1] as number]?.key ?? '');
        if (dice(together, tp(other)) <= dice(mp(nj), tp(other))) continue;
        mineSide.splice(0, 1, ...parts);
        m.kind = kind;
        owner[j] = owner[nj] as number;
        break;
      }
    }
  };
  side(newOwner, b, pb, pa, 'split');
  side(oldOwner, a, pa, pb, 'merged');
}

/** The longest run of matches in order on both sides stays; every other match is a move. */
function markMoves(matches: Match[]): void {
  const byNew = matches.map((m, k) => k).sort((x, y) => (matches[x]?.new[0] as number) - (matches[y]?.new[0] as number));
  const keep = new Set(longestIncreasing(byNew.map((k) => matches[k]?.old[0] as number)).map((p) => byNew[p]));
  matches.forEach((m, k) => (m.moved = !keep.has(k)));
}
