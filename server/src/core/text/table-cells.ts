/**
 * Tables drawn with box characters in texts kept as plain text: a cell's words run on over several lines of
 * one row (│本法第五十七條│ on one line, │第三項│ on the next), each line repeating the column bars.
 */
import { isBoxDrawing } from './chars';

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000;
}

/** How many blank lines may stand between two lines of one row (converters double the line breaks). */
const BLANK_LINES = 2;

/**
 * When `at` heads the text of a cell (a bar and maybe spaces before it on its line) and the line above is a
 * line of the same table, the text of the same column on that line, trimmed; otherwise undefined. A border
 * line (├──┼──┤) above gives the bars themselves, which end in no word.
 */
export function cellTextAbove(s: string, at: number): string | undefined {
  let i = at - 1;
  while (i >= 0 && isSpace(s.charCodeAt(i))) i--;
  if (i < 0 || !isBoxDrawing(s.charCodeAt(i))) return undefined;
  const lineStart = s.lastIndexOf('\n', i) + 1;
  let column = 0; // the bars up to and including the one before `at`
  for (let k = lineStart; k <= i; k++) if (isBoxDrawing(s.charCodeAt(k))) column++;
  let end = lineStart - 1; // the line break that ends the line above
  for (let blank = 0; end > 0; blank++) {
    const start = s.lastIndexOf('\n', end - 1) + 1;
    if (s.slice(start, end).trim() !== '') return cellOf(s, start, end, column);
    if (blank === BLANK_LINES) return undefined;
    end = start - 1;
  }
  return undefined;
}

/** The text between the `column`th bar of s[start, end) and the next one, trimmed. */
function cellOf(s: string, start: number, end: number, column: number): string | undefined {
  let seen = 0;
  for (let k = start; k < end; k++) {
    if (!isBoxDrawing(s.charCodeAt(k))) continue;
    if (++seen < column) continue;
    let next = k + 1;
    while (next < end && !isBoxDrawing(s.charCodeAt(next))) next++;
    return s.slice(k + 1, next).trim();
  }
  return undefined;
}
