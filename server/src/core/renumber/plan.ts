/** New numbers for every numbered unit, per scope. */
import type { NumberingScopes } from '../scopes';
import type { StructureNode } from '../types';
import { identify, keyOf, type Identity } from './identity';
import type { Kept, KeptOf } from './kept';

export type RenumberMode = 'renumber' | 'insertOnly';

export interface NewLabel {
  number: number;
  sub: number;
}

export interface Plan {
  mode: RenumberMode;
  labels: Map<StructureNode, NewLabel>;
  /** Identity per numbered list, to map old labels in references to nodes. */
  identities: Map<readonly StructureNode[], Identity>;
  /** The list each node was numbered in. */
  listOf: Map<StructureNode, readonly StructureNode[]>;
  /** Units that could not be given a label in insert-only mode (before the first anchored one, or no room). */
  unplaced: StructureNode[];
  /** Inconsistencies kept as written (not caused by the edit), by the unit where each shows. */
  kept: { node: StructureNode; previous?: StructureNode }[];
}

/** The number at position i: the kept start or step where there is one, else one more than before. */
function nextNumber(kept: Kept | undefined, i: number, prev: number, node: StructureNode, list: readonly StructureNode[], plan: Plan): number {
  const step = i === 0 ? kept?.start : kept?.steps.get(i);
  if (step === undefined) return prev + 1;
  const n = i === 0 ? step : prev + step;
  if (n < 1) return prev + 1; // a kept step cannot take a number below 一
  plan.kept.push(i === 0 ? { node } : { node, previous: list[i - 1] as StructureNode });
  return n;
}

function numberList(list: readonly StructureNode[], plan: Plan, allowSub: boolean, keptOf: KeptOf): void {
  const id = identify(list);
  plan.identities.set(list, id);
  const kept = list.length > 0 ? keptOf(list, id.anchored.has(list[0] as StructureNode)) : undefined;
  // The next anchored key after each position: an inserted 之N label must stay below it.
  const nextAnchored: number[] = new Array<number>(list.length).fill(Infinity);
  for (let i = list.length - 2; i >= 0; i--) {
    const next = list[i + 1] as StructureNode;
    nextAnchored[i] = id.anchored.has(next) ? keyOf(next.number, next.sub) : (nextAnchored[i + 1] as number);
  }
  let prev: NewLabel | undefined;
  list.forEach((node, i) => {
    plan.listOf.set(node, list);
    let label: NewLabel;
    if (plan.mode === 'renumber' || !allowSub) {
      label = prev && kept?.subs.has(i) ? { number: prev.number, sub: node.sub } : { number: nextNumber(kept, i, prev?.number ?? 0, node, list, plan), sub: 0 };
    } else if (id.anchored.has(node)) {
      label = { number: node.number, sub: node.sub };
    } else if (prev && keyOf(prev.number, prev.sub + 1) < (nextAnchored[i] as number)) {
      label = { number: prev.number, sub: prev.sub + 1 };
    } else {
      plan.unplaced.push(node);
      label = { number: node.number, sub: node.sub };
    }
    plan.labels.set(node, label);
    prev = label;
  });
}

/**
 * In insert-only mode articles and divisions take 之N labels (第五章之一, as Taiwan's amended codes number an
 * inserted chapter); items are always renumbered.
 */
export function makePlan(scopes: NumberingScopes, mode: RenumberMode, keptOf: KeptOf): Plan {
  const plan: Plan = { mode, labels: new Map(), identities: new Map(), listOf: new Map(), unplaced: [], kept: [] };
  numberList(scopes.books, plan, true, keptOf);
  for (const l of scopes.subbooks) numberList(l, plan, true, keptOf);
  for (const l of scopes.chapters) numberList(l, plan, true, keptOf);
  for (const l of scopes.sections) numberList(l, plan, true, keptOf);
  numberList(scopes.articles, plan, true, keptOf);
  for (const l of scopes.items) numberList(l, plan, false, keptOf);
  for (const l of scopes.subitems) numberList(l, plan, false, keptOf);
  return plan;
}

export function changed(node: StructureNode, plan: Plan): boolean {
  const l = plan.labels.get(node);
  return l !== undefined && (l.number !== node.number || l.sub !== node.sub);
}
