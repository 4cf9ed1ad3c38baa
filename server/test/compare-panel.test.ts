import * as assert from 'node:assert/strict';
import { panelHtml } from '../../client/src/compare-html';

describe('compare panel page (client)', () => {
  const content = {
    title: '《<示例>条例》修改前后对照表',
    summary: '修改 1 条、新增 0 条、删除 0 条、移动 0 条',
    table: '<table lang="zh"><tbody><tr id="row-0" class="article modified"><td>…</td></tr></tbody></table>',
    outline: [{ row: 0, kind: 'article' as const, label: '第一条"><script>alert(1)</script>', change: 'modified' }],
    versions: { old: 'a<b>.txt', new: 'draft.law.txt' },
  };
  const page = panelHtml(content, 'abc123');

  it('allows nothing remote and no script but its own, by nonce', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/u.exec(page)?.[1] ?? '';
    assert.equal(csp, "default-src 'none'; style-src 'nonce-abc123'; script-src 'nonce-abc123';");
    assert.deepEqual(page.match(/<script[^>]*>/gu), ['<script nonce="abc123">']);
    assert.doesNotMatch(page, /https?:|src=/u);
  });

  it('escapes the names and labels it writes, and shows the server\'s table as given', () => {
    assert.ok(page.includes('<h1>《&lt;示例&gt;条例》修改前后对照表</h1>'));
    assert.ok(page.includes('<a href="#row-0">第一条&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</a>'));
    assert.ok(page.includes('a&lt;b&gt;.txt → draft.law.txt'));
    assert.ok(page.includes(content.table));
  });

  it('offers the exports (Markdown, HTML, Word) and 生成修改决定', () => {
    for (const action of ['md', 'html', 'docx', 'amend']) assert.ok(page.includes(`data-action="${action}"`), action);
    assert.ok(!page.includes('disabled'), 'no button is disabled');
  });
});
