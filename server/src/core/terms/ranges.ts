/** The ranges of text the term table reads uses in: article text outside definitions, and without 《…》. */
import type { ParseResult } from '../parse/parse';
import type { Span } from '../types';
import type { DefinedTerm } from './definitions';
import { termMatcher } from './matcher';

/**
 * Ranges of text, in order, as two lists of numbers: the term table keeps them (usesOf), and a large code
 * has one or more per article.
 */
export interface Ranges {
  starts: number[];
  ends: number[];
}

/** Article text outside definitions (uses counted here), from the first article on. */
export function bodyRanges(parsed: ParseResult, defined: readonly DefinedTerm[]): Ranges {
  const out: Ranges = { starts: [], ends: [] };
  const push = (start: number, end: number): void => {
    out.starts.push(start);
    out.ends.push(end);
  };
  const skip = defined.filter((d) => d.form !== 'abbreviation').map((d) => d.sentence).sort((a, b) => a.start - b.start);
  // Articles and sentences both in text order: one pointer walks the sentences (a pasted glossary has
  // thousands of definitions, and looking at each for every article was quadratic).
  let k = 0;
  for (const a of parsed.articles) {
    let start = a.textStart;
    while (k < skip.length && (skip[k] as Span).end <= start) k++;
    for (let i = k; i < skip.length && (skip[i] as Span).start < a.spanEnd; i++) {
      const s = skip[i] as Span;
      if (s.end <= start) continue;
      if (s.start > start) push(start, s.start);
      start = Math.max(start, s.end);
    }
    if (start < a.spanEnd) push(start, a.spanEnd);
  }
  return out;
}

/** The occurrences of `terms` in the text from `from` on, as spans sorted by start. */
export function knownSpans(f: string, terms: readonly string[], from: number): Span[] {
  const out: Span[] = [];
  for (const [term, starts] of termMatcher(terms).occurrences(f, from)) for (const at of starts) out.push({ start: at, end: at + term.length });
  return out.sort((a, b) => a.start - b.start);
}

/** Whether `u` lies inside one of `spans` (sorted by start; a binary search for the last starting at or before it). */
export function inside(spans: readonly Span[], u: Span): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as Span).start <= u.start) lo = mid + 1;
    else hi = mid;
  }
  // Spans of different lengths may nest: look back over the few that start at or before the use.
  for (let i = lo - 1; i >= 0 && i >= lo - 8; i--) if ((spans[i] as Span).end >= u.end) return true;
  return false;
}

const BOOK_TITLE = /《[^《》\n]{1,100}》/gu;

/** The 《…》 spans of the text, in order. */
export function bookTitles(f: string): Span[] {
  return [...f.matchAll(BOOK_TITLE)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

/** `r` without the sorted, disjoint `spans`: one pointer walks both lists. */
export function minus(r: Ranges, spans: readonly Span[]): Ranges {
  if (spans.length === 0) return r;
  const out: Ranges = { starts: [], ends: [] };
  let k = 0;
  for (let i = 0; i < r.starts.length; i++) {
    let start = r.starts[i] as number;
    const end = r.ends[i] as number;
    while (k < spans.length && (spans[k] as Span).end <= start) k++;
    for (let j = k; j < spans.length && (spans[j] as Span).start < end; j++) {
      const s = spans[j] as Span;
      if (s.start > start) {
        out.starts.push(start);
        out.ends.push(s.start);
      }
      start = Math.max(start, s.end);
    }
    if (start < end) {
      out.starts.push(start);
      out.ends.push(end);
    }
  }
  return out;
}
