import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../src/core';

interface Snippet { prefix: string[]; description: string; body: string[] }
const snippets = JSON.parse(readFileSync(join(process.cwd(), 'snippets', 'lexdraft.code-snippets'), 'utf8')) as Record<string, Snippet>;

/** The text a snippet inserts when every placeholder keeps its default. */
function expand(s: Snippet): string {
  return s.body.join('\n').replace(/\$\{\d+:([^}]*)\}/gu, '$1').replace(/\$\d+/gu, '');
}

describe('snippets (snippets/lexdraft.code-snippets)', () => {
  it('each has a Chinese and a Latin prefix, a description and tab stops', () => {
    for (const [name, s] of Object.entries(snippets)) {
      assert.ok(s.prefix.some((p) => /[\u4e00-\u9fff]/u.test(p)) && s.prefix.some((p) => /^[a-z]+$/u.test(p)), name);
      assert.ok(s.description.length > 0, name);
      assert.match(s.body.join('\n'), /\$\{1:/u, name);
    }
  });

  it('expand into the structure they name, with no finding', () => {
    const one = (key: string): string => expand(snippets[key] as Snippet);
    const article = analyse(one('条 Article'));
    assert.equal(article.articles.length, 1);
    const items = analyse(`第一条 ${one('列项 Items')}`);
    assert.equal(items.articles[0]?.children[0]?.children.filter((c) => c.kind === 'item').length, 3);
    const defs = analyse(one('用语含义 Definitions'));
    assert.equal(defs.articles[0]?.number, 64);
    const draft = analyse(`示例条例\n${one('目录 TOC')}\n第一章 总则\n第一条 甲。\n第二章 章名\n第二条 乙。\n第三章 法律责任\n第三条 丙。\n第四章 附则\n${one('施行 Effective date').replace('六十五', '四')}`);
    assert.equal(draft.toc?.entries.length, 4);
    assert.deepEqual(draft.findings, []);
  });
});
