import * as assert from 'node:assert/strict';
import { analyse, mappingSummary, renumber, toChineseNumeral } from '../src/core';

const articles = (numbers: readonly number[], word = '条'): string[] => numbers.map((n) => `第${toChineseNumeral(n, 'prc')}${word} 内容。`);
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const summary = (lines: readonly string[]): string => {
  const a = analyse(`${lines.join('\n')}\n`);
  return mappingSummary(renumber(a).mapping, a.script);
};

describe('renumber summary for the 起草说明 (mappingSummary)', () => {
  it('collapses a run of shifted articles into one clause', () => {
    assert.equal(summary(['示例条例', ...articles([...range(1, 19), ...range(21, 65)])]), '第二十一条至第六十五条依次改为第二十条至第六十四条。');
  });

  it('an inserted 之一 article stands alone; two in a row are 分别', () => {
    const lines = ['示例条例', ...articles(range(1, 3)), '第三条之一 新增。', ...articles(range(4, 7))];
    assert.equal(summary(lines), '第三条之一改为第四条；第四条至第七条依次改为第五条至第八条。');
    assert.equal(summary(['示例条例', ...articles([1, 2, 4, 5])]), '第四条、第五条分别改为第三条、第四条。');
  });

  it('breaks a run where the shift changes', () => {
    // 第三条 deleted and 第六条 deleted: 4, 5 move by one, 7, 8 by two.
    assert.equal(summary(['示例条例', ...articles([1, 2, 4, 5, 7, 8])]), '第四条、第五条分别改为第三条、第四条；第七条、第八条分别改为第五条、第六条。');
  });

  it('gives chapters and sections their own sentences, each 节 with its chapter', () => {
    const lines = ['示例条例', '第一章 总则', ...articles([1, 2]), '第三章 管理', '第一节 一般规定', ...articles([3]), '第三节 特别规定', ...articles([4]), '第四章 附则', ...articles([5])];
    assert.equal(summary(lines), '第三章、第四章分别改为第二章、第三章。第三章第三节改为第二节。');
  });

  it('writes Traditional drafts in Traditional', () => {
    assert.equal(summary(['示例條例', ...articles([...range(1, 19), ...range(21, 65)], '條')]), '第二十一條至第六十五條依次改為第二十條至第六十四條。');
  });

  it('is empty when nothing moved', () => {
    assert.equal(summary(['示例条例', ...articles(range(1, 5))]), '');
  });
});

describe('renumber edits: one per label', () => {
  /** Each edit as the text it replaces and the text it writes. */
  const edits = (text: string, mode: 'renumber' | 'insertOnly' = 'renumber'): string[][] =>
    renumber(analyse(text), { mode }).edits.map((e) => [text.slice(e.span.start, e.span.end), e.newText]);

  it('a 之一 label that becomes an integer, in its heading and in a reference, is one edit each', () => {
    const text = '示例条例\n第一条 甲。\n第一条之一 新增。\n第二条 依照第一条之一处理。\n';
    assert.deepEqual(edits(text), [['一条之一', '二条'], ['二', '三'], ['一条之一', '二条']]);
  });

  it('an integer label that becomes 之一 (insert-only) is one edit', () => {
    // 第五条 is new between the anchored 第一条 and 第二条: it becomes 第一条之一.
    const text = '示例条例\n第一条 甲。\n第五条 新增。\n第二条 乙。\n第三条 丙。\n';
    assert.deepEqual(edits(text, 'insertOnly'), [['五条', '一条之一']]);
  });

  it('a reference needing confirmation keeps its label whole', () => {
    // The range 第一条之一至第二条 gains the new 第一条之二: both of its ends are rewritten for confirmation.
    const text = '示例条例\n第一条 甲。\n第一条之一 乙。\n第一条之二 新。\n第二条 丙。\n第三条 依照第一条之一至第二条处理。\n';
    const r = renumber(analyse(text));
    const confirmed = r.edits.filter((e) => e.confirm).map((e) => [text.slice(e.span.start, e.span.end), e.newText]);
    assert.deepEqual(confirmed, [['一条之一', '二条'], ['二', '四']]);
  });
});
