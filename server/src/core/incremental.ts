/**
 * Incremental re-analysis (issue #6): an edit inside the running text of one line that leaves the line's
 * structure as it was. The previous parse is copied with its offsets moved instead of read again; the
 * references of the edited paragraph are read again and the others copied; the line-local checks run on
 * the edited line only and keep their other findings. Everything that reads across the document
 * (resolution, numbering, departments, terms, mixed script) runs again on the whole, as in a full
 * analysis. Any edit outside these conditions gets a full analysis: the result is always what
 * analyse(text) gives (property-tested in server/test/incremental.test.ts).
 */
import { type Edit, type ParseResult, scriptOf, type TextUnit } from './parse/parse';
import { type EditedLine, readsAlike } from './parse/reads-alike';
import { CONVENTION_REACH, CONVENTION_WORD, decide } from './parse/jurisdiction';
import { movedNode } from './parse/nodes';
import { NO_MORE_RANGES, rangeAt, rangeCount, rangeEnd, rangeStart, unitText } from './parse/units';
import { scanReferences } from './refs/scan';
import { countLayout, countTraditional, foldForRecognition } from './text/fold';
import { firstAtOrAfter } from './text/offsets';
import type { Finding, Reference, ReferencePath, Span, StructureNode } from './types';
import type { VersionState } from './analysis';
import type { CounterSlip } from './refs/missing-counter';

/** What an edit re-used: the new parse and references, the edit itself, and the line the line-local checks read again. */
export interface Reuse {
  parsed: ParseResult;
  /** Contextualised, not yet resolved (resolution runs on the whole). */
  references: Reference[];
  /** The articles' numbers without their 条: the re-read paragraphs' found again, the others moved. */
  slips: CounterSlip[];
  edit: Edit;
  /** The edited line in the new text (line break excluded). */
  window: Span;
  /** Moves a finding of a line-local check from the previous text; undefined when it stood in the edited line. */
  carry(f: Finding): Finding | undefined;
}

/** The edit could not be re-used (a position fell inside the edited range): a full analysis follows. */
class NotReusable extends Error {}

const BLOCK = 256;
/** How far back from a paragraph's start scope words are read (a few dozen characters at most). */
const LOOK_BACK = 64;

/** Where two texts differ: [at, oldEnd) of the old one became [at, newEnd) of the new one. */
interface Stretch {
  at: number;
  oldEnd: number;
  newEnd: number;
  delta: number;
}

/**
 * Re-uses the previous version (its parse and references) for `text`, or returns undefined when the edit
 * is not one this handles.
 */
export function reparse(previous: VersionState, oldRefs: readonly Reference[], text: string): Reuse | undefined {
  const old = previous.parsed;
  if (old.kind === 'amendment' || previous.quoteCarried || old.source === text) return undefined;
  const d = changedStretch(old.source, text);
  const place = editedPlace(old, text, d);
  if (!place) return undefined;
  const seg = text.slice(d.at, d.newEnd);
  const { folded: newSeg, changed: addedTraditional, layout: addedLayout } = foldForRecognition(seg);
  // Most Simplified texts fold to themselves: then so does the new one, and no copy of the whole is made
  // (V8 flattens a joined copy at its first read: a copy of the whole text on every keystroke).
  const src = old.source;
  const folded = old.folded === src && newSeg === seg ? text : old.folded.slice(0, d.at) + newSeg + old.folded.slice(d.oldEnd);
  const line: EditedLine = { line: place.line, start: place.lineStart, end: place.lineEnd, delta: d.delta, textStart: place.unit.node.textStart, rangeStart: place.range.start, rangeEnd: place.range.end };
  if (!readsAlike(old, text, folded, line)) return undefined;
  const traditional = old.traditional - countTraditional(src.slice(d.at, d.oldEnd)) + addedTraditional;
  const layout = old.layout - countLayout(src.slice(d.at, d.oldEnd)) + addedLayout;
  if (scriptOf(traditional, text.length - layout) !== old.script || jurisdictionMoves(old, folded, d)) return undefined;
  try {
    const { parsed, edit, moved } = movedParse(old, text, folded, traditional, layout, place, d);
    const reread = rereadReferences(old, parsed, oldRefs, previous.slips, place, moved);
    if (!reread) return undefined;
    const { references, slips } = reread;
    return { parsed, references, slips, edit, window: { start: place.lineStart, end: place.lineEnd + d.delta }, carry: carrier(place.lineStart, place.lineEnd, d.delta) };
  } catch (err) {
    if (err instanceof NotReusable) return undefined;
    throw err;
  }
}

/** Compared a block at a time (native string comparison), then a character at a time, from both ends. */
function changedStretch(src: string, text: string): Stretch {
  const min = Math.min(src.length, text.length);
  let p = 0;
  while (p + BLOCK <= min && src.slice(p, p + BLOCK) === text.slice(p, p + BLOCK)) p += BLOCK;
  while (p < min && src.charCodeAt(p) === text.charCodeAt(p)) p++;
  let q = 0;
  while (q + BLOCK <= min - p && src.slice(src.length - q - BLOCK, src.length - q) === text.slice(text.length - q - BLOCK, text.length - q)) q += BLOCK;
  while (q < min - p && src.charCodeAt(src.length - 1 - q) === text.charCodeAt(text.length - 1 - q)) q++;
  return { at: p, oldEnd: src.length - q, newEnd: text.length - q, delta: text.length - src.length };
}

/** Where the edit stands: inside one line, no line break typed, inside the running text of one unit. */
interface Place {
  line: number;
  lineStart: number;
  lineEnd: number;
  unit: TextUnit;
  /** The unit's range holding the edit, and its index among the unit's ranges. */
  range: Span;
  index: number;
}

function editedPlace(old: ParseResult, text: string, d: Stretch): Place | undefined {
  const src = old.source;
  const line = lineAt(old.lineStarts, d.at);
  const lineStart = old.lineStarts[line] as number;
  let lineEnd = lineStart;
  while (lineEnd < src.length && src.charCodeAt(lineEnd) !== 10 && src.charCodeAt(lineEnd) !== 13) lineEnd++;
  if (d.oldEnd > lineEnd) return undefined;
  for (let i = d.at; i < d.newEnd; i++) if (text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13) return undefined;
  const found = unitRangeAt(old.units, d.at, d.oldEnd, lineStart, lineEnd);
  if (!found) return undefined;
  if (old.toc && found.unit.article === old.articles[0]) return undefined; // the line that closed the 目录
  return { line, lineStart, lineEnd, ...found };
}

/** Convention words (jurisdiction.ts) near the edit can change the counts: then the jurisdiction is decided again. */
function jurisdictionMoves(old: ParseResult, folded: string, d: Stretch): boolean {
  const near = (f: string, from: number, to: number): boolean => CONVENTION_WORD.test(f.slice(Math.max(0, from - CONVENTION_REACH), to + CONVENTION_REACH));
  return old.evidence !== undefined && (near(old.folded, d.at, d.oldEnd) || near(folded, d.at, d.newEnd)) && decide(old.evidence, folded) !== old.jurisdiction;
}

/** How positions and nodes of the previous parse move into the new one. */
interface Moved {
  span(s: Span): Span;
  node(n: StructureNode): StructureNode;
}

/**
 * The previous parse with its offsets moved. Offsets up to the start of the edited range stay; from its
 * end on they move by delta. An end at the range's end moves with it even when the range is empty (typing
 * after a bare （一）): there the end of the running text, and of the nodes holding it, is also its start.
 * Label ends are never the end of running text and move as starts (movedNode). Throws NotReusable when a
 * position falls inside the edited range.
 */
function movedParse(old: ParseResult, text: string, folded: string, traditional: number, layout: number, place: Place, d: Stretch): { parsed: ParseResult; edit: Edit; moved: Moved } {
  const rs = place.range.start;
  const re = place.range.end;
  const delta = d.delta;
  const start = (x: number): number => (x <= rs ? x : x > re ? x + delta : fail());
  const endsBefore = (x: number): boolean => x <= rs && x < re;
  const end = (x: number): number => (endsBefore(x) ? x : x >= re ? x + delta : fail());
  const span = (s: Span): Span => ({ start: start(s.start), end: end(s.end) });
  const mover = { start, end };
  // A node that ends before the edited range has the same offsets in both versions: the previous
  // analysis and this one share it (neither changes nodes). The others are copied.
  const nodes = new Map<StructureNode, StructureNode>();
  const copy = (n: StructureNode): StructureNode => {
    if (endsBefore(n.spanEnd)) return n;
    // movedNode (parse/nodes.ts) keeps the parser's shape; the incremental property test compares every
    // field with a fresh analysis.
    const c = movedNode(n, mover, n.children.length === 0 ? n.children : n.children.map(copy));
    if (n.subSpan) c.subSpan = { start: start(n.subSpan.start), end: start(n.subSpan.end) }; // part of the label
    if (n.titleSpan) c.titleSpan = span(n.titleSpan);
    nodes.set(n, c);
    return c;
  };
  const children = old.children.map(copy);
  const node = (n: StructureNode): StructureNode => nodes.get(n) ?? n;
  const units: TextUnit[] = old.units.map((u) => {
    if (endsBefore(u.node.spanEnd) && endsBefore(u.article.spanEnd)) return u;
    const n = node(u.node);
    const c: TextUnit = { node: n, article: node(u.article), paragraph: node(u.paragraph), firstStart: start(u.firstStart), firstEnd: end(u.firstEnd), more: u.more.length === 0 ? NO_MORE_RANGES : u.more.map(span) };
    if ('item' in u) c.item = u.item && node(u.item);
    return c;
  });
  const edited = units[old.units.indexOf(place.unit)] as TextUnit;
  edited.node.text = unitText(text, edited);
  const parsed: ParseResult = {
    ...old,
    children,
    divisions: old.divisions.map(node),
    articles: old.articles.map(node),
    holders: old.holders.map(node),
    units,
    folded,
    source: text,
    lineStarts: old.lineStarts.map(start),
    traditional,
    layout,
  };
  if (old.toc) parsed.toc = { headerSpan: span(old.toc.headerSpan), entries: old.toc.entries.map((e) => ({ ...e, span: span(e.span), numeralSpan: span(e.numeralSpan), ...(e.subSpan ? { subSpan: span(e.subSpan) } : {}), titleSpan: span(e.titleSpan) })), articleEntries: old.toc.articleEntries.map(span) };
  if (old.title) parsed.title = { text: old.title.text, span: span(old.title.span) };
  const edit: Edit = { before: { start: rs, end: re }, after: rangeAt(edited, place.index), article: edited.article, move: (x) => (x <= rs ? x : x + delta), node };
  return { parsed, edit, moved: { span, node } };
}

/**
 * The references of the new version: those of the edited paragraph, and of paragraphs whose look-back
 * could reach the edited line, read again; the others moved. Undefined when the paragraphs read again
 * leave quoted replacement text open (then the paragraphs after them read differently).
 */
function rereadReferences(old: ParseResult, parsed: ParseResult, oldRefs: readonly Reference[], oldSlips: readonly CounterSlip[], place: Place, moved: Moved): { references: Reference[]; slips: CounterSlip[] } | undefined {
  const re = place.range.end;
  const again = new Set<StructureNode>();
  for (const u of old.units) {
    const first = u.firstStart;
    if (u.paragraph === place.unit.paragraph || (first > re && first <= re + LOOK_BACK)) again.add(u.paragraph);
  }
  const rescanned = parsed.units.filter((_, i) => again.has((old.units[i] as TextUnit).paragraph));
  const fresh = scanReferences(parsed, rescanned);
  if (fresh.carried) return undefined;
  const firstAgain = rescanned[0]?.firstStart ?? 0;
  const references = keptAndReread(oldRefs, fresh.refs, again, firstAgain, (r) => copyReference(r, moved.span, moved.node));
  // The slips likewise: only the checks read them, and none asks their order, but a fresh analysis has it.
  const slips = keptAndReread(oldSlips, fresh.slips, again, firstAgain, (sl) => {
    const span = moved.span(sl.span);
    const path = moved.span(sl.path);
    return sl.paragraph ? { span, path, paragraph: moved.node(sl.paragraph) } : { span, path };
  });
  return { references, slips };
}

/**
 * What the scan found in the new version, in text order: the previous version's items outside the paragraphs read
 * again, moved, with what reading those paragraphs found put in before the first kept item at or after
 * `firstAgain` (where the first of them starts).
 */
function keptAndReread<T extends { span: Span; paragraph?: StructureNode }>(
  old: readonly T[],
  fresh: readonly T[],
  again: ReadonlySet<StructureNode>,
  firstAgain: number,
  move: (item: T) => T,
): T[] {
  const out: T[] = [];
  // (One push at a time: a line may hold hundreds of thousands of references, too many to spread into a call.)
  const insert = (): void => {
    for (const f of fresh) out.push(f);
  };
  let inserted = false;
  for (const item of old) {
    if (item.paragraph && again.has(item.paragraph)) continue;
    const kept = move(item);
    if (!inserted && kept.span.start >= firstAgain) {
      insert();
      inserted = true;
    }
    out.push(kept);
  }
  if (!inserted) insert();
  return out;
}

/** Moves a finding of a line-local check from the previous text; undefined when it stood in the edited line. */
function carrier(lineStart: number, lineEnd: number, delta: number): (f: Finding) => Finding | undefined {
  return (f) => {
    if (f.span.end >= lineStart && f.span.start <= lineEnd) return undefined;
    const move = (s: Span): Span => (s.start > lineEnd ? { start: s.start + delta, end: s.end + delta } : { ...s });
    const c: Finding = { ...f, span: move(f.span) };
    if (f.related) c.related = f.related.map((r) => ({ ...r, span: move(r.span) }));
    if (f.suggestions) c.suggestions = f.suggestions.map((s) => (s.edits ? { ...s, edits: s.edits.map((e) => ({ ...e, span: move(e.span) })) } : s));
    return c;
  };
}

function fail(): never {
  throw new NotReusable();
}

/** The index of the line holding offset `at` (the last line start at or before it). */
function lineAt(starts: readonly number[], at: number): number {
  return Math.max(0, firstAtOrAfter(starts, at + 1) - 1);
}

/** The unit range on the line [lineStart, lineEnd] that holds the whole of [from, to]. */
function unitRangeAt(units: readonly TextUnit[], from: number, to: number, lineStart: number, lineEnd: number): { unit: TextUnit; range: Span; index: number } | undefined {
  let lo = 0;
  let hi = units.length - 1;
  // Units are in text order: the last one starting at or before the line's end.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((units[mid] as TextUnit).firstStart <= lineEnd) lo = mid;
    else hi = mid - 1;
  }
  for (let i = Math.min(lo, units.length - 1); i >= 0 && i >= lo - 1; i--) {
    const unit = units[i] as TextUnit;
    for (let index = 0; index < rangeCount(unit); index++) {
      const rs = rangeStart(unit, index);
      const re = rangeEnd(unit, index);
      if (rs >= lineStart && re <= lineEnd && rs <= from && to <= re) return { unit, range: rangeAt(unit, index), index };
    }
  }
  return undefined;
}

/** A reference of an unchanged paragraph, moved, on the copied nodes, without its resolution. */
function copyReference(r: Reference, span: (s: Span) => Span, node: (n: StructureNode) => StructureNode): Reference {
  const path = (p: ReferencePath): ReferencePath => {
    const c: ReferencePath = { ...p, span: span(p.span), numerals: p.numerals.map((n) => (n.removal ? { ...n, span: span(n.span), removal: span(n.removal) } : { ...n, span: span(n.span) })) };
    return c;
  };
  const c: Reference = {
    scope: r.scope,
    span: span(r.span),
    text: r.text,
    elements: r.elements.map((e) => {
      const el: Reference['elements'][number] = { text: e.text, span: span(e.span), path: path(e.path) };
      if (e.rangeEnd) el.rangeEnd = { text: e.rangeEnd.text, span: span(e.rangeEnd.span), path: path(e.rangeEnd.path) };
      return el;
    }),
  };
  if (r.relative !== undefined) c.relative = r.relative;
  if (r.relativeCount !== undefined) c.relativeCount = r.relativeCount;
  // What the context stage read (context.ts) is the paragraph's own, so it moves with it: the article 前條 names,
  // the other article a bare path may belong to, and whether it follows another law.
  if (r.antecedent !== undefined) c.antecedent = path(r.antecedent);
  if (r.otherArticle !== undefined) c.otherArticle = path(r.otherArticle);
  if (r.afterExternal !== undefined) c.afterExternal = r.afterExternal;
  if (r.mayBeOwn !== undefined) c.mayBeOwn = r.mayBeOwn;
  // As the scanner writes them: the keys are there even when a unit has no item.
  if ('article' in r) c.article = r.article && node(r.article);
  if ('paragraph' in r) c.paragraph = r.paragraph && node(r.paragraph);
  if ('item' in r) c.item = r.item && node(r.item);
  return c;
}
