/**
 * The index of Taiwan acts (server/data/taiwan-acts.json): each act in force's articles, as LexDraft's parser reads
 * them, so that a regulation's bare path into the act it is made under (a 施行細則's 第十條 meaning the act's, written
 * without 本法) is told from a path into nothing. Pure: read from disk outside the core (server/src/laws/load.ts)
 * and handed in as an argument.
 */
import type { ParseResult } from '../parse/parse';
import { foldScript } from '../text/fold';
import type { ReferencePath } from '../types';
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
export function actHolds(articles: ReadonlyMap<string, ArticleShape>, p: Pick<ReferencePath, 'article' | 'articleSub' | 'paragraph' | 'item'>): boolean {
  if (p.article === undefined || articles.get(articleKey(p.article, p.articleSub ?? 0))?.length === 0) return false;
  return articlesHold(articles, { article: p.article, sub: p.articleSub, paragraph: p.paragraph, item: p.item });
}

/** An act's name: a title ending in 法, 條例 or 通則 (folded), 2 to 40 characters, no 本/該 pointing word. */
const ACT = '[\\u4e00-\\u9fff、]{1,38}?(?:法|条例|通则)';
/** X法施行細則 (the title of the regulation that carries out act X), with a bracketed note after it. */
const IMPLEMENTING_TITLE = new RegExp(`^(${ACT})施行细则(?:[（(][^）)]*[）)])?$`, 'u');
/**
 * The enabling clause of 第1條: 本辦法依X法第N條規定訂定之, 本細則依據X條例（以下簡稱本條例）第N條…, 依X法第N條第M項
 * 規定訂定 — the act named right after 依 / 依據 / 依照 / 根據, before its article, a bracketed short name, or 規定.
 */
const ENABLING = new RegExp(`(?:依据|依照|根据|依)「?(${ACT})」?(?=[（(]以下简称|第|之规定|规定|授权)`, 'gu');
/** How much of the first article the enabling clause is looked for in: it opens the article. */
const ENABLING_REACH = 120;

/** An act a regulation is made under: its name as the text writes it, and the word the text cites it by. */
export interface EnablingAct {
  name: string;
  /** 本法 / 本條例 where the text calls the act so (a 施行細則 does; others say 以下簡稱本法), else its name. */
  cite: string;
}

/** 以下簡稱本法 right after the act's name: the short form the regulation cites it by. */
const SHORT_AFTER = /^「?[（(]以下简称(本[\u4e00-\u9fff]{1,3})[）)]/u;

/**
 * The acts a Taiwan regulation is made under: the act its title implements (X法施行細則) and those its first
 * article says it rests on (本辦法依X法第N條規定訂定), as written (the text's script), no repeats; none for a text of
 * another kind.
 */
export function enablingActs(parsed: ParseResult): EnablingAct[] {
  const acts = new Map<string, EnablingAct>();
  const title = parsed.title?.text.replace(/\s+/gu, '') ?? '';
  // Folding keeps the length, so the match's place names the act in the text's own script.
  const implemented = IMPLEMENTING_TITLE.exec(foldScript(title));
  if (implemented) {
    const name = title.slice(0, (implemented[1] as string).length);
    // A 施行細則 calls the act it carries out 本法 (本條例, 本通則).
    acts.set(name, { name, cite: `本${name.endsWith('法') ? '法' : name.slice(-2)}` });
  }
  const first = parsed.articles[0];
  if (first) {
    const end = Math.min(first.spanEnd, first.spanStart + ENABLING_REACH);
    const opening = parsed.folded.slice(first.spanStart, end);
    for (const m of opening.matchAll(ENABLING)) {
      const folded = m[1] as string;
      if (/^[本该同此其]/u.test(folded)) continue;
      const at = first.spanStart + (m.index as number) + m[0].indexOf(folded);
      const name = parsed.source.slice(at, at + folded.length);
      const short = SHORT_AFTER.exec(parsed.folded.slice(at + folded.length, at + folded.length + 12));
      const cite = short ? parsed.source.slice(at + folded.length + short[0].indexOf(short[1] as string), at + folded.length + short[0].indexOf(short[1] as string) + (short[1] as string).length) : name;
      if (!acts.has(name) || cite !== name) acts.set(name, { name, cite });
    }
  }
  return [...acts.values()];
}
