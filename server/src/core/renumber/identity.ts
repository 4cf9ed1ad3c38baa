/**
 * Which node an old label denotes (label-based fallback for a document opened cold):
 * the longest increasing subsequence of labels is anchored; the rest are new or moved. A label no node
 * has (a gap between anchored labels: a deleted unit) denotes nothing, and a reference to it is reported.
 */
import type { StructureNode } from '../types';

/** Sort key of a label: 第十二条之一 → 12·1000 + 1. */
export function keyOf(n: number, sub = 0): number {
  return n * 1000 + Math.min(sub, 999);
}

export interface Identity {
  /** The node an old key denotes, and whether that is certain. */
  byKey: Map<number, { node: StructureNode; certain: boolean }>;
  anchored: Set<StructureNode>;
}

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

export function identify(nodes: readonly StructureNode[]): Identity {
  const keys = nodes.map((n) => keyOf(n.number, n.sub));
  const anchoredIdx = longestIncreasing(keys);
  const anchored = new Set(anchoredIdx.map((i) => nodes[i] as StructureNode));
  const byKey = new Map<number, { node: StructureNode; certain: boolean }>();
  for (const n of anchored) byKey.set(keyOf(n.number, n.sub), { node: n, certain: true });
  for (const n of nodes) {
    const k = keyOf(n.number, n.sub);
    if (!byKey.has(k)) byKey.set(k, { node: n, certain: false });
    else if (!anchored.has(n)) (byKey.get(k) as { certain: boolean }).certain = false; // a duplicate label
  }
  return { byKey, anchored };
}
