/**
 * Where each kind of number restarts (条 never, 节 in each 章, 项 in each 款, 目 in each 项): the sibling
 * lists that must each run 1, 2, 3 ….
 * The numbering checks and renumbering read the same lists, so they can never disagree.
 */
import type { AnalyseOptions, StructureNode } from './types';

export interface NumberingScopes {
  books: StructureNode[];
  subbooks: StructureNode[][];
  chapters: StructureNode[][];
  sections: StructureNode[][];
  articles: StructureNode[];
  items: StructureNode[][];
  subitems: StructureNode[][];
  /** How chapters were numbered: restarting per book or continuous. */
  chapterMode: 'continuous' | 'perBook';
}

function under(node: StructureNode, kind: StructureNode['kind']): StructureNode[] {
  const out: StructureNode[] = [];
  for (const c of node.children) {
    if (c.kind === kind) out.push(c);
    else if (c.kind === 'subbook' || c.kind === 'book') for (const d of under(c, kind)) out.push(d);
  }
  return out;
}

/**
 * The nodes of one kind in `list`, or undefined when there are none. The scopes are kept with the
 * analysis: a list of a paragraph's items (nearly always all its children) is copied at its size, where
 * pushing into an empty array reserves 16 slots.
 */
function kindOf(list: readonly StructureNode[], kind: StructureNode['kind']): StructureNode[] | undefined {
  let n = 0;
  for (const c of list) if (c.kind === kind) n++;
  if (n === 0) return undefined;
  if (n === list.length) return list.slice();
  const out: StructureNode[] = [];
  for (const c of list) if (c.kind === kind) out.push(c);
  return out;
}

const byKind = (list: readonly StructureNode[], kind: StructureNode['kind']): StructureNode[] => list.filter((c) => c.kind === kind);

/**
 * 一、普通科目：（一）国文。二、专业科目：（二）民法概要。（三）……: an item whose 目 start where those of the item
 * before it stopped numbers them on from there, as examination rules list the general subject and then the
 * special ones — one list across the two items, not a list whose （一） was lost. The list of the item before,
 * to go on with, or undefined.
 */
function continuedList(subs: StructureNode[], item: StructureNode, paragraphItems: StructureNode[] | undefined, listOf: Map<StructureNode, StructureNode[]>): StructureNode[] | undefined {
  const first = (subs[0] as StructureNode).number;
  if (first <= 1 || !paragraphItems) return undefined;
  // Only here, for a list that does not start at 1: the item before this one in its paragraph.
  const i = paragraphItems.indexOf(item);
  const before = i > 0 ? listOf.get(paragraphItems[i - 1] as StructureNode) : undefined;
  return before && (before[before.length - 1] as StructureNode).number === first - 1 ? before : undefined;
}

export function numberingScopes(
  doc: { children: readonly StructureNode[]; divisions: readonly StructureNode[]; articles: readonly StructureNode[]; holders: readonly StructureNode[] },
  options: AnalyseOptions = {},
): NumberingScopes {
  const books = byKind(doc.divisions, 'book');
  const numbered = (list: StructureNode[]): StructureNode[] => list.filter((c) => c.number > 0);
  let chapterMode: 'continuous' | 'perBook' = 'continuous';
  if (options.chapterNumbering === 'perBook' || options.chapterNumbering === 'continuous') chapterMode = options.chapterNumbering;
  else {
    // Read off the second book that has chapters, not the second book: a book of articles alone (第二編
    // 調解程序, before 第三編 第一章) says nothing about how the chapters after it are numbered.
    const second = books.map((b) => under(b, 'chapter')).filter((l) => l.length > 0)[1];
    if (second) chapterMode = second[0]?.number === 1 ? 'perBook' : 'continuous';
  }
  const chapters =
    books.length > 0 && chapterMode === 'perBook'
      ? [...books.map((b) => numbered(under(b, 'chapter'))), numbered(doc.children.filter((c) => c.kind === 'chapter'))]
      : [numbered(byKind(doc.divisions, 'chapter'))];
  // Lists of each paragraph's items and of the subitems under a paragraph or an item, from the parse's
  // holders (a paragraph's own subitems come before its first item, so the order is the tree's), not by
  // visiting every paragraph of every article: on a large code those are scattered in memory, and few hold
  // items.
  const items: StructureNode[][] = [];
  const subitems: StructureNode[][] = [];
  // The paragraph whose items come next (holders are in text order), and each item's list of subitems.
  let paragraphItems: StructureNode[] | undefined;
  const listOf = new Map<StructureNode, StructureNode[]>();
  for (const h of doc.holders) {
    if (h.kind === 'paragraph') {
      const its = kindOf(h.children, 'item');
      if (its) items.push(its);
      paragraphItems = its;
    }
    const subs = kindOf(h.children, 'subitem');
    if (!subs) continue;
    const continued = h.kind === 'item' ? continuedList(subs, h, paragraphItems, listOf) : undefined;
    if (continued) for (const s of subs) continued.push(s);
    else subitems.push(subs);
    if (h.kind === 'item') listOf.set(h, continued ?? subs);
  }
  return {
    books,
    subbooks: books.map((b) => byKind(b.children, 'subbook')),
    chapters: chapters.filter((l) => l.length > 0),
    sections: byKind(doc.divisions, 'chapter').map((c) => byKind(c.children, 'section')),
    articles: [...doc.articles],
    items,
    subitems,
    chapterMode,
  };
}
