import * as assert from 'node:assert/strict';
import { analyse, type Analysis, type StructureNode } from '../src/core';

function articles(a: Analysis): string[] {
  return a.articles.map((x) => `${x.number}${x.sub ? `-${x.sub}` : ''}`);
}
function kinds(nodes: readonly StructureNode[]): string {
  return nodes.map((n) => `${n.kind}${n.number}${n.children.length ? `(${kinds(n.children)})` : ''}`).join(' ');
}

describe('parser (lines and labels to the structure tree)', () => {
  it('reads title, head-note, 目录 and chapters of a plain draft', () => {
    const a = analyse('某市条例\n（征求意见稿）\n目　　录\n第一章 总则\n第二章 附则\n第一章  总则\n第一条 为了……，制定本条例。\n第二章 附　则\n第二条 本条例自公布之日起施行。\n');
    assert.equal(a.title?.text, '某市条例');
    assert.equal(a.toc?.entries.length, 2);
    assert.equal(kinds(a.children), 'chapter1(article1(paragraph1)) chapter2(article2(paragraph1))');
    assert.equal(a.divisions[1]?.title, '附　则');
  });

  it('reads a 目录 left empty, directly followed by the body, as empty: the body keeps its first chapter', () => {
    const body = '第一章 总则\n第一条 为了规范管理，制定本条例。\n第二章 附则\n第二条 本条例自公布之日起施行。\n';
    for (const text of [`某市条例\n目录\n${body}`, `某市条例\n目录\n\n${body}`, `某市條例\n目錄\n${body}`, '# 某市条例\n\n## 目录\n\n## 第一章 总则\n\n第一条 为了规范管理，制定本条例。\n\n## 第二章 附则\n\n第二条 本条例自公布之日起施行。\n']) {
      const a = analyse(text);
      assert.deepEqual(a.toc?.entries, [], text);
      assert.equal(kinds(a.children), 'chapter1(article1(paragraph1)) chapter2(article2(paragraph1))', text);
    }
    // Entries followed by the same headings again are a 目录, with or without a line between.
    const listed = analyse(`某市条例\n目录\n第一章 总则\n第二章 附则\n${body}`);
    assert.deepEqual(listed.toc?.entries.map((e) => e.label), ['第一章', '第二章']);
    assert.equal(kinds(listed.children), 'chapter1(article1(paragraph1)) chapter2(article2(paragraph1))');
    // One entry coming again is enough: a 目录 whose first chapter lost its heading in the body stays a 目录.
    const lost = analyse('某市条例\n目录\n第一章 总则\n第二章 附则\n第一条 为了规范管理，制定本条例。\n第二章 附则\n第二条 本条例自公布之日起施行。\n');
    assert.deepEqual(lost.toc?.entries.map((e) => e.label), ['第一章', '第二章']);
    assert.equal(kinds(lost.children), 'article1(paragraph1) chapter2(article2(paragraph1))');
  });

  it('builds 款, 项 and 目: a paragraph after items is a new 款', () => {
    const a = analyse('第一条 有下列情形之一的：\n（一）甲；\n1.子项；\n2.子项；\n（二）乙。\n有前款情形的，处罚。\n');
    assert.equal(kinds(a.children), 'article1(paragraph1(item1(subitem1 subitem2) item2) paragraph2)');
  });

  it('accepts U+3000, ASCII and missing separators, a stray space, and an article glued after 。', () => {
    const a = analyse('第一条　甲。\n第二条 乙。\n第三条丙。\n第四 条 丁。第五条 戊。\n');
    assert.deepEqual(articles(a), ['1', '2', '3', '4', '5']);
    assert.equal(a.articles[2]?.separator, 'none');
    assert.equal(a.articles[4]?.glued, true);
  });

  it('does not take a paragraph that begins with a reference for a heading (F49)', () => {
    const a = analyse('第四十三条 甲。\n第四十四条 乙。\n第四十三条所称丙，是指丁。\n');
    assert.deepEqual(articles(a), ['43', '44']);
    assert.equal(a.articles[1]?.children.length, 2);
  });

  it('reads 之一 insertions, 【条旨】 captions and Markdown emphasis', () => {
    const a = analyse('第一条【立法目的】为了……。\n第一条之一 甲。\n**第二条** 乙。\n## 第一章 总则\n');
    assert.deepEqual(articles(a), ['1', '1-1', '2']);
    assert.equal(a.articles[0]?.title, '立法目的');
    assert.equal(a.articles[0]?.separator, 'caption');
  });

  it('reads a 之一 article whose text opens with a numeral (第七条之一 1995年…, 第四条之一 二七纪念日…)', () => {
    const a = analyse('第七条 甲。\n第七条之一 1995年5月1日起施行。\n第七条之二 二七纪念日不放假。\n第八条 乙。\n');
    assert.deepEqual(articles(a), ['7', '7-1', '7-2', '8']);
    assert.deepEqual(a.articles.map((x) => x.label), ['第七条', '第七条之一', '第七条之二', '第八条']);
  });

  it('reads the Markdown corpus layout: metadata block, # levels ignored, blank lines between paragraphs', () => {
    const md = '# 某法\n\n2020年1月1日 通过\n\n<!-- INFO END -->\n\n### 第一章  总则\n\n第一条 甲。\n\n乙。\n\n#### 第二章 附则\n\n第二条 丙。\n';
    const a = analyse(md);
    assert.equal(a.title?.text, '某法');
    assert.equal(kinds(a.children), 'chapter1(article1(paragraph1 paragraph2)) chapter2(article2(paragraph1))');
  });

  it('joins hard-wrapped lines unless told not to', () => {
    const text = '第一条 本条例适用于本市行政区域内的\n数字经济促进活动。\n第二条 甲。\n';
    assert.equal(analyse(text).articles[0]?.children.length, 1);
    assert.equal(analyse(text, { joinWrappedLines: false }).articles[0]?.children.length, 2);
  });

  it('reads Taiwan forms: 第 1 條, 第 6-1 條, （刪除）, 款 一、 and 目 （一）', () => {
    const tw = '某某法\n第 一 章 總則\n第 1 條 為保障人民權益，特制定本法。\n本法之主管機關如下：\n一、甲。\n（一）子目。\n二、乙。\n第 2 條 （刪除）\n第 2-1 條 「某某」之定義。\n';
    const a = analyse(tw);
    assert.equal(a.jurisdiction, 'tw');
    assert.equal(a.script, 'traditional');
    assert.deepEqual(articles(a), ['1', '2', '2-1']);
    assert.equal(a.articles[1]?.deleted, true);
    assert.equal(kinds(a.articles.slice(0, 1)), 'article1(paragraph1 paragraph2(item1(subitem1) item2))');
  });

  it('reads the order of a citation\'s levels as evidence: 第一項第二款 is Taiwan\'s, 第一款第二項 PRC\'s', () => {
    // Traditional script, no 「」, no items, no institution named: the path's order is all the text says.
    const text = (path: string): string => `某某條例\n第一條\u3000甲。\n第二條\u3000違反前條${path}規定者，依其情節處理。\n`;
    assert.equal(analyse(text('第一項第二款')).jurisdiction, 'tw');
    assert.equal(analyse(text('第一款第二項')).jurisdiction, 'prc');
    // An edit inside the line that turns one order into the other is read again, not re-used.
    const before = analyse(text('第一款第二項'));
    assert.equal(analyse(text('第一項第二款'), {}, before).jurisdiction, 'tw');
  });

  it('reads the relative paragraph word as evidence: Taiwan says 前項, PRC 前款', () => {
    // Traditional script, no 「」, no items, no institution named; 本條例 says PRC once, 前項 Taiwan twice.
    const text = (word: string): string => `某某條例\n第一條\u3000甲，適用本條例。\n第二條\u3000乙。\n\u3000\u3000違反${word}規定者，依其情節處理。\n`;
    assert.equal(analyse(text('前項')).jurisdiction, 'tw');
    assert.equal(analyse(text('前款')).jurisdiction, 'prc');
    // An edit inside the line that turns one word into the other is read again, not re-used.
    const before = analyse(text('前款'));
    assert.equal(analyse(text('前項'), {}, before).jurisdiction, 'tw');
  });

  it('keeps amendment instruments opaque: quoted replacement text is not structure or reference', () => {
    const a = analyse('中华人民共和国某法修正案\n一、将某法第十条修改为：“依照本法第九十条规定……\n“前款规定的……。”\n');
    assert.equal(a.kind, 'amendment');
    assert.equal(a.articles.length, 0);
    assert.ok(a.references.every((r) => r.scope === 'external'));
  });

  it('never throws and keeps spans inside the text on hostile input', () => {
    const inputs = ['', '\uFEFF', '第'.repeat(5000), '第一条\r\n（一）\r（二）\n\u0000\uD800', '《《《第一条》', '目录\n目录\n第一章', '第一万条 甲'];
    for (const t of inputs) {
      const a = analyse(t);
      for (const f of a.findings) assert.ok(f.span.start >= 0 && f.span.end <= t.length && f.span.start <= f.span.end);
    }
  });
});
