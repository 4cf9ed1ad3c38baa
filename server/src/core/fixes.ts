/**
 * The fixes checks declare (`Check.fix`), read for any finding or diagnostic by its code: the editor's quick
 * fixes and fix-all ask here, so that no code outside the core names a check.
 */
import { CHECKS } from './checks/registry';
import type { Applicability, Check, FixDeclaration } from './checks/types';
import type { Analysis } from './analysis';
import type { TextEdit } from './types';

const BY_ID = new Map<unknown, Check>(CHECKS.map((c) => [c.id, c]));

/** The fix the check with this id declares (none for other codes: renumbering's, internal ones). */
export function fixDeclaration(code: unknown): FixDeclaration | undefined {
  return BY_ID.get(code)?.fix;
}

/** The replacement a finding's `data` carries for its span, as its check declares it. */
export interface Replacement {
  kind: 'replace' | 'canonical';
  newText: string;
  applicability: Applicability;
}

/**
 * The replacement of the finding (or of the diagnostic made from it, whose `data` the client sends back)
 * with this code and data, if its check declares one and the data holds it.
 */
export function replacementOf(code: unknown, data: unknown): Replacement | undefined {
  const declared = fixDeclaration(code);
  if (!declared || declared.kind === 'renumber') return undefined;
  const newText = (data as Record<string, unknown> | undefined)?.[declared.kind === 'canonical' ? 'canonical' : 'fix'];
  return typeof newText === 'string' ? { kind: declared.kind, newText, applicability: declared.applicability } : undefined;
}

/**
 * Every safe fix as one set of non-overlapping edits, in text order ("fix all in file"). Where two
 * fixes would touch the same characters, the first one wins and the other waits for the next round.
 */
export function fixAll(a: Analysis): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const f of a.findings) {
    const r = replacementOf(f.code, f.data);
    if (r?.applicability === 'safe') edits.push({ span: f.span, newText: r.newText });
  }
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
