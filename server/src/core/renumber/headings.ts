/** Edits to the labels of headings, articles, items and sub-items whose number changes. */
import type { Analysis } from '../analysis';
import type { StructureNode, TextEdit } from '../types';
import { joinEdits } from './edit';
import { changed, type Plan } from './plan';
import { renderNumeral, renderSub } from './render';
import { numeralSpanOf } from '../parse/nodes';

/** The label as it will read: the numeral (and 之N) replaced, the rest as written. */
export function newLabelText(a: Analysis, node: StructureNode, plan: Plan): string {
  const l = plan.labels.get(node);
  if (!l || node.label === '') return node.label;
  const ls = node.labelStart;
  const numeral = renderNumeral(l.number, node.numeralStyle, a.text.slice(node.numeralStart, node.numeralEnd), a.jurisdiction);
  let head = a.text.slice(ls, node.numeralStart) + numeral;
  let tail = a.text.slice(node.numeralEnd, node.subSpan ? node.subSpan.start : node.labelEnd);
  if (node.subSpan) tail += a.text.slice(node.subSpan.end, node.labelEnd);
  if (l.sub > 0) tail = insertSub(tail, renderSub(l.sub, node.numeralStyle, node.subSpan !== undefined && a.text[node.subSpan.start] !== '之', a.jurisdiction));
  head += tail;
  return head;
}

function insertSub(tail: string, sub: string): string {
  const i = tail.search(/[条條]/u);
  return i < 0 ? tail + sub : tail.slice(0, i + 1) + sub + tail.slice(i + 1);
}

/** One edit per label whose number changes (joinEdits: its numeral and its 之N together). */
export function headingEdits(a: Analysis, plan: Plan): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const [node, l] of plan.labels) {
    if (!changed(node, plan)) continue;
    const pieces: TextEdit[] = [];
    if (l.number !== node.number) {
      pieces.push({ span: numeralSpanOf(node), newText: renderNumeral(l.number, node.numeralStyle, a.text.slice(node.numeralStart, node.numeralEnd), a.jurisdiction) });
    }
    if (node.kind === 'article' && l.sub !== node.sub) {
      const dashed = node.subSpan !== undefined && a.text[node.subSpan.start] !== '之';
      if (node.subSpan && l.sub === 0) {
        pieces.push({ span: node.subSpan, newText: '' });
      } else if (node.subSpan) {
        pieces.push({ span: node.subSpan, newText: renderSub(l.sub, node.numeralStyle, dashed, a.jurisdiction) });
      } else {
        // An integer article becomes 第X条之N (insert-only mode): insert after 条.
        const after = a.text.slice(node.numeralEnd, node.labelEnd).search(/[条條]/u);
        const at = node.numeralEnd + (after < 0 ? 0 : after + 1);
        pieces.push({ span: { start: at, end: at }, newText: renderSub(l.sub, node.numeralStyle, false, a.jurisdiction) });
      }
    }
    if (pieces.length > 0) edits.push(joinEdits(a.text, pieces));
  }
  return edits;
}
