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

export function numberingScopes(
  doc: { children: readonly StructureNode[]; divisions: readonly StructureNode[]; articles: readonly StructureNode[]; holders: readonly StructureNode[] },
  options: AnalyseOptions = {},
): NumberingScopes {
  const books = byKind(doc.divisions, 'book');
  const numbered = (list: StructureNode[]): StructureNode[] => list.filter((c) => c.number > 0);
  let chapterMode: 'continuous' | 'perBook' = 'continuous';
  if (options.chapterNumbering === 'perBook' || options.chapterNumbering === 'continuous') chapterMode = options.chapterNumbering;
  else if (books[1]) chapterMode = under(books[1], 'chapter')[0]?.number === 1 ? 'perBook' : 'continuous';
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
  for (const h of doc.holders) {
    if (h.kind === 'paragraph') {
      const its = kindOf(h.children, 'item');
      if (its) items.push(its);
    }
    const subs = kindOf(h.children, 'subitem');
    if (subs) subitems.push(subs);
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
