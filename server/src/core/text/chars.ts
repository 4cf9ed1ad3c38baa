/**
 * Whitespace wherever a draft has it (space, tab, U+3000, no-break and typographic spaces, BOM), as a
 * regular-expression character class body.
 */
export const WS_CLASS = ' \\t\\u3000\\u00A0\\u2002-\\u200A\\uFEFF';

const WS_ALL_RE = new RegExp(`[${WS_CLASS}]+`, 'gu');

/** Removes every WS_CLASS character (for comparing titles such as 总\u3000则 and 总则). */
export function stripSpaces(text: string): string {
  return text.replace(WS_ALL_RE, '');
}

/** True for CJK unified ideographs (BMP ranges used in legislative text). */
export function isHan(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/** A box-drawing character (├ ─ │ ┼ …): what texts kept as plain text draw their tables and fraction bars with. */
export function isBoxDrawing(code: number): boolean {
  return code >= 0x2500 && code <= 0x257f;
}

/** Whether `s` has a box-drawing character between `start` and `end`: a drawn table's row or a formula's bar. */
export function hasBoxDrawing(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isBoxDrawing(s.charCodeAt(i))) return true;
  return false;
}
