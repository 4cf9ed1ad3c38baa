/**
 * Amendment instruments: each instruction form read with its range (real phrasings from the library's
 * 刑法修正案 and 宪法修正案), and applied to a base text: each kind, renumbering, 之一, conflicts, missing
 * targets and quotations, and input that is no instrument.
 */
import * as assert from 'node:assert/strict';
import { applyAmendment, type Instruction } from '../src/core';
import { readInstrument } from '../src/core/amendments';

const TITLE = '中华人民共和国示例法修正案\n\n';

function read(body: string): { instructions: Instruction[]; unparsed: string[] } {
  const text = TITLE + body;
  const r = readInstrument(text);
  return { instructions: r.instructions, unparsed: r.unparsed.map((s) => text.slice(s.start, s.end)) };
}

function one(body: string): Instruction {
  const r = read(body);
  assert.deepEqual(r.unparsed, []);
  assert.equal(r.instructions.length, 1, JSON.stringify(r.instructions));
  return r.instructions[0] as Instruction;
}

const BASE = [
  '示例法',
  '',
  '第一条　为了规范示例活动，制定本法。',
  '第二条　本法适用于示例活动。',
  '示例活动包括下列事项：',
  '（一）甲事项；',
  '（二）乙事项；',
  '（三）丙事项。',
  '第三条　违反本法第二条规定的，处一万元以下罚款。',
  '第四条　本法自公布之日起施行。',
  '',
].join('\n');

function apply(body: string, base = BASE): ReturnType<typeof applyAmendment> {
  return applyAmendment(base, TITLE + body);
}

describe('amendment instruments: reading', () => {
  it('reads a whole-article replacement whose quotation spans several 款', () => {
    const i = one('一、将刑法第十七条修改为：“已满十六周岁的人犯罪，应当负刑事责任。\n\n“已满十四周岁不满十六周岁的人，应当负刑事责任。”');
    assert.equal(i.kind, 'replace');
    if (i.kind !== 'replace') return;
    assert.deepEqual([i.target.article, i.target.paragraphs], [17, []]);
    assert.deepEqual(i.paragraphs, ['已满十六周岁的人犯罪，应当负刑事责任。', '已满十四周岁不满十六周岁的人，应当负刑事责任。']);
    assert.equal((TITLE + '一、将刑法第十七条修改为').length, i.span.start + '将刑法第十七条修改为'.length);
  });

  it('reads 款 and 项 replacements, half-width colons included', () => {
    const p = one('三、将刑法第一百三十四条第二款修改为:“强令他人违章冒险作业的，处五年以下有期徒刑。”');
    assert.ok(p.kind === 'replace' && p.target.article === 134 && p.target.paragraphs[0] === 2);
    const it = one('二、将刑法第二百二十五条第三项修改为：“（三）未经国家有关主管部门批准非法经营证券业务的；”');
    assert.ok(it.kind === 'replace' && it.target.item === 3);
  });

  it('reads words replaced, deleted and inserted', () => {
    const r = one('一、将第三条中的“一万元”修改为“五万元”。');
    assert.ok(r.kind === 'replaceWords' && r.from.text === '一万元' && r.to.text === '五万元' && r.target.article === 3);
    const c = one('第三十七条 宪法第三条第三款“国家行政机关、审判机关”修改为：“国家行政机关、监察机关、审判机关”');
    assert.ok(c.kind === 'replaceWords' && c.target.article === 3 && c.target.paragraphs[0] === 3);
    const d = one('二、删去第二条第二款中的“下列”。');
    assert.ok(d.kind === 'deleteWords' && d.words.text === '下列');
    const a = one('第三十六条 宪法第一条第二款“社会主义制度是中华人民共和国的根本制度。”后增写一句，内容为：“中国共产党领导是中国特色社会主义最本质的特征。”');
    assert.ok(a.kind === 'insertWords' && !a.before && a.target.paragraphs[0] === 2);
  });

  it('reads a continued clause against the article named before it', () => {
    const r = read('一、将第三条中的“一万元”修改为“五万元”；“罚款”修改为“罚金”。');
    assert.deepEqual(r.unparsed, []);
    assert.deepEqual(r.instructions.map((i) => (i.kind === 'replaceWords' ? [i.target.article, i.to.text] : [])), [[3, '五万元'], [3, '罚金']]);
  });

  it('reads deletions of articles and 款, in lists', () => {
    const r = read('一、删去刑法第一百九十九条。\n二、删去刑法第三百六十条第二款。\n三、删除第五条、第六条。');
    assert.deepEqual(r.unparsed, []);
    assert.deepEqual(r.instructions.map((i) => (i.kind === 'delete' ? [i.target.article, i.target.paragraphs] : [])), [[199, []], [360, [2]], [5, []], [6, []]]);
  });

  it('reads inserted articles: 之一 after an article, one or several, and 作为第X条', () => {
    const a = one('四、在刑法第一百三十四条后增加一条，作为第一百三十四条之一：“在生产、作业中违反有关安全管理的规定的，处一年以下有期徒刑。”');
    assert.ok(a.kind === 'insertArticle' && a.after?.article === 134 && a.article === 134 && a.sub === 1);
    const b = one('一、第一百六十二条后增加一条，作为第一百六十二条之一：“隐匿会计凭证的，处五年以下有期徒刑。”');
    assert.ok(b.kind === 'insertArticle' && b.after?.article === 162);
    const c = one('增加一条，作为第五条：“示例。”');
    assert.ok(c.kind === 'insertArticle' && c.after === undefined && c.article === 5 && c.sub === 0);
    const several = read('二、在刑法第一百二十条之一后增加五条，作为第一百二十条之二、第一百二十条之三:\n\n“第一百二十条之二 有下列情形之一的，处五年以下有期徒刑。\n\n“第一百二十条之三 以制作资料的，处五年以下有期徒刑。”');
    assert.deepEqual(several.instructions.map((i) => (i.kind === 'insertArticle' ? [i.after?.sub, i.sub, i.paragraphs] : [])), [
      [1, 2, ['有下列情形之一的，处五年以下有期徒刑。']],
      [1, 3, ['以制作资料的，处五年以下有期徒刑。']],
    ]);
  });

  it('reads inserted 款 and 项, and a 款 inserted with the article written out again', () => {
    const p = one('十、在刑法第二百四十四条中增加一款作为第二款：“明知他人实施前款行为的，依照前款的规定处罚。”');
    assert.ok(p.kind === 'insertParagraph' && p.target.article === 244 && p.at === 2);
    const c = one('第四十条 宪法第二十七条增加一款，作为第三款：“国家工作人员就职时应当依照法律规定公开进行宪法宣誓。”');
    assert.ok(c.kind === 'insertParagraph' && c.at === 3);
    const it = one('第四十一条 宪法第六十二条“全国人民代表大会行使下列职权”中增加一项，作为第七项“（七）选举国家监察委员会主任”，第七项至第十五项相应改为第八项至第十六项。');
    assert.ok(it.kind === 'insertItem' && it.target.article === 62 && it.at === 7 && it.target.within === '全国人民代表大会行使下列职权');
    const w = one('一、在刑法第一百六十五条中增加一款作为第二款，将该条修改为：“国有公司的董事。\n\n“其他公司的董事。”');
    assert.ok(w.kind === 'replace' && w.target.article === 165 && w.paragraphs.length === 2);
    const moved = read('三、在刑法第一百四十九条中增加一款作为第二款：“犯前款罪的。”\n原第二款作为第三款，修改为：“单位犯前两款罪的。”');
    assert.deepEqual(moved.instructions.map((i) => [i.kind, 'target' in i ? i.target.article : 0, 'target' in i ? i.target.paragraphs : []]), [
      ['insertParagraph', 149, []],
      ['replace', 149, [2]],
    ]);
  });

  it('reads the renumbering formula and passes over titles, dates and closing formulas', () => {
    const r = read('2020年12月26日 第十三届全国人民代表大会常务委员会第二十四次会议通过\n\n为了惩治犯罪，对刑法作如下修改：\n\n一、删去第四条。\n\n此外，对条文顺序作相应调整。\n\n二、本修正案自公布之日起施行。');
    assert.deepEqual(r.unparsed, []);
    assert.deepEqual(r.instructions.map((i) => i.kind), ['delete', 'renumber']);
  });

  it('reports what it does not understand, and an unclosed quotation, as unparsed', () => {
    const r = read('一、将名称、第一条中的“侵犯”修改为“侵害”。\n二、将第三条修改为：“未完');
    assert.equal(r.instructions.length, 0);
    assert.equal(r.unparsed.length, 2);
    assert.ok(r.unparsed[0]?.startsWith('将名称'));
  });

  it('reads a Traditional instrument as its Simplified form', () => {
    const text = '中華人民共和國示例法修正案\n\n一、將第三條中的“一萬元”修改為“五萬元”。';
    const r = applyAmendment(BASE.replace('一万元', '一萬元'), text);
    assert.deepEqual(r.findings, []);
    assert.ok(r.text.includes('处五萬元以下罚款'));
  });
});

describe('amendment instruments: applying', () => {
  it('replaces an article, keeping everything else byte for byte', () => {
    const r = apply('一、将第二条修改为：“本法适用于一切示例活动。”');
    assert.deepEqual(r.findings, []);
    assert.equal(r.text, BASE.replace('本法适用于示例活动。\n示例活动包括下列事项：\n（一）甲事项；\n（二）乙事项；\n（三）丙事项。', '本法适用于一切示例活动。'));
  });

  it('replaces a 款 and an item, writing the quotation’s 款 with the base’s line breaks', () => {
    const r = apply('一、将第二条第一款修改为：“本法适用于甲。\n\n“本法也适用于乙。”\n二、将第二条第三项修改为：“（三）丁事项。”');
    assert.deepEqual(r.findings, []);
    assert.ok(r.text.includes('第二条　本法适用于甲。\n本法也适用于乙。\n示例活动包括下列事项：'), r.text);
    assert.ok(r.text.includes('（二）乙事项；\n（三）丁事项。\n第三条'));
  });

  it('replaces a 项 quoted without its label, keeping the base\'s label (刑法修正案（七）第五项)', () => {
    const r = apply('五、将第二条第三项修改为：“丁事项。”');
    assert.deepEqual(r.findings, []);
    assert.ok(r.text.includes('（二）乙事项；\n（三）丁事项。\n第三条'), r.text);
  });

  it('ends a quotation the copy left unclosed at the next numbered instruction (刑法修正案（九）二十三)', () => {
    const r = apply('一、在第二条后增加一条作为第二条之一:“示例活动应当登记。\n\n二、将第三条中的“一万元”修改为“五万元”。');
    assert.deepEqual(r.findings, []);
    assert.ok(r.text.includes('（三）丙事项。\n第二条之一　示例活动应当登记。\n第三条　违反本法第二条规定的，处五万元以下罚款。'), r.text);
  });

  it('replaces, deletes and inserts words in the unit named', () => {
    const r = apply('一、将第三条中的“一万元”修改为“五万元”。\n二、删去第一条中的“示例”。\n三、在第四条中的“本法”后增加“修改后”。');
    assert.deepEqual(r.findings, []);
    assert.ok(r.text.includes('处五万元以下罚款'));
    assert.ok(r.text.includes('为了规范活动'));
    assert.ok(r.text.includes('本法修改后自公布之日起施行'));
  });

  it('inserts 之一 articles after their article, keeping numbers without the renumbering formula', () => {
    const r = apply('一、在第二条后增加一条，作为第二条之一：“示例活动应当登记。”\n二、在第二条后增加一条，作为第二条之二：“登记免费。”');
    assert.deepEqual(r.findings, []);
    assert.ok(r.text.includes('（三）丙事项。\n第二条之一　示例活动应当登记。\n第二条之二　登记免费。\n第三条　违反本法第二条'), r.text);
    assert.deepEqual(r.mapping, []);
  });

  it('inserts a 款 and an item; the items after it move down', () => {
    const r = apply('一、第三条增加一款，作为第二款：“情节严重的，处五万元以下罚款。”\n二、第二条第二款增加一项，作为第二项：“（二）戊事项；”');
    assert.deepEqual(r.findings, []);
    assert.ok(r.text.includes('处一万元以下罚款。\n情节严重的，处五万元以下罚款。\n第四条'), r.text);
    assert.ok(r.text.includes('（一）甲事项；\n（二）戊事项；\n（三）乙事项；\n（四）丙事项。'), r.text);
  });

  it('deletes an article: kept as （删去） without the formula, removed and renumbered with it', () => {
    const kept = apply('一、删去第二条。');
    assert.ok(kept.text.includes('第二条　（删去）\n第三条　违反本法第二条'), kept.text);
    const renumbered = apply('一、删去第一条。\n二、条文顺序作相应调整。');
    assert.deepEqual(renumbered.findings, []);
    assert.ok(renumbered.text.includes('第一条　本法适用于示例活动。'), renumbered.text);
    // The reference follows its article.
    assert.ok(renumbered.text.includes('第二条　违反本法第一条规定的'), renumbered.text);
    assert.ok(renumbered.mapping.length > 0);
  });

  it('inserts 第X条 with the formula and renumbers the articles after it, references included', () => {
    const r = apply('一、增加一条，作为第二条：“示例活动应当公开。”\n\n此外，对条文顺序作相应调整。');
    assert.deepEqual(r.findings, []);
    assert.ok(r.text.includes('第一条　为了规范示例活动，制定本法。\n第二条　示例活动应当公开。\n第三条　本法适用于示例活动。'), r.text);
    assert.ok(r.text.includes('第四条　违反本法第三条规定的'), r.text);
    assert.ok(r.text.includes('第五条　本法自公布之日起施行。'));
  });

  it('places 第X条 by its number in the result: after a deletion before it, the two do not meet (国务院组织法 2024)', () => {
    // X counts the articles that stay and those placed before it, not the base's article X−1.
    const r = apply('一、增加一条，作为第一条：“示例甲。”\n二、增加一条，作为第二条：“示例乙。”\n三、删去第一条。\n四、增加一条，作为第四条：“示例丙。”\n\n此外，对条文顺序作相应调整。');
    assert.deepEqual(r.findings, []);
    assert.ok(r.text.includes('第一条　示例甲。\n第二条　示例乙。\n第三条　本法适用于示例活动。'), r.text);
    assert.ok(r.text.includes('（三）丙事项。\n第四条　示例丙。\n第五条　违反本法第三条规定的'), r.text);
  });

  it('moves an article (原第X条作为第Y条), with its words or rewritten, as the comparison writes a move', () => {
    const r = apply('一、原第一条作为第三条。\n\n此外，对条文顺序作相应调整。');
    assert.deepEqual(r.findings, []);
    assert.ok(r.text.includes('第一条　本法适用于示例活动。'), r.text);
    assert.ok(r.text.includes('第二条　违反本法第一条规定的，处一万元以下罚款。\n第三条　为了规范示例活动，制定本法。\n第四条　本法自公布之日起施行。'), r.text);
    const rewritten = apply('一、原第四条作为第一条，修改为：“本法自发布之日起施行。”\n\n此外，对条文顺序作相应调整。');
    assert.deepEqual(rewritten.findings, []);
    assert.ok(rewritten.text.includes('第一条　本法自发布之日起施行。\n第二条　为了规范示例活动，制定本法。'), rewritten.text);
    assert.ok(!rewritten.text.includes('公布之日'), rewritten.text);
  });

  it('renames a chapter (将第二章的章名修改为“……”), as real instruments and the comparison write it', () => {
    const base = ['示例法', '', '第一章　总则', '第一条　为了规范示例活动，制定本法。', '第二章　管理', '第二条　本法适用于示例活动。', ''].join('\n');
    const r = apply('一、将第二章的章名修改为“监督管理”。', base);
    assert.deepEqual(r.findings, []);
    assert.equal(r.text, base.replace('第二章　管理', '第二章　监督管理'));
    assert.equal(apply('一、将第三章的章名修改为“监督管理”。', base).findings[0]?.code, 'amendment.target-missing');
  });

  it('deletes a 款 with its line break', () => {
    const r = apply('一、删去第二条第二款。');
    assert.deepEqual(r.findings, []);
    assert.ok(r.text.includes('第二条　本法适用于示例活动。\n第三条'), r.text);
  });

  it('reports a target the base lacks, at the path, and applies the rest', () => {
    const body = '一、将第九条修改为：“示例。”\n二、将第二条第五款修改为：“示例。”\n三、将第三条中的“一万元”修改为“五万元”。';
    const r = apply(body);
    const text = TITLE + body;
    assert.deepEqual(r.findings.map((f) => [f.code, f.severity, text.slice(f.span.start, f.span.end)]), [
      ['amendment.target-missing', 'error', '第九条'],
      ['amendment.target-missing', 'error', '第二条第五款'],
    ]);
    assert.ok(r.text.includes('五万元'));
  });

  it('reports quoted words the target does not hold, at the quotation', () => {
    const body = '一、将第三条中的“十万元”修改为“五万元”。';
    const r = apply(body);
    assert.deepEqual(r.findings.map((f) => [f.code, (TITLE + body).slice(f.span.start, f.span.end)]), [['amendment.quote-mismatch', '十万元']]);
    assert.equal(r.text, BASE);
  });

  it('reports two instructions on the same words as a conflict and applies only the first', () => {
    const body = '一、删去第三条。\n二、将第三条中的“一万元”修改为“五万元”。\n三、将第二条修改为：“甲。”\n四、将第二条修改为：“乙。”';
    const r = apply(body);
    const text = TITLE + body;
    assert.deepEqual(r.findings.map((f) => [f.code, text.slice(f.span.start, f.span.start + 2), f.related?.length]), [
      ['amendment.conflict', '将第', 1],
      ['amendment.conflict', '将第', 1],
    ]);
    assert.ok(r.text.includes('第三条　（删去）') && r.text.includes('第二条　甲。'), r.text);
  });

  it('leaves the base alone for empty input or a text that is no instrument', () => {
    assert.equal(applyAmendment(BASE, '').instrument, false);
    const r = applyAmendment(BASE, '示例条例\n\n第一条　示例。');
    assert.equal(r.instrument, false);
    assert.equal(r.text, BASE);
    assert.equal(applyAmendment('', TITLE + '一、将第一条修改为：“示例。”').findings[0]?.code, 'amendment.target-missing');
  });
});
