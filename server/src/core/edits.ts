/** Applying text edits (types.ts `TextEdit`), whoever made them: fixes, suggestions, renumbering, script conversion. */
import type { TextEdit } from './types';

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
