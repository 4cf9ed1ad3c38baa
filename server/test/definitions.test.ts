/**
 * The definitions article (本条例下列用语的含义：) is found from the occurrences of 含义 (terms/definitions.ts);
 * this holds it to the plain definition: the last article whose first 60 characters of text match LEAD_IN.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse, type ParseResult } from '../src/core/parse/parse';
import { definitionsArticle, LEAD_IN } from '../src/core/terms/definitions';
import { toChineseNumeral } from '../src/core';
import type { StructureNode } from '../src/core/types';

function plainDefinition(parsed: ParseResult): StructureNode | undefined {
  for (let i = parsed.articles.length - 1; i >= 0; i--) {
    const a = parsed.articles[i] as StructureNode;
    if (LEAD_IN.test(parsed.folded.slice(a.textStart, Math.min(a.spanEnd, a.textStart + 60)))) return a;
  }
  return undefined;
}

const filler = (n: number): string => '甲乙丙丁戊己庚辛壬癸'.repeat(7).slice(0, n);
/** Pieces of an article's text: lead-ins (Simplified and Traditional), 含义 alone, fillers that push a lead-in
 * across the 60-character opening, items, wrapped lines and （删除）. */
const piece = fc.oneof(
  fc.constantFrom('本条例下列用语的含义：', '本條例下列用語的含義：', '本法下列用语的含义是：', '含义', '含义：', '。', '，', '\n（一）数据，是指记录；', '\n', '（删除）', '\r\n    '),
  fc.integer({ min: 1, max: 70 }).map(filler),
);
const article = fc.array(piece, { maxLength: 6 }).map((p) => p.join(''));
const draft = fc.array(article, { maxLength: 12 }).map((texts) => `某条例\n${texts.map((t, i) => `第${toChineseNumeral(i + 1)}条 ${t}`).join('\n')}\n`);

describe('definitions article', () => {
  it('is the last article whose opening matches the lead-in, as a scan of every article finds it (property)', () => {
    fc.assert(
      fc.property(draft, (text) => {
        const parsed = parse(text);
        assert.equal(definitionsArticle(parsed), plainDefinition(parsed));
      }),
      { numRuns: 1500, seed: 1202 },
    );
  });

  it('finds the article in a draft, and none where 含义 stands later in the text', () => {
    const draft = '某条例\n第一条 为了规范，制定本条例。\n第二条 本条例下列用语的含义：\n（一）数据，是指记录。\n第三条 本条例自公布之日起施行。\n';
    assert.equal(definitionsArticle(parse(draft))?.number, 2);
    const late = `某条例\n第一条 ${'甲'.repeat(60)}本条例下列用语的含义：\n`;
    assert.equal(definitionsArticle(parse(late)), undefined);
  });
});
