/**
 * Whether a line of text goes on the unit open above it (a hard-wrapped line, another paragraph of an item, a
 * line of a lower level, a formula's or table's lines) or opens a 款: the rules line-joins.ts and item-lists.ts
 * answer, weighed in one order. Apart from the tree that builds units (tree.ts) so that each stays one concern.
 */
import { itemGoesOn, LEADS_IN, listsItems, lowerListGoesOn, nextItemNumber, opensNewList, setInFromItem, subitemGoesOn } from './item-lists';
import { belowDottedLevel, endsShortOfWrap, inFormulaOrTable, ONLY_CLOSING_MARKS, OPENS_PROVISO, opensParagraphAfterRows, pointsAtParagraphAbove, pointsPastItems, pointsPastTable, wrappedInItem } from './line-joins';
import type { ParseResult, State } from './result';
import { endsSentence } from './sentence-end';
import type { TextUnit } from './units';

/**
 * 式中： / 其中： alone on a line: the legend of the item's formula (what its symbols stand for, line by line), not
 * a new 款 leading in a list of its own — the next item after it goes on from the open one.
 */
const FORMULA_LEGEND = /^(?:上?式中|公式中|其中)[：:]$/u;

/** A label of the levels below the 目 written without its dot: a digit or a Latin letter, then a space. */
const UNDOTTED_LABEL = /^(?:[0-9０-９]{1,2}|[A-Za-zＡ-Ｚａ-ｚ])[ \u3000]+[^\s0-9０-９]/u;

/**
 * A line of the levels below the open 目, set in from its label: a lower level's label (1 合成胜肽類, A 製造過程,
 * written without the dot that makes 1. a marker), or a line set in as far as the 目's set-in line before it.
 * It is the 目's whether or not another 目 follows: the last 目 of an article holds its levels as the others
 * do. A set-in line right after the 目's own line may be a new 項 indented by the copy, and stays one.
 */
function belowOpenSubitem(st: State, text: string, from: number): boolean {
  const sub = st.subitem;
  if (!sub) return false;
  const indent = st.froms[sub.line] as number;
  if (from <= indent) return false;
  if (UNDOTTED_LABEL.test(text)) return true;
  const before = st.froms[st.openLine] as number;
  return st.openLine !== sub.line && before > indent && from >= before;
}

/**
 * Whether line `index`, starting at column `from`, may be the rest of the open unit's hard-wrapped line: the next
 * line, or the one after a blank line. Not after a blank line below a Taiwan item or 目 unless set in from it: the
 * law database prints one paragraph a line, so an item without a full stop (三、建議事項, （二）注射：支付上限價 15.0
 * 元／毫升) ends there and a line after the blank line at its margin is a new 項 (……得列為前項議事範圍), while a
 * line set in is the item's (a 目's heading and the text under it). PRC copies do wrap an item's sentence across
 * blank lines.
 */
export function wrapsOn(result: ParseResult, st: State, index: number, from: number): boolean {
  if (st.openLine >= index - 1) return true;
  if (st.openLine !== index - 2) return false;
  return st.item === undefined || result.jurisdiction !== 'tw' || from > (st.froms[st.openLine] as number);
}

/** Whether a line of text (`text`, starting at column `from` of line `index`) goes on the open unit rather than opening a 款. */
export function joinsOpen(result: ParseResult, st: State, open: TextUnit, text: string, from: number, index: number, joinWrapped: boolean): boolean {
  if (ONLY_CLOSING_MARKS.test(text)) return true;
  const pastItems = pointsPastItems(result, st, open, index, from);
  if ((OPENS_PROVISO.test(text) && !pastItems) || wrappedInItem(result, st, open, index, from)) return true;
  if (opensNewList(result, st, open, text, index) || opensParagraphAfterRows(result, st, open, index) || pointsPastTable(result, st, open, index, from)) return false;
  // A line short of a hard-wrapped copy's width ended the unit above: neither a wrapped line nor a set-in row follows.
  const endedShort = endsShortOfWrap(result, st, open, index);
  // A hard-wrapped line of the open unit.
  if (joinWrapped && wrapsOn(result, st, index, from) && !endsSentence(result.folded, open.node.textStart, open.node.textEnd) && !pointsAtParagraphAbove(result, st, open, index, from) && !pastItems && !endedShort) return true;
  // Another paragraph of an item whose list goes on after it (a lead-in of its own list is a new 款).
  const item = st.item;
  if (item !== undefined && (FORMULA_LEGEND.test(text) || !(LEADS_IN.test(text) && !setInFromItem(st, index) && listsItems(result, st, index)))) {
    if (itemGoesOn(result, st, item, index) || lowerListGoesOn(result, st, index) || subitemGoesOn(result, st, index)) return true;
  }
  // Text after a 款 that leads in, before its （二）: the list with its （一） label lost.
  if (item === undefined && open.node.kind === 'paragraph' && LEADS_IN.test(open.node.text) && nextItemNumber(result, st, index) === 2) return true;
  return !endedShort && (belowOpenSubitem(st, text, from) || belowDottedLevel(st, from) || inFormulaOrTable(result, st, open, text, index));
}
