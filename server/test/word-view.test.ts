import * as assert from 'node:assert/strict';
import { wordViewHtml, type WordFinding } from '../../client/src/word-html';

describe('Word draft view page (client)', () => {
  const finding = (line: number, start: number, end: number, severity: number, message: string, code = 'department.alias'): WordFinding => ({
    range: { start: { line, character: start }, end: { line, character: end } },
    severity,
    code,
    message,
  });
  const page = wordViewHtml(
    {
      name: '草案<1>.docx',
      paragraphs: [
        { paragraph: 1, text: '示例条例' },
        { paragraph: 2, text: '第一条 国有资产监管、财政等部门<b>负责</b>。' },
        { paragraph: 3, text: '第二条 本条例自公布之日起施行。' },
      ],
      findings: [finding(1, 4, 10, 3, '同一部门名称不统一 [段落 2 · 第一条]'), finding(1, 5, 7, 2, '重叠的"<script>"'), finding(2, 0, 3, 1, '错误', 'numbering.article-sequence')],
      articles: 2,
      tracked: 'current',
      warnings: ['未知的编号格式“x”，按阿拉伯数字读出'],
    },
    'n0nce',
  );

  it('allows nothing remote and no script but its own, by nonce', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/u.exec(page)?.[1] ?? '';
    assert.equal(csp, "default-src 'none'; style-src 'nonce-n0nce'; script-src 'nonce-n0nce';");
    assert.deepEqual(page.match(/<script[^>]*>/gu), ['<script nonce="n0nce">']);
    assert.doesNotMatch(page, /https?:|src=/u);
  });

  it('lists every paragraph by its number, the document escaped, and each finding under its paragraph', () => {
    assert.ok(page.includes('<h1>草案&lt;1&gt;.docx</h1>'));
    assert.ok(page.includes('<span class="n">段落 2</span>'));
    assert.ok(page.includes('&lt;b&gt;负责&lt;/b&gt;'), 'markup in the document is text');
    assert.ok(!page.includes('<b>负责'));
    assert.ok(page.includes('重叠的&quot;&lt;script&gt;&quot;'));
    const p2 = /<section class="p flagged" id="p-2">.*?<\/section>/u.exec(page)?.[0] ?? '';
    assert.ok(p2.includes('同一部门名称不统一 [段落 2 · 第一条]'));
    assert.ok(p2.includes('<code>department.alias</code>'));
    assert.ok(page.includes('<section class="p" id="p-1">'), 'a paragraph without findings is not flagged');
    assert.ok(page.includes('2 条 · 错误 1 · 警告 1 · 提示 1'));
    assert.ok(page.includes('未知的编号格式'));
  });

  it('marks the words of a finding; one overlapping a marked one is listed, not marked', () => {
    assert.ok(page.includes('第一条 <mark class="information" title="同一部门名称不统一 [段落 2 · 第一条]">国有资产监管</mark>、财政'));
    assert.equal(page.match(/<mark /gu)?.length, 2);
    assert.ok(page.includes('<mark class="error" title="错误">第二条</mark>'));
  });

  it('offers convert, check again, the other reading of tracked changes, and the filter', () => {
    for (const action of ['convert', 'recheck', 'tracked']) assert.ok(page.includes(`data-action="${action}"`), action);
    assert.ok(page.includes('data-value="before"'));
    assert.ok(page.includes('id="only"'));
  });

  it('says why a document cannot be read, and offers to read it again', () => {
    const error = wordViewHtml({ name: 'x.docx', error: '不是 ZIP 文件<>' }, 'n');
    assert.ok(error.includes('不是 ZIP 文件&lt;&gt;'));
    assert.ok(error.includes('data-action="recheck"'));
    assert.ok(!error.includes('data-action="convert"'));
  });
});
