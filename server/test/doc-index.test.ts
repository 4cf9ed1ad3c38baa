/**
 * The document index (refs/resolve.ts) finds an article's position and enclosing divisions by binary
 * search over the parse's flat lists instead of keeping them per article. These tests compare both with
 * what a walk of the tree gives: on shapes made to break the rule it relies on (an article belongs to the
 * division opened last before it), on the sample draft, and on every file of the dev corpus.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse, type ParseResult } from '../src/core/parse/parse';
import { buildIndex } from '../src/core/refs/resolve';
import type { StructureNode } from '../src/core/types';
import { corpusAvailable, CORPUS_MISSING, manifest, readCorpus } from './corpus';

/** Each article with the divisions that hold it in the tree, outermost first, in text order. */
function fromTree(parsed: ParseResult): [StructureNode, StructureNode[]][] {
  const out: [StructureNode, StructureNode[]][] = [];
  const visit = (nodes: readonly StructureNode[], stack: StructureNode[]): void => {
    for (const n of nodes) {
      if (n.kind === 'article') out.push([n, stack]);
      else if (n.kind !== 'paragraph' && n.kind !== 'item' && n.kind !== 'subitem') visit(n.children, [...stack, n]);
    }
  };
  visit(parsed.children, []);
  return out;
}

/** Differences between the index and the tree, as readable lines (empty when they agree). */
function disagreements(text: string): string[] {
  const parsed = parse(text);
  const index = buildIndex(parsed);
  const out: string[] = [];
  const tree = fromTree(parsed);
  if (tree.length !== parsed.articles.length) out.push(`tree has ${tree.length} articles, the list ${parsed.articles.length}`);
  tree.forEach(([a, stack], i) => {
    const label = `${a.label} (line ${a.line + 1})`;
    if (parsed.articles[i] !== a) out.push(`${label}: not article ${i} of the list`);
    if (index.order(a) !== i) out.push(`${label}: order ${index.order(a)}, expected ${i}`);
    const got = index.parents(a).map((d) => d.label || d.title);
    const want = stack.map((d) => d.label || d.title);
    if (got.join('/') !== want.join('/')) out.push(`${label}: parents ${got.join('/') || '-'}, expected ${want.join('/') || '-'}`);
  });
  return out;
}

describe('document index: article order and enclosing divisions', () => {
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
