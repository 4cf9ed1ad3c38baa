import * as assert from 'node:assert/strict';
import { analyse } from '../src/core';

function refs(text: string): string[] {
  return analyse(text).references.map((r) => `${r.scope}:${r.text}`);
}

describe('reference grammar', () => {
  const doc = (body: string): string => `第一条 甲。\n第二条 乙。\n第三条 ${body}\n`;

  it('reads document-scope, bare, list, range and path forms', () => {
    assert.deepEqual(refs(doc('依照本条例第一条、第二条第一款和第一条至第二条规定。')), ['internal-doc:本条例第一条、第二条第一款和第一条至第二条']);
    assert.deepEqual(refs(doc('违反第二条规定的。')), ['internal-bare:第二条']);
    assert.deepEqual(refs(doc('依照前款第一项和本条第二款规定。')), ['internal-relative:前款第一项', 'internal-relative:本条第二款']);
  });

  it('treats references after 》 or a law name as external (F20, F21)', () => {
    assert.deepEqual(refs(doc('依照《中华人民共和国数据安全法》第二十一条、第二十二条规定。')), ['external:第二十一条、第二十二条']);
    assert.deepEqual(refs(doc('依照宪法第八十九条和刑法修正案（九）第二条规定。')), ['external:第八十九条', 'external:第二条']);
    assert.deepEqual(refs(doc('该法第十条另有规定的除外。')), ['external:第十条']);
  });

  it('ignores ordinals without a unit and words that only contain relative forms (F50)', () => {
    assert.deepEqual(refs(doc('第十八届第二十次会议通过合同条款和本项目，目前条件下提前款项。')), []);
    assert.deepEqual(refs(doc('于每年三月底前编报预算，发布前编印成册。')), []);
  });

  it('resolves 前款 to the preceding 款 and finds items through it', () => {
    const a = analyse('第一条 有下列情形之一的：\n（一）甲；\n（二）乙。\n有前款第二项情形的，处罚。\n');
    const target = a.references[0]?.elements[0]?.resolved?.node;
    assert.equal(target?.kind, 'item');
    assert.equal(target?.number, 2);
  });

  it('continues the article named earlier in the same context (第二十六条第一款……但是第一项、第三项)', () => {
    const a = analyse('第一条 有下列职权：\n（一）甲；\n（二）乙；\n（三）丙。\n第二条 行使本条例第一条规定的职权，但是第一项、第三项除外。\n');
    assert.deepEqual(a.findings, []);
    assert.equal(a.references[1]?.elements[0]?.path.article, 1);
  });

  it('keeps 同条 / 同条项 in the other law that the 该条 before it points back at', () => {
    assert.deepEqual(refs(doc('犯刑法第二百二十五条第一款之罪的，依照该条规定处罚；犯同条第三款之罪的，从重处罚。')), [
      'external:第二百二十五条第一款',
      'external:该条',
      'external:同条第三款',
    ]);
    const tw = analyse('示例條例\n第 1 條 甲。\n第 2 條 犯刑法第三百三十九條之四第一項第二款之罪者，依該條項規定加重其刑：\n一、並犯同條項第一款之一。\n二、乙。\n');
    assert.deepEqual(tw.references.map((r) => `${r.scope}:${r.text}`), ['external:第三百三十九條之四第一項第二款', 'external:該條項', 'external:同條項第一款']);
  });
});

describe('references cut by a hard wrap', () => {
  it('reads a path or a name cut by the wrap whole, its spans in the source', () => {
    const text = '第 1 條 甲。\n第 2 條 不適用民法第七\n百二十條第一項、第七百二十五條之規定。依第\n    一條辦理。\n';
    const a = analyse(text);
    const shown = a.references.map((r) => `${r.scope}:${r.text}`);
    assert.deepEqual(shown, ['external:第七\n百二十條第一項、第七百二十五條', 'internal-bare:第\n    一條']);
    const first = a.references[0]?.elements[0];
    const numeral = first?.path.numerals.find((n) => n.level === 'article');
    assert.equal(numeral && text.slice(numeral.span.start, numeral.span.end), '七\n百二十');
    assert.equal(numeral?.value, 720);
  });

  it('reads no further than its own item: the break between two items stays', () => {
    const text = '第 1 條 甲。\n第 2 條 有下列情形之一者：\n一、依民法\n二、第一條之情形。\n';
    assert.deepEqual(refs(text), ['internal-bare:第一條']);
  });
});
