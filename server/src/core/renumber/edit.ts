/** Renumbering's edits: minimal replacements of number tokens, a label's pieces joined into one. */
import type { TextEdit } from '../types';

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
