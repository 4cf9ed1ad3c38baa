/**
 * Tables drawn with box characters in texts kept as plain text: a cell's words run on over several lines of
 * one row (│本法第五十七條│ on one line, │第三項│ on the next), each line repeating the column bars.
 */
import { OPENS_WITH_ATTACHMENT } from './attachments';
import { hasBoxDrawing, isBoxDrawing } from './chars';
import { firstAtOrAfter } from './offsets';

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

/** How far back from a path its cell's left bar may stand (a drawn table's cells are a few dozen characters wide). */
const CELL_REACH = 80;
/**
 * The words of the cell `at` stands in, up to `at`, when the cell runs on from the line above: that line's text of
 * the column joined to the words before `at` on its own line (│二、經依政務人員退職撫卹條│ then │    例第十四條…│
 * gives 二、經依政務人員退職撫卹條例). Undefined when `at` is in no cell, or its cell has no line above in the table.
 */
export function cellWordsBefore(s: string, at: number): string | undefined {
  let bar = at - 1;
  // A cell is narrow: reading further back than CELL_REACH would read every long line again for each path on it.
  const stop = Math.max(0, at - CELL_REACH);
  while (bar >= stop && !isBoxDrawing(s.charCodeAt(bar))) {
    if (s.charCodeAt(bar) === 0x0a) return undefined;
    bar--;
  }
  if (bar < stop) return undefined;
  const above = cellTextAbove(s, bar + 1);
  return above === undefined ? undefined : above + s.slice(bar + 1, at).trim();
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

/** Whether `line` names an attachment as the heading of what is drawn under it. */
export function headsAttachment(line: string): boolean {
  return OPENS_WITH_ATTACHMENT.test(line);
}

/**
 * A line that is a title and nothing else (考試應考資格表, 附表一  應考資格表): no sentence punctuation, short. An
 * article's own words that lead into a table end in ： or 。 (本考試應考資格如下：).
 */
const TABLE_TITLE = /^[ \t\u3000]*[\u4e00-\u9fff][^。，,；;：:]{0,29}$/u;

/**
 * The drawn tables of `s` set out under a heading that names an attachment (附表一 …應考資格表 on the line above the
 * top border), as sorted offsets: the start and the end of each. Their rows, and the notes drawn inside them,
 * number the attachment's own parts (│三  三等考試第三款資格所稱……│: its 應考資格 三). One pass over the lines.
 * After the line where the last article starts (`lastArticle`, an offset), a table under a title is an annex whatever
 * the title says (考試應考資格表 with no 附表 before it): the text has no article left for it to stand in, while a table
 * an article leads into itself (……如下：) stays that article's.
 */
export function attachedTables(s: string, lastArticle = Infinity): number[] {
  const bounds: number[] = [];
  if (!hasBoxDrawing(s, 0, s.length)) return bounds;
  let last: 'heading' | 'text' | 'table' | undefined; // the last line that is not blank
  let attached = false; // whether the table the last line drew is under an attachment's heading
  let blanks = 0;
  for (let start = 0; start < s.length; ) {
    const eol = s.indexOf('\n', start);
    const end = eol < 0 ? s.length : eol;
    if (s.slice(start, end).trim() === '') {
      blanks++;
    } else if (hasBoxDrawing(s, start, end)) {
      if (last === 'table' && blanks <= BLANK_LINES) {
        if (attached) bounds[bounds.length - 1] = end;
      } else {
        attached = last === 'heading' && blanks <= BLANK_LINES;
        if (attached) bounds.push(start, end);
      }
      last = 'table';
      blanks = 0;
    } else {
      const line = s.slice(start, end);
      last = headsAttachment(line) || (start > lastArticle && TABLE_TITLE.test(line.trimEnd())) ? 'heading' : 'text';
      blanks = 0;
    }
    start = end + 1;
  }
  return bounds;
}

/** Whether `at` lies inside one of the tables `bounds` (attachedTables) gives. */
export function inTable(bounds: readonly number[], at: number): boolean {
  return firstAtOrAfter(bounds, at + 1) % 2 === 1;
}
