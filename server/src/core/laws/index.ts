/**
 * The national law index (issue #25): the shape of the committed data file, its decoding, and the lookups
 * citation checks will ask. Pure: the index is read from disk outside the core (server/src/laws/load.ts)
 * and reaches a caller as an argument, never through a module store.
 */
import { foldScript } from '../text/fold';

/** 地方性法规 and 规章 come from a user's own library (server/src/laws/library.ts), never from laws.json. */
export type LawLevel = '宪法' | '法律' | '行政法规' | '地方性法规' | '规章';
/** What made a version: the first text (通过, 公布), a 修正 (amending decision) or a 修订 (whole revision). */
export type VersionKind = '制定' | '修正' | '修订';

/** The committed file (server/data/laws.json), sorted so that a fresh generation compares equal. */
export interface LawIndexData {
  /** The library it was generated from. */
  source: string;
  laws: LawData[];
  repealed: RepealData[];
}

export interface LawData {
  title: string;
  /** Other names it is cited by: without 中华人民共和国, the library's short name. */
  short: string[];
  level: LawLevel;
  /** The law an 实施条例 / 实施细则 / 实施办法 implements (its full title). */
  implements?: string;
  /** The 题注 of the newest version: [date, 制定 | 修正 | 修订], oldest first. */
  history: [string, VersionKind][];
  /** The versions the library holds, oldest first. */
  versions: VersionData[];
  /** Terms the newest version defines (its definitions, abbreviations left out) → the article's key. */
  defines: Record<string, string>;
}

export interface VersionData {
  publish: string;
  /** Effective date; empty when the library gives none. */
  from: string;
  kind: VersionKind;
  /** Marked no longer current by the library, or followed by a newer version in it. */
  superseded?: true;
  /**
   * Its articles in order, `;`-separated: the 项 count of each 款, `,`-separated, after `N:` or `N-S:`
   * (第N条之S) when the number is not the previous one's plus one; `d` for an article that is only （删除）.
   * 第一条 of one 款 and 第二条 of two 款, the second with three 项: `0;0,3`.
   */
  articles: string;
}

/** A law repealed by the one that replaced it (its "……同时废止" sentence). */
export interface RepealData {
  title: string;
  /** The replacing law's full title, the version that says so and the article. */
  by: string;
  publish: string;
  article: string;
  /** When the repeal took effect: the replacing text's own 施行 date, else its version's effective date. */
  date: string;
}

/** One article: the 项 count of each of its 款 (none for a deleted article). */
export type ArticleShape = readonly number[];

export interface LawVersion extends Omit<VersionData, 'articles'> {
  /** By article key (articleKey). */
  articles: ReadonlyMap<string, ArticleShape>;
}

export interface Law extends Omit<LawData, 'versions'> {
  versions: LawVersion[];
}

/** The decoded index: what lookups take as their argument. */
export interface LawIndex {
  laws: Law[];
  repealed: RepealData[];
  byName: ReadonlyMap<string, Law>;
  repealedByName: ReadonlyMap<string, RepealData[]>;
  /** Term → the laws that define it, in index order. */
  definers: ReadonlyMap<string, Law[]>;
}

const PRC = '中华人民共和国';

/** The key of 第N条 (sub 0) or 第N条之S in `LawVersion.articles` and `LawData.defines`. */
export function articleKey(number: number, sub = 0): string {
  return sub ? `${number}-${sub}` : String(number);
}

/**
 * A title or short name as written in a citation, made comparable: Simplified script, no whitespace,
 * no 《》, full-width brackets.
 */
export function normaliseLawName(name: string): string {
  return foldScript(name)
    .replace(/[\s\u3000]+/gu, '')
    .replace(/^《(.*)》$/u, '$1')
    .replace(/\(/gu, '（')
    .replace(/\)/gu, '）');
}

/** The names a law is found by: its title, the title without 中华人民共和国, and the short names given. */
export function namesOf(title: string, short: readonly string[] = []): string[] {
  const names = new Set([title, ...short]);
  if (title.startsWith(PRC) && title.length > PRC.length) names.add(title.slice(PRC.length));
  return [...names].map(normaliseLawName);
}

/** Encodes articles (number, sub, deleted, 项 count per 款) as `VersionData.articles`. */
export function encodeArticles(articles: readonly { number: number; sub: number; deleted: boolean; items: readonly number[] }[]): string {
  let previous = 0;
  return articles
    .map((a) => {
      const head = a.sub === 0 && a.number === previous + 1 ? '' : `${articleKey(a.number, a.sub)}:`;
      previous = a.number;
      return head + (a.deleted ? 'd' : a.items.join(','));
    })
    .join(';');
}

export function decodeArticles(encoded: string): Map<string, ArticleShape> {
  const out = new Map<string, ArticleShape>();
  if (encoded === '') return out;
  let previous = 0;
  for (const part of encoded.split(';')) {
    const colon = part.indexOf(':');
    let key: string;
    if (colon < 0) {
      previous += 1;
      key = articleKey(previous);
    } else {
      key = part.slice(0, colon);
      previous = Number.parseInt(key, 10);
    }
    const body = part.slice(colon + 1);
    out.set(key, body === 'd' ? [] : body.split(',').map(Number));
  }
  return out;
}

/** Decodes the committed data into the maps lookups read. */
export function decodeLawIndex(data: LawIndexData): LawIndex {
  // Each version's articles are decoded when first asked: a lookup of names or terms reads none of the
  // 50,000 articles, and a citation check reads the few laws it cites.
  const laws: Law[] = data.laws.map((l) => ({ ...l, versions: l.versions.map(lazyArticles) }));
  const byName = new Map<string, Law>();
  const definers = new Map<string, Law[]>();
  for (const law of laws) {
    for (const name of namesOf(law.title, law.short)) if (!byName.has(name)) byName.set(name, law);
    for (const term of Object.keys(law.defines)) definers.set(term, [...(definers.get(term) ?? []), law]);
  }
  const repealedByName = new Map<string, RepealData[]>();
  for (const r of data.repealed) for (const name of namesOf(r.title)) repealedByName.set(name, [...(repealedByName.get(name) ?? []), r]);
  return { laws, repealed: data.repealed, byName, repealedByName, definers };
}

function lazyArticles(v: VersionData): LawVersion {
  const { articles: encoded, ...rest } = v;
  let decoded: Map<string, ArticleShape> | undefined;
  return Object.defineProperty({ ...rest }, 'articles', { enumerable: true, get: () => (decoded ??= decodeArticles(encoded)) }) as LawVersion;
}

/** A law in the index by its full title or a short form, in either script. */
export function findLaw(index: LawIndex, name: string): Law | undefined {
  return index.byName.get(normaliseLawName(name));
}

/** The version in force on `date` (YYYY-MM-DD): the last whose effective date (else publish) is not after it. */
export function versionAt(law: Law, date: string): LawVersion | undefined {
  let found: LawVersion | undefined;
  for (const v of law.versions) if ((v.from || v.publish) <= date) found = v;
  return found;
}

/** The newest version the index holds. */
export function latestVersion(law: Law): LawVersion | undefined {
  return law.versions[law.versions.length - 1];
}

/**
 * Whether 第article条(之sub)(第paragraph款)(第item项) exists in a version. A 项 named without its 款 (第十条第三项)
 * exists when some 款 has that many 项: the first such 款 is the one meant, as references inside a draft
 * resolve (refs/resolve.ts), so a cited law and the draft are read alike.
 */
export function provisionExists(version: LawVersion, p: { article: number; sub?: number; paragraph?: number; item?: number }): boolean {
  return articlesHold(version.articles, p);
}

/** provisionExists on a bare map of articles (the index of Taiwan acts holds one version, no LawVersion). */
export function articlesHold(articles: ReadonlyMap<string, ArticleShape>, p: { article: number; sub?: number; paragraph?: number; item?: number }): boolean {
  const shape = articles.get(articleKey(p.article, p.sub ?? 0));
  if (!shape) return false;
  const { paragraph, item } = p;
  if (paragraph === undefined) return item === undefined || shape.some((items) => item <= items);
  const items = shape[paragraph - 1];
  return items !== undefined && (item === undefined || item <= items);
}

/** What replaced a repealed law, when a "……同时废止" sentence of the library says so. */
export function successorOf(index: LawIndex, name: string): RepealData[] {
  return index.repealedByName.get(normaliseLawName(name)) ?? [];
}

const RANK: Record<LawLevel, number> = { 宪法: 0, 法律: 1, 行政法规: 2, 地方性法规: 3, 规章: 4 };

/**
 * Which law above a text defines a word, for that text: a text in the index (found by its title) looks to the
 * laws of its level or above but not to itself; any other (a local regulation, a rule, a draft) to all national
 * law. 电力法 does not take 电力设施 from an administrative regulation; a city's 水资源 regulation takes 水资源
 * from 水法. Only national law counts: a user's library may hold another city's regulations (地方性法规,
 * 规章), which bind no draft of this one.
 */
export function definedAbove(index: LawIndex, title: string): (term: string) => Law | undefined {
  const own = findLaw(index, title.replace(/^#+\s*/u, '').replace(/[（(][^）)]*[）)]\s*$/u, ''));
  const limit = Math.min(own ? RANK[own.level] : RANK.行政法规, RANK.行政法规);
  return (term) => lawsDefining(index, term).find((l) => l !== own && RANK[l.level] <= limit);
}

/** The laws whose newest version defines `term`. */
export function lawsDefining(index: LawIndex, term: string): Law[] {
  return index.definers.get(foldScript(term)) ?? [];
}
