/**
 * Lines → structure tree (drafting-rules §1, §2). Never throws on any text: what cannot be read as
 * structure stays paragraph text, and the checks report what is inconsistent.
 */
import { classifyLine, findGluedArticle, type LineClass, mayOpenLabel, SENTENCE_PUNCT, TEXT_LINE } from './classify';
import { decide, type Evidence, structuralEvidence } from './jurisdiction';
import { addChild, closeSpans, makeNode } from './nodes';
import { addRange, endLastRange, NO_MORE_RANGES, rangeCount, rangeStart, type TextUnit, unitText } from './units';
import { foldForRecognition, foldScript } from '../text/fold';
import { contentBounds, contentFrom, contentTo, lineOf, lineOffsets, type Line } from '../text/lines';
import type { Jurisdiction, NumeralStyle } from '../text/numerals';
import type { AnalyseOptions, DocumentStructure, Script, Span, StructureNode, Toc } from '../types';

export type { TextUnit } from './units';

/**
 * An edit inside one unit range, from the previous version's parse to this one's: what a stage needs to
 * re-use its previous result (the department mentions, the scripts of the prose). Passed to the stages of
 * one analysis (incremental.ts) and kept by none: it links to the previous version.
 */
export interface Edit {
  /** The edited unit range, in the previous text and in this one. */
  before: Span;
  after: Span;
  /** The article holding it, in this parse. */
  article: StructureNode;
  /** An offset of the previous text outside the edited range, in this text. */
  move(x: number): number;
  /** A node of the previous parse, in this one. */
  node(n: StructureNode): StructureNode;
}

export interface ParseResult extends DocumentStructure {
  units: TextUnit[];
  /**
   * The paragraphs and items that hold items or subitems, in text order (each when it got its first
   * child): the numbering scopes read their lists from these, without visiting every paragraph.
   */
  holders: StructureNode[];
  /** Script-folded text (same length as the source). */
  folded: string;
  /** The source text. */
  source: string;
  /** How many characters fold (Traditional script); the script is decided from it. */
  traditional: number;
  /** The line of the `<!-- INFO END -->` that closes a Markdown header, or -1. */
  infoEndLine: number;
  /** Structural jurisdiction evidence, when the jurisdiction was detected rather than set. */
  evidence?: Evidence;
}

const INFO_END = /<!--\s*INFO END\s*-->/u;
/** The line that closes a Markdown header is the marker alone. */
const INFO_END_RE = new RegExp(`^\\s*${INFO_END.source}\\s*$`, 'u');

/** The script of a text of `length` characters of which `traditional` fold: Traditional from one in fifty. */
export function scriptOf(traditional: number, length: number): Script {
  return traditional * 50 > Math.max(1, length) ? 'traditional' : 'simplified';
}

/** A metadata line (`%%`, `<!-- … -->`) from its content's start `from`: the structure skips it. */
function metaLine(line: string, from: number): boolean {
  return line.startsWith('%%', from) || line.startsWith('<!--', from);
}
/** Marks that may follow the end of a sentence: closing quotes and brackets. */
const CLOSERS = new Set('”’」』）)]】》');
const TERMINALS = new Set('。；：！？');

/**
 * Whether `s[start, end)` ends a sentence: 。；：！？, …… or ... followed only by closing quotes or brackets.
 * Read backwards from the end (a `…$` pattern would be tried at every position of the text).
 */
function endsSentence(s: string, start: number, end: number): boolean {
  let i = end;
  while (i > start && CLOSERS.has(s[i - 1] as string)) i--;
  if (i > start && TERMINALS.has(s[i - 1] as string)) return true;
  if (i - 2 >= start && s[i - 1] === '…' && s[i - 2] === '…') return true;
  return i - 3 >= start && s[i - 1] === '.' && s[i - 2] === '.' && s[i - 3] === '.';
}
const DELETED_RE = /^[（(]删除[）)]。?$/u;
const AMENDMENT_TITLE_RE = /修正案|修改.{0,60}决定|修正.{0,60}决定|废止.{0,60}决定/u;

interface State {
  book?: StructureNode;
  subbook?: StructureNode;
  chapter?: StructureNode;
  section?: StructureNode;
  article?: StructureNode;
  paragraph?: StructureNode;
  item?: StructureNode;
  subitem?: StructureNode;
  /** The unit that the next continuation line may extend. */
  open?: TextUnit;
  openLine: number;
  lastArticle: number;
  /** Paragraphs in the current article (counted, not recounted per paragraph). */
  paragraphs: number;
  lastStyle?: NumeralStyle;
  /** Set while splitGlued runs: a split that opens a new unit asks it to go on (a loop, not a recursion). */
  splitting: boolean;
  splitAgain: boolean;
  /** Every line's class and content bounds, for looking ahead (itemGoesOn). */
  classes: readonly LineClass[];
  froms: readonly number[];
  tos: readonly number[];
}

export function parse(text: string, options: AnalyseOptions = {}): ParseResult {
  const offsets = lineOffsets(text);
  const { starts, ends } = offsets;
  const lineCount = starts.length;
  const { folded, changed: traditional } = foldForRecognition(text);
  const script = scriptOf(traditional, text.length);
  const joinWrapped = options.joinWrappedLines !== false;

  // Header: a Markdown metadata block ends with <!-- INFO END -->; its first `# ` line is the title.
  let bodyFrom = 0;
  let title: ParseResult['title'];
  let infoEnd = -1;
  if (text.includes('INFO END')) {
    for (let i = 0; i < lineCount && infoEnd < 0; i++) if (INFO_END_RE.test(lineOf(text, offsets, i).text)) infoEnd = i;
  }
  if (infoEnd >= 0) {
    const head = Array.from({ length: infoEnd }, (_, i) => lineOf(text, offsets, i));
    // A `##` division heading inside the metadata block (a converter artefact) already belongs to the body.
    const early = head.findIndex((l) => /^##/u.test(l.text) && /第.{1,12}[章节编]/u.test(l.text));
    bodyFrom = early >= 0 ? early : infoEnd + 1;
    const t = head.find((l) => /^#\s/u.test(l.text));
    if (t) {
      const { from, to } = contentBounds(t.text);
      title = spanText(t, from, to);
    }
  }

  // Content bounds and classes of every line, kept as numbers and shared class objects: most lines are
  // running text, and their first character already says so (no slice, no pattern).
  // Made at their size, as the line offsets are.
  const froms = new Array<number>(lineCount);
  const tos = new Array<number>(lineCount);
  const classes = new Array<LineClass>(lineCount);
  for (let i = 0; i < lineCount; i++) {
    const start = starts[i] as number;
    const end = ends[i] as number;
    const from = contentFrom(text, start, end);
    const to = contentTo(text, start, from, end);
    froms[i] = from;
    tos[i] = to;
    if (i < bodyFrom || from >= to || !mayOpenLabel(folded.charCodeAt(start + from))) {
      classes[i] = TEXT_LINE;
      continue;
    }
    // A `#` can only lead the line when the content starts after something (from > 0).
    classes[i] = classifyLine(folded.slice(start, end), from, to, from > 0 && /^[\s\u3000]*#/u.test(text.slice(start, end)));
  }
  const fixed = options.jurisdiction && options.jurisdiction !== 'auto' ? options.jurisdiction : undefined;
  const evidence = fixed ? undefined : structuralEvidence(classes, script);
  const jurisdiction: Jurisdiction = fixed ?? decide(evidence as Evidence, folded);

  const result: ParseResult = {
    jurisdiction,
    script,
    kind: 'regulation',
    title,
    children: [],
    divisions: [],
    articles: [],
    units: [],
    holders: [],
    folded,
    lineStarts: starts,
    source: text,
    traditional,
    evidence,
    infoEndLine: infoEnd,
  };
  const preBody: { text: string; span: Span }[] = [];
  const st: State = { openLine: -2, lastArticle: 0, paragraphs: 0, splitting: false, splitAgain: false, classes, froms, tos };
  let bodyStarted = false;
  let inToc = false;

  for (let i = bodyFrom; i < lineCount; i++) {
    const from = froms[i] as number;
    const to = tos[i] as number;
    if (from >= to) continue;
    // The line's object and text are made here and dropped after it: nothing keeps them.
    const line = lineOf(text, offsets, i);
    if (metaLine(line.text, from)) continue;
    let c = classes[i] ?? TEXT_LINE;

    if (inToc && result.toc) {
      if (tocAccepts(result.toc, c, line.text.slice(from, to), line, from, to)) continue;
      inToc = false;
    }
    if (c.type === 'toc-header' && !bodyStarted && !result.toc) {
      result.toc = { headerSpan: { start: line.start + from, end: line.start + to }, entries: [], articleEntries: [] };
      // A 目录 lists headings that come again in the body. One still left empty, directly followed by the
      // body, would take the body's first headings for its entries: none of them comes again.
      inToc = listedAgain(text, offsets, froms, tos, classes, i + 1);
      continue;
    }
    if (!bodyStarted) {
      if (c.type === 'division' || c.type === 'appendix' || (c.type === 'article' && c.separator !== 'none')) {
        bodyStarted = true;
      } else if (c.type === 'article' && c.numeral.value === 1) {
        bodyStarted = true;
      } else {
        if (c.type === 'text') preBody.push(spanText(line, from, to));
        continue;
      }
    }
    // A label glued to its text is a heading only when it is the expected next number, written in the
    // same numeral style as the previous label (STR-19); otherwise it is a sentence that begins with a reference.
    if (
      c.type === 'article' &&
      c.separator === 'none' &&
      !(c.sub === undefined && c.numeral.value === st.lastArticle + 1 && (st.lastStyle === undefined || st.lastStyle === c.numeral.style))
    ) {
      c = TEXT_LINE;
    }
    handleLine(result, st, c, line, from, to, i, joinWrapped);
  }
  result.title = title ?? pickTitle(preBody);
  if (result.title && AMENDMENT_TITLE_RE.test(foldScript(result.title.text))) result.kind = 'amendment';
  closeSpans(result.children);
  return result;
}

const TITLE_TAIL_RE = /(?:条例|法|规定|办法|细则|规则|决定|解释|准则|章程|纲要|法典|规范|修正案)(?:[（(][^）)]*[）)])?$/u;

/** The title is the last short line before the body that ends like a title; else the first line. */
function pickTitle(pre: readonly { text: string; span: Span }[]): { text: string; span: Span } | undefined {
  for (let i = pre.length - 1; i >= 0; i--) {
    const t = pre[i] as { text: string; span: Span };
    if (t.text.length <= 60 && !SENTENCE_PUNCT.test(t.text) && TITLE_TAIL_RE.test(foldScript(t.text).replace(/[*《》]/gu, ''))) return t;
  }
  return pre[0];
}

function spanText(line: Line, from: number, to: number): { text: string; span: Span } {
  return { text: line.text.slice(from, to), span: { start: line.start + from, end: line.start + to } };
}

/**
 * Whether the 目录 block that starts at line `first` lists a heading (or article) that is written again
 * after the block. Read ahead once per document, with the same acceptance as the block itself.
 */
function listedAgain(text: string, offsets: { starts: number[]; ends: number[] }, froms: readonly number[], tos: readonly number[], classes: readonly LineClass[], first: number): boolean {
  const scratch: Toc = { headerSpan: { start: 0, end: 0 }, entries: [], articleEntries: [] };
  const listed = new Set<string>();
  let j = first;
  for (; j < classes.length; j++) {
    const from = froms[j] as number;
    const to = tos[j] as number;
    if (from >= to) continue;
    const line = lineOf(text, offsets, j);
    if (metaLine(line.text, from)) continue;
    const c = classes[j] as LineClass;
    if (!tocAccepts(scratch, c, line.text.slice(from, to), line, from, to)) break;
    const key = headingKey(c);
    if (key) listed.add(key);
  }
  for (; j < classes.length; j++) {
    const key = headingKey(classes[j] as LineClass);
    if (key && listed.has(key)) return true;
  }
  return false;
}

/** What a 目录 entry and the body heading it lists have in common: kind and number. */
function headingKey(c: LineClass): string | undefined {
  if (c.type === 'division') return `${c.kind} ${c.numeral.value}`;
  if (c.type === 'appendix') return 'appendix';
  if (c.type === 'article') return `article ${c.numeral.value} ${c.sub?.value ?? 0}`;
  return undefined;
}

/** Accepts a line into the 目录 block; false ends the block (drafting-rules TOC-01). */
function tocAccepts(toc: Toc, c: LineClass, content: string, line: Line, from: number, to: number): boolean {
  if (c.type === 'division') {
    const first = toc.entries[0];
    if (first && first.kind === c.kind && first.number === c.numeral.value) return false; // body starts
    toc.entries.push({
      kind: c.kind,
      number: c.numeral.value,
      label: line.text.slice(from, c.labelEnd),
      title: line.text.slice(c.titleStart, c.titleEnd),
      span: { start: line.start + from, end: line.start + to },
      numeralSpan: { start: line.start + c.numeral.start, end: line.start + c.numeral.end },
      numeralStyle: c.numeral.style,
      titleSpan: { start: line.start + c.titleStart, end: line.start + c.titleEnd },
      line: line.index,
    });
    return true;
  }
  if (c.type === 'appendix') {
    if (toc.entries.some((e) => e.number === 0)) return false;
    const span = { start: line.start + from, end: line.start + to };
    toc.entries.push({ kind: 'chapter', number: 0, label: '', title: content, span, numeralSpan: { start: span.start, end: span.start }, numeralStyle: 'chinese', titleSpan: span, line: line.index });
    return true;
  }
  if (c.type === 'article' && content.length <= 30 && !SENTENCE_PUNCT.test(content)) {
    toc.articleEntries.push({ start: line.start + from, end: line.start + to });
    return true;
  }
  return false;
}

function attachDivision(result: ParseResult, st: State, node: StructureNode): void {
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
}

function handleLine(
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
      const node = makeNode(c.kind, index, ls, { numeral: c.numeral, labelStart: ls + from, labelEnd: ls + c.labelEnd, label: line.text.slice(from, c.labelEnd) });
      node.title = line.text.slice(c.titleStart, c.titleEnd);
      node.titleSpan = { start: ls + c.titleStart, end: ls + c.titleEnd };
      attachDivision(result, st, node);
      return;
    }
    case 'appendix': {
      // The unnumbered 附则 of a code with books stands at the top level (STR-12).
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
      const level = markerLevel(result.jurisdiction, c.marker);
      if (st.article && level) {
        addMarker(result, st, level, c, line, to, index);
        return;
      }
      // Taiwan's third level (1. under （一）): the tree stops at 目, so it is text of the unit it stands in,
      // not a new 項.
      if (!level && result.jurisdiction === 'tw' && st.item && st.open) {
        extendOpen(result, st, line, from, to, index);
        return;
      }
      break;
    }
    default:
      break;
  }
  addText(result, st, line, from, to, index, joinWrapped);
}

function markerLevel(j: Jurisdiction, marker: 'paren' | 'dun' | 'dot'): 'item' | 'subitem' | undefined {
  if (j === 'tw') return marker === 'dun' ? 'item' : marker === 'paren' ? 'subitem' : undefined;
  return marker === 'paren' ? 'item' : marker === 'dot' ? 'subitem' : undefined;
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
  if (c.textStart < to) addText(result, st, line, c.textStart, to, index, joinWrapped);
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
  addChild(holder, node); // a 目 directly under a 款 when no 项 came before it (STR-09 reports it)
  if (level === 'item') {
    st.item = node;
    st.subitem = undefined;
  } else {
    st.subitem = node;
  }
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
  const open = st.open;
  if (
    open &&
    ((joinWrapped && st.openLine >= index - 2 && !endsSentence(result.folded, open.node.textStart, open.node.textEnd)) ||
      (st.item !== undefined && !LEADS_IN.test(line.text.slice(from, to)) && itemGoesOn(result.jurisdiction, st, st.item, index)))
  ) {
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
 * A paragraph that ends in a colon leads in a list of its own (申请人有下列情形之一的，依照前款处理：), even
 * when that list goes on with the numbers of the one before: a new 款, not a second paragraph of an item.
 */
const LEADS_IN = /[：:]\s*$/u;

/** How many non-empty lines of text or lower markers may stand between an item and the next one. */
const ITEM_GAP = 6;

/**
 * Whether the item list of `item` goes on after line `index`: its next number comes before any other unit
 * starts, with only text and lower markers between. A paragraph of running text there is then a second
 * paragraph of the item (（一）……；[another paragraph of the item]（二）……), not a new 款 whose items
 * would seem to begin at （二）. Read from the line classes only, as the rest of the structure is.
 */
function itemGoesOn(j: Jurisdiction, st: State, item: StructureNode, index: number): boolean {
  for (let i = index + 1, seen = 0; i < st.classes.length && seen < ITEM_GAP; i++) {
    if ((st.froms[i] as number) >= (st.tos[i] as number)) continue;
    const c = st.classes[i] as LineClass;
    if (c.type === 'marker') {
      if (markerLevel(j, c.marker) === 'item') return c.numeral.value === item.number + 1;
    } else if (c.type !== 'text') {
      return false;
    }
    seen++;
  }
  return false;
}

/**
 * Articles and items glued inside the unit's last line start there (their line breaks were lost). Each
 * split opens a unit that may hold the next glued label: a law pasted as one line holds thousands, so the
 * splits run in this loop; the nested call (from the unit the split opened) only asks for one more turn.
 * As a recursion, 2,500 glued articles overflowed the stack.
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
    if (unit.node.kind === 'item') splitGluedItem(result, st, unit, line, index);
    return;
  }
  const at = line.start + g.at;
  endLastRange(unit, at);
  unit.node.textEnd = at;
  unit.node.text = unitText(result.source, unit);
  const c = classifyLine(lineFolded, g.at, contentBounds(line.text).to);
  if (c.type === 'article') startArticle(result, st, c, line, g.at, contentBounds(line.text).to, index, true, true);
}

const GLUED_ITEM_RE = /[；;][ \u3000]*(?=[（(][一二三四五六七八九十]+[）)])/gu;

/** `（三）……； （四）……` on one line: the next item's line break was lost (a corpus and Word artefact). */
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
    addMarker(result, st, 'item', c, line, to, index);
    return;
  }
}

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
  if (nc.type === 'article' && DELETED_RE.test(newFolded.slice(nc.textStart, nb.to))) return false;
  const from = e.rangeStart - e.start;
  if (GLUED_ARTICLE.test(oldFolded.slice(from)) || GLUED_ARTICLE.test(newFolded.slice(from))) return false;
  if (gluedItem(oldFolded, from) || gluedItem(newFolded, from)) return false;
  if (endsSentence(old.folded, e.textStart, e.rangeEnd) !== endsSentence(folded, e.textStart, e.rangeEnd + e.delta)) return false;
  return LEADS_IN.test(oldFolded.slice(0, ob.to)) === LEADS_IN.test(newFolded.slice(0, nb.to));
}

function gluedItem(line: string, from: number): boolean {
  GLUED_ITEM_RE.lastIndex = from;
  return GLUED_ITEM_RE.test(line);
}
