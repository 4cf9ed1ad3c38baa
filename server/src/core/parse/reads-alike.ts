/** Whether an edit inside a line of running text leaves the parse as it was (incremental.ts re-uses it then). */
import { classifyLine, gradeListLabel, subdivisionHeadingShape } from './classify';
import { INFO_END, metaLine } from './front-matter';
import { ANNOUNCES_LIST, isTableLine, LEADS_IN } from './item-lists';
import { bareItemLabel, colonItemLabel, labelAfterHeading, spacedItemLabel } from './item-labels';
import type { ParseResult } from './parse';
import { ANNEX_AT_END, CITES_PREVIOUS_TW, formulaSigns, itemAboveCited, ONLY_CLOSING_MARKS, OPENS_POINTING_BACK, OPENS_PROVISO, wrappedNumberSigns } from './line-joins';
import { endsSentence } from './sentence-end';
import { DELETED_RE, GLUED_ITEM_RE } from './tree';
import { displayWidth, wrapCount } from './wrap-width';
import { contentBounds } from '../text/lines';
import { hasBoxDrawing } from '../text/chars';
import { headsAttachment } from '../text/table-cells';

/** The characters a numeral cut by a hard wrap may end a line with (第 of 第一, 三 of 三十, 一 of 四一八二). */
const CUT_NUMERAL_END = /[第〇○零一二三四五六七八九]$/u;

/** An end of sentence followed by 第: an article label may be glued there. */
const GLUED_ARTICLE = /[。；][ \u3000]*第/u;

/**
 * One line before and after an edit inside it: [start, end) of the previous text, [start, end + delta) of
 * the new one; and the unit whose running text holds the edit: where its text starts, and its range on
 * this line (in the previous text).
 */
export interface EditedLine {
  line: number;
  start: number;
  end: number;
  delta: number;
  textStart: number;
  rangeStart: number;
  rangeEnd: number;
}

/**
 * Whether the parser reads an edited line of running text as it read it before (then incremental.ts keeps
 * the previous parse): no header marker on it before or after (the header may end elsewhere), the same
 * content bounds, no metadata line, the same class, no deleted article, no label glued after the edited
 * range's start, the same end of sentence for the unit's text, and a colon at the line's end in both or
 * in neither (it makes a paragraph a list's lead-in, not an item's second paragraph). `folded` is the new
 * text folded.
 */
export function readsAlike(old: ParseResult, text: string, folded: string, e: EditedLine): boolean {
  const oldLine = old.source.slice(e.start, e.end);
  const newLine = text.slice(e.start, e.end + e.delta);
  // Also a marker that now stands inside running text: since the text checks read the parser's line,
  // breaking it moves nothing, so this is a guard, not a need.
  if (e.line <= old.infoEndLine || INFO_END.test(oldLine) || INFO_END.test(newLine)) return false;
  const ob = contentBounds(oldLine);
  const nb = contentBounds(newLine);
  if (ob.from !== nb.from || nb.to !== ob.to + e.delta || metaLine(newLine, nb.from)) return false;
  const oldFolded = old.folded.slice(e.start, e.end);
  const newFolded = folded.slice(e.start, e.end + e.delta);
  const heading = ob.from > 0 && /^[\s\u3000]*#/u.test(oldLine);
  const oc = classifyLine(oldFolded, ob.from, ob.to, heading);
  const nc = classifyLine(newFolded, nb.from, nb.to, heading);
  if (JSON.stringify(oc) !== JSON.stringify(nc)) return false;
  // Read from a line of text too: a table's line (an item list goes on past it), and 一、二等兵 (it may open one).
  if (isTableLine(oldFolded.charCodeAt(ob.from)) !== isTableLine(newFolded.charCodeAt(nb.from))) return false;
  if (JSON.stringify(gradeListLabel(oldFolded, ob.from, ob.to)) !== JSON.stringify(gradeListLabel(newFolded, nb.from, nb.to))) return false;
  // And 二： (the next item when it goes on from an item list).
  if (JSON.stringify(colonItemLabel(oldFolded, ob.from, ob.to)) !== JSON.stringify(colonItemLabel(newFolded, nb.from, nb.to))) return false;
  // And 九 年度決算 (a space for its 、), 附註：一  …… (a list's first item on its heading's line).
  if (JSON.stringify(spacedItemLabel(oldFolded, ob.from, ob.to)) !== JSON.stringify(spacedItemLabel(newFolded, nb.from, nb.to))) return false;
  if (JSON.stringify(labelAfterHeading(oldFolded, ob.from, ob.to)) !== JSON.stringify(labelAfterHeading(newFolded, nb.from, nb.to))) return false;
  // And 三 alone on its line (the next item, its text on the line after).
  if (JSON.stringify(bareItemLabel(oldFolded, ob.from, ob.to)) !== JSON.stringify(bareItemLabel(newFolded, nb.from, nb.to))) return false;
  // And 第四款 抵銷 (a 款 division heading where the tree finds one).
  if (subdivisionHeadingShape(oldFolded, ob.from, ob.to) !== subdivisionHeadingShape(newFolded, nb.from, nb.to)) return false;
  // A label on the next line may be a number this line leads to: inside a bracket it leaves open, after 附件 at its
  // end (line-joins.ts); and a line that announces a list (下列) makes the list after it a new one (item-lists.ts).
  if (brackets(oldFolded) !== brackets(newFolded) || ANNEX_AT_END.test(oldFolded.slice(0, ob.to)) !== ANNEX_AT_END.test(newFolded.slice(0, nb.to))) return false;
  if (ANNOUNCES_LIST.test(oldFolded) !== ANNOUNCES_LIST.test(newFolded)) return false;
  // 第 2 條 一、……: the item 一 on the article's line.
  if (oc.type === 'article' && nc.type === 'article' && JSON.stringify(classifyLine(oldFolded, oc.textStart, ob.to)) !== JSON.stringify(classifyLine(newFolded, nc.textStart, nb.to))) return false;
  // A line ending in 第 or a digit: a label on the next line may be the rest of its numeral (tree.ts).
  if ((CUT_NUMERAL_END.test(oldFolded.slice(0, ob.to)) || CUT_NUMERAL_END.test(newFolded.slice(0, nb.to))) && oldFolded[ob.to - 1] !== newFolded[nb.to - 1]) return false;
  if (nc.type === 'article' && DELETED_RE.test(newFolded.slice(nc.textStart, nb.to))) return false;
  const from = e.rangeStart - e.start;
  if (GLUED_ARTICLE.test(oldFolded.slice(from)) || GLUED_ARTICLE.test(newFolded.slice(from))) return false;
  if (gluedItem(oldFolded, from) || gluedItem(newFolded, from)) return false;
  // A space typed where the unit's text starts (after a label glued inside the line, （一）……；（二）逾期, whose
  // bounds the line's class does not hold): the text starts after it, as the parser skips it.
  if (/\s/u.test(newFolded[from] ?? '')) return false;
  if (endsSentence(old.folded, e.textStart, e.rangeEnd) !== endsSentence(folded, e.textStart, e.rangeEnd + e.delta)) return false;
  // 前项 opening a line makes it a paragraph of its own after a blank line, and 前项 or 但前项 after a list (tree.ts).
  if (OPENS_POINTING_BACK.test(oldFolded.slice(ob.from, ob.from + 7)) !== OPENS_POINTING_BACK.test(newFolded.slice(nb.from, nb.from + 7))) return false;
  // A full stop, or 前项 anywhere, in a Taiwan line set in by two ideographic spaces below an article's first paragraph
  // makes it the next paragraph (line-joins.ts opensParagraphAfterRows).
  if (oldFolded.includes('。') !== newFolded.includes('。')) return false;
  if (CITES_PREVIOUS_TW.test(oldFolded.slice(ob.from, ob.to)) !== CITES_PREVIOUS_TW.test(newFolded.slice(nb.from, nb.to))) return false;
  // 前項第二款 after an item's line one short of the wrap width ends the list when the item is in it; a line of
  // nothing but closing marks goes on the unit above (line-joins.ts).
  if (itemAboveCited(oldFolded.slice(ob.from, ob.to)) !== itemAboveCited(newFolded.slice(nb.from, nb.to))) return false;
  if (ONLY_CLOSING_MARKS.test(oldFolded.slice(ob.from, ob.to)) !== ONLY_CLOSING_MARKS.test(newFolded.slice(nb.from, nb.to))) return false;
  // A paragraph of a hard-wrapped copy that ends in a formula (a ＝ and no sentence mark after it) ends its 項 before a
  // line opening 前項 (line-joins.ts formulaEndsAbove): an edit that adds or takes away a ＝ or such a mark is parsed
  // afresh.
  if (old.wrapWidth > 0 && formulaSigns(oldFolded.slice(ob.from, ob.to)) !== formulaSigns(newFolded.slice(nb.from, nb.to))) return false;
  // 但 opening a line joins it to the unit above; a heading naming an attachment makes the table under it the
  // attachment's, and the paths in its rows another document's.
  if (OPENS_PROVISO.test(oldFolded.slice(ob.from, ob.from + 2)) !== OPENS_PROVISO.test(newFolded.slice(nb.from, nb.from + 2))) return false;
  // A number a hard wrap put at a line's start is no label when three digits follow its 、 or the line above waits for
  // a number or leaves a bracket open (line-joins.ts numberNotLabel).
  if (wrappedNumberSigns(oldFolded, ob.from, ob.to, oc) !== wrappedNumberSigns(newFolded, nb.from, nb.to, nc)) return false;
  // In a hard-wrapped copy a line's width says whether it ends its paragraph (wrap-width.ts): an edit that changes it
  // is parsed afresh. In any Taiwan text the width is read from every line that ends no sentence: an edit that
  // changes what its line counts may make the text wrapped, or no longer, and is parsed afresh too.
  if (old.wrapWidth > 0 && displayWidth(oldLine, 0, oldLine.length) !== displayWidth(newLine, 0, newLine.length)) return false;
  if (old.jurisdiction === 'tw' && wrapCount(old.source, old.folded, e.start, ob.from, ob.to, oc) !== wrapCount(text, folded, e.start, nb.from, nb.to, nc)) return false;
  if (headsAttachment(oldFolded) !== headsAttachment(newFolded) || hasBoxDrawing(oldFolded, 0, oldFolded.length) !== hasBoxDrawing(newFolded, 0, newFolded.length)) return false;
  return LEADS_IN.test(oldFolded.slice(0, ob.to)) === LEADS_IN.test(newFolded.slice(0, nb.to));
}

/** The line's brackets in order: where one opens or closes decides whether a number at a line's start is a label. */
function brackets(line: string): string {
  return line.replace(/[^()（）]+/gu, '');
}

function gluedItem(line: string, from: number): boolean {
  GLUED_ITEM_RE.lastIndex = from;
  return GLUED_ITEM_RE.test(line);
}
