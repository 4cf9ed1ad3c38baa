/**
 * Text units: the pieces of running text inside an article (a paragraph's or an item's text), with their
 * place in the tree and where their text stands in the source, for the reference and department scans.
 */
import type { Span, StructureNode } from '../types';

export interface TextUnit {
  node: StructureNode;
  article: StructureNode;
  paragraph: StructureNode;
  item?: StructureNode;
  /** The unit's first source range: the node's text span as its line gave it. */
  first: Span;
  /**
   * The further source ranges, one per hard-wrapped line joined to the unit, in text order. Nearly every
   * unit has none, and shares the one frozen NO_MORE_RANGES: an array per unit was 21,000 arrays kept
   * by an analysis of ten times the Civil Code. Only addRange adds one.
   */
  more: Span[];
}

/** What the range helpers read of a unit (a scan may pass a range of its own in the same form). */
export type UnitRanges = Pick<TextUnit, 'first' | 'more'>;

/** The `more` of a unit of one range. Frozen, so a push into it throws instead of reaching every unit. */
export const NO_MORE_RANGES = Object.freeze([]) as unknown as Span[];

/** Adds a joined line's range to the unit. */
export function addRange(unit: UnitRanges, range: Span): void {
  if (unit.more === NO_MORE_RANGES) unit.more = [range];
  else unit.more.push(range);
}

/** How many source ranges the unit has. */
export function rangeCount(unit: UnitRanges): number {
  return unit.more.length + 1;
}

/** The unit's k-th source range (0 is `first`); read in a loop to rangeCount, with no array made. */
export function rangeAt(unit: UnitRanges, k: number): Span {
  return k === 0 ? unit.first : (unit.more[k - 1] as Span);
}

/** The unit's last source range (the one a glued label is looked for in). */
export function lastRange(unit: UnitRanges): Span {
  return unit.more.length === 0 ? unit.first : (unit.more[unit.more.length - 1] as Span);
}

/** The unit's text: its ranges of `source`, joined. */
export function unitText(source: string, unit: UnitRanges): string {
  let text = source.slice(unit.first.start, unit.first.end);
  for (const r of unit.more) text += source.slice(r.start, r.end);
  return text;
}
