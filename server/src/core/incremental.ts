/**
 * Incremental re-analysis (issue #6): an edit inside the running text of one line that leaves the line's
 * structure as it was. The previous parse is copied with its offsets moved instead of read again; the
 * references of the edited paragraph are read again and the others copied; the line-local checks run on
 * the edited line only and keep their other findings. Everything that reads across the document
 * (resolution, numbering, departments, terms, mixed script) runs again on the whole, as in a full
 * analysis. Any edit outside these conditions gets a full analysis: the result is always what
 * analyse(text) gives (property-tested in server/test/incremental.test.ts).
 */
import { classifyLine, type LineClass } from './parse/classify';
import { DELETED_RE, endsSentence, GLUED_ITEM_RE, LEADS_IN, type ParseResult, type TextUnit } from './parse/parse';
import { CONVENTION_REACH, CONVENTION_WORD, decide } from './parse/jurisdiction';
import { movedNode } from './parse/nodes';
import { NO_MORE_RANGES, rangeAt, rangeCount, rangeEnd, rangeStart, unitText } from './parse/units';
import { quoteCarried, scanUnits } from './refs/scan';
import { countTraditional, foldForRecognition } from './text/fold';
import { contentBounds } from './text/lines';
import { firstAtOrAfter } from './text/offsets';
import type { Finding, Reference, ReferencePath, Span, StructureNode } from './types';

/** What an edit re-used: the new parse and references, and the line the line-local checks read again. */
export interface Reuse {
  parsed: ParseResult;
  /** Contextualised, not yet resolved (resolution runs on the whole). */
  references: Reference[];
  /** The edited line in the new text (line break excluded). */
  window: Span;
  /** Moves a finding of a line-local check from the previous text; undefined when it stood in the edited line. */
  carry(f: Finding): Finding | undefined;
}

/** The edit could not be re-used (a position fell inside the edited range): a full analysis follows. */
class NotReusable extends Error {}

const INFO_END = /<!--\s*INFO END\s*-->/u;
const BLOCK = 256;
const GLUED_ARTICLE = /[。；][ \u3000]*第/u;

/**
 * Re-uses `old` (the parse and references of the previous version) for `text`, or returns undefined when
 * the edit is not one this handles.
 */
export function reparse(old: ParseResult, oldRefs: readonly Reference[], text: string): Reuse | undefined {
  const src = old.source;
  if (old.kind === 'amendment' || quoteCarried(old) || src === text) return undefined;

  // The changed stretch: [p, oldEnd) of the old text became [p, newEnd) of the new one.
  // Compared a block at a time (native string comparison), then a character at a time.
  const min = Math.min(src.length, text.length);
  let p = 0;
  while (p + BLOCK <= min && src.slice(p, p + BLOCK) === text.slice(p, p + BLOCK)) p += BLOCK;
  while (p < min && src.charCodeAt(p) === text.charCodeAt(p)) p++;
  let q = 0;
  while (q + BLOCK <= min - p && src.slice(src.length - q - BLOCK, src.length - q) === text.slice(text.length - q - BLOCK, text.length - q)) q += BLOCK;
  while (q < min - p && src.charCodeAt(src.length - 1 - q) === text.charCodeAt(text.length - 1 - q)) q++;
  const oldEnd = src.length - q;
  const newEnd = text.length - q;
  const delta = text.length - src.length;

  // Inside one line, and no line break typed.
  const L = lineAt(old.lineStarts, p);
  const lineStart = old.lineStarts[L] as number;
  let lineEnd = lineStart;
  while (lineEnd < src.length && src.charCodeAt(lineEnd) !== 10 && src.charCodeAt(lineEnd) !== 13) lineEnd++;
  if (oldEnd > lineEnd) return undefined;
  for (let i = p; i < newEnd; i++) if (text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13) return undefined;
  // A line that holds the header's end marker after the edit may move where the header ends (the first line
  // that is only the marker), for the structure and the prose. One that held it before is also analysed in
  // full: since the text checks read the parser's line, breaking a later marker moves nothing, so this is
  // a guard, not a need.
  if (L <= old.infoEndLine || INFO_END.test(src.slice(lineStart, lineEnd)) || INFO_END.test(text.slice(lineStart, lineEnd + (text.length - src.length)))) return undefined;

  // The edit stands inside the running text of one unit, on this line.
  const place = unitRangeAt(old.units, p, oldEnd, lineStart, lineEnd);
  if (!place) return undefined;
  const { unit, range } = place;
  if (old.toc && unit.article === old.articles[0]) return undefined; // the line that closed the 目录

  // The line reads as before: same bounds, same class, no glued article or item, same end of sentence.
  const oldLine = src.slice(lineStart, lineEnd);
  const newLine = text.slice(lineStart, lineEnd + delta);
  const ob = contentBounds(oldLine);
  const nb = contentBounds(newLine);
  if (ob.from !== nb.from || nb.to !== ob.to + delta) return undefined;
  const content = newLine.slice(nb.from, nb.to);
  if (content.startsWith('%%') || content.startsWith('<!--')) return undefined;
  const seg = text.slice(p, newEnd);
  const { folded: newSeg, changed: addedTraditional } = foldForRecognition(seg);
  // Most Simplified texts fold to themselves: then so does the new one, and no copy of the whole is made
  // (a joined copy costs about 1 ms to flatten on the Civil Code).
  const folded = old.folded === src && newSeg === seg ? text : old.folded.slice(0, p) + newSeg + old.folded.slice(oldEnd);
  const oldFoldedLine = old.folded.slice(lineStart, lineEnd);
  const newFoldedLine = folded.slice(lineStart, lineEnd + delta);
  const heading = ob.from > 0 && /^[\s\u3000]*#/u.test(oldLine);
  const oc = classifyLine(oldFoldedLine, ob.from, ob.to, heading);
  const nc = classifyLine(newFoldedLine, nb.from, nb.to, heading);
  if (!sameClass(oc, nc)) return undefined;
  if (nc.type === 'article' && DELETED_RE.test(newFoldedLine.slice(nc.textStart, nb.to))) return undefined;
  const from = range.start - lineStart;
  if (GLUED_ARTICLE.test(oldFoldedLine.slice(from)) || GLUED_ARTICLE.test(newFoldedLine.slice(from))) return undefined;
  if (gluedItem(oldFoldedLine, from) || gluedItem(newFoldedLine, from)) return undefined;
  const textStart = unit.node.textStart;
  if (endsSentence(old.folded, textStart, range.end) !== endsSentence(folded, textStart, range.end + delta)) return undefined;
  // (A colon at the end makes a paragraph a list's lead-in, not an item's second paragraph.)
  if (LEADS_IN.test(oldFoldedLine.slice(0, ob.to)) !== LEADS_IN.test(newFoldedLine.slice(0, nb.to))) return undefined;

  // The same script and jurisdiction.
  const traditional = old.traditional - countTraditional(src.slice(p, oldEnd)) + addedTraditional;
  const script = traditional * 50 > Math.max(1, text.length) ? 'traditional' : 'simplified';
  if (script !== old.script) return undefined;
  // Convention words (jurisdiction.ts) near the edit can change the counts: then the jurisdiction is decided again.
  const near = (f: string, from: number, to: number): boolean => CONVENTION_WORD.test(f.slice(Math.max(0, from - CONVENTION_REACH), to + CONVENTION_REACH));
  if (old.evidence && (near(old.folded, p, oldEnd) || near(folded, p, newEnd)) && decide(old.evidence, folded) !== old.jurisdiction) return undefined;

  // Offsets up to the start of the edited range stay; from its end on they move by delta. An end at the
  // range's end moves with it even when the range is empty (typing after a bare （一）): there the end of the
  // running text, and of the nodes holding it, is also its start. Label ends are never the end of running
  // text and move as starts (movedNode).
  const rs = range.start;
  const re = range.end;
  const start = (x: number): number => (x <= rs ? x : x > re ? x + delta : fail());
  const endsBefore = (x: number): boolean => x <= rs && x < re;
  const end = (x: number): number => (endsBefore(x) ? x : x >= re ? x + delta : fail());
  const span = (s: Span): Span => ({ start: start(s.start), end: end(s.end) });
  const mover = { start, end };
  try {
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
    const edited = units[old.units.indexOf(unit)] as TextUnit;
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
    };
    parsed.derived = { from: old, before: { start: rs, end: re }, after: rangeAt(edited, place.index), article: edited.article, move: (x) => (x <= rs ? x : x + delta), node };
    if (old.toc) parsed.toc = { headerSpan: span(old.toc.headerSpan), entries: old.toc.entries.map((e) => ({ ...e, span: span(e.span), numeralSpan: span(e.numeralSpan), titleSpan: span(e.titleSpan) })), articleEntries: old.toc.articleEntries.map(span) };
    if (old.title) parsed.title = { text: old.title.text, span: span(old.title.span) };

    // References: those of the edited paragraph, and of paragraphs whose look-back could reach the edited
    // line (scope words are read at most a few dozen characters back), are read again.
    const LOOK_BACK = 64;
    const again = new Set<StructureNode>();
    for (const u of old.units) {
      const first = u.firstStart;
      if (u.paragraph === unit.paragraph || (first > re && first <= re + LOOK_BACK)) again.add(u.paragraph);
    }
    const rescanned = units.filter((_, i) => again.has((old.units[i] as TextUnit).paragraph));
    const fresh = scanUnits(parsed, rescanned);
    if (fresh.carried) return undefined;
    const firstAgain = rescanned[0]?.firstStart ?? 0;
    const references: Reference[] = [];
    let inserted = false;
    for (const r of oldRefs) {
      if (r.paragraph && again.has(r.paragraph)) continue;
      if (!inserted && start(r.span.start) >= firstAgain) {
        for (const f of fresh.refs) references.push(f);
        inserted = true;
      }
      references.push(copyReference(r, span, node));
    }
    if (!inserted) for (const f of fresh.refs) references.push(f);

    const window = { start: lineStart, end: lineEnd + delta };
    const carry = (f: Finding): Finding | undefined => {
      if (f.span.end >= lineStart && f.span.start <= lineEnd) return undefined;
      const move = (s: Span): Span => (s.start > lineEnd ? { start: s.start + delta, end: s.end + delta } : { ...s });
      const c: Finding = { ...f, span: move(f.span) };
      if (f.related) c.related = f.related.map((r) => ({ ...r, span: move(r.span) }));
      if (f.suggestions) c.suggestions = f.suggestions.map((s) => (s.edits ? { ...s, edits: s.edits.map((e) => ({ ...e, span: move(e.span) })) } : s));
      return c;
    };
    return { parsed, references, window, carry };
  } catch (err) {
    if (err instanceof NotReusable) return undefined;
    throw err;
  }
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

function sameClass(a: LineClass, b: LineClass): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function gluedItem(line: string, from: number): boolean {
  GLUED_ITEM_RE.lastIndex = from;
  return GLUED_ITEM_RE.test(line);
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
  // As the scanner writes them: the keys are there even when a unit has no item.
  if ('article' in r) c.article = r.article && node(r.article);
  if ('paragraph' in r) c.paragraph = r.paragraph && node(r.paragraph);
  if ('item' in r) c.item = r.item && node(r.item);
  return c;
}
