/**
 * Two readers of the parse take its flat lists instead of walking the tree (a walk of a large code reads
 * tens of thousands of scattered nodes): the document index (refs/resolve.ts) finds an article's position
 * and enclosing divisions by binary search and span containment, and the numbering scopes (scopes.ts)
 * take their item and subitem lists from the parse's holders. These tests compare both with a walk of the
 * tree: on shapes made to break the rules they rely on, on the sample draft, and on every corpus file.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse, type ParseResult } from '../src/core/parse/parse';
import { buildIndex } from '../src/core/refs/resolve';
import { numberingScopes } from '../src/core/scopes';
import type { StructureNode } from '../src/core/types';
import { corpusAvailable, CORPUS_MISSING, manifest, readCorpus } from './corpus';

/** Each article and each division with the divisions that hold it in the tree, outermost first, in text order. */
function fromTree(parsed: ParseResult): { articles: [StructureNode, StructureNode[]][]; divisions: [StructureNode, StructureNode[]][] } {
  const articles: [StructureNode, StructureNode[]][] = [];
  const divisions: [StructureNode, StructureNode[]][] = [];
  const visit = (nodes: readonly StructureNode[], stack: StructureNode[]): void => {
    for (const n of nodes) {
      if (n.kind === 'article') articles.push([n, stack]);
      else if (n.kind !== 'paragraph' && n.kind !== 'item' && n.kind !== 'subitem') {
        divisions.push([n, stack]);
        visit(n.children, [...stack, n]);
      }
    }
  };
  visit(parsed.children, []);
  return { articles, divisions };
}

/** A division as the tests name it: its line and label (title for 附则), so that repeated labels differ. */
const named = (d: StructureNode): string => `${d.line + 1}:${d.label || d.title}`;

/** Differences between the index and the tree, as readable lines (empty when they agree). */
function disagreements(text: string): string[] {
  const parsed = parse(text);
  const index = buildIndex(parsed);
  const out: string[] = [];
  const tree = fromTree(parsed);
  if (tree.articles.length !== parsed.articles.length) out.push(`tree has ${tree.articles.length} articles, the list ${parsed.articles.length}`);
  tree.articles.forEach(([a, stack], i) => {
    const label = `${a.label} (line ${a.line + 1})`;
    if (parsed.articles[i] !== a) out.push(`${label}: not article ${i} of the list`);
    if (index.order(a) !== i) out.push(`${label}: order ${index.order(a)}, expected ${i}`);
    const got = index.parents(a).map(named).join(' / ');
    const want = stack.map(named).join(' / ');
    if (got !== want) out.push(`${label}: parents ${got || '-'}, expected ${want || '-'}`);
  });
  for (const [d, stack] of tree.divisions) {
    const book = stack.find((x) => x.kind === 'book');
    const got = index.bookOf.get(d);
    if (got !== book) out.push(`${named(d)}: book ${got ? named(got) : '-'}, expected ${book ? named(book) : '-'}`);
    // The chapter a reference to this number (and 之N) in this book finds: the first such in the tree.
    if (d.kind === 'chapter' && book) {
      const first = tree.divisions.find(([c, s]) => c.kind === 'chapter' && c.number === d.number && c.sub === d.sub && s.includes(book))?.[0];
      const found = index.chapterIn(book, d.number, d.sub);
      if (found !== first) out.push(`${named(d)}: chapterIn ${found ? named(found) : '-'}, expected ${first ? named(first) : '-'}`);
    }
  }
  const scopes = numberingScopes(parsed);
  const lists = listsFromTree(parsed);
  const show = (ls: readonly (readonly StructureNode[])[]): string => ls.map((l) => l.map((n) => `${n.line + 1}:${n.label}`).join(' ')).join(' | ');
  if (show(scopes.items) !== show(lists.items)) out.push(`items: ${show(scopes.items)}; from the tree: ${show(lists.items)}`);
  if (show(scopes.subitems) !== show(lists.subitems)) out.push(`subitems: ${show(scopes.subitems)}; from the tree: ${show(lists.subitems)}`);
  return out;
}

/** Each paragraph's items, and the subitems under each paragraph and then under each of its items. */
function listsFromTree(parsed: ParseResult): { items: StructureNode[][]; subitems: StructureNode[][] } {
  const items: StructureNode[][] = [];
  const subitems: StructureNode[][] = [];
  const of = (n: StructureNode, kind: string): StructureNode[] => n.children.filter((c) => c.kind === kind);
  for (const a of parsed.articles) {
    for (const p of of(a, 'paragraph')) {
      const its = of(p, 'item');
      if (its.length > 0) items.push(its);
      const subs = of(p, 'subitem');
      if (subs.length > 0) subitems.push(subs);
      for (const it of its) {
        const under = of(it, 'subitem');
        if (under.length > 0) subitems.push(under);
      }
    }
  }
  return { items, subitems };
}

describe('flat lists: the index and the numbering scopes agree with the tree', () => {
  it('agrees with the tree across books, sub-books, sections, the top-level 附则 and glued articles', () => {
    const text = [
      '第一条 编前的条。',
      '第一编 总则',
      '第二条 编下的条。',
      '第一分编 通则',
      '第一章 一般规定',
      '第三条 章下的条。',
      '第一节 节名',
      '第四条 节下的条。第五条 粘连在同一行的条。',
      '第二章 第二章',
      '第六条 关闭了节的章。',
      '第二编 分则',
      '第七条 新编下直接的条。',
      '第一章 重新起算的章',
      '第八条 条。',
      '附则',
      '第九条 附则中的条。',
      '附件：表格',
      '第十条 附件后的条。',
    ].join('\n');
    assert.deepEqual(disagreements(text), []);
    const parsed = parse(text);
    const index = buildIndex(parsed);
    const parentsOf = (n: number): string =>
      index
        .parents(parsed.articles.find((a) => a.number === n) as StructureNode)
        .map((d) => d.label || d.title)
        .join('/');
    // Pinned, so that both sides cannot drift together.
    assert.equal(parentsOf(1), '');
    assert.equal(parentsOf(4), '第一编/第一分编/第一章/第一节');
    assert.equal(parentsOf(5), '第一编/第一分编/第一章/第一节');
    assert.equal(parentsOf(6), '第一编/第一分编/第二章');
    assert.equal(parentsOf(7), '第二编');
    assert.equal(parentsOf(9), '附则');
    assert.equal(parentsOf(10), '附则');
  });

  it('finds the first chapter of a number in each book, with a number repeated inside one book', () => {
    const text = ['第一编 甲', '第一章 甲一', '第一条 条。', '第二章 甲二', '第二条 条。', '第一章 甲内重复', '第三条 条。', '第二编 乙', '第一章 乙一', '第四条 条。'].join('\n');
    assert.deepEqual(disagreements(text), []);
    const parsed = parse(text);
    const index = buildIndex(parsed);
    const [first, second] = parsed.divisions.filter((d) => d.kind === 'book') as [StructureNode, StructureNode];
    // Pinned, so that both sides cannot drift together.
    assert.equal(index.chapterIn(first, 1)?.title, '甲一');
    assert.equal(index.chapterIn(first, 2)?.title, '甲二');
    assert.equal(index.chapterIn(second, 1)?.title, '乙一');
    assert.equal(index.chapterIn(second, 2), undefined);
  });

  it('agrees on item and subitem lists: subitems under a paragraph, under items, glued items, Taiwan markers', () => {
    const prc = [
      '第一条 有下列情形之一的：',
      '1.直接在款下的目；',
      '（一）第一项；',
      '1.项下的目；',
      '2.项下的第二目；',
      '（二）第二项；（三）粘连的第三项。',
      '前款规定的情形。',
      '第二条 没有项的条。',
      '第三条 另一款：',
      '（一）甲；',
      '（二）乙。',
    ].join('\n');
    assert.deepEqual(disagreements(prc), []);
    const lists = numberingScopes(parse(prc));
    assert.equal(lists.items.map((l) => l.length).join(','), '3,2');
    assert.equal(lists.subitems.map((l) => l.length).join(','), '1,2');
    const tw = ['第 1 條 本法用詞定義如下：', '一、甲：', '(一)甲之一。', '(二)甲之二。', '二、乙。'].join('\n');
    assert.deepEqual(disagreements(tw), []);
  });

  it('agrees with the tree on the sample draft', () => {
    assert.deepEqual(disagreements(readFileSync('test-fixtures/jinan-digital-economy-draft.txt', 'utf8')), []);
  });

  it('agrees with the tree on every file of the dev corpus', function () {
    if (!corpusAvailable()) {
      console.log(`      skipped: ${CORPUS_MISSING}`);
      this.skip();
    }
    const wrong = manifest().flatMap((r) => disagreements(readCorpus(r.path)).slice(0, 3).map((d) => `${r.path}: ${d}`));
    assert.deepEqual(wrong, []);
  });
});
