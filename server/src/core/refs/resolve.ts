/**
 * Resolution of internal references against the structure tree. Fills
 * `element.resolved` with the target node or the reason it has none; checks read these results.
 */
import { isBookOfCode } from '../parse/code-book';
import { citedByOtherLaws } from './repeated';
import type { ParseResult } from '../parse/parse';
import { childrenOfKind, firstHolding, itemCount, itemHolders, itemNumbered, itemsOf, paragraphsOf } from '../parse/nodes';
import { foldScript } from '../text/fold';
import { toChineseNumeral } from '../text/numerals';
import { lastStartingAtOrBefore, positionIn } from '../text/offsets';
import type { Message, Reference, ReferencePath, ResolvedTarget, StructureNode } from '../types';

export interface DocIndex {
  article: (n: number, sub: number) => StructureNode | undefined;
  /** Position of an article in document order. */
  order: (article: StructureNode) => number | undefined;
  /** Nearest enclosing divisions of an article, outermost first. */
  parents: (article: StructureNode) => readonly StructureNode[];
  divisions: StructureNode[];
  /** The book holding each division (for chapters that restart per book). */
  bookOf: Map<StructureNode, StructureNode>;
  /**
   * The first book of each number, and the chapters of each number in text order (looked up per reference),
   * by labelKey: 第五章之一 is not 第五章.
   */
  books: Map<number, StructureNode>;
  chapters: Map<number, StructureNode[]>;
  /** The first chapter of a number (and 之N) in a book. */
  chapterIn: (book: StructureNode, n: number, sub?: number) => StructureNode | undefined;
  /** The first section of a number (and 之N) in a chapter. */
  section: (chapter: StructureNode | undefined, n: number, sub?: number) => StructureNode | undefined;
}

/** Sub-numbers (之N) are below this (numerals are parsed up to 99,999). */
const SUBS = 100000;

const NO_DIVISIONS: readonly StructureNode[] = Object.freeze([]);

/** A label's number and 之N sub-number as one numeric key: no key string made per unit. */
const labelKey = (n: number, sub: number): number => n * SUBS + sub;

/** Made once per analysis: articles by number, and an article's position and divisions. */
export function buildIndex(parsed: ParseResult): DocIndex {
  const key = labelKey;
  const byKey = new Map<number, StructureNode>();
  const articles = parsed.articles;
  for (let i = 0; i < articles.length; i++) {
    const a = articles[i] as StructureNode;
    const k = key(a.number, a.sub);
    if (!byKey.has(k)) byKey.set(k, a);
  }
  // Position and divisions of an article are found from the flat lists in text order, not kept per article:
  // two maps of every article cost more than the rest of the index on a large code, to answer a few lookups.
  const order = (article: StructureNode): number | undefined => {
    const i = positionIn(articles, article);
    return i >= 0 ? i : undefined;
  };
  // Each division's enclosing divisions, from the flat list in text order: the divisions that hold it are
  // the earlier ones whose spans reach past its start (spans cover their descendants). The tree's articles
  // are not visited: on a large code they are many and scattered in memory, and only divisions nest.
  const stacks = new Map<StructureNode, StructureNode[]>();
  const bookOf = new Map<StructureNode, StructureNode>();
  let open: StructureNode[] = [];
  for (const d of parsed.divisions) {
    let k = open.length;
    while (k > 0 && (open[k - 1] as StructureNode).spanEnd <= d.spanStart) k--;
    if (k < open.length) open = open.slice(0, k);
    const book = open.find((x) => x.kind === 'book');
    if (book) bookOf.set(d, book);
    open = [...open, d];
    stacks.set(d, open);
  }
  // An article belongs to the division opened last before it: the parser closes every deeper division
  // when it opens one (flat-lists.test.ts holds both rules against a walk of the tree).
  const parents = (article: StructureNode): readonly StructureNode[] => {
    const d = lastStartingAtOrBefore(parsed.divisions, article.spanStart);
    return (d && stacks.get(d)) ?? NO_DIVISIONS;
  };
  const chapters = new Map<number, StructureNode[]>();
  // And the first chapter of each number in each book: chapters restart per book, and looking through
  // every chapter of a number for the reference's book was quadratic when many books each cite their own
  // chapters.
  const chaptersOfBook = new Map<StructureNode, Map<number, StructureNode>>();
  for (const d of parsed.divisions) {
    if (d.kind !== 'chapter') continue;
    const k = key(d.number, d.sub);
    const list = chapters.get(k);
    if (list) list.push(d);
    else chapters.set(k, [d]);
    const book = bookOf.get(d);
    if (!book) continue;
    let byNumber = chaptersOfBook.get(book);
    if (!byNumber) chaptersOfBook.set(book, (byNumber = new Map()));
    if (!byNumber.has(k)) byNumber.set(k, d);
  }
  const chapterIn = (book: StructureNode, n: number, sub = 0): StructureNode | undefined => chaptersOfBook.get(book)?.get(key(n, sub));
  const books = new Map<number, StructureNode>();
  for (const d of parsed.divisions) if (d.kind === 'book' && !books.has(key(d.number, d.sub))) books.set(key(d.number, d.sub), d);
  // Each chapter's sections by number, made when a reference first names a section there: filtering the
  // chapter's children per reference was quadratic when a chapter holds many cited sections.
  const sectionsIn = new Map<StructureNode, Map<number, StructureNode>>();
  const section = (chapter: StructureNode | undefined, n: number, sub = 0): StructureNode | undefined => {
    if (!chapter) return undefined;
    let byNumber = sectionsIn.get(chapter);
    if (!byNumber) {
      byNumber = new Map();
      for (const c of chapter.children) if (c.kind === 'section' && !byNumber.has(key(c.number, c.sub))) byNumber.set(key(c.number, c.sub), c);
      sectionsIn.set(chapter, byNumber);
    }
    return byNumber.get(key(n, sub));
  };
  return { article: (n, sub) => (sub >= 0 && sub < SUBS ? byKey.get(key(n, sub)) : undefined), order, parents, divisions: parsed.divisions, bookOf, books, chapters, chapterIn, section };
}

function cn(n: number, p: ParseResult): string {
  return toChineseNumeral(n, p.jurisdiction);
}

/** 第五章 / 第五章之一 as a message names it. */
function divisionLabel(unit: string, n: number, sub: number | undefined, p: ParseResult): string {
  return `第${cn(n, p)}${unit}${sub ? `之${cn(sub, p)}` : ''}`;
}

function dash(sub: number | undefined): string {
  return sub ? `-${sub}` : '';
}

function problem(zh: string, en: string): ResolvedTarget {
  return { problem: { zh, en } satisfies Message };
}

/** An enforcement act (民事訴訟法施行法) cites its parent law's articles bare, without naming it. */
const ENFORCEMENT_ACT = /施行法$/u;

/** Resolves every internal reference in place. */
export function resolveReferences(parsed: ParseResult, refs: readonly Reference[], index: DocIndex): void {
  const title = foldScript(parsed.title?.text ?? '');
  const enforcement = ENFORCEMENT_ACT.test(title);
  const range = articleRange(parsed);
  const book = isBookOfCode(parsed.title?.text) ? range : undefined;
  const cited = citedByOtherLaws(range?.last, parsed.folded, title.trim());
  for (const ref of refs) {
    if (cited.external(ref)) continue; // another law's, or its article named again bare (repeated.ts)
    // In one book of a code (code-book.ts), a 第X条 before the book's first article or after its last is another
    // book's (債編 citing 第七十一條): not this text's to check. One inside the book's range is still checked, and so
    // is 本编第X条 (this book).
    if (book && !ref.relative && !OWN_DIVISION.test(foldScript(ref.text)) && ref.elements.some((el) => outside(el.path, book) || (el.rangeEnd !== undefined && outside(el.rangeEnd.path, book)))) {
      ref.scope = 'external';
      continue;
    }
    // In an enforcement act, a bare 第X条 it does not have is the parent law's (第九十一條第一項施行前); so is one in a
    // 款 or item that cites another law, and a 同條 pointing back at such a missing one (context.ts).
    // So is a 第X节 (编, 章) in an enforcement act that has no division of that kind at all: 新增第二十四節之一之規定 in
    // 民法債編施行法, which has no 節, is the code's.
    if ((enforcement || ref.afterExternal) && (!ref.relative || ref.antecedent !== undefined) && !ref.text.startsWith('本') && ref.elements.some((el) => (el.path.article !== undefined && !index.article(el.path.article, el.path.articleSub ?? 0)) || (enforcement && noSuchKind(el.path, index)))) {
      ref.scope = 'external';
      continue;
    }
    if (ref.relative) ref.relativeTargets = resolveRelative(parsed, ref, index);
    eitherOfList(parsed, ref, index);
    for (const el of ref.elements) {
      el.resolved = resolvePath(parsed, ref, el.path, index);
      if (el.rangeEnd) {
        el.resolvedEnd = resolvePath(parsed, ref, el.rangeEnd.path, index);
        if (el.resolvedEnd.problem && !el.resolved.problem) el.resolved = { problem: el.resolvedEnd.problem };
      }
    }
    // After another law's provision, a path this text cannot hold (第九十八條第三項 where 第98條 has one 項) is that
    // law's too, as a missing article is above.
    if (ref.afterExternal && !ref.relative && !ref.text.startsWith('本') && ref.elements.some((el) => el.resolved?.problem)) {
      ref.scope = 'external';
      for (const el of ref.elements) {
        delete el.resolved;
        delete el.resolvedEnd;
      }
    }
  }
}

/** Whether a path without an article names a division of a kind (编, 章, 节) the text has none of. */
function noSuchKind(path: ReferencePath, index: DocIndex): boolean {
  if (path.article !== undefined) return false;
  const kind = path.section !== undefined ? 'section' : path.chapter !== undefined ? 'chapter' : path.book !== undefined ? 'book' : undefined;
  return kind !== undefined && !index.divisions.some((d) => d.kind === kind);
}

/** 本编 / 本章 / 本节 opening a reference: this text's own division, not the code's. */
const OWN_DIVISION = /^本[编章节]/u;

/** The numbers of a text's first and last articles. */
function articleRange(parsed: ParseResult): { first: number; last: number } | undefined {
  let first = Infinity;
  let last = -Infinity;
  for (const a of parsed.articles) {
    if (a.number < first) first = a.number;
    if (a.number > last) last = a.number;
  }
  return first <= last ? { first, last } : undefined;
}

function outside(path: ReferencePath, book: { first: number; last: number }): boolean {
  return path.article !== undefined && (path.article < book.first || path.article > book.last);
}

/**
 * 違反本辦法第三條及第七條之一者: 之一者 after a list is "either of them", not an inserted 第七條之一. Read so only
 * where the text has no 第七條之一 and has 第七條 — otherwise 之一 is the inserted article, as it usually is
 * (違反第七條之一者 with no list before it keeps that reading even when the article is missing).
 */
function eitherOfList(parsed: ParseResult, ref: Reference, index: DocIndex): void {
  const last = ref.elements[ref.elements.length - 1];
  if (!last || ref.elements.length < 2 || last.rangeEnd) return;
  const path = last.path;
  if (path.article === undefined || path.articleSub !== 1 || path.paragraph !== undefined || path.item !== undefined) return;
  if (parsed.folded[last.span.end] !== '者' || index.article(path.article, 1) || !index.article(path.article, 0)) return;
  last.path = { ...path, articleSub: undefined, numerals: path.numerals.filter((n) => n.level !== 'articleSub') };
}

/** The article a path's lower levels hang from, when the path does not name one. */
function baseArticle(ref: Reference, index: DocIndex, parsed: ParseResult): StructureNode | undefined {
  if (ref.relative && ref.relative.endsWith('条') && ref.relative.startsWith('前')) {
    const i = ref.article ? index.order(ref.article) : undefined;
    return i === undefined ? undefined : parsed.articles[i - (ref.relativeCount ?? 1)];
  }
  // 同条 / 该条 with nothing named before it: not this article, and not known.
  if (ref.relative && (ref.relative[0] === '同' || ref.relative[0] === '该')) return undefined;
  return ref.article;
}

/** The names of 款 and 项 in messages: Taiwan calls the paragraph 項 and the item 款. */
function units(parsed: ParseResult): { paragraph: string; item: string } {
  return parsed.jurisdiction === 'tw' ? { paragraph: '项', item: '款' } : { paragraph: '款', item: '项' };
}

function resolvePath(parsed: ParseResult, ref: Reference, path: ReferencePath, index: DocIndex): ResolvedTarget {
  const base = baseArticle(ref, index, parsed);
  const found = resolveIn(parsed, ref, path, index, base);
  // 前条第一款 in 第一千零五十三条, right after an inserted 第一千零五十二条之一: written before the insertion, it
  // means 第一千零五十二条. Read so when the inserted article lacks what is cited and the original has it.
  const viaPrevious = path.article === undefined || (path.article === base?.number && (path.articleSub ?? 0) === base.sub);
  if (found.problem && base && base.sub > 0 && ref.article?.sub === 0 && ref.relative?.startsWith('前') && viaPrevious) {
    const original = index.article(base.number, 0);
    const again = original ? resolveIn(parsed, ref, { ...path, article: original.number, articleSub: 0 }, index, original) : undefined;
    if (again && !again.problem) return again;
  }
  // A bare 第一项 continues the article its 款 named (context.ts), but when that article has no items at all
  // it cannot be meant: in 第三十五条's item （三） after 符合本条例第三十四条规定的，……按照下列规定：, 携带第一项
  // 规定的凭证 is the article's own item （一）. Read so when the article has that item.
  const inherited = path.article !== undefined && !path.numerals.some((n) => n.level === 'article');
  if (found.problem && inherited && !ref.relative && path.paragraph === undefined && path.item !== undefined && ref.article) {
    const named = index.article(path.article as number, path.articleSub ?? 0);
    const own = named && itemHolders(named).paragraphs.length === 0 ? resolveIn(parsed, ref, { ...path, article: undefined, articleSub: undefined }, index, ref.article) : undefined;
    if (own && !own.problem) return own;
  }
  if (found.problem && inherited && ref.mayBeOwn && ref.article) {
    // A 項 the text did not write was the named article's too: this article's own path starts where it starts.
    const written = path.numerals.some((n) => n.level === 'paragraph');
    const own = resolveIn(parsed, ref, { ...path, article: undefined, articleSub: undefined, paragraph: written ? path.paragraph : undefined }, index, ref.article);
    if (!own.problem) return own;
  }
  const other = ref.otherArticle;
  if (found.problem && other && path.article === undefined) {
    const again = resolveIn(parsed, ref, continuing(path, other), index, undefined);
    if (!again.problem) return again;
  }
  return found;
}

/** `path` read as continuing the article `named` names (its 項 too, for a path that starts at the 款). */
function continuing(path: ReferencePath, named: ReferencePath): ReferencePath {
  const paragraph = path.paragraph === undefined && path.item !== undefined ? named.paragraph : path.paragraph;
  return { ...path, article: named.article, articleSub: named.articleSub, paragraph };
}

function resolveIn(parsed: ParseResult, ref: Reference, path: ReferencePath, index: DocIndex, base: StructureNode | undefined): ResolvedTarget {
  let article: StructureNode | undefined;
  if (path.article !== undefined) {
    article = index.article(path.article, path.articleSub ?? 0);
    if (!article) {
      const label = `第${cn(path.article, parsed)}条${path.articleSub ? `之${cn(path.articleSub, parsed)}` : ''}`;
      return problem(`本文件没有${label}`, `There is no ${label} (article ${path.article}${path.articleSub ? `-${path.articleSub}` : ''}) in this document`);
    }
  } else if (path.chapter !== undefined || path.section !== undefined) {
    return resolveDivision(parsed, ref, path, index);
  } else {
    article = base;
    if (!article) return {};
  }
  if (path.paragraph === undefined && path.item === undefined && path.subitem === undefined) return { node: article };

  const paragraphs = paragraphsOf(article);
  const u = units(parsed);
  let paragraph: StructureNode | undefined;
  if (path.paragraph !== undefined) {
    paragraph = paragraphs[path.paragraph - 1];
    if (!paragraph) {
      return problem(
        `${article.label}只有${cn(paragraphs.length, parsed)}${u.paragraph}，没有第${cn(path.paragraph, parsed)}${u.paragraph}`,
        `${article.label} has ${paragraphs.length} paragraph(s); there is no paragraph ${path.paragraph}`,
      );
    }
  } else if (ref.relative && ref.relative.endsWith(u.paragraph) && ref.relative.startsWith('前') && ref.paragraph && ref.article === article) {
    paragraph = paragraphs[ref.paragraph.number - 1 - (ref.relativeCount ?? 1)];
  }
  if (path.item === undefined) return { node: paragraph ?? article };

  // A path written inside an item of this article counts among its own paragraph's items (（四）……2.第二款第二目
  // in 第二项's 第二款 is that 项's); elsewhere a named paragraph, or else the first paragraph holding that many items.
  if (!paragraph && ref.item && ref.article === article && ref.paragraph && itemCount(ref.paragraph) >= path.item) paragraph = ref.paragraph;
  const holders = paragraph ? undefined : itemHolders(article);
  const parenItem = parsed.jurisdiction === 'tw' && path.subitem === undefined ? parenNumberedItem(ref, article, paragraph, path.item) : undefined;
  if (parenItem) return { node: parenItem };
  if (holders?.paragraphs.length === 0) {
    return problem(`${article.label}未分${u.item}，没有第${cn(path.item, parsed)}${u.item}`, `${article.label} has no items; there is no item ${path.item}`);
  }
  const most = holders ? (holders.mostUpTo[holders.mostUpTo.length - 1] as number) : Math.max(itemCount(paragraph as StructureNode), parsed.jurisdiction === 'tw' ? parenNumberedCount(article, paragraph as StructureNode) : 0);
  const holder = holders ? firstHolding(holders, path.item) : most >= path.item ? paragraph : undefined;
  if (!holder) {
    const where = paragraph ? `${article.label}第${cn(paragraph.number, parsed)}${u.paragraph}` : article.label;
    const has = most === 0 ? `未分${u.item}` : `只有${cn(most, parsed)}${u.item}`;
    return problem(`${where}${has}，没有第${cn(path.item, parsed)}${u.item}`, `${article.label} has ${most} item(s); there is no item ${path.item}`);
  }
  const item = itemNumbered(holder, path.item) as StructureNode;
  if (path.subitem === undefined) return { node: item };
  const sub = childrenOfKind(item, 'subitem')[path.subitem - 1];
  if (!sub) return problem(`该${u.item}没有第${cn(path.subitem, parsed)}目`, `The item has no subitem ${path.subitem}`);
  return { node: sub };
}

/**
 * Older Taiwan texts number the 款 of an article that has no 一、 list with （一） (園區審議委員會並就管理局所提下列事項審議之：
 * （一）……（二）……。[項]前項第一款及第二款), which the tree holds as 目 straight under their 項 (a 目 belongs under a
 * 款). In such an article they are its 款: item `n` of `paragraph`, of the 項 the reference stands in, or else of the
 * first 項 that lists that many. Under an article that has a 一、 list they stay 目.
 */
function parenNumberedItem(ref: Reference, article: StructureNode, paragraph: StructureNode | undefined, n: number): StructureNode | undefined {
  if (itemHolders(article).paragraphs.length > 0) return undefined;
  const listed = (p: StructureNode | undefined): StructureNode[] => (p ? childrenOfKind(p, 'subitem') : []);
  const holder = paragraph ?? (ref.article === article && listed(ref.paragraph).length >= n ? ref.paragraph : paragraphsOf(article).find((p) => listed(p).length >= n));
  return listed(holder).find((s) => s.number === n);
}

/** How many （一） 款 (parenNumberedItem) `paragraph` of `article` lists. */
function parenNumberedCount(article: StructureNode, paragraph: StructureNode): number {
  return itemHolders(article).paragraphs.length > 0 ? 0 : childrenOfKind(paragraph, 'subitem').length;
}

function resolveDivision(parsed: ParseResult, ref: Reference, path: ReferencePath, index: DocIndex): ResolvedTarget {
  const here = ref.article ? index.parents(ref.article) : NO_DIVISIONS;
  let book = here.find((d) => d.kind === 'book');
  // 前编第三章第四节: the chapter of the book before this one; without one, 前编 points at nothing (reference.relative's finding).
  const previous = isPrevious(ref, '编');
  if (previous) {
    book = divisionsBefore(ref, index, 'book')?.[0];
    if (!book) return {};
  }
  if (path.book !== undefined) {
    book = index.books.get(labelKey(path.book, path.bookSub ?? 0));
    if (!book) return problem(`本文件没有${divisionLabel('编', path.book, path.bookSub, parsed)}`, `There is no book ${path.book}${dash(path.bookSub)} in this document`);
  }
  let chapter: StructureNode | undefined;
  // 前章第二节 in 第二编第二章: a section of the chapter before, in the same book.
  if (isPrevious(ref, '章') && path.chapter === undefined && path.book === undefined) {
    chapter = divisionsBefore(ref, index, 'chapter')?.[0];
    if (!chapter) return {};
  } else if (path.chapter !== undefined) {
    const k = labelKey(path.chapter, path.chapterSub ?? 0);
    const chapters = index.chapters.get(k) ?? [];
    // With books, chapters may restart per book: prefer the one in the named (or the reference's own) book.
    const inBook = book ? index.chapterIn(book, path.chapter, path.chapterSub) : undefined;
    chapter = inBook ?? (path.book === undefined && !previous ? chapters[0] : undefined);
    if (!chapter) {
      return problem(`本文件没有${divisionLabel('章', path.chapter, path.chapterSub, parsed)}`, `There is no chapter ${path.chapter}${dash(path.chapterSub)} in this document`);
    }
  } else {
    chapter = here.find((d) => d.kind === 'chapter');
  }
  if (path.section === undefined) return { node: chapter };
  const section = index.section(chapter, path.section, path.sectionSub);
  if (!section) {
    const where = chapter ? `${chapter.label}` : '本文件';
    return problem(`${where}没有${divisionLabel('节', path.section, path.sectionSub, parsed)}`, `There is no section ${path.section}${dash(path.sectionSub)} in ${chapter ? `chapter ${chapter.number}` : 'this document'}`);
  }
  return { node: section };
}

function isPrevious(ref: Reference, unit: '编' | '章'): boolean {
  return ref.relative !== undefined && ref.relative.startsWith('前') && ref.relative.endsWith(unit);
}

/**
 * The divisions 前编 / 前两编 or 前章 / 前两章 names: those of `kind` before the one that holds the reference, in
 * text order — a chapter's in its own book (books are in none: all of them).
 */
function divisionsBefore(ref: Reference, index: DocIndex, kind: 'book' | 'chapter'): StructureNode[] | undefined {
  const own = ref.article ? index.parents(ref.article).find((d) => d.kind === kind) : undefined;
  if (!own) return undefined;
  const book = index.bookOf.get(own);
  const siblings = index.divisions.filter((d) => d.kind === kind && index.bookOf.get(d) === book);
  const i = siblings.indexOf(own);
  const n = ref.relativeCount ?? 1;
  return i >= n ? siblings.slice(i - n, i) : undefined;
}

/** 前款 / 前两款 / 前条 / 前项 / 前编 / 前章 / 本条 / 本款 / 本项 / 本章 / 本节 / 本编, and 同条 / 该条 / 同款 by what they point back at. */
function resolveRelative(parsed: ParseResult, ref: Reference, index: DocIndex): StructureNode[] | undefined {
  // 前条's antecedent (context.ts) names the article before by its number, which an edit may repeat: 前条 is
  // read by position below.
  if (ref.antecedent && !ref.relative?.startsWith('前')) {
    const node = resolvePath(parsed, ref, ref.antecedent, index).node;
    return node ? [node] : undefined;
  }
  const word = ref.relative ?? '';
  const unit = word[word.length - 1];
  const n = ref.relativeCount ?? 1;
  const tw = parsed.jurisdiction === 'tw';
  const paragraphUnit = tw ? '项' : '款';
  const itemUnit = tw ? '款' : '项';
  if (word.startsWith('前')) {
    if (unit === '编') return divisionsBefore(ref, index, 'book');
    if (unit === '章') return divisionsBefore(ref, index, 'chapter');
    if (unit === '条' && ref.article) {
      const i = index.order(ref.article) ?? 0;
      return i >= n ? parsed.articles.slice(i - n, i) : undefined;
    }
    if (unit === paragraphUnit && ref.article && ref.paragraph) {
      const k = ref.paragraph.number;
      return k > n ? paragraphsOf(ref.article).slice(k - 1 - n, k - 1) : undefined;
    }
    if (unit === itemUnit && ref.paragraph && ref.item) {
      const items = itemsOf(ref.paragraph);
      const k = ref.item.number - 1 < items.length && items[ref.item.number - 1] === ref.item ? ref.item.number - 1 : items.indexOf(ref.item);
      return k >= n ? items.slice(k - n, k) : undefined;
    }
    return undefined;
  }
  if (word.startsWith('本')) {
    if (unit === '条') return ref.article ? [ref.article] : undefined;
    if (unit === paragraphUnit) return ref.paragraph ? [ref.paragraph] : undefined;
    if (unit === itemUnit) return ref.item ? [ref.item] : undefined;
    const here = ref.article ? index.parents(ref.article) : NO_DIVISIONS;
    const kind = unit === '章' ? 'chapter' : unit === '节' ? 'section' : 'book';
    const d = [...here].reverse().find((x) => x.kind === kind);
    return d ? [d] : undefined;
  }
  return undefined;
}
