/**
 * Reading references in their context (drafting-rules §3.1 inheritance, §3.3 scope): a path that starts
 * below the article (第二款, 第三项) continues the article named last in the same 款 or item, or in the 款
 * that introduces the items it stands in; a bare path right after an external one continues that
 * instrument (刑法第三百八十九条行贿罪、第三百九十三条单位行贿罪).
 */
import type { Reference, ReferencePath } from '../types';

function lastPath(ref: Reference): ReferencePath | undefined {
  const last = ref.elements[ref.elements.length - 1];
  return last ? (last.rangeEnd?.path ?? last.path) : undefined;
}

/**
 * Does `prev` give the context of `ref`: the same 款 or item (penalty articles chain sentences such as
 * 违反第三十八条第一项规定的……。违反第四项规定的……), or the 款 text that introduces ref's item list?
 */
function sameContext(prev: Reference, ref: Reference): boolean {
  if (prev.article !== ref.article || prev.paragraph !== ref.paragraph) return false;
  return prev.item === ref.item || prev.item === undefined;
}

const TIGHT_GAP = /^[^，,；;。：:]{0,12}$/u;

export function contextualise(folded: string, refs: Reference[]): void {
  let anchor: Reference | undefined; // the last reference that named an article
  for (const ref of refs) {
    const first = ref.elements[0]?.path;
    const explicit = ref.elements.some((e) => e.path.article !== undefined);
    const context = anchor && sameContext(anchor, ref) ? anchor : undefined;
    if (ref.scope === 'internal-bare' && first && context) {
      const named = lastPath(context);
      const startsBelowArticle = first.article === undefined && first.chapter === undefined && first.section === undefined;
      if (startsBelowArticle && named?.article !== undefined) {
        if (context.scope === 'external') ref.scope = 'external';
        else inheritArticle(ref, named);
      } else if (context.scope === 'external' && TIGHT_GAP.test(folded.slice(context.span.end, ref.span.start))) {
        ref.scope = 'external';
      }
    }
    if (explicit) anchor = ref; // an inherited article does not become the new anchor
  }
}

function inheritArticle(ref: Reference, named: ReferencePath): void {
  for (const el of ref.elements) {
    for (const p of [el.path, el.rangeEnd?.path]) {
      if (!p) continue;
      p.article = named.article;
      p.articleSub = named.articleSub;
      if (p.paragraph === undefined && p.item !== undefined && named.paragraph !== undefined) p.paragraph = named.paragraph;
    }
  }
}
