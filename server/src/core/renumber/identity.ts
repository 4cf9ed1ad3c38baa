/**
 * Which node an old label denotes (label-based fallback for a document opened cold):
 * the longest increasing subsequence of labels is anchored; the rest are new or moved. A label no node
 * has (a gap between anchored labels: a deleted unit) denotes nothing, and a reference to it is reported.
 */
import type { StructureNode } from '../types';
import { longestIncreasing } from '../sequence';

/** Sort key of a label: 第十二条之一 → 12·1000 + 1. */
export function keyOf(n: number, sub = 0): number {
  return n * 1000 + Math.min(sub, 999);
}

export interface Identity {
  /** The node an old key denotes, and whether that is certain. */
  byKey: Map<number, { node: StructureNode; certain: boolean }>;
  anchored: Set<StructureNode>;
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
