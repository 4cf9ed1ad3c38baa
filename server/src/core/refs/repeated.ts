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

/**
 * 本法中華民國九十年十月四日修正施行日起一年後適用第三十六條之一至第三十六條之五之……: a sentence that opens with
 * 本法 — in a regulation, the act it carries out — and goes on to bare articles speaks of that act's; those beyond this
 * text's last are the act's. Read back from the path to the sentence's start (after 。, ；, ： or the article's label;
 * not a line's start, which a hard wrap may put mid-sentence), a few dozen characters at most.
 */
const ACT_OPENS_SENTENCE = /(?:[。；：:]|第[ \u3000]*[0-9一二三四五六七八九十百零〇]+[ \u3000]*条(?:之[一二三四五六七八九十]+)?)\s*本法[^。；：:]*$/u;
/** How far back ACT_OPENS_SENTENCE looks. */
const SENTENCE_REACH = 80;
/** A title naming an act itself (专利法, not 办法): its 本法 is itself. */
const ACT_TITLE = /(?<!办)法$/u;

/**
 * A record over one text's references, read in text order (a citation before the path that repeats it). `folded` is
 * the text, script-folded; `title` its title, folded.
 */
export function citedByOtherLaws(lastArticle: number | undefined, folded = '', title = ''): CitedByOtherLaws {
  const cited = new Map<StructureNode, Set<string>>();
  const key = (n: number, sub: number | undefined): string => `${n}-${sub ?? 0}`;
  const repeats = (ref: Reference): boolean => {
    if (lastArticle === undefined || ref.scope !== 'internal-bare' || ref.relative || ref.elements.length === 0) return false;
    const keys = ref.article ? cited.get(ref.article) : undefined;
    const beyond = ref.elements.every((el) => el.path.article !== undefined && el.path.article > lastArticle);
    if (!beyond) return false;
    if (keys && ref.elements.every((el) => el.rangeEnd === undefined && keys.has(key(el.path.article as number, el.path.articleSub)))) return true;
    return !ACT_TITLE.test(title) && ACT_OPENS_SENTENCE.test(folded.slice(Math.max(0, ref.span.start - SENTENCE_REACH), ref.span.start));
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
