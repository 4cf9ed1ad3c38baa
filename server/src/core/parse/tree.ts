/**
 * Classified lines → the structure tree, one line at a time: divisions, articles, paragraphs, items and
 * subitems, the running text of each unit (hard-wrapped lines joined), and labels whose line breaks were lost.
 */
import { classifyLine, findGluedArticle, type LineClass, subdivisionHeadingShape } from './classify';
import { dotLabelBeforeDigit } from './item-labels';
import { belowItem, belowSubitem, firstItemAfterHeading, firstItemAfterLeadIn, firstItemOnHeadingLine, markerLevel, nextItemOfOpenList, wordNotLabel } from './item-lists';
import { joinsOpen, wrapsOn } from './joins-open';
import { addChild, makeNode } from './nodes';
import { numeralCutByWrap } from './line-joins';
import { outlineInText } from './outlines';
import type { ParseResult, State } from './result';
import { addRange, endLastRange, NO_MORE_RANGES, rangeCount, rangeStart, type TextUnit, unitText } from './units';
import { contentBounds, type Line } from '../text/lines';
import type { StructureNode } from '../types';

const ARABIC_LABEL = /^[0-9０-９]/u;
export const DELETED_RE = /^[（(]删除[）)]。?$/u;

function attachDivision(result: ParseResult, st: State, node: StructureNode, deleted: boolean): void {
  const kept = st.beforeDeleted;
  st.beforeDeleted = undefined;
  // 第四章（刪除） set inside 第三章, before its 第九節 (the official layout of the Taiwan database): a section
  // that goes on from the chapter before, with nothing under the deleted chapter, is that chapter's.
  if (node.kind === 'section' && kept && st.chapter?.children.length === 0 && node.number === kept.section.number + 1) {
    st.chapter = kept.chapter;
  }
  if (node.kind === 'chapter' && deleted && st.chapter && st.section) st.beforeDeleted = { chapter: st.chapter, section: st.section };
  const parent =
    node.kind === 'book'
      ? undefined
      : node.kind === 'subbook'
        ? st.book
        : node.kind === 'chapter'
          ? (st.subbook ?? st.book)
          : (st.chapter ?? st.subbook ?? st.book);
  if (parent) addChild(parent, node);
  else result.children.push(node);
  result.divisions.push(node);
  if (node.kind === 'book') {
    st.book = node;
    st.subbook = st.chapter = st.section = undefined;
  } else if (node.kind === 'subbook') {
    st.subbook = node;
    st.chapter = st.section = undefined;
  } else if (node.kind === 'chapter') {
    st.chapter = node;
    st.section = undefined;
  } else {
    st.section = node;
  }
  st.article = st.paragraph = st.item = st.subitem = st.open = undefined;
  st.outline = false;
}

export function handleLine(
  result: ParseResult,
  st: State,
  c: LineClass,
  line: Line,
  from: number,
  to: number,
  index: number,
  joinWrapped: boolean,
): void {
  const ls = line.start;
  switch (c.type) {
    case 'division': {
      if (outlineInText(st, c, index)) break;
      const node = makeNode(c.kind, index, ls, { numeral: c.numeral, sub: c.sub?.value, labelStart: ls + from, labelEnd: ls + c.labelEnd, label: line.text.slice(from, c.labelEnd) });
      node.title = line.text.slice(c.titleStart, c.titleEnd);
      node.titleSpan = { start: ls + c.titleStart, end: ls + c.titleEnd };
      if (c.subRemoval) node.subSpan = { start: ls + c.subRemoval.start, end: ls + c.subRemoval.end };
      attachDivision(result, st, node, DELETED_RE.test(result.folded.slice(ls + c.titleStart, ls + c.titleEnd)));
      return;
    }
    case 'appendix': {
      // The unnumbered 附则 of a code with books stands at the top level.
      const node = makeNode('chapter', index, ls, { number: 0, labelStart: ls + from, labelEnd: ls + from });
      node.title = line.text.slice(c.titleStart, c.titleEnd);
      node.titleSpan = { start: ls + c.titleStart, end: ls + c.titleEnd };
      st.book = st.subbook = undefined;
      result.children.push(node);
      result.divisions.push(node);
      st.chapter = node;
      st.section = undefined;
      st.article = st.paragraph = st.item = st.subitem = st.open = undefined;
      return;
    }
    case 'attachment':
      st.article = st.paragraph = st.item = st.subitem = st.open = undefined;
      return;
    case 'article':
      startArticle(result, st, c, line, from, to, index, false, joinWrapped);
      return;
    case 'marker': {
      if (st.open && joinWrapped && wrapsOn(result, st, index, from) && numeralCutByWrap(result, st, st.open, c, index)) {
        extendOpen(result, st, line, from, to, index);
        return;
      }
      const level = markerLevel(result.jurisdiction, c.marker);
      // （1） under 1. under （一） is a third level below the 目: text of the 目 it stands in, not a 项. Without
      // a 项 above the 目, （1） may be a 项 written with digits (numbering.numeral-form's finding).
      if (level === 'item' && result.jurisdiction === 'prc' && st.item && st.subitem && st.open && c.numeral.style === 'arabic') {
        extendOpen(result, st, line, from, to, index);
        return;
      }
      if (level === 'item' && st.open && belowItem(result.jurisdiction, st, c, st.below)) {
        st.below = c.numeral.value;
        extendOpen(result, st, line, from, to, index);
        return;
      }
      if (level === 'subitem' && st.open && belowSubitem(result.jurisdiction, st, c)) {
        st.below = c.numeral.value;
        extendOpen(result, st, line, from, to, index);
        return;
      }
      // Taiwan's fourth level (（1） under 1. under （一）): a list of its own under each 1., text of the unit
      // it stands in, not 目 numbered again with digits.
      if (level === 'subitem' && st.dotted && (st.item || st.subitem) && st.open && c.numeral.style === 'arabic') {
        extendOpen(result, st, line, from, to, index);
        return;
      }
      if (st.article && level && !wordNotLabel(st, level, c)) {
        addMarker(result, st, level, c, line, to, index);
        return;
      }
      // Taiwan's third level (1. under （一）): the tree stops at 目, so it is text of the unit it stands in,
      // not a new 項 — also under a 目 that opens the article's list with no 款 above it (第4條 （一）門票： 1.全票).
      if (!level && result.jurisdiction === 'tw' && (st.item || st.subitem) && st.open) {
        st.dotted = true;
        extendOpen(result, st, line, from, to, index);
        return;
      }
      break;
    }
    default: {
      if (subdivisionHeadingAt(result, st, ls, from, to, index)) {
        // A 款 or 目 division heading (第四款 抵銷) ends the article before it and takes no place in the tree, as
        // text between divisions takes none: not a 項 of that article, nor a citation of its 第四款.
        st.article = st.paragraph = st.item = st.subitem = st.open = undefined;
        return;
      }
      const headed = firstItemAfterHeading(result, st, line, from, to, index);
      if (headed) {
        addText(result, st, line, from, headed.numeral.start - (headed.marker === 'paren' ? 1 : 0), index, joinWrapped);
        addMarker(result, st, 'item', headed, line, to, index);
        return;
      }
      const first = firstItemAfterLeadIn(result, st, line, from, to, index) ?? nextItemOfOpenList(result, st, line, from, to);
      if (first) {
        addMarker(result, st, 'item', first, line, to, index);
        return;
      }
      // 1.客位500人及以上……； 2.1万总吨及以上……: the 目 that follows 1., not a decimal opening a new 款.
      const next = result.jurisdiction === 'prc' && st.subitem !== undefined && ARABIC_LABEL.test(st.subitem.numeral) ? dotLabelBeforeDigit(result.folded.slice(ls, line.end), from, to, st.subitem.number + 1) : undefined;
      if (next?.type === 'marker' && st.article) {
        addMarker(result, st, 'subitem', next, line, to, index);
        return;
      }
      break;
    }
  }
  addText(result, st, line, from, to, index, joinWrapped);
}

/**
 * Whether line `index` is a 款 or 目 division heading: its shape (subdivisionHeadingShape), in a Taiwan text, under a
 * 節 (as these divisions stand only under one), and alone between articles — the next line with content opens an
 * article, a division or another such heading (第三款 約定財產制 / 第一目 共同財產制). PRC has no such divisions (none
 * in the corpus or the library): a PRC line 第四款 … stays text.
 */
function subdivisionHeadingAt(result: ParseResult, st: State, ls: number, from: number, to: number, index: number): boolean {
  if (result.jurisdiction !== 'tw' || st.section === undefined || !subdivisionHeadingShape(result.folded, ls + from, ls + to)) return false;
  for (let j = index + 1; j < st.classes.length; j++) {
    const jf = st.froms[j] as number;
    const jt = st.tos[j] as number;
    if (jf >= jt) continue;
    const c = st.classes[j];
    const js = result.lineStarts[j] as number;
    return c?.type === 'article' || c?.type === 'division' || subdivisionHeadingShape(result.folded, js + jf, js + jt);
  }
  return false;
}

function startArticle(
  result: ParseResult,
  st: State,
  c: Extract<LineClass, { type: 'article' }>,
  line: Line,
  from: number,
  to: number,
  index: number,
  glued: boolean,
  joinWrapped: boolean,
): void {
  const ls = line.start;
  const node = makeNode('article', index, ls, {
    numeral: c.numeral,
    sub: c.sub?.value ?? 0,
    labelStart: ls + from,
    labelEnd: ls + c.labelEnd,
    label: line.text.slice(from, c.labelEnd),
  });
  node.separator = c.separator;
  node.glued = glued;
  if (c.subRemoval) node.subSpan = { start: ls + c.subRemoval.start, end: ls + c.subRemoval.end };
  if (c.caption) {
    node.title = c.caption.text;
    node.titleSpan = { start: ls + c.caption.start, end: ls + c.caption.end };
  }
  const parent = st.section ?? st.chapter ?? st.subbook ?? st.book;
  if (parent) addChild(parent, node);
  else result.children.push(node);
  result.articles.push(node);
  if (c.sub === undefined) st.lastArticle = c.numeral.value;
  st.lastStyle = c.numeral.style;
  st.article = node;
  st.outline = false;
  st.paragraphs = 0;
  st.paragraph = st.item = st.subitem = st.open = undefined;
  const opening = result.folded.charCodeAt(ls + c.textStart);
  // （删除）: looked at only when the text opens with a parenthesis, not sliced for every article.
  if ((opening === 0xff08 || opening === 0x28) && DELETED_RE.test(result.folded.slice(ls + c.textStart, ls + to))) {
    node.deleted = true;
    node.text = line.text.slice(c.textStart, to);
    node.textStart = ls + c.textStart;
    node.textEnd = ls + to;
    return;
  }
  if (c.textStart >= to) return;
  const rest = classifyLine(result.folded.slice(ls, line.end), c.textStart, to);
  const item = firstItemOnHeadingLine(result, st, rest.type === 'marker' ? rest : undefined, index);
  if (item) addMarker(result, st, 'item', item, line, to, index);
  else addText(result, st, line, c.textStart, to, index, joinWrapped);
}

function addMarker(
  result: ParseResult,
  st: State,
  level: 'item' | 'subitem',
  c: Extract<LineClass, { type: 'marker' }>,
  line: Line,
  to: number,
  index: number,
): void {
  const article = st.article as StructureNode;
  const ls = line.start;
  const labelStart = ls + c.numeral.start - (c.marker === 'paren' ? 1 : 0);
  const node = makeNode(level, index, ls, {
    numeral: c.numeral,
    labelStart,
    labelEnd: ls + c.labelEnd,
    label: line.text.slice(labelStart - ls, c.labelEnd),
    text: line.text.slice(c.textStart, to),
    textStart: ls + c.textStart,
    textEnd: ls + to,
  });
  if (!st.paragraph) st.paragraph = newParagraph(st, article, index, ls + c.numeral.start);
  const holder = level === 'item' || !st.item ? st.paragraph : st.item;
  if (holder.children.length === 0) result.holders.push(holder);
  addChild(holder, node); // a 目 directly under a 款 when no 项 came before it (a 目 belongs under a 项)
  if (level === 'item') {
    st.item = node;
    st.subitem = undefined;
  } else {
    st.subitem = node;
  }
  st.below = undefined;
  st.dotted = false;
  // The first range is the node's text until a continuation line is joined (addText).
  const unit: TextUnit = { node, article, paragraph: st.paragraph, item: st.item, firstStart: node.textStart, firstEnd: node.textEnd, more: NO_MORE_RANGES };
  result.units.push(unit);
  st.open = unit;
  st.openLine = index;
  splitGlued(result, st, unit, line, index);
}

function newParagraph(st: State, article: StructureNode, index: number, at: number, text?: string, textStart?: number, textEnd?: number): StructureNode {
  const p = makeNode('paragraph', index, at, { number: ++st.paragraphs, labelStart: at, labelEnd: at, text, textStart, textEnd });
  addChild(article, p);
  return p;
}

function addText(result: ParseResult, st: State, line: Line, from: number, to: number, index: number, joinWrapped: boolean): void {
  const article = st.article;
  if (!article) return; // preamble, head-note or text between divisions: not structure
  const ls = line.start;
  if (st.open && joinsOpen(result, st, st.open, line.text.slice(from, to), from, index, joinWrapped)) {
    extendOpen(result, st, line, from, to, index);
    return;
  }
  const p = newParagraph(st, article, index, ls + from, line.text.slice(from, to), ls + from, ls + to);
  st.paragraph = p;
  st.item = st.subitem = undefined;
  const unit: TextUnit = { node: p, article, paragraph: p, firstStart: p.textStart, firstEnd: p.textEnd, more: NO_MORE_RANGES };
  result.units.push(unit);
  st.open = unit;
  st.openLine = index;
  splitGlued(result, st, unit, line, index);
}

/** Joins the line to the open unit: a hard-wrapped line, or another paragraph of the same item. */
function extendOpen(result: ParseResult, st: State, line: Line, from: number, to: number, index: number): void {
  const open = st.open as TextUnit;
  const ls = line.start;
  addRange(open, { start: ls + from, end: ls + to });
  // The node's text reaches the joined line; the unit's first range stays its first line.
  open.node.textEnd = ls + to;
  open.node.text = open.node.text + line.text.slice(from, to);
  st.openLine = index;
  splitGlued(result, st, open, line, index);
}

/**
 * Articles and items glued inside the unit's last line start there (their line breaks were lost). Each
 * split opens a unit that may hold the next glued label: a law pasted as one line holds thousands, so the
 * splits run in this loop; the nested call (from the unit the split opened) only asks for one more turn.
 * As a recursion, a long run of glued articles overflowed the stack.
 */
function splitGlued(result: ParseResult, st: State, unit: TextUnit, line: Line, index: number): void {
  if (st.splitting) {
    st.splitAgain = true; // `unit` is st.open, which the loop below takes next
    return;
  }
  st.splitting = true;
  for (let u: TextUnit | undefined = unit; u; u = st.splitAgain ? st.open : undefined) {
    st.splitAgain = false;
    splitOnce(result, st, u, line, index);
  }
  st.splitting = false;
}

/** An article glued after `。` (or an item after `；`) inside the unit's last line starts there. */
function splitOnce(result: ParseResult, st: State, unit: TextUnit, line: Line, index: number): void {
  // The unit's last range and the node's text both end at the glued label.
  const lastStart = rangeStart(unit, rangeCount(unit) - 1);
  const lineFolded = result.folded.slice(line.start, line.end);
  const g = findGluedArticle(lineFolded, lastStart - line.start, st.lastArticle + 1);
  if (!g) {
    if (unit.node.kind === markerLevel(result.jurisdiction, 'paren')) splitGluedItem(result, st, unit, line, index);
    return;
  }
  const at = line.start + g.at;
  endLastRange(unit, at);
  unit.node.textEnd = at;
  unit.node.text = unitText(result.source, unit);
  const c = classifyLine(lineFolded, g.at, contentBounds(line.text).to);
  if (c.type === 'article') startArticle(result, st, c, line, g.at, contentBounds(line.text).to, index, true, true);
}

/** `；` or `。 ` (a space where the line break was) before a label in brackets. */
export const GLUED_ITEM_RE = /(?:[；;]|。(?=[ \u3000]))[ \u3000]*(?=[（(][一二三四五六七八九十]+[）)])/gu;

/**
 * `（三）……； （四）……` on one line: the next item's line break was lost (a corpus and Word artefact); so is Taiwan's
 * next 目 after a full stop and a space (……籠統增減。 (三) 其他支出，……), in a hard-wrapped line.
 */
function splitGluedItem(result: ParseResult, st: State, unit: TextUnit, line: Line, index: number): void {
  const lastStart = rangeStart(unit, rangeCount(unit) - 1);
  const lineFolded = result.folded.slice(line.start, line.end);
  const to = contentBounds(line.text).to;
  GLUED_ITEM_RE.lastIndex = lastStart - line.start;
  for (let m = GLUED_ITEM_RE.exec(lineFolded); m; m = GLUED_ITEM_RE.exec(lineFolded)) {
    const at = m.index + m[0].length;
    const c = classifyLine(lineFolded, at, to);
    if (c.type !== 'marker' || c.marker !== 'paren' || c.numeral.value !== unit.node.number + 1) continue;
    endLastRange(unit, line.start + m.index + 1);
    unit.node.textEnd = line.start + m.index + 1;
    unit.node.text = unitText(result.source, unit);
    addMarker(result, st, unit.node.kind as 'item' | 'subitem', c, line, to, index);
    return;
  }
}
