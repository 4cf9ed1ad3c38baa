/**
 * Another law's article named again without the law's name: 民事訴訟法第五百七十二條之一……。（next 項）……無須就
 * 第五百七十二條之一第一項之附帶請求為裁判. A bare article beyond this text's last that a citation of another law named
 * earlier in the same article is that law's again — this text cannot hold it. An article within this text's range stays
 * its own (a slip for one it has is possible there), and so does one no citation of another law named in the article.
 */
import type { Reference, StructureNode } from '../types';

export interface CitedByOtherLaws {
  /**
   * Whether `ref` is another law's: external, or bare and naming again such an article beyond this text's last (then
   * made external). The articles an external reference names (both ends of a range) are recorded under the article it
   * stands in.
   */
  external(ref: Reference): boolean;
}

/** A record over one text's references, read in text order (a citation before the path that repeats it). */
export function citedByOtherLaws(lastArticle: number | undefined): CitedByOtherLaws {
  const cited = new Map<StructureNode, Set<string>>();
  const key = (n: number, sub: number | undefined): string => `${n}-${sub ?? 0}`;
  const repeats = (ref: Reference): boolean => {
    const keys = ref.article ? cited.get(ref.article) : undefined;
    if (!keys || lastArticle === undefined || ref.scope !== 'internal-bare' || ref.relative || ref.elements.length === 0) return false;
    return ref.elements.every((el) => el.rangeEnd === undefined && el.path.article !== undefined && el.path.article > lastArticle && keys.has(key(el.path.article, el.path.articleSub)));
  };
  return {
    external(ref) {
      if (repeats(ref)) ref.scope = 'external';
      if (ref.scope !== 'external') return false;
      if (!ref.article) return true;
      let keys = cited.get(ref.article);
      for (const el of ref.elements) {
        for (const p of [el.path, el.rangeEnd?.path]) {
          if (p?.article === undefined) continue;
          keys ??= new Set();
          keys.add(key(p.article, p.articleSub));
        }
      }
      if (keys) cited.set(ref.article, keys);
      return true;
    },
  };
}
