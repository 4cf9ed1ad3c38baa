/**
 * Item labels that read as text alone — a numeral with a space, a colon or nothing where 、 belongs, alone on its
 * line, after a heading on the same line, or a dot before a digit. classifyLine calls each line they open text (words
 * and wrapped sentences open so too); the tree asks for one only where the list around it says it is a label
 * (item-lists.ts, tree.ts).
 */
import { classifyLine, type LineClass, markerClass } from './classify';
import { CN, numeralToken, PLAIN_CHARS } from './label-numerals';
import { ARABIC_DIGIT_CLASS } from '../text/numerals';

/** 附註：一  本編制表…… — a short heading and its colon: the list it heads may start on the same line. */
const HEADING_BEFORE_ITEM = /^[^\s，。；：、,;:（）()]{1,10}[：:][ \u3000]*/u;

/**
 * The first label of a list written on the line of its heading (附註：一  本編制表……): read alone, the line is text;
 * the tree asks for it when the list's next label is 2.
 */
export function labelAfterHeading(folded: string, from: number, to: number): Extract<LineClass, { type: 'marker' }> | undefined {
  const h = HEADING_BEFORE_ITEM.exec(folded.slice(from, to));
  const c = h ? classifyLine(folded, from + h[0].length, to) : undefined;
  return c?.type === 'marker' && c.numeral.value === 1 ? c : undefined;
}

/** 九 年度決算…… — a Chinese numeral and one space where 、 belongs. */
const SPACED_MARKER_RE = new RegExp(`^(${CN}) (?=[^\\s、，。；：,.;:])`, 'u');

/**
 * `九 年度決算……` after `八、……`: read alone, text (a numeral and a space also open a wrapped sentence); the tree
 * asks for it as the label of the list's next item, or of its first when item 二 follows.
 */
export function spacedItemLabel(folded: string, from: number, to: number): Extract<LineClass, { type: 'marker' }> | undefined {
  const m = SPACED_MARKER_RE.exec(folded.slice(from, to));
  const numeral = m ? numeralToken(m[1] ?? '', from) : undefined;
  return numeral && m ? (markerClass('dun', numeral, from + m[0].length, folded, to) as Extract<LineClass, { type: 'marker' }>) : undefined;
}

/** 三 — a Chinese numeral alone on its line. */
const BARE_MARKER_RE = new RegExp(`^(${CN})$`, 'u');

/**
 * `三` alone on its line, the item's text on the next (its 、 lost with the line break): read alone, text (a hard
 * wrap may leave a numeral alone too); the tree asks for it as the label of the list's next item.
 */
export function bareItemLabel(folded: string, from: number, to: number): Extract<LineClass, { type: 'marker' }> | undefined {
  const m = BARE_MARKER_RE.exec(folded.slice(from, to));
  const numeral = m ? numeralToken(m[1] ?? '', from) : undefined;
  return numeral ? (markerClass('dun', numeral, to, folded, to) as Extract<LineClass, { type: 'marker' }>) : undefined;
}

/**
 * 一關於…… — a plain Chinese numeral with no mark before the item's text (an ideograph, not another digit), or with
 * one private-use character where the copy's 、 stood (a glyph the database could not show, U+E1F0).
 */
const GLUED_MARKER_RE = new RegExp(`^([${PLAIN_CHARS}]+)[\ue000-\uf8ff]?(?=[\u4e00-\u9fff])`, 'u');

/**
 * `一關於……`, `二關於……`: a label whose 、 (or spaces) the copy left out. Read alone, text — many words open with a
 * numeral (一般, 一律, 三級) — so the tree asks for it only where a run of lines each opens with the next number
 * (item-lists.ts).
 */
export function gluedItemLabel(folded: string, from: number, to: number): Extract<LineClass, { type: 'marker' }> | undefined {
  const m = GLUED_MARKER_RE.exec(folded.slice(from, to));
  const numeral = m ? numeralToken(m[1] ?? '', from) : undefined;
  return numeral && numeral.style === 'chinese' && m ? (markerClass('dun', numeral, from + m[0].length, folded, to) as Extract<LineClass, { type: 'marker' }>) : undefined;
}

/** 二：校官及尉官…… — a Chinese numeral and a colon where 、 belongs. */
const COLON_MARKER_RE = new RegExp(`^(${CN})[：:]`, 'u');

/**
 * `二：校官及尉官……` after `一、將官……`: read alone, text (a colon after a numeral also heads a form's field or a
 * note); the tree asks for it as the label of the next item when it goes on from an item list labelled 一、.
 */
export function colonItemLabel(folded: string, from: number, to: number): Extract<LineClass, { type: 'marker' }> | undefined {
  const m = COLON_MARKER_RE.exec(folded.slice(from, to));
  const numeral = m ? numeralToken(m[1] ?? '', from) : undefined;
  return numeral && m ? (markerClass('dun', numeral, from + m[0].length, folded, to) as Extract<LineClass, { type: 'marker' }>) : undefined;
}

const DOT_BEFORE_DIGIT_RE = new RegExp(`^([${ARABIC_DIGIT_CLASS}]{1,3})[.．](?=[${ARABIC_DIGIT_CLASS}])`, 'u');

/**
 * `2.1万总吨及以上……`: read alone, a decimal (classifyLine takes it for text); the tree asks for it as the
 * label `2.` when the 目 before it is 1.
 */
export function dotLabelBeforeDigit(folded: string, from: number, to: number, value: number): LineClass | undefined {
  const t = DOT_BEFORE_DIGIT_RE.exec(folded.slice(from, to));
  const numeral = t ? numeralToken(t[1] ?? '', from) : undefined;
  return numeral && numeral.value === value ? markerClass('dot', numeral, from + (t as RegExpExecArray)[0].length, folded, to) : undefined;
}
