/**
 * The index of Taiwan acts (server/data/taiwan-acts.json): each act in force's articles, as LexDraft's parser reads
 * them, so that a regulation's bare path into the act it is made under (a 施行細則's 第十條 meaning the act's, written
 * without 本法) is told from a path into nothing. Pure: read from disk outside the core (server/src/laws/load.ts)
 * and handed in as an argument. Which acts a text is made under is read with the text (citations/enabling.ts).
 */
import { foldScript } from '../text/fold';
import { articleKey, articlesHold, decodeArticles, type ArticleShape } from './index';

/** The committed file: one act per entry, sorted by title so that a fresh generation compares equal. */
export interface TaiwanActsData {
  /** The data it was generated from (kong0107/mojLawSplitJSON@commit). */
  source: string;
  /** Acts (法律) in force: the title and the articles, encoded as the national index encodes a version's. */
  acts: { title: string; articles: string }[];
}

export interface TaiwanActs {
  /** An act by its folded title (and 刑法 for 中華民國刑法): its articles, decoded on first use. */
  shape(name: string): ReadonlyMap<string, ArticleShape> | undefined;
}

const ROC = '中华民国';

/** A name made comparable: Simplified script, no whitespace, no 「」. */
function actKey(name: string): string {
  return foldScript(name).replace(/[\s\u3000「」]+/gu, '');
}

export function decodeTaiwanActs(data: TaiwanActsData): TaiwanActs {
  const encoded = new Map<string, string>();
  for (const act of data.acts) {
    const key = actKey(act.title);
    encoded.set(key, act.articles);
    // 中華民國刑法 is cited as 刑法.
    if (key.startsWith(ROC) && key.length > ROC.length + 1) encoded.set(key.slice(ROC.length), act.articles);
  }
  const decoded = new Map<string, ReadonlyMap<string, ArticleShape>>();
  return {
    shape(name) {
      const key = actKey(name);
      const hit = decoded.get(key);
      if (hit) return hit;
      const articles = encoded.get(key);
      if (articles === undefined) return undefined;
      const shape = decodeArticles(articles);
      decoded.set(key, shape);
      return shape;
    },
  };
}

/**
 * Whether an act's articles hold a path: its article (and 之N), and the 項 and 款 it names (a 款 named without its 項
 * is held when some 項 has that many, as references inside a text resolve). A path without an article, or to a
 * deleted article, is not held.
 */
export function actHolds(articles: ReadonlyMap<string, ArticleShape>, p: { article?: number; articleSub?: number; paragraph?: number; item?: number }): boolean {
  if (p.article === undefined || articles.get(articleKey(p.article, p.articleSub ?? 0))?.length === 0) return false;
  return articlesHold(articles, { article: p.article, sub: p.articleSub, paragraph: p.paragraph, item: p.item });
}
