/** New numbers for every numbered unit, per scope (drafting-rules §4.3 computeCanonical). */
import type { NumberingScopes } from '../scopes';
import type { StructureNode } from '../types';
import { identify, keyOf, type Identity } from './identity';

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
}

function numberList(list: readonly StructureNode[], plan: Plan, allowSub: boolean): void {
  const id = identify(list);
  plan.identities.set(list, id);
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
      label = { number: i + 1, sub: 0 };
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

/** In insert-only mode only articles take 之N labels; divisions and items are always renumbered. */
export function makePlan(scopes: NumberingScopes, mode: RenumberMode): Plan {
  const plan: Plan = { mode, labels: new Map(), identities: new Map(), listOf: new Map(), unplaced: [] };
  numberList(scopes.books, plan, false);
  for (const l of scopes.subbooks) numberList(l, plan, false);
  for (const l of scopes.chapters) numberList(l, plan, false);
  for (const l of scopes.sections) numberList(l, plan, false);
  numberList(scopes.articles, plan, true);
  for (const l of scopes.items) numberList(l, plan, false);
  for (const l of scopes.subitems) numberList(l, plan, false);
  return plan;
}

export function changed(node: StructureNode, plan: Plan): boolean {
  const l = plan.labels.get(node);
  return l !== undefined && (l.number !== node.number || l.sub !== node.sub);
}
