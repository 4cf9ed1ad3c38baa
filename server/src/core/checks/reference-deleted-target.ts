/**
 * reference.deleted-target — a reference renumbering marked 〔原条文已删除〕: the article it cited was deleted
 * (issue #21 §4). The note stays in the draft, so this error persists across saves, reopening and the CLI
 * until the drafter points the reference at the article that took over the content, or removes it.
 */
import { positionIn } from '../text/offsets';
import { DELETED_MARK, markedAt } from '../renumber/mark';
import type { Reference, ReferenceElement, Span, StructureNode, Suggestion } from '../types';
import type { Check } from './types';

/** The element's end, past a range's other end. */
function endOf(el: ReferenceElement): number {
  return Math.max(el.span.end, el.rangeEnd?.span.end ?? 0);
}

/** Separators that join this reference to a neighbouring one in a list (第四条〔…〕、第五条). */
const LIST_SEPARATORS = new Set(['、', '和', '或']);

/** Removes the reference and its note, and the separator that joined it to a neighbour. */
function removal(text: string, ref: Reference, el: ReferenceElement): Span {
  let end = endOf(el) + DELETED_MARK.length;
  // Followed by 、 and another reference: the element goes, the scope word (本条例) stays for the next.
  const listed = text[end] === '、';
  let start = ref.elements.length === 1 && !listed ? ref.span.start : el.span.start;
  if (listed) end++;
  else if (LIST_SEPARATORS.has(text[start - 1] ?? '')) start--;
  return { start, end };
}

/** Rewrites the cited article's label to `to`'s (numeral, and 之N as it has one or not), dropping the note. */
function pointAt(text: string, el: ReferenceElement, to: StructureNode): Suggestion | undefined {
  const numeral = el.path.numerals.find((n) => n.level === 'article');
  if (!numeral || el.rangeEnd) return undefined;
  const sub = el.path.numerals.find((n) => n.level === 'articleSub');
  // 第[十二条之一] → 第[label without 第]: the numeral, 条 and any 之N as the target is labelled.
  const end = sub ? Math.max(sub.span.end, sub.removal?.end ?? 0) : numeral.span.end + 1;
  if (text[numeral.span.end] !== '条' && text[numeral.span.end] !== '條') return undefined;
  const markAt = endOf(el);
  return {
    title: { zh: `改为引用${to.label}`, en: `Point it at ${to.label}` },
    edits: [
      { span: { start: numeral.span.start, end }, newText: to.label.replace(/^第/u, '') },
      { span: { start: markAt, end: markAt + DELETED_MARK.length }, newText: '' },
    ],
  };
}

export const referenceDeletedTarget: Check = {
  id: 'reference.deleted-target',
  title: { zh: '引用的条文已删除', en: 'Reference to a deleted article' },
  defaultSeverity: 'error',
  run({ parsed, references }, report) {
    const { folded, source, articles } = parsed;
    for (const ref of references) {
      if (ref.scope === 'external') continue;
      for (const el of ref.elements) {
        const end = endOf(el);
        if (!markedAt(folded, end)) continue;
        // The numeral names the article now in the deleted one's place; the one before it is the other neighbour.
        const inPlace = el.resolved?.node?.kind === 'article' ? el.resolved.node : undefined;
        const before = inPlace ? articles[positionIn(articles, inPlace) - 1] : articles[articles.length - 1];
        const suggestions: Suggestion[] = [];
        for (const to of [inPlace, before]) {
          const s = to && pointAt(source, el, to);
          if (s) suggestions.push(s);
        }
        suggestions.push({ title: { zh: '删除该引用', en: 'Remove the reference' }, edits: [{ span: removal(source, ref, el), newText: '' }] });
        report({
          span: { start: el.span.start, end: end + DELETED_MARK.length },
          message: {
            zh: `引用的${el.text}所指条文已删除，请改为接替其内容的条文，或删除该引用`,
            en: `“${el.text}” cited an article that was deleted; point it at the article that took over its content, or remove it`,
          },
          data: { reference: el.text },
          suggestions,
        });
      }
    }
  },
};
