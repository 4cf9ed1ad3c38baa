/**
 * What renumbering leaves alone (issue #21 §4): numbering inconsistencies the drafter's edit did not cause.
 * A list that starts above 一 (a list resumed after a break, a chapter whose 第一章 heading is missing) and,
 * against a baseline, any step between two neighbours that the baseline's same list already had (a gap, a
 * repeated or out-of-order label) are kept and reported, never silently rewritten.
 *
 * "The same list" is found by mapping label lines of the baseline into the current text (linediff); a step
 * is pre-existing when both neighbours survive, were neighbours in one baseline list and carry the labels
 * they had there. A 之N article the baseline already had keeps its 之N in renumber mode: only articles
 * inserted since are converted to integers. Without a baseline (or one equal to the text, which says
 * nothing about an edit) the rule is conservative: a list's start above 一 is kept when its first unit is
 * anchored; a gap between anchored labels is a deletion and closes, as before.
 */
import type { NumberingScopes } from '../scopes';
import type { Analysis } from '../analysis';
import type { StructureNode } from '../types';
import { keyOf } from './identity';
import { mapLines, type LineMapping } from './linediff';

/** The baseline of a renumbering and where its lines are now; none when it equals the text. */
export interface Since {
  baseline: Analysis;
  map: LineMapping;
}

export function since(a: Analysis, baseline?: Analysis): Since | undefined {
  return baseline && baseline.text !== a.text ? { baseline, map: mapLines(baseline.text, a.text) } : undefined;
}

/**
 * Whether the baseline had an article with a key the text no longer has (the caller asks only about such
 * keys): the edit deleted it. A key the baseline lacked too was a broken reference before the edit.
 */
export function deletedSince(s: Since): (key: number) => boolean {
  const had = new Set<number>();
  for (const n of s.baseline.scopes.articles) had.add(keyOf(n.number, n.sub));
  return (key) => had.has(key);
}

export interface Kept {
  /** The first unit's number, kept when it is not 1. */
  start?: number;
  /** Position in the list → the label difference from its predecessor, kept as the baseline had it. */
  steps: Map<number, number>;
  /** Positions of 之N articles the baseline already had: they keep 之N after their predecessor's number. */
  subs: Set<number>;
}

/** Per list, what to keep; undefined when the list is numbered 1…n. */
export type KeptOf = (list: readonly StructureNode[], firstAnchored: boolean) => Kept | undefined;

function allLists(s: NumberingScopes): (readonly StructureNode[])[] {
  return [s.books, ...s.subbooks, ...s.chapters, ...s.sections, s.articles, ...s.items, ...s.subitems];
}

/** Conservative rule: only a start above 一 on an anchored first unit. */
const withoutBaseline: KeptOf = (list, firstAnchored) => {
  const first = list[0];
  return first && firstAnchored && first.sub === 0 && first.number > 1 ? { start: first.number, steps: new Map(), subs: new Set() } : undefined;
};

export function keptInconsistencies(s: Since | undefined): KeptOf {
  if (!s) return withoutBaseline;
  const { baseline, map } = s;
  // Baseline unit by the offset its label maps to in the current text.
  const was = new Map<number, { list: readonly StructureNode[]; index: number; node: StructureNode }>();
  for (const list of allLists(baseline.scopes)) {
    list.forEach((node, index) => {
      const at = map.forward(node.labelStart);
      if (at !== undefined) was.set(at, { list, index, node });
    });
  }
  const same = (node: StructureNode) => {
    const w = was.get(node.labelStart);
    return w && w.node.number === node.number && w.node.sub === node.sub && node.sub === 0 ? w : undefined;
  };
  return (list) => {
    const kept: Kept = { steps: new Map(), subs: new Set() };
    // The baseline list of the first surviving unit started above 一: units removed at its head since then
    // do not change where it starts. A list that now opens with 一 was given its start by the edit.
    const head = list.find((n) => was.has(n.labelStart));
    const origin = head && was.get(head.labelStart)?.list[0];
    if (origin && origin.sub === 0 && origin.number > 1 && list[0]?.number !== 1) kept.start = origin.number;
    for (let i = 1; i < list.length; i++) {
      const p = list[i - 1] as StructureNode;
      const c = list[i] as StructureNode;
      const wasSub = c.sub > 0 ? was.get(c.labelStart) : undefined;
      if (wasSub && wasSub.node.number === c.number && wasSub.node.sub === c.sub) kept.subs.add(i);
      const d = c.number - p.number;
      if (d === 1) continue;
      const wp = same(p);
      const wc = same(c);
      if (wp && wc && wp.list === wc.list && wc.index === wp.index + 1) kept.steps.set(i, d);
    }
    return kept.start !== undefined || kept.steps.size > 0 || kept.subs.size > 0 ? kept : undefined;
  };
}
