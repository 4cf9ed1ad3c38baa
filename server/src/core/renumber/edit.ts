/** Text edits: minimal replacements of number tokens, applied in one pass. */
import type { Message, Span } from '../types';

export interface TextEdit {
  span: Span;
  newText: string;
  /** Set when the edit needs the drafter's confirmation (ambiguous target, range that changed meaning). */
  confirm?: Message;
}

/**
 * The pieces of one label (its numeral, its 之N) as one edit carrying the text between them unchanged: a
 * drafter confirms or refuses a label whole, and refusing half of 第二十一条之一 → 第二十二条 would leave
 * 第二十二条之一 or 第二十一条. `pieces` are in text order and do not overlap; at least one.
 */
export function joinEdits(text: string, pieces: readonly TextEdit[]): TextEdit {
  const first = pieces[0] as TextEdit;
  if (pieces.length === 1) return first;
  let newText = '';
  let at = first.span.start;
  for (const p of pieces) {
    newText += text.slice(at, p.span.start) + p.newText;
    at = p.span.end;
  }
  const joined: TextEdit = { span: { start: first.span.start, end: at }, newText };
  if (first.confirm) joined.confirm = first.confirm;
  return joined;
}

/**
 * Applies non-overlapping edits to `text`. Overlapping edits are a bug in the caller: they are refused
 * (an Error), never silently merged, so no text can be dropped or duplicated.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.span.start < at || e.span.end < e.span.start || e.span.end > text.length) {
      throw new Error(`overlapping or invalid edit at ${e.span.start}-${e.span.end}`);
    }
    out += text.slice(at, e.span.start) + e.newText;
    at = e.span.end;
  }
  return out + text.slice(at);
}
