/**
 * Lines of text that go on the open unit where tree.ts would otherwise open a 项 (a formula's or a table's lines,
 * the text of the level below a 目, a proviso), and one that opens a 项 where it would otherwise go on (前项 after a blank line).
 */
import { LEADS_IN } from './item-lists';
import type { LineClass } from './classify';
import type { ParseResult, State } from './result';
import { rangeCount, rangeStart, type TextUnit } from './units';
import { endsSentence } from './sentence-end';
import { columnsShortOfWrap, ONE_IDEOGRAPH } from './wrap-width';
import { hasBoxDrawing } from '../text/chars';
import { parseNumeral } from '../text/numerals';

/** 前项 / 前二项 (Taiwan's paragraph), 前款 / 前二款 (PRC's) opening a line. */
const PREVIOUS_PARAGRAPH = { tw: /^前[一二三四五六七八九十]*项/u, prc: /^前[一二三四五六七八九十]*款/u } as const;
/** Either, or 但 and either (below an item, tw), for an edit that may make or unmake one (reads-alike.ts). */
export const OPENS_POINTING_BACK = /^但?前[一二三四五六七八九十]*[项款]/u;
/** 前项 / 但前项 opening a Taiwan line (folded). */
const POINTS_BACK_TW = /^但?前[一二三四五六七八九十]*项/u;
/**
 * 但身心障礙類教師……為限。 opening a line after an item's full stop: a proviso opens no paragraph — it qualifies the
 * sentence before it, in the same unit (read as a new 項, it would make 前項 after it point at itself). 但书
 * (但書所稱……) may open a paragraph about one.
 */
export const OPENS_PROVISO = /^但(?![书書])/u;

/**
 * A line holding nothing but the marks that close a sentence (`    。` below ……禁止事項。): where a copy's hard wrap put
 * the stop the line above already has, or has in its place. No unit opens with it: it goes on the open one, whether
 * or not that ends its sentence (read as a 項, it moved the number of every 項 after it: 前項第四款 found a 項 of
 * one stop and no items).
 */
export const ONLY_CLOSING_MARKS = /^[。．，、；：！？」』）)]+$/u;

/**
 * A line after a blank line that opens by pointing at the paragraph before it (前项课程包括……) is a paragraph of its
 * own, though the paragraph above lacks its closing 。 (……各四小时, ……〕): a wrapped sentence that went on there
 * would leave its 前项 pointing at itself.
 */
export function pointsAtParagraphAbove(result: ParseResult, st: State, open: TextUnit, index: number, from: number): boolean {
  if (st.openLine !== index - 2 || open.node.kind !== 'paragraph') return false;
  const at = (result.lineStarts[index] as number) + from;
  return PREVIOUS_PARAGRAPH[result.jurisdiction].test(result.folded.slice(at, at + 6));
}

/**
 * 前項體能測驗種類…… or 但前項筆試科目…… at the margin right after a Taiwan list's last item (六、其他體能測驗, or
 * ……合計滿六十分為及格。): the 項 after the one the list is in. Its 前項 is the paragraph holding the list, so it
 * cannot be that item's hard-wrapped line or proviso, whose 前項 would point at its own paragraph. A line set in from
 * the item's label stays the item's.
 */
export function pointsPastItems(result: ParseResult, st: State, open: TextUnit, index: number, from: number): boolean {
  if (result.jurisdiction !== 'tw' || st.openLine !== index - 1) return false;
  const node = open.node;
  if (node.kind !== 'item' && node.kind !== 'subitem') return false;
  if (from > (st.froms[node.line] as number)) return false;
  const at = (result.lineStarts[index] as number) + from;
  return POINTS_BACK_TW.test(result.folded.slice(at, at + 7));
}

/**
 * 前項規定之最小間距…… right after the last line of a table drawn in the text (└──┴──┘): the paragraph after the one
 * the table ends. A drawn line ends no sentence, yet no sentence wraps out of a table into the text below it; read as
 * the table's continuation, its 前項 would point at its own paragraph.
 */
export function pointsPastTable(result: ParseResult, st: State, open: TextUnit, index: number, from: number): boolean {
  const prev = st.openLine;
  if (prev !== index - 1 || open.node.kind !== 'paragraph') return false;
  const pls = result.lineStarts[prev] as number;
  const pfrom = pls + (st.froms[prev] as number);
  if (!hasBoxDrawing(result.folded, pfrom, pls + (st.tos[prev] as number))) return false;
  const at = (result.lineStarts[index] as number) + from;
  // A hard-wrapped copy (wrap-width.ts) wraps its sentences, never a table's: a line of text below the table's
  // bottom rule (└──┴──┘) opens the next 項, wherever its 前項 stands (……無法達到前項規定深度時……).
  if (result.wrapWidth > 0 && BOTTOM_RULE.test(result.folded[pfrom] as string) && !hasBoxDrawing(result.folded, at, at + (st.tos[index] as number) - from)) return true;
  return PREVIOUS_PARAGRAPH[result.jurisdiction].test(result.folded.slice(at, at + 6));
}

/** The first character of a table's bottom rule. */
const BOTTOM_RULE = /^[└┕┖┗╘╙╚╰]$/u;

/** 前项 / 前二项 anywhere in a Taiwan line (folded); reads-alike.ts asks it too, as it makes the line a paragraph. */
export const CITES_PREVIOUS_TW = /前[一二三四五六七八九十]*项/u;

/**
 * The Legislative Yuan's layout (立法院法律系統): an article's first paragraph on its label's line at the margin, every
 * later line set in by two ideographic spaces — paragraphs, items, and the rows of a list, formula or table the first
 * paragraph leads in (第一類：……, 進項稅額＝購入成本/(１＋徵收率)×徵收率, a table's rule －－－) alike, so the indent
 * cannot tell a row from a paragraph. The layout has no hard wrap, so a line at that indent below the article's first
 * paragraph is the next paragraph when:
 * - it cites 前項 (前項……, 因特別障礙不能依前項規定……, 按前項公式……): were it still the first paragraph's, rows or
 *   not, its 前項 would point before the article's first paragraph;
 * - right below the label's line, which lacks its 。 and leads in nothing (……但反訴不因本訴撤回而失效力), it states a
 *   sentence: a paragraph whose full stop the copy lost, not the rest of a wrapped line;
 * - after rows that state no sentence, it states one: the rows ended.
 * Rows that state sentences (第二類：……屬之。, 一級二級電業三年。) stay the paragraph's, as the law database's
 * paragraphs hold their lists.
 */
export function opensParagraphAfterRows(result: ParseResult, st: State, open: TextUnit, index: number): boolean {
  const article = st.article;
  if (result.jurisdiction !== 'tw' || article === undefined || open.node.kind !== 'paragraph' || st.item !== undefined) return false;
  if (st.openLine < open.node.line || open.node.line !== article.line || (st.froms[article.line] as number) !== 0) return false;
  const ls = result.lineStarts[index] as number;
  const from = st.froms[index] as number;
  if (from !== 2 || result.source.charCodeAt(ls) !== 0x3000 || result.source.charCodeAt(ls + 1) !== 0x3000) return false;
  const line = result.folded.slice(ls + from, ls + (st.tos[index] as number));
  if (CITES_PREVIOUS_TW.test(line)) return true;
  if (!line.includes('。')) return false;
  const prev = st.openLine;
  const pls = result.lineStarts[prev] as number;
  const above = result.folded.slice(pls + (st.froms[prev] as number), pls + (st.tos[prev] as number));
  if (prev === open.node.line) return !LEADS_IN.test(above) && !endsSentence(result.folded, open.node.textStart, open.node.textEnd);
  return !above.includes('。');
}

/**
 * A line set in from the open item's or 目's label after a label of the level below it (1.採NEDC行車型態： then
 * its formula, a line for each row of the fraction, set in however far): that level's text, so the item's or 目's,
 * however many lines the formula takes — not a new 項, after which the article's paragraphs would count one more.
 */
export function belowDottedLevel(st: State, from: number): boolean {
  const node = st.subitem ?? st.item;
  return st.dotted === true && node !== undefined && from > (st.froms[node.line] as number);
}

/** 其中標準差之計算公式與統計參數之值如下： — the legend of a formula or table, not a paragraph leading in a list. */
const LEGEND_LEAD_IN = /^(?:上?式中|公式中|其中)[^。；;]*[：:]$/u;

/** Whether line `index` is drawn (a table's or formula's line) or set in further than the open unit's first line. */
function drawnOrSetIn(result: ParseResult, st: State, open: TextUnit, index: number): boolean {
  const from = st.froms[index] as number;
  const ls = result.lineStarts[index] as number;
  // Drawn anywhere in the line: a table's row, a formula's fraction bar or root sign (標準差＝ │Σ────).
  return from > (st.froms[open.node.line] as number) || hasBoxDrawing(result.folded, ls + from, ls + (st.tos[index] as number));
}

/** The next line after `index` that is not blank. */
function nextNonBlank(st: State, index: number): number | undefined {
  for (let i = index + 1; i < st.classes.length; i++) if ((st.froms[i] as number) < (st.tos[i] as number)) return i;
  return undefined;
}

/**
 * Taiwan's law database prints a formula or a table line by line, each row after a blank line: the lines after
 * one that leads in to it (……計算公式如下：, 其中……之值如下：) or after one of its lines are the formula's or
 * table's — drawn (rows, fraction bars) or set in (the numbers above and below a bar) — text of the open unit,
 * not new 項 that would move the number of every paragraph after it (第二項 read as 第五項). A legend that
 * opens with 其中 or 式中 and leads in to such lines after an item is that item's, its list ended or not.
 */
export function inFormulaOrTable(result: ParseResult, st: State, open: TextUnit, text: string, index: number): boolean {
  if (result.jurisdiction !== 'tw') return false;
  if (st.item !== undefined && LEGEND_LEAD_IN.test(text)) {
    const next = nextNonBlank(st, index);
    return next !== undefined && (st.classes[next] as LineClass).type === 'text' && drawnOrSetIn(result, st, open, next);
  }
  const prev = st.openLine;
  const ls = result.lineStarts[prev] as number;
  const prevText = result.folded.slice(ls + (st.froms[prev] as number), ls + (st.tos[prev] as number));
  return (LEADS_IN.test(prevText) || drawnOrSetIn(result, st, open, prev)) && drawnOrSetIn(result, st, open, index);
}

/**
 * In a hard-wrapped copy (wrap-width.ts) that sets in every continuation line, a line short of the wrap width ends
 * what it holds, and the line after it, set in as far, is the next 項 — not a row of a formula or table set in under
 * the article's label, nor a wrapped line (its 前項 would point at its own 項) — when:
 * - the short line ends with 。 below a paragraph (……遵守之規 then `  定。`);
 * - the next sentence cites the 項 it would stand in (citesOwnParagraph): after an item's full stop, or after a
 *   formula's last line, which has no full stop (……減所有使用不足者之總 then `    實際使用量)`).
 */
export function endsShortOfWrap(result: ParseResult, st: State, open: TextUnit, index: number): boolean {
  const prev = st.openLine;
  if (result.wrapWidth === 0 || prev !== index - 1) return false;
  const ls = result.lineStarts[prev] as number;
  const to = st.tos[prev] as number;
  const stop = result.folded[ls + to - 1] === '。';
  const short = columnsShortOfWrap(result.source, ls, to, st.classes[prev] as LineClass, result.wrapWidth);
  if (short <= ONE_IDEOGRAPH) {
    if (!stop) return formulaEndsAbove(result, open, index);
    // One ideograph short with its 。 (……會勘同意後始得啟用。): a paragraph's end when the next sentence cites the
    // 項 it would stand in (……，並準用前項之規定。), which it cannot as the same 項.
    if (open.node.kind === 'paragraph') return short === ONE_IDEOGRAPH && citesOwnParagraph(result, st, index);
    // An item's end when the next sentence cites an item of the list above it through 前項 (……其他作者積分二點。
    // then `    ……參加前項第一款至第四款繼續教育……`): a sentence inside that list would not cite its items so. At the
    // full width only below the article's first 項, where 前項 inside the list would point at no 項 at all — a bare
    // 前項 too (……應比照前款第一、四、五目有關規定辦理。 then `    期貨商依前項規定申報之書件……`); below a later 項 a
    // bare 前項 may be the item's own wrapped line, citing the 項 before the list's.
    const item = st.item;
    const first = st.paragraph?.number === 1;
    if (item === undefined || (short !== ONE_IDEOGRAPH && !first)) return false;
    const bare = first && result.jurisdiction === 'tw';
    return sentenceCites(result, st, index, (line) => citesItemAbove(line, item.number) || (bare && CITES_BARE_PREVIOUS_TW.test(line)));
  }
  return (open.node.kind === 'paragraph' && stop) || citesOwnParagraph(result, st, index) || backFromFormula(result, st, open, index);
}

/** The last ＝ of a unit and what follows it, when no sentence's mark stands after it: a formula the unit ends with. */
const ENDS_IN_FORMULA = /[=＝][^=＝，,；;。：:]*$/u;

/**
 * The marks of a line that say whether a paragraph ends in a formula (ENDS_IN_FORMULA), for an edit that adds or
 * takes away one (reads-alike.ts).
 */
export function formulaSigns(line: string): string {
  return line.replace(/[^=＝，,；;。：:]/gu, '');
}

/**
 * 第 31 條 ……依下列公式計算之：資金成本＝（經營 then `各業務……非付息負債）ｘ資金成本率` at the full width, then
 * 前項所稱…… at the margin: a formula ends with no full stop, and a sentence that opens by pointing at the 項 before
 * cannot go on a formula, so it is the next 項 (read as a wrapped line, its 前項 pointed at its own 項). A wrapped
 * sentence that is no formula's keeps the line (……分離後計算之， then 前項所稱……).
 */
function formulaEndsAbove(result: ParseResult, open: TextUnit, index: number): boolean {
  if (open.node.kind !== 'paragraph' || !ENDS_IN_FORMULA.test(result.folded.slice(open.node.textStart, open.node.textEnd))) return false;
  const at = result.lineStarts[index] as number;
  return PREVIOUS_PARAGRAPH[result.jurisdiction].test(result.folded.slice(at, at + 8).trimStart());
}

/** 式中：, 其中…… opening a line: a formula's legend, which goes on its paragraph. */
const OPENS_LEGEND = /^(?:上?式中|公式中|其中)/u;

/**
 * A paragraph's line back at its margin right after a line set in from it (`                  21－Os`, the last row
 * of a formula the paragraph led in to) in a hard-wrapped copy: a paragraph's own lines wrap at its margin, so the
 * set-in rows were the formula's and it ended; the line after is the next 項 (採富氧燃燒系統……, then 前二項……) —
 * unless it opens the formula's legend (式中：).
 */
function backFromFormula(result: ParseResult, st: State, open: TextUnit, index: number): boolean {
  if (open.node.kind !== 'paragraph' || st.openLine === open.node.line) return false;
  const margin = st.froms[open.node.line] as number;
  const from = st.froms[index] as number;
  if ((st.froms[st.openLine] as number) <= margin || from > margin) return false;
  const ls = result.lineStarts[index] as number;
  return !OPENS_LEGEND.test(result.folded.slice(ls + from, ls + from + 3));
}

/** 第一项 not after 条 (第五條第一項 is another article's): the number of a 项 of this article. */
const OWN_PARAGRAPH = /(?<![条條])第([一二三四五六七八九十]+)项/gu;

/**
 * Whether line `index` cites the paragraph it would stand in were it the open item's: 前項 (the paragraph holding the
 * list, so it stands after it) or that paragraph by number (……參加第一項各款繼續教育, under 第一項's eighth item).
 * An item's own paragraphs, set in as a new 項 is in the Ministry's copies (三、固定資產…… then `    固定資產中土地……`),
 * cite neither.
 */
function citesOwnParagraph(result: ParseResult, st: State, index: number): boolean {
  const own = st.paragraph?.number;
  return sentenceCites(result, st, index, (line) => {
    if (CITES_PREVIOUS_TW.test(line)) return true;
    if (own !== undefined) for (const m of line.matchAll(OWN_PARAGRAPH)) if (parseNumeral(m[1] as string)?.value === own) return true;
    return false;
  });
}

/**
 * Whether `cites` holds of a line of the sentence that opens at line `index`: its lines to its full stop, a few at
 * most (its 前項 may stand on the second, ……經依本章 then `    節補助……依前項規定……`). A sentence goes on to the next
 * line only from one that reaches the wrap width: a formula's line (`    土地合理收益單價＝……÷計算收益之面積`), short
 * of it, ends what it holds, and the 前項 of the next 項 is no citation of this sentence's.
 */
function sentenceCites(result: ParseResult, st: State, index: number, cites: (line: string) => boolean): boolean {
  for (let i = index; i < index + SENTENCE_LINES && i < st.classes.length; i++) {
    const ls = result.lineStarts[i] as number;
    const to = st.tos[i] as number;
    const c = st.classes[i] as LineClass;
    if (i > index && c.type !== 'text') return false;
    const line = result.folded.slice(ls + (st.froms[i] as number), ls + to);
    if (cites(line)) return true;
    if (line.endsWith('。') || columnsShortOfWrap(result.source, ls, to, c, result.wrapWidth) > ONE_IDEOGRAPH) return false;
  }
  return false;
}

/** 前項第二款 (folded): an item of the 項 before, by its number. */
const ITEM_OF_PARAGRAPH_ABOVE = /前项第([一二三四五六七八九十]+)款/gu;

/** Whether `line` (folded) cites through 前項 an item of a list that has reached item `last`. */
function citesItemAbove(line: string, last: number): boolean {
  for (const m of line.matchAll(ITEM_OF_PARAGRAPH_ABOVE)) {
    const n = parseNumeral(m[1] as string)?.value;
    if (n !== undefined && n <= last) return true;
  }
  return false;
}

/**
 * 前項 not naming an item (依前項規定): 前項第五款 past the list's last item may be the item's own wrapped line, its
 * 前項 a slip for 前款 (citesItemAbove weighs the number).
 */
const CITES_BARE_PREVIOUS_TW = /前[一二三四五六七八九十]*项(?!第[一二三四五六七八九十]+款)/u;

/** 前項第N款 in a line, for an edit that may make or unmake one, or change N (reads-alike.ts). */
export function itemAboveCited(line: string): string {
  return [...line.matchAll(ITEM_OF_PARAGRAPH_ABOVE)].map((m) => m[1]).join(',');
}

/** How many lines of a sentence citesOwnParagraph reads. */
const SENTENCE_LINES = 3;

/**
 * In a hard-wrapped copy (wrap-width.ts), a line right below a line of the open unit that ends with ； goes on the
 * unit, not a new 項 (the items after it would count under the wrong one):
 * - set in from the open item's or 目's label (……品質管理系統驗證證書； then `    其認可登錄範圍……`): the item's
 *   next clause, wrapped and set in as its lines are;
 * - below a paragraph's line that reaches the wrap width (第 14 條 ……，不予許可； then 已許可者，撤銷……：): the hard
 *   wrap fell right after the ；, and a 項 does not end with one.
 */
export function wrappedInItem(result: ParseResult, st: State, open: TextUnit, index: number, from: number): boolean {
  const prev = index - 1;
  if (result.wrapWidth === 0 || st.openLine !== prev) return false;
  const ls = result.lineStarts[prev] as number;
  const to = st.tos[prev] as number;
  const last = result.folded[ls + to - 1];
  if (last !== '；' && last !== ';') return false;
  const node = st.subitem ?? st.item;
  if (node !== undefined && open.node === node) return from > (st.froms[node.line] as number);
  return open.node.kind === 'paragraph' && columnsShortOfWrap(result.source, ls, to, st.classes[prev] as LineClass, result.wrapWidth) <= ONE_IDEOGRAPH;
}

/**
 * A label whose numeral the line before began: `……(第` then `一、第二股辦理) 。` (the ordinal 第一), `……各占百分之三`
 * then `十、書類製作……` (三十), `……頻率中之四一` then `八二、六二七三……` (a number in digits, 四一八二). A hard wrap
 * put the rest of the numeral at the line's start; it is no label, nor is a number the line before leads to (see
 * wrappedAfterAnnexOrBracket), unless it is the open list's next number.
 */
export function numeralCutByWrap(result: ParseResult, st: State, open: TextUnit, c: Extract<LineClass, { type: 'marker' }>, index: number): boolean {
  if (open.node.textEnd <= open.node.textStart) return false;
  if (c.marker === 'dun' && numberNotLabel(result, st, open, c, index)) return true;
  const list = c.marker === 'paren' && result.jurisdiction === 'tw' ? st.subitem : st.item;
  if (list && c.numeral.value === list.number + 1) return false;
  if (c.marker !== 'dot' && wrappedAfterAnnexOrBracket(result, st, open, c, index)) return true;
  if (c.marker === 'paren') return false;
  const before = result.folded[open.node.textEnd - 1] as string;
  if (before === '第') return true;
  if (c.marker !== 'dun') return false;
  // 三 then 十: only a numeral whose first character is a unit (十, 百, 千) can complete a digit before it; a
  // number written in digits goes on with digits (四一 then 八二): two at least, as a lone 二、 after 附件一 may be
  // a list's next label.
  if (/^[十百千]/u.test(c.numeral.raw)) return /^[一二三四五六七八九]$/u.test(before) && parseNumeral(before + c.numeral.raw) !== undefined;
  return DIGITS.test(before) && c.numeral.raw.length > 1 && [...c.numeral.raw].every((ch) => DIGITS.test(ch));
}

const DIGITS = /^[〇○零一二三四五六七八九]$/u;

/** Three digits after the 、 and no fourth: a thousands separator (五、五○○元 is 5,500), not a label's text. */
const THOUSANDS = /^[〇○零一二三四五六七八九]{3}(?![〇○零一二三四五六七八九])/u;
/** A numeral and 、 ending a line: a list of numbers going on (頒發第一、 then 二、三名). */
const NUMBER_LIST_AT_END = /([一二三四五六七八九十]+)、$/u;
/**
 * A word ending a line that a number must follow: 百分之 / 千分之 (a ratio's numerator), 第 (an ordinal) or 條之 (an
 * article's 之N: 銀行法第三十三條之 then 三、第三十八條……). The line after it opens with that number, whatever the list
 * above has reached (百分之 then 十、第四類……).
 */
const NUMBER_PENDING_AT_END = /(?:分之|条之|第)$/u;
/**
 * A label's text opening with a larger numeral and 、: a run of numbers carried over from the line above (距上風邊界一、
 * then 三、五、七、十公尺處, 行控 then 一、二、三室), no label — an item does not begin with a number and 、.
 */
const NUMBER_RUN_AFTER = /^([〇○零一二三四五六七八九十]+)、/u;

/**
 * A number a hard wrap put at a line's start with the 、 after it, below a unit that ends no sentence — no label,
 * even the open list's next number: 五、五○○元 or 三、○○○元 (、 separating thousands), 二三五、鈾－二三三 (a number
 * in digits, which no label is written in: the end of 鈾－二三五), 二、三名 after ……頒發第一、 (the list of numbers the
 * line above began), 三、附表三十四） after ……（附表三十 (a bracket the line above left open and this one closes), 十、 after
 * ……百分之, ……第 or ……第二十六條之 (the number the word ending the line above waits for).
 */
function numberNotLabel(result: ParseResult, st: State, open: TextUnit, c: Extract<LineClass, { type: 'marker' }>, index: number): boolean {
  if (endsSentence(result.folded, open.node.textStart, open.node.textEnd)) return false;
  const ls = result.lineStarts[index] as number;
  const after = result.folded.slice(ls + c.labelEnd, ls + c.labelEnd + 6);
  if (THOUSANDS.test(after)) return true;
  const run = NUMBER_RUN_AFTER.exec(after);
  if (run && (parseNumeral(run[1] as string)?.value ?? 0) > c.numeral.value) return true;
  const raw = c.numeral.raw;
  if (raw.length > 1 && [...raw].every((ch) => DIGITS.test(ch))) return true;
  if (NUMBER_PENDING_AT_END.test(result.folded.slice(Math.max(open.node.textStart, open.node.textEnd - 2), open.node.textEnd))) return true;
  const tail = NUMBER_LIST_AT_END.exec(result.folded.slice(Math.max(open.node.textStart, open.node.textEnd - 6), open.node.textEnd));
  if (tail && parseNumeral(tail[1] as string)?.value === c.numeral.value - 1) return true;
  return closesBracketAbove(result, st, lastLineOf(result, open), c, index);
}

/**
 * What numberNotLabel reads of one line, folded `[from, to)` of class `c`: the digits after its label, the words at
 * its end that wait for a number or go on a list of numbers, and its brackets (one it leaves open or closes). An edit
 * that changes it may make the next line's number, or its own, a label or not: reads-alike.ts compares it.
 */
export function wrappedNumberSigns(line: string, from: number, to: number, c: LineClass): string {
  const opening = line.slice(c.type === 'marker' ? c.labelEnd : 0, c.type === 'marker' ? c.labelEnd + 6 : 0);
  const after = c.type === 'marker' && c.marker === 'dun' && (THOUSANDS.test(opening) || NUMBER_RUN_AFTER.test(opening));
  // The running text after a label: the label itself (一、 alone on its line) ends no list of numbers.
  const text = c.type === 'marker' ? Math.max(from, c.labelEnd) : from;
  const end = line.slice(Math.max(text, to - 6), to);
  let brackets = 0;
  for (let i = text; i < to; i++) if ('(（)）'.includes(line[i] as string)) brackets++;
  return `${after}|${NUMBER_PENDING_AT_END.test(end)}|${NUMBER_LIST_AT_END.exec(end)?.[1] ?? ''}|${brackets}`;
}

/**
 * 附件 / 附表 (附錄, 附圖) ending a line, with the numbers already written after it: (一) … (十八), 附表 (二九) — or
 * a range or list of them left open (附表 (一) 至, then (三) on the next line).
 */
export const ANNEX_AT_END = /附[件表录图][ \u3000]*(?:[（(][^（()）]{1,6}[）)][ \u3000]*)*(?:[至、及或][ \u3000]*)?$/u;

/**
 * A number the line before leads to: after 附件 or 附表 at its end, an annex's number (……應依照附件 (一) then
 * `(十八) 之規定`, 格式如附表 then `(三一) ，於每季……`); inside a bracket it left open and that this line closes
 * (……提報全盤收支預算數 (附件十九之表 then `二、三、四) 送達……`, an editor's note `(備註：……請參閱……彙編 83 年 5 月版`
 * then `(一九) 第 12798-17、12798-18 頁)`): the line's first bracket after the label is a closing one.
 */
function wrappedAfterAnnexOrBracket(result: ParseResult, st: State, open: TextUnit, c: Extract<LineClass, { type: 'marker' }>, index: number): boolean {
  const above = lastLineOf(result, open);
  return ANNEX_AT_END.test(above) || closesBracketAbove(result, st, above, c, index);
}

/** The open unit's last line (folded), to its text's end. */
function lastLineOf(result: ParseResult, open: TextUnit): string {
  return result.folded.slice(rangeStart(open, rangeCount(open) - 1), open.node.textEnd);
}

/** Whether the line's first bracket after the label closes one the open unit's last line (`above`) left open. */
function closesBracketAbove(result: ParseResult, st: State, above: string, c: Extract<LineClass, { type: 'marker' }>, index: number): boolean {
  let depth = 0;
  for (const ch of above) {
    if (ch === '(' || ch === '（') depth++;
    else if ((ch === ')' || ch === '）') && depth > 0) depth--;
  }
  if (depth === 0) return false;
  const ls = result.lineStarts[index] as number;
  const after = result.folded.slice(ls + c.labelEnd, ls + (st.tos[index] as number));
  const close = after.search(/[()（）]/u);
  return close >= 0 && (after[close] === ')' || after[close] === '）');
}
