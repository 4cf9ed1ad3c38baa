/**
 * Where a line's sentence ends, for joining hard-wrapped lines (tree.ts) and for telling whether an edit changes
 * that (reads-alike.ts).
 */

/**
 * Marks that may follow the end of a sentence: closing quotes and brackets, and an ASCII quote, which some copies
 * leave after a full stop (……應轉作當年度收益處理。' then the next 項): after 。 it closes, it never runs on.
 */
const CLOSERS = new Set('”’」』）)]】》\'"');
const TERMINALS = new Set('。；：！？');

/**
 * Whether `s[start, end)` ends a sentence: 。；：！？ (or 。 and a stray 、), …… or ... followed only by closing quotes or brackets, or by
 * private-use characters: marks some copies leave after a line's last stop (協助審查。 then U+E15B U+E15C), which
 * no font draws and which carry no text. Read backwards from the end (a `…$` pattern would be tried at every
 * position of the text).
 */
export function endsSentence(s: string, start: number, end: number): boolean {
  let i = end;
  while (i > start && (CLOSERS.has(s[i - 1] as string) || isPrivateUse(s.charCodeAt(i - 1)))) i--;
  if (i > start && TERMINALS.has(s[i - 1] as string)) return true;
  // ……每人不得少於二十公升。、 : a stray 、 a copy left after the full stop ends no clause of its own.
  if (i - 1 > start && s[i - 1] === '、' && s[i - 2] === '。') return true;
  if (noteAfterFullStop(s, start, end)) return true;
  if (i - 2 >= start && s[i - 1] === '…' && s[i - 2] === '…') return true;
  return i - 3 >= start && s[i - 1] === '.' && s[i - 2] === '.' && s[i - 3] === '.';
}
/** A private-use character: a glyph a copy's database could not show, which carries no text of its own. */
export function isPrivateUse(code: number): boolean {
  return code >= 0xe000 && code <= 0xf8ff;
}
/**
 * `减资明细表。（分割减资者……免附）`: a bracketed note after the full stop closes the sentence too, so the
 * line after it is a new unit, not the rest of a wrapped line. Only the last bracket is read, back to its
 * opening one and no further than NOTE_MAX (a unit of joined lines is asked again at each line).
 */
const NOTE_MAX = 400;
function noteAfterFullStop(s: string, start: number, end: number): boolean {
  let i = end;
  while (i > start && /\s/u.test(s[i - 1] as string)) i--;
  if (s[i - 1] !== '）' && s[i - 1] !== ')') return false;
  const stop = Math.max(start, i - NOTE_MAX);
  for (let depth = 0; i > stop; i--) {
    const ch = s[i - 1];
    if (ch === '）' || ch === ')') depth++;
    else if ((ch === '（' || ch === '(') && --depth === 0) return i - 1 > start && TERMINALS.has(s[i - 2] as string);
  }
  return false;
}
