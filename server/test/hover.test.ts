/**
 * Hover text is Markdown: a draft's or a law's own words in it are escaped, and a cited law's title is shown
 * in the draft's script.
 */
import * as assert from 'node:assert/strict';
import { AnalysisCache } from '../src/lsp/cache';
import { markdownText } from '../src/lsp/markdown';
import { hover } from '../src/lsp/navigation';
import { LAWS } from './golden';

function hoverOn(text: string, line: number, needle: string): string {
  const cache = new AnalysisCache();
  cache.setOptions({ laws: LAWS });
  const entry = cache.get({ uri: 'file:///draft.txt', version: 1, getText: () => text });
  const character = (text.split('\n')[line] as string).indexOf(needle) + 1;
  const h = hover(entry, { line, character }, 'zh');
  return h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '';
}

describe('hover text', () => {
  it('escapes ASCII marks, so a draft’s words are never read as emphasis, HTML or a link', () => {
    assert.equal(markdownText('a*b_c <b>x</b> [l](command:x) #1'), 'a\\*b\\_c \\<b\\>x\\<\\/b\\> \\[l\\]\\(command\\:x\\) \\#1');
    assert.equal(markdownText('第一条　依照《条例》（一）、“术语”。'), '第一条　依照《条例》（一）、“术语”。', 'Chinese punctuation left');
  });

  it('quotes a cited article of the draft escaped', () => {
    const text = '某市条例\n\n第一条 按*重要*与<b>粗体</b>办理。\n第二条 依照第一条的规定执行。\n';
    const value = hoverOn(text, 3, '第一条');
    assert.match(value, /按\\\*重要\\\*与\\<b\\>粗体\\<\\\/b\\>办理/u);
  });

  it('names a cited national law in the draft’s script', () => {
    const text = '某市行政處罰程序規定（草案）\n\n第一條 根據《中華人民共和國行政處罰法》第三條的規定，制定本規定。\n第二條 本規定自公佈之日起施行。\n';
    const value = hoverOn(text, 2, '中華人民共和國行政處罰法');
    assert.match(value, /\*\*《中華人民共和國行政處罰法》\*\*/u);
  });
});
