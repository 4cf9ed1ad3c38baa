/**
 * Line classification: what a single line is, read from its label, never from
 * Markdown heading levels. Works on script-folded text; all offsets are relative to the line and valid in
 * the source line because folding keeps lengths.
 */
import { CN, NUM, NUMCH, numeralToken, type NumeralToken, PADDED_CN, WS } from './label-numerals';
import { ATTACHMENT_HEADING } from '../text/attachments';
import { WS_CLASS } from '../text/chars';
import { ARABIC_DIGIT_CLASS, CN_NUMERAL_CHARS, parseNumeral } from '../text/numerals';
import type { DivisionKind } from '../types';

const SENTENCE_PUNCT = /[，。；：,;:！？]/u;
/**
 * A title set off from its label by a space may hold a comma (第二节 机动船相遇，存在碰撞危险时的避让行动)
 * or a semicolon between the headings it lists (a customs tariff's 第 32 章 鞣革或染色用萃取物；鞣酸……);
 * a clause's punctuation, or a comma or semicolon that ends the line, still shows a sentence that opens
 * with a reference.
 */
const CLAUSE_PUNCT = /[。：:！？]|[，,；;]$/u;
/** A tariff chapter's title lists its headings: longer than a sentence-free title elsewhere. */
const SPACED_TITLE_MAX = 100;
/** A full stop closing a title set off by a space (第 八十七 節 豬……疫苗檢驗標準。): still a heading. */
const TITLE_STOP = /(?<=^[^，。；：,;:！？]+)。$/u;
const CN_NUMERAL_SET = new Set(CN_NUMERAL_CHARS);
const DIGIT_SET = new Set('0123456789０１２３４５６７８９');

/** Codes of the characters a label, a 目录 or 附则 line can open with (classifyLine's first test). */
const OPENERS: Uint8Array = (() => {
  const t = new Uint8Array(0x10000);
  for (const ch of ['目', '附', '第', '（', '(', ...CN_NUMERAL_SET, ...DIGIT_SET]) t[ch.charCodeAt(0)] = 1;
  return t;
})();

/** False when a line whose content opens with this code is running text, whatever follows. */
export function mayOpenLabel(code: number): boolean {
  return OPENERS[code] === 1;
}

export type LineClass =
  | { type: 'toc-header' }
  | {
      type: 'division';
      kind: DivisionKind;
      numeral: NumeralToken;
      /** 之N of an inserted division (第五章之一), like an inserted article's. */
      sub?: NumeralToken;
      /** Where 之N is written (line offsets), when there is one. */
      subRemoval?: { start: number; end: number };
      labelEnd: number;
      title: string;
      titleStart: number;
      titleEnd: number;
      spaced: boolean;
    }
  | { type: 'appendix'; titleStart: number; titleEnd: number }
  | { type: 'attachment' }
  | {
      type: 'article';
      numeral: NumeralToken;
      sub?: NumeralToken;
      /** Where 之N / -N is written (line offsets), when there is one. */
      subRemoval?: { start: number; end: number };
      labelEnd: number;
      separator: 'space' | 'none' | 'caption' | 'end';
      caption?: { text: string; start: number; end: number };
      textStart: number;
      /** The label used the Taiwan database form 第 6-1 條. */
      dashed: boolean;
    }
  | { type: 'marker'; marker: 'paren' | 'dun' | 'dot'; numeral: NumeralToken; labelEnd: number; textStart: number; form: string }
  | { type: 'text' };

/** The class of most lines; shared (classes are never changed once made). */
export const TEXT_LINE: LineClass = Object.freeze({ type: 'text' });

const TOC_RE = new RegExp(`^目${WS}*录${WS}*$`, 'u');
// 第 五 章 之一: an inserted division, as 第N条之一 is an inserted article.
const DIVISION_RE = new RegExp(`^第${WS}*(${NUM})${WS}*(分编|编|章|节)(?:${WS}*之${WS}*(${NUMCH}+))?(?:\\*\\*|__)?(${WS}*)(.*)$`, 'u');
const APPENDIX_RE = new RegExp(`^附${WS}*则(?:\\*\\*|__)?${WS}*$`, 'u');
const DIVISION_UNIT_RE = new RegExp(`^第${WS}*${NUM}${WS}*[编章节分]`, 'u');
// 之N takes no inner spaces: after 之一 a space ends the label (第七条之一 1995年…, 第四条之一 二七纪念日…).
const ARTICLE_RE = new RegExp(`^第${WS}?(${NUM})${WS}?条(?:之(${NUMCH}+))?(?:\\*\\*|__)?`, 'u');
const ARTICLE_DASH_RE = new RegExp(`^第${WS}*([${ARABIC_DIGIT_CLASS}]+)[-－]([${ARABIC_DIGIT_CLASS}]+)${WS}*条`, 'u');
/** Sticky forms, read at the end of a label in the folded text. */
const CAPTION_AT = /【([^】\r\n]{1,30})】/uy;
const SEP_AT = new RegExp(`${WS}+`, 'uy');
/** After a label with no separator, these characters show the line is a sentence that begins with a reference. */
const NOT_TEXT_AFTER_LABEL = /^[、，,至第的中规所和及或以款项目之与起前后]/u;
const NOT_TEXT_AT = /[、，,至第的中规所和及或以款项目之与起前后]/uy;
const PAREN_MARKER_RE = new RegExp(`^[（(](${PADDED_CN}|[${ARABIC_DIGIT_CLASS}]{1,3})[）)]`, 'u');
/**
 * After a parenthesised label: the label is cited (（一）至（三）项, （四）、（五）项, （一）项所列), not a list's own;
 * a bare label before 项 or 款 only with what cites it after (（二）目的港 is an item).
 */
const CITES_ITEMS_AT = /(?:(?:[至、和及或][（(][^）)\s]{1,4}[）)])+[项款目]|[项款](?=所[列称述指]|规定))/uy;
/**
 * After a parenthesised numeral, words that make it no label: the pages of a compilation's volume (an editor's note
 * wrapped before `(七) 第 3523 页)`: 请参阅中华民国现行法规汇编 83 年 5 月版 (七) 第 3523 页), also several pages or
 * a range (`(二八) 第 19257、19258 页)`, `(七) 3919～3925 页)`: without 第 only with the note's closing bracket, as
 * a 目 may open with a count of pages), a grade (师 (三) 级 wrapped before the 级) or the year of a document's number
 * (`(89) 台財證 (七) 字第 04375 號`: the issuer's short name and 字第 after it). A list's text never opens with
 * these — though it may open with the words 级别 or 级俸 (grade, salary grade: (五) 級別及建造標準, （一）級俸：), a
 * 目's own text.
 */
const NOT_LABEL_AFTER_PAREN_AT = /[ \u3000]*(?:第[ \u3000]*[0-9０-９][0-9０-９～~\-－至、，,及 \u3000]*页|[0-9０-９][0-9０-９～~\-－至、，,及 \u3000]*页[ \u3000]*[)）]|级(?![别俸])|[\u4e00-\u9fff]{1,6}[ \u3000]*(?:[（(][^（()）\s]{1,4}[）)][ \u3000]*)?字第)/uy;
/**
 * 一、 — or 一 and an ideographic space (U+3000) or two spaces, as the Taiwan constitution writes its items; there a
 * numeral of two characters may be spaced as well (十, U+3000, 一, U+3000, 關於…: item 十一), a space after each character.
 */
const DUN_MARKER_RE = new RegExp(`^(${PADDED_CN}(?=、)|${CN}(?:\u3000${CN})*(?=\u3000| {2}))(?:、|\u3000| {2})`, 'u');
const DOT_MARKER_RE = new RegExp(`^([${ARABIC_DIGIT_CLASS}]{1,3})([.．、])(?![${ARABIC_DIGIT_CLASS}])`, 'u');

/**
 * Classifies the content of one line, `folded` being the script-folded line text and `from`/`to` the
 * content bounds (after indentation and Markdown markers).
 */
export function classifyLine(folded: string, from: number, to: number, markedHeading = false): LineClass {
  const content = folded.slice(from, to);
  if (content.length === 0) return TEXT_LINE;
  const first = content[0];
  if (first === '目' && TOC_RE.test(content)) return { type: 'toc-header' };
  if (first === '附' && APPENDIX_RE.test(content)) {
    return { type: 'appendix', titleStart: from, titleEnd: to };
  }
  if (first === '附' && ATTACHMENT_HEADING.test(content) && (markedHeading || content.length <= 6)) return { type: 'attachment' };
  if (first === '第') {
    // Only a line whose label ends in 编/章/节 can be a division: skip the division pattern for articles.
    const d = DIVISION_UNIT_RE.test(content) ? DIVISION_RE.exec(content) : null;
    if (d) {
      const [all, num = '', unit = '', s, gap = '', rest = ''] = d;
      const restClean = rest.replace(/(?:\*\*|__)$/u, '');
      // A Markdown heading line (`## 第二章 …`) is trusted even when its title carries punctuation.
      const looksLikeSentence = markedHeading
        ? restClean.length > 60
        : gap !== ''
          ? CLAUSE_PUNCT.test(restClean.replace(TITLE_STOP, '')) || restClean.length > SPACED_TITLE_MAX
          : SENTENCE_PUNCT.test(restClean) || restClean.length > 40 || NOT_TEXT_AFTER_LABEL.test(restClean);
      const numStart = from + content.indexOf(num, 1);
      const numeral = numeralToken(num, numStart);
      // 之N stands before the closing ** of a bold label, if any, and the gap; the Taiwan database spaces it (之 一).
      const subAt = s === undefined ? -1 : all.lastIndexOf(s, all.length - rest.length - gap.length - s.length);
      const zhi = s === undefined ? -1 : all.lastIndexOf('之', subAt);
      const sub = s === undefined ? undefined : numeralToken(s, from + subAt);
      if (!looksLikeSentence && numeral && (s === undefined || sub)) {
        const titleStart = to - rest.length;
        return {
          type: 'division',
          kind: unit === '编' ? 'book' : unit === '分编' ? 'subbook' : unit === '章' ? 'chapter' : 'section',
          numeral,
          ...(sub ? { sub, subRemoval: { start: from + zhi, end: sub.end } } : {}),
          labelEnd: titleStart - gap.length,
          title: restClean,
          titleStart,
          titleEnd: titleStart + restClean.length,
          spaced: gap.length > 0,
        };
      }
    }
    const dash = ARTICLE_DASH_RE.exec(content);
    if (dash) {
      const [all, n = '', s = ''] = dash;
      const numeral = numeralToken(n, from + content.indexOf(n));
      const sub = numeralToken(s, from + all.lastIndexOf(s));
      if (numeral && sub) {
        const c = afterLabel(folded, from, to, from + all.length, numeral, sub, true);
        if (c.type === 'article') c.subRemoval = { start: from + all.search(/[-－]/u), end: sub.end };
        return c;
      }
    }
    const a = ARTICLE_RE.exec(content);
    if (a) {
      const [all, n = '', s] = a;
      const numeral = numeralToken(n, from + content.indexOf(n, 1));
      const sub = s === undefined ? undefined : numeralToken(s, from + all.lastIndexOf(s));
      if (numeral && (s === undefined || sub)) {
        const c = afterLabel(folded, from, to, from + all.length, numeral, sub, false);
        if (sub && c.type === 'article') c.subRemoval = { start: from + all.lastIndexOf('之'), end: sub.end };
        return c;
      }
    }
    return TEXT_LINE;
  }
  // Markers open with a bracket, a Chinese numeral or a digit: any other first character is plain text.
  if (first !== '（' && first !== '(' && !CN_NUMERAL_SET.has(first as string) && !DIGIT_SET.has(first as string)) return TEXT_LINE;
  const p = PAREN_MARKER_RE.exec(content);
  // （一）至（三）项所列人员: a sentence that opens by citing items, not an item.
  if (p) CITES_ITEMS_AT.lastIndex = NOT_LABEL_AFTER_PAREN_AT.lastIndex = from + p[0].length;
  if (p && !CITES_ITEMS_AT.test(folded) && !NOT_LABEL_AFTER_PAREN_AT.test(folded)) {
    const numeral = numeralToken(p[1] ?? '', from + 1);
    if (numeral) return markerClass('paren', numeral, from + p[0].length, folded, to);
  }
  const u = DUN_MARKER_RE.exec(content);
  if (u && !numeralList(content, u) && !thousandsGroup(content, u)) {
    const numeral = numeralToken(u[1] ?? '', from);
    if (numeral) return markerClass('dun', numeral, from + u[0].length, folded, to);
  }
  const t = DOT_MARKER_RE.exec(content);
  if (t) {
    const numeral = numeralToken(t[1] ?? '', from);
    if (numeral) return markerClass('dot', numeral, from + t[0].length, folded, to);
  }
  return TEXT_LINE;
}

/**
 * The 一、 label of a line classifyLine reads as a list of grades (一、二等兵：六个月。): a label after all when
 * what stands around it says so (the caller's to judge).
 */
export function gradeListLabel(folded: string, from: number, to: number): Extract<LineClass, { type: 'marker' }> | undefined {
  const content = folded.slice(from, to);
  const u = DUN_MARKER_RE.exec(content);
  if (!u || !numeralList(content, u)) return undefined;
  const numeral = numeralToken(u[1] ?? '', from);
  return numeral ? (markerClass('dun', numeral, from + u[0].length, folded, to) as Extract<LineClass, { type: 'marker' }>) : undefined;
}

/**
 * 第四款 抵銷 / 第一目 共同財產制 — a label of 款 or 目, a space, and a short title with no sentence punctuation: in the
 * Taiwan Civil Code 款 and 目 are also divisions under 節 (編 > 章 > 節 > 款 > 目), set so by the Legislative Yuan (a
 * full-width space) and the Ministry (第 一 款 通則). Read alone, text (a sentence may open by citing 第四款); the tree
 * asks for it where such a heading stands (subdivisionHeadingAt in tree.ts).
 */
const SUBDIVISION_HEADING_RE = new RegExp(`^第${WS}*${NUM}${WS}*[款目](?:之${NUMCH}+)?${WS}+[^${WS_CLASS}，。；：、,;:！？]{1,16}$`, 'u');

/** Whether the line's content (`folded` from `from` to `to`) has the shape of a 款 or 目 division heading. */
export function subdivisionHeadingShape(folded: string, from: number, to: number): boolean {
  return folded.charCodeAt(from) === 0x7b2c /* 第 */ && SUBDIVISION_HEADING_RE.test(folded.slice(from, to));
}

/** 二、三级防制区 (second- and third-grade …): a list of two grades, not an item 二 whose text is 三级…. */
const GRADE_AFTER_DUN = new RegExp(`^(${CN})(?:级|类|等|档|期|批)`, 'u');

/** Digits after 、 that open with a zero: no word opens so, only a number's later group (七○、○○一伏, 70,001). */
const GROUP_AFTER_DUN = /^[○〇零][○〇零一二三四五六七八九]{2,}/u;

/**
 * 七○、○○一－八○、○○○伏 (a table's row of voltages): 、 separates a number's thousands, as Taiwan tables write
 * them; the numeral before it is no label. Only when the numeral is written in digits, as such a number is (七○,
 * 一二○, not 七十) in two digits at least (a lone 三、 is a list's label: 三、○八○受話方付費號碼, a code that opens with
 * zero), and the group holds a digit other than zero (○○○ alone may be a blank: 一、○○○先生).
 */
function thousandsGroup(content: string, dun: RegExpExecArray): boolean {
  if (!dun[0].endsWith('、') || /[十百千廿卅]/u.test(dun[1] ?? '') || [...(dun[1] ?? '')].length < 2) return false;
  const g = GROUP_AFTER_DUN.exec(content.slice(dun[0].length));
  return g !== null && /[一二三四五六七八九]/u.test(g[0]);
}

function numeralList(content: string, dun: RegExpExecArray): boolean {
  const g = GRADE_AFTER_DUN.exec(content.slice(dun[0].length));
  if (!g) return false;
  const first = parseNumeral(dun[1] ?? '')?.value;
  return first !== undefined && parseNumeral(g[1] ?? '')?.value === first + 1;
}

/** The class of a line a list label opens: the label's end and where its text starts after the spaces. */
export function markerClass(kind: 'paren' | 'dun' | 'dot', numeral: NumeralToken, labelEnd: number, folded: string, to: number): LineClass {
  let textStart = labelEnd;
  while (textStart < to && /\s|\u3000/u.test(folded[textStart] ?? '')) textStart++;
  return { type: 'marker', marker: kind, numeral, labelEnd, textStart, form: folded.slice(numeral.start - (kind === 'paren' ? 1 : 0), labelEnd) };
}

function afterLabel(
  folded: string,
  from: number,
  to: number,
  labelEnd: number,
  numeral: NumeralToken,
  sub: NumeralToken | undefined,
  dashed: boolean,
): LineClass {
  // Read in place with sticky patterns: this runs for every article line, and slices add up.
  if (labelEnd >= to) return { type: 'article', numeral, sub, labelEnd, dashed, separator: 'end', textStart: to };
  const next = folded.charCodeAt(labelEnd);
  if (next === 0x3010 /* 【 */) {
    CAPTION_AT.lastIndex = labelEnd;
    const cap = CAPTION_AT.exec(folded);
    if (cap && labelEnd + cap[0].length <= to) {
      const capEnd = labelEnd + cap[0].length;
      let textStart = capEnd;
      while (textStart < to && /\s|\u3000/u.test(folded[textStart] ?? '')) textStart++;
      return {
        type: 'article',
        numeral,
        sub,
        labelEnd,
        dashed,
        separator: 'caption',
        caption: { text: cap[1] ?? '', start: labelEnd + 1, end: capEnd - 1 },
        textStart,
      };
    }
  }
  SEP_AT.lastIndex = labelEnd;
  if (SEP_AT.test(folded)) {
    let textStart = SEP_AT.lastIndex;
    if (textStart > to) textStart = to;
    return { type: 'article', numeral, sub, labelEnd, dashed, separator: 'space', textStart };
  }
  NOT_TEXT_AT.lastIndex = labelEnd;
  if (NOT_TEXT_AT.test(folded)) return TEXT_LINE;
  return { type: 'article', numeral, sub, labelEnd, dashed, separator: 'none', textStart: labelEnd };
}

/** Copies that lost the line breaks often keep a space where each one was (`……本规则。 第二条 ……`). */
const GLUED_ARTICLE = /[。；][ \u3000]*第/gu;

/** Finds `。第X条 …` glued inside a line (an article whose line break was lost). Offsets relative to `folded`. */
export function findGluedArticle(folded: string, from: number, expected: number): { at: number } | undefined {
  // test() and lastIndex, not exec(): this runs for every line of running text, and most have no match.
  GLUED_ARTICLE.lastIndex = from;
  while (GLUED_ARTICLE.test(folded)) {
    const at = GLUED_ARTICLE.lastIndex - 1;
    const c = classifyLine(folded, at, folded.length);
    // Without a space after the label (。第十二条市人民…), only a space before it shows a lost line break, or
    // a new subject right after the label: a reference is followed by what governs it (规定, 、, 第二款),
    // never by 本条例 / 本市 (。第四十二条本条例自……起施行).
    const spaced = at > 0 && (folded[at - 1] === ' ' || folded[at - 1] === '\u3000');
    if (c.type === 'article' && c.numeral.value === expected && c.sub === undefined && (c.separator !== 'none' || spaced || folded[c.textStart] === '本')) return { at };
  }
  return undefined;
}

export { SENTENCE_PUNCT };
