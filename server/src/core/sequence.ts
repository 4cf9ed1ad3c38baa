/**
 * A longest strictly increasing subsequence: the units that kept their order, for renumbering's identity of
 * articles (renumber/identity.ts) and for aligning two versions (versions/align.ts).
 */

/** Indices of a longest strictly increasing subsequence (patience sorting, O(n log n)). */
export function longestIncreasing(keys: readonly number[]): number[] {
  const tails: number[] = [];
  const prev: number[] = new Array<number>(keys.length).fill(-1);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as number;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((keys[tails[mid] as number] as number) < k) lo = mid + 1;
      else hi = mid;
    }
    // An equal key already ends a sequence of this length: keep the earlier unit anchored (the original;
    // a copied label usually marks new text inserted after it).
    if (lo < tails.length && keys[tails[lo] as number] === k) continue;
    if (lo > 0) prev[i] = tails[lo - 1] as number;
    tails[lo] = i;
  }
  const out: number[] = [];
  for (let i = tails.length ? (tails[tails.length - 1] as number) : -1; i >= 0; i = prev[i] as number) out.push(i);
  return out.reverse();
}
