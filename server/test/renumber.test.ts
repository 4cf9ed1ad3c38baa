import * as assert from 'node:assert/strict';
import { analyse, renumber } from '../src/core';

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
