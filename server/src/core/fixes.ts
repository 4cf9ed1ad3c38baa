/** Mechanical fixes carried by findings as data (`data.fix` replaces the finding's span). */
import type { TextEdit } from './renumber/edit';
import type { Analysis } from './analysis';
import type { Finding } from './types';

export function fixOf(f: Finding): TextEdit | undefined {
  const fix = f.data?.fix;
  return typeof fix === 'string' ? { span: f.span, newText: fix } : undefined;
}

/**
 * Every available fix as one set of non-overlapping edits, in text order ("fix all in file"). Where two
 * fixes would touch the same characters, the first one wins and the other waits for the next round.
 */
export function fixAll(a: Analysis, accept: (f: Finding) => boolean = () => true): TextEdit[] {
  const edits = a.findings.filter(accept).map(fixOf).filter((e): e is TextEdit => e !== undefined);
  edits.sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
  const out: TextEdit[] = [];
  let end = -1;
  for (const e of edits) {
    if (e.span.start < end || (e.span.start === end && e.span.start === e.span.end)) continue;
    out.push(e);
    end = Math.max(end, e.span.end);
  }
  return out;
}
