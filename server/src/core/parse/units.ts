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
  /**
   * The unit's first source range, as its line gave it, as two numbers: a Span object per unit was one
   * of the objects per node a large code keeps (docs/performance.md). The node's own text offsets are
   * the same until a hard-wrapped line is joined; then the node's text reaches to the last line's end.
   */
  firstStart: number;
  firstEnd: number;
  /**
   * The further source ranges, one per hard-wrapped line joined to the unit, in text order. Nearly every
   * unit has none, and shares the one frozen NO_MORE_RANGES: an array per unit, kept with the analysis,
   * was a large share of what a large code keeps. Only addRange adds one.
   */
  more: Span[];
}

/** What the range helpers read of a unit (a scan may pass a range of its own in the same form). */
export type UnitRanges = Pick<TextUnit, 'firstStart' | 'firstEnd' | 'more'>;

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

/** Where the unit's k-th source range starts (0 is the first); read in a loop to rangeCount, no object made. */
export function rangeStart(unit: UnitRanges, k: number): number {
  return k === 0 ? unit.firstStart : (unit.more[k - 1] as Span).start;
}

/** Where the unit's k-th source range ends. */
export function rangeEnd(unit: UnitRanges, k: number): number {
  return k === 0 ? unit.firstEnd : (unit.more[k - 1] as Span).end;
}

/** The unit's k-th source range as a Span (a new one for the first: for a caller that keeps it). */
export function rangeAt(unit: UnitRanges, k: number): Span {
  return k === 0 ? { start: unit.firstStart, end: unit.firstEnd } : { ...(unit.more[k - 1] as Span) };
}

/** Ends the unit's last source range at `end` (a glued label found inside it starts there). */
export function endLastRange(unit: UnitRanges, end: number): void {
  if (unit.more.length === 0) unit.firstEnd = end;
  else (unit.more[unit.more.length - 1] as Span).end = end;
}

/** The unit's text: its ranges of `source`, joined. */
export function unitText(source: string, unit: UnitRanges): string {
  let text = source.slice(unit.firstStart, unit.firstEnd);
  for (const r of unit.more) text += source.slice(r.start, r.end);
  return text;
}
