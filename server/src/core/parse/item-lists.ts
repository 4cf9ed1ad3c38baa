/**
 * Where an item list goes on: read ahead in the line classes from a line of text, past the lines an item
 * holds (its other paragraphs, what it announces, a table, the level below it), to the next item label.
 */
import { gradeListLabel, type LineClass } from './classify';
import { bareItemLabel, colonItemLabel, gluedItemLabel, labelAfterHeading, spacedItemLabel } from './item-labels';
import type { ParseResult, State } from './result';
import { endsSentence, isPrivateUse } from './sentence-end';
import { isBoxDrawing } from '../text/chars';
import { columnsShortOfWrap, ONE_IDEOGRAPH } from './wrap-width';
import type { Jurisdiction } from '../text/numerals';
import type { Line } from '../text/lines';
import type { StructureNode } from '../types';
import type { TextUnit } from './units';

export function markerLevel(j: Jurisdiction, marker: 'paren' | 'dun' | 'dot'): 'item' | 'subitem' | undefined {
  if (j === 'tw') return marker === 'dun' ? 'item' : marker === 'paren' ? 'subitem' : undefined;
  return marker === 'paren' ? 'item' : marker === 'dot' ? 'subitem' : undefined;
}

/**
 * （1） opening under a 项 written （一）, and the （2） （3） counting on from it: the level below, text of the 项
 * it stands in, not 项 numbered again with digits. A （2） that goes on from （一） is a 项 written with digits
 * (numbering.numeral-form's finding), and so is （1） under a 目 1. with no 项 above it.
 */
export function belowItem(j: Jurisdiction, st: State, c: LineClass, below: number | undefined): boolean {
  if (j !== 'prc' || c.type !== 'marker' || c.marker !== 'paren' || c.numeral.style !== 'arabic') return false;
  if (!st.item || st.item.numeralStyle === 'arabic') return false;
  return c.numeral.value === 1 || below === c.numeral.value - 1;
}

/**
 * Taiwan's （1） under a 目 written （一） with no 1. recognised between them (the 1. written without its dot,
 * `1 原料之活性`): the level below the 目, text of the 目 it stands in — Taiwan numbers 目 （一）, never with
 * digits — not the 目 list going on, where each new （1） would seem a repeated 目.
 */
export function belowSubitem(j: Jurisdiction, st: State, c: LineClass): boolean {
  if (j !== 'tw' || c.type !== 'marker' || c.marker !== 'paren' || c.numeral.style !== 'arabic') return false;
  if (!st.subitem || st.subitem.numeralStyle === 'arabic') return false;
  return c.numeral.value === 1 || st.below === c.numeral.value - 1;
}

/**
 * A paragraph that ends in a colon leads in a list of its own (申请人有下列情形之一的，依照前款处理：), even
 * when that list goes on with the numbers of the one before: a new 款, not a second paragraph of an item.
 */
export const LEADS_IN = /[：:]\s*$/u;

/** How many non-empty lines of text or lower markers may stand between an item and the next one. */
const ITEM_GAP = 6;
/** How far a 目's set-in lines are read ahead: a bound, so that a text of endless set-in lines stays linear. */
const SET_IN_LOOKAHEAD = 200;
/**
 * The same after an item or 目 whose first line leads in (（四）基础畜禽数量：, 2.客车类型等级要求：): what it
 * announces (one line per breed, a list of the level below) stands before the next item.
 */
const ITEM_GAP_AFTER_LEAD_IN = 16;

/**
 * Whether the item list of `item` goes on after line `index`: its next number comes before any other unit
 * starts, with only text and lower markers between. A paragraph of running text there is then a second
 * paragraph of the item (（一）……；[another paragraph of the item]（二）……), not a new 款 whose items
 * would seem to begin at （二）. Read from the line classes only, as the rest of the structure is.
 */
export function itemGoesOn(result: ParseResult, st: State, item: StructureNode, index: number): boolean {
  // A number further on (（一）…；[text]（三）…) is the same list with a label lost in the copy: the text is
  // the unlabelled item, read in the item before it, and the gap is numbering.item-sequence's finding.
  const leadsIn = firstLineLeadsIn(result, item) || (st.subitem !== undefined && firstLineLeadsIn(result, st.subitem));
  const next = nextItemNumber(result, st, index, leadsIn ? ITEM_GAP_AFTER_LEAD_IN : ITEM_GAP);
  return next !== undefined && next > item.number;
}

function firstLineLeadsIn(result: ParseResult, node: StructureNode): boolean {
  const eol = result.folded.indexOf('\n', node.textStart);
  return LEADS_IN.test(result.folded.slice(node.textStart, eol < 0 || eol > node.textEnd ? node.textEnd : eol));
}

/** 合于下列條件之一者，…… ending in its full stop: words that announce a list, which a colon need not follow. */
export const ANNOUNCES_LIST = /[下左]列|如[左下]/u;

/**
 * Whether line `index` (its text `text`) opens a new 項 that leads in a list starting again at 一, the open list
 * being past its first item: not the rest of the open unit. An item left without its closing mark (三、裁撤計畫書)
 * is no hard-wrapped line to join the next to when that line leads in (前項第三款所稱裁撤計畫書，應載明下列事項：);
 * after an item's full stop, nor is a line that opens the new list's lead-in, which may end in its own full stop and
 * stand after a heading in brackets (`(保合作社用)` then 合于下列條件之一者，……社員大會。 then 一、): read as the
 * item's, the new list's 一、二、 would seem to repeat the old one's. A list that starts again with no lead-in
 * before it is the old one numbered wrong, and stays one.
 */
export function opensNewList(result: ParseResult, st: State, open: TextUnit, text: string, index: number): boolean {
  const item = st.item;
  if (!item || item.number <= 1) return false;
  if (LEADS_IN.test(text)) return nextItemNumber(result, st, index) === 1 && !leadsInOwnSubitems(result, st, open, index);
  // A line set in below an item that leads in (三  計算土地每年純收益。其公式如左： then `    土地每年純收益＝……`) is
  // what the item leads in — its formula — not the heading of the next list's lead-in.
  if ((st.froms[index] as number) > (st.froms[open.node.line] as number) && LEADS_IN.test(result.folded.slice(Math.max(open.node.textStart, open.node.textEnd - 2), open.node.textEnd))) return false;
  const leadIn = ANNOUNCES_LIST.test(text);
  if (endsSentence(result.folded, open.node.textStart, open.node.textEnd) || lineAboveShortOfWrap(result, st, index)) return leadsInNewList(result, st, index, leadIn);
  // Below an item's line that goes on (a formula's, one short of the width), a set-in sentence of its own that
  // announces a list (`    建物淨收益依下列計算式求取之。`) right above 一、 in a hard-wrapped copy: the list's lead-in.
  const next = st.classes[index + 1];
  return leadIn && result.wrapWidth > 0 && endsSentence(text, 0, text.length) && next?.type === 'marker' && markerLevel(result.jurisdiction, next.marker) === 'item' && next.numeral.value === 1;
}

/** Whether the lines after line `index` lead in (or line `index` did: `leadIn`) a list that starts again at 一. */
function leadsInNewList(result: ParseResult, st: State, index: number, leadIn: boolean): boolean {
  for (let i = index + 1, seen = 0; i < st.classes.length && seen < ITEM_GAP; i++) {
    const from = st.froms[i] as number;
    const to = st.tos[i] as number;
    if (from >= to) continue;
    const c = st.classes[i] as LineClass;
    if (c.type === 'marker') return leadIn && markerLevel(result.jurisdiction, c.marker) === 'item' && c.numeral.value === 1;
    if (c.type !== 'text') return false;
    const ls = result.lineStarts[i] as number;
    const line = result.folded.slice(ls + from, ls + to);
    leadIn ||= LEADS_IN.test(line) || ANNOUNCES_LIST.test(line);
    seen++;
  }
  return false;
}

/**
 * Whether the open unit's line right above line `index` stops short of a hard-wrapped copy's width (wrap-width.ts):
 * it ends what it holds though it ends no sentence — a formula's last line (`    折現率` under 二、地上有建物者：).
 */
function lineAboveShortOfWrap(result: ParseResult, st: State, index: number): boolean {
  const prev = st.openLine;
  if (result.wrapWidth === 0 || prev !== index - 1) return false;
  return columnsShortOfWrap(result.source, result.lineStarts[prev] as number, st.tos[prev] as number, st.classes[prev] as LineClass, result.wrapWidth) > ONE_IDEOGRAPH;
}

/**
 * 四、……符合……系統定義 then `    及指南之……，並符合下列條件之一者：` then （一）: a lead-in that goes on the open item's
 * unfinished sentence (a hard wrap cut it) and is followed by 目 leads in the item's own 目, not a new 項 — the 一、
 * of a later 項's list (前項第一款……檢附下列各款資料：一、) is not its list.
 */
function leadsInOwnSubitems(result: ParseResult, st: State, open: TextUnit, index: number): boolean {
  if (endsSentence(result.folded, open.node.textStart, open.node.textEnd)) return false;
  for (let i = index + 1; i < st.classes.length; i++) {
    if ((st.froms[i] as number) >= (st.tos[i] as number)) continue;
    const c = st.classes[i] as LineClass;
    return c.type === 'marker' && markerLevel(result.jurisdiction, c.marker) === 'subitem';
  }
  return false;
}

/**
 * Whether the lines after line `index` (a line that leads in) list items of their own: its next marker is
 * an item's. A lead-in followed by 1. 2. (a lower level) inside an item's text is that item's, not a new 款.
 */
export function listsItems(result: ParseResult, st: State, index: number): boolean {
  for (let i = index + 1; i < st.classes.length && i <= index + 2 * ITEM_GAP; i++) {
    const c = st.classes[i] as LineClass;
    if (c.type === 'marker') return markerLevel(result.jurisdiction, c.marker) === 'item' && !belowItem(result.jurisdiction, st, c, st.below);
    if (c.type !== 'text') return true;
  }
  return true;
}

/**
 * Whether Taiwan's lower levels (1. and the （1） under it) go on after line `index`, text of a 1. or （1）
 * (本品係由人類血漿製得…… under （1）注意事項：) standing before the next of them: that text is the item's or
 * 目's, as the 1. and （1） are, not a new 項 after which （2） would seem to open a list of 目.
 */
export function lowerListGoesOn(result: ParseResult, st: State, index: number): boolean {
  if (!st.dotted) return false;
  for (let i = index + 1, seen = 0; i < st.classes.length && seen < ITEM_GAP; i++) {
    if ((st.froms[i] as number) >= (st.tos[i] as number)) continue;
    const c = st.classes[i] as LineClass;
    if (c.type === 'marker') return c.marker === 'dot' || (c.marker === 'paren' && c.numeral.style === 'arabic' && c.numeral.value > 1);
    if (c.type !== 'text') return false;
    seen++;
  }
  return false;
}

/**
 * Whether the 目 list of the open 目 goes on after line `index`: its next number comes before any item or
 * other unit, with only text, tables and lower levels between. A table or a formula under （一） is then
 * the 目's, not a new 項 after which （二） would seem to open a list of its own.
 */
export function subitemGoesOn(result: ParseResult, st: State, index: number): boolean {
  const sub = st.subitem;
  if (!sub) return false;
  const j = result.jurisdiction;
  let tables = 0; // lines of tables read past: they do not count against the look-ahead
  for (let i = index + 1, seen = 0; i < st.classes.length && i <= index + SET_IN_LOOKAHEAD + tables && seen < ITEM_GAP; i++) {
    const from = st.froms[i] as number;
    if (from >= (st.tos[i] as number)) continue;
    const c = st.classes[i] as LineClass;
    if (c.type === 'marker') {
      const level = markerLevel(j, c.marker);
      if (level === 'subitem' && c.numeral.style === sub.numeralStyle) return c.numeral.value > sub.number;
      // （1） under a PRC 目 is the level below it (handleLine); any other item label ends the 目 list.
      if (level === 'item' && !(j === 'prc' && c.numeral.style === 'arabic')) return false;
    }
    // A table's lines stand inside the 目 too, however many (a 目's table of limits runs to hundreds of lines
    // before （二）).
    if (c.type === 'text' && isTableLine(result.source.charCodeAt((result.lineStarts[i] as number) + from))) {
      const end = tableEnd(result, st, i);
      tables += end - i;
      i = end - 1;
      continue;
    }
    // Lines set in from the 目's label stand inside it, however many: its text, a formula, the levels below
    // it (Taiwan's 1 and （1） under （一）: `1 所使用之動物來源` written without its dot).
    if (setInFrom(st, sub, i)) continue;
    if (c.type !== 'marker' && c.type !== 'text') return false;
    // A lower level's label not set in counts as a line of text.
    seen++;
  }
  return false;
}

/**
 * The line after the run of table lines (and the blank lines between them) that line `index` stands in. Each
 * line of a table looks ahead past the rest of it: the run found is kept, so a table is read once, not once
 * per line.
 */
function tableEnd(result: ParseResult, st: State, index: number): number {
  const run = st.tableRun;
  if (run !== undefined && run.start <= index && index < run.end) return run.end;
  let end = index;
  while (end < st.classes.length) {
    const from = st.froms[end] as number;
    if (from < (st.tos[end] as number) && !(st.classes[end]?.type === 'text' && isTableLine(result.source.charCodeAt((result.lineStarts[end] as number) + from)))) break;
    end++;
  }
  st.tableRun = { start: index, end };
  return end;
}

/**
 * 陆、海、空军军人……: a financial numeral (陆 six) that neither starts a list nor goes on from one written in
 * them is a word of the text, not a label — also where a hard wrap cut it from the word it ends (……其屬大 then
 * 陸、香港或澳門地區……).
 */
export function wordNotLabel(st: State, level: 'item' | 'subitem', c: Extract<LineClass, { type: 'marker' }>): boolean {
  if (c.numeral.style !== 'financial' || c.numeral.value === 1) return false;
  return (level === 'item' ? st.item : st.subitem)?.numeralStyle !== 'financial';
}

/**
 * The number of the next item label after line `index` when only text and lower markers stand before it; a word
 * the tree reads as text (wordNotLabel) is text here too, or the list would seem to go on past the 項 after it.
 * After a 款 that leads in (……不得有下列行为：), text and then （二） is the list with its （一） label lost:
 * the text is joined to the 款 so that its items stay its own (第一款第五项 still names them).
 */
export function nextItemNumber(result: ParseResult, st: State, index: number, gap = ITEM_GAP): number | undefined {
  const j = result.jurisdiction;
  let below = st.below;
  for (let i = index + 1, seen = 0; i < st.classes.length && seen < gap; i++) {
    const from = st.froms[i] as number;
    if (from >= (st.tos[i] as number)) continue;
    const c = st.classes[i] as LineClass;
    if (c.type === 'marker') {
      if (belowItem(j, st, c, below)) below = c.numeral.value;
      else if (markerLevel(j, c.marker) === 'item' && !wordNotLabel(st, 'item', c)) return c.numeral.value;
    } else if (c.type !== 'text') {
      return undefined;
    } else if (isTableLine(result.source.charCodeAt((result.lineStarts[i] as number) + from))) {
      // A table's borders and rows (├──┼──┤, │鈹 │) stand inside the unit above it, however many they are.
      continue;
    } else if (setInFromItem(st, i)) {
      // So do lines set in from the item's label (a formula and what its symbols stand for, t： 為管壁之厚度).
      continue;
    }
    seen++;
  }
  return undefined;
}

/**
 * Line `index` is set in from the open item's label: a line of that item (a formula, what its symbols stand
 * for), even one ending in a colon (Vdl 為附件五所列之標準空隙深度：), which at the item's margin would lead in
 * a 款 of its own.
 */
export function setInFromItem(st: State, index: number): boolean {
  return setInFrom(st, st.item, index);
}

/** Whether line `index` is set in further than the label of `node` (an item or a 目): it stands inside it. */
function setInFrom(st: State, node: StructureNode | undefined, index: number): boolean {
  return node !== undefined && (st.froms[index] as number) > (st.froms[node.line] as number);
}

/** A line opening with a box-drawing character: a table drawn in the text. */
export function isTableLine(code: number): boolean {
  return isBoxDrawing(code);
}

/**
 * The next item of the open list labelled 一、 (or so continued), read from a line tree.ts would take for
 * something else: 一、將官……。二：校官及尉官…… — a colon for its 、, not a new 項 (after which 前項第二款 would find no
 * items); 二、……。三、四級工程採購作業…… — its own label, then text that opens with a grade (三、四級), not text of
 * the item before (after which 四、 would seem to skip 三); 九 年度決算…… — a space for its 、; 三 alone on its line
 * after a full stop, its text on the next line (after a line that goes on, a numeral alone is a wrapped one's). Only
 * as the list's next number: elsewhere a colon after a numeral is a form's field or a note's heading, and
 * 二、三級防制區 opening a 項 stays text.
 */
export function nextItemOfOpenList(result: ParseResult, st: State, line: Line, from: number, to: number): Extract<LineClass, { type: 'marker' }> | undefined {
  const item = st.item;
  if (!item || !st.article || markerLevel(result.jurisdiction, 'dun') !== 'item' || item.numeralStyle !== 'chinese') return undefined;
  const text = result.folded.slice(line.start, line.end);
  const next = (c: Extract<LineClass, { type: 'marker' }> | undefined) => (c && c.numeral.style === 'chinese' && c.numeral.value === item.number + 1 ? c : undefined);
  // 一關於……, 二關於……: a list whose labels have no mark goes on with the next number glued to its text, at the
  // margin its labels stand at (a wrapped line of an item is set in).
  const atMargin = (st.froms[line.index] as number) === (st.froms[item.line] as number);
  if (!/[、：:\s\u3000]$/u.test(item.label)) return atMargin ? next(gluedItemLabel(text, from, to)) : undefined;
  // After a label of 、, a colon or spaces (九  工作簡化……), the next may take a colon, a grade word or one space
  // (十 人事法令……), or stand alone.
  const bare = () => (st.open && endsSentence(result.folded, st.open.node.textStart, st.open.node.textEnd) ? next(bareItemLabel(text, from, to)) : undefined);
  return next(colonItemLabel(text, from, to)) ?? next(gradeListLabel(text, from, to)) ?? next(spacedItemLabel(text, from, to)) ?? bare() ?? (atMargin ? next(standInLabel(text, from, to)) : undefined);
}

/**
 * 一  關於…… then 二\ue1f1關於……: after a label of spaces, the next glued to its text only through the private-use
 * glyph the database put where the copy's 、 stood — that glyph marks a label, where a bare numeral before text
 * (一般, 三級) may be a word.
 */
function standInLabel(text: string, from: number, to: number): Extract<LineClass, { type: 'marker' }> | undefined {
  const c = gluedItemLabel(text, from, to);
  return c && c.labelEnd > 0 && isPrivateUse(text.charCodeAt(c.labelEnd - 1)) ? c : undefined;
}

/**
 * 附註：一  本編制表……, 第 2 條 一、本辦法所稱……: the first item of a list written on the line of its heading or
 * of its article's label, when the list's next label below is 2.
 */
export function firstItemOnHeadingLine(result: ParseResult, st: State, c: Extract<LineClass, { type: 'marker' }> | undefined, index: number): Extract<LineClass, { type: 'marker' }> | undefined {
  if (!c || markerLevel(result.jurisdiction, c.marker) !== 'item' || c.numeral.value !== 1) return undefined;
  return nextItemNumber(result, st, index) === 2 ? c : undefined;
}

export function firstItemAfterHeading(result: ParseResult, st: State, line: Line, from: number, to: number, index: number): Extract<LineClass, { type: 'marker' }> | undefined {
  if (!st.article) return undefined;
  return firstItemOnHeadingLine(result, st, labelAfterHeading(result.folded.slice(line.start, line.end), from, to), index);
}

/**
 * 志愿士兵等级……如下：一、二等兵：六个月。二、一等兵：一年。: after a lead-in, a line that reads as two
 * grades (一、二等), or a label with a space for its 、 (一 自來水……), opens the list when item 二 follows it.
 */
export function firstItemAfterLeadIn(result: ParseResult, st: State, line: Line, from: number, to: number, index: number): Extract<LineClass, { type: 'marker' }> | undefined {
  if (result.folded.charCodeAt(line.start + from) !== 0x4e00 || !st.article || st.item || !st.open || !LEADS_IN.test(st.open.node.text)) return undefined;
  if (markerLevel(result.jurisdiction, 'dun') !== 'item') return undefined;
  const text = result.folded.slice(line.start, line.end);
  const c = gradeListLabel(text, from, to) ?? spacedItemLabel(text, from, to);
  if (c) return c.numeral.value === 1 && nextItemNumber(result, st, index) === 2 ? c : undefined;
  // 左列事項：一關於……  二關於……: labels glued to their text open a list only as a run, 一 then 二 at the same margin.
  const g = gluedItemLabel(text, from, to);
  return g && g.numeral.value === 1 && gluedNext(result, st, index) ? g : undefined;
}

/**
 * Whether the next line at the margin of line `index` (past the lines set in further, a wrapped item's) opens
 * with the label 二 glued to its text, as 一 on line `index` does.
 */
function gluedNext(result: ParseResult, st: State, index: number): boolean {
  const margin = st.froms[index] as number;
  for (let i = index + 1, seen = 0; i < st.classes.length && seen < ITEM_GAP; i++, seen++) {
    const from = st.froms[i] as number;
    const to = st.tos[i] as number;
    if (from >= to || from > margin) continue;
    if (from < margin) return false;
    const ls = result.lineStarts[i] as number;
    return gluedItemLabel(result.folded.slice(ls, ls + to), from, to)?.numeral.value === 2;
  }
  return false;
}
