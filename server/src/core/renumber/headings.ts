/** Edits to the labels of headings, articles, items and sub-items whose number changes. */
import type { Analysis } from '../analysis';
import type { NumeralStyle } from '../text/numerals';
import type { Span, StructureNode, TextEdit } from '../types';
import { joinEdits } from './edit';
import { changed, type NewLabel, type Plan } from './plan';
import { renderNumeral, renderSub } from './render';
import { numeralSpanOf } from '../parse/nodes';

/** The unit character 之N follows (第三条之一, 第二章之一); a Markdown ** after it stays after 之N. */
const UNIT_CHAR = /[条條编編章节節]/u;

/** The label as it will read: the numeral (and 之N) replaced, the rest as written. */
export function newLabelText(a: Analysis, node: StructureNode, plan: Plan): string {
  const l = plan.labels.get(node);
  if (!l || node.label === '') return node.label;
  const ls = node.labelStart;
  const numeral = renderNumeral(l.number, node.numeralStyle, a.text.slice(node.numeralStart, node.numeralEnd), a.jurisdiction);
  let head = a.text.slice(ls, node.numeralStart) + numeral;
  let tail = a.text.slice(node.numeralEnd, node.subSpan ? node.subSpan.start : node.labelEnd);
  if (node.subSpan) tail += a.text.slice(node.subSpan.end, node.labelEnd);
  const dashed = node.subSpan !== undefined && a.text[node.subSpan.start] !== '之';
  // -N follows the numeral (第 45-1 條), 之N the unit (第四十五条之一).
  if (l.sub > 0 && dashed) head += renderSub(l.sub, node.numeralStyle, true, a.jurisdiction);
  else if (l.sub > 0) tail = insertSub(tail, renderSub(l.sub, node.numeralStyle, false, a.jurisdiction));
  head += tail;
  return head;
}

function insertSub(tail: string, sub: string): string {
  const i = tail.search(UNIT_CHAR);
  return i < 0 ? tail + sub : tail.slice(0, i + 1) + sub + tail.slice(i + 1);
}

/** A label as written: a heading's or a 目录 entry's. */
export interface LabelAt {
  number: number;
  sub: number;
  numeral: Span;
  numeralStyle: NumeralStyle;
  subSpan?: Span;
  labelEnd: number;
}

/** The edit that gives a label its new number, its numeral and 之N joined (joinEdits); none when it keeps it. */
export function labelEdit(a: Analysis, at: LabelAt, l: NewLabel): TextEdit | undefined {
  const pieces: TextEdit[] = [];
  if (l.number !== at.number) {
    pieces.push({ span: at.numeral, newText: renderNumeral(l.number, at.numeralStyle, a.text.slice(at.numeral.start, at.numeral.end), a.jurisdiction) });
  }
  if (l.sub !== at.sub) {
    const dashed = at.subSpan !== undefined && a.text[at.subSpan.start] !== '之';
    if (at.subSpan && l.sub === 0) {
      pieces.push({ span: at.subSpan, newText: '' });
    } else if (at.subSpan) {
      pieces.push({ span: at.subSpan, newText: renderSub(l.sub, at.numeralStyle, dashed, a.jurisdiction) });
    } else {
      // An integer label becomes 第X条之N / 第X章之N (insert-only mode): insert after 条 / 章.
      const after = a.text.slice(at.numeral.end, at.labelEnd).search(UNIT_CHAR);
      const pos = at.numeral.end + (after < 0 ? 0 : after + 1);
      pieces.push({ span: { start: pos, end: pos }, newText: renderSub(l.sub, at.numeralStyle, false, a.jurisdiction) });
    }
  }
  return pieces.length > 0 ? joinEdits(a.text, pieces) : undefined;
}

/** One edit per label whose number changes. */
export function headingEdits(a: Analysis, plan: Plan): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const [node, l] of plan.labels) {
    if (!changed(node, plan)) continue;
    const e = labelEdit(a, { number: node.number, sub: node.sub, numeral: numeralSpanOf(node), numeralStyle: node.numeralStyle, subSpan: node.subSpan, labelEnd: node.labelEnd }, l);
    if (e) edits.push(e);
  }
  return edits;
}
