/**
 * The text of hard-wrapped units read as one line. A text wrapped at a fixed width (old Taiwan texts, text pasted
 * from many sites) breaks a line anywhere: inside a name (公務人員保險法施\n行細則), a numeral (第七\n百二十條) or a
 * word (研考\n會). The parser joins such lines into one unit (tree.ts), but a scanner that reads the source sees the
 * break. This view is the folded text with those breaks taken out, and maps its offsets back to the source.
 */
import { isHan } from '../text/chars';
import { firstAtOrAfter } from '../text/offsets';
import { rangeCount, rangeEnd, rangeStart, type UnitRanges } from './units';

export interface JoinedText {
  /** The folded text with the breaks inside units taken out. */
  readonly text: string;
  /** The view offset of a source offset (one inside a break taken out maps to where the break was). */
  viewOf(source: number): number;
  /** The source offset of a view offset that starts a span: after a break taken out there. */
  sourceStart(view: number): number;
  /** The source offset of a view offset that ends a span: before a break taken out there. */
  sourceEnd(view: number): number;
}

/**
 * The view over `units`' breaks, or undefined when none is taken out (nearly every text: then the folded text is
 * read as it is). Only a break between two ideographs is taken out: that is a word or a path cut by the wrap. A
 * break after punctuation ends nothing a scanner reads across, and one before a label, a table's row or a
 * formula's line (（1）, 1., │) is no wrap inside running text; a break between units is never in the view.
 */
export function joinedText(folded: string, units: readonly UnitRanges[]): JoinedText | undefined {
  // Source offsets where each break taken out starts and ends, in text order (units and their ranges are).
  const starts: number[] = [];
  const ends: number[] = [];
  for (const unit of units) {
    for (let k = 0; k + 1 < rangeCount(unit); k++) {
      const a = rangeEnd(unit, k);
      const b = rangeStart(unit, k + 1);
      if (isHan(folded[a - 1]) && isHan(folded[b]) && folded.slice(a, b).trim() === '') {
        starts.push(a);
        ends.push(b);
      }
    }
  }
  if (starts.length === 0) return undefined;
  // views[i]: where break i stands in the view; removed[i]: what breaks 0..i take out together.
  const views: number[] = [];
  const removed: number[] = [];
  const pieces: string[] = [];
  let from = 0;
  let gone = 0;
  for (let i = 0; i < starts.length; i++) {
    const a = starts[i] as number;
    const b = ends[i] as number;
    pieces.push(folded.slice(from, a));
    views.push(a - gone);
    gone += b - a;
    removed.push(gone);
    from = b;
  }
  pieces.push(folded.slice(from));
  const before = (i: number): number => (i > 0 ? (removed[i - 1] as number) : 0);
  return {
    text: pieces.join(''),
    viewOf(source) {
      const i = firstAtOrAfter(ends, source + 1); // the breaks that end at or before `source` are behind it
      const v = source - before(i);
      return i < starts.length && (starts[i] as number) < source ? (views[i] as number) : v;
    },
    sourceStart(view) {
      const i = firstAtOrAfter(views, view + 1);
      return view + before(i);
    },
    sourceEnd(view) {
      const i = firstAtOrAfter(views, view);
      return view + before(i);
    },
  };
}
