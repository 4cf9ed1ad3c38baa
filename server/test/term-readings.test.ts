/**
 * How the term table reads definitions and uses where a golden would hide the reason: which terms a
 * definition names, which definitions point back, and what counts as a use with words inside it.
 */
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { analyse, type AnalyseOptions, type LawIndex } from '../src/core';
import { readLawIndex } from '../src/laws/load';
import { gappedUses } from '../src/core/terms/uses';

const unused = (text: string): string[] => analyse(text).findings.filter((f) => f.code === 'term.unused').map((f) => f.data?.term as string);
const defined = (text: string): string[] => analyse(text).terms.defined.map((d) => d.term);

describe('term readings', () => {
  it('two words that open with a preposition are two terms; a clause on a place with a list is one', () => {
    assert.deepEqual(defined('某条例\n第一条 本条例所称被保险人和受益人，分别是指投保的人和受益的人。\n'), ['被保险人', '受益人']);
    assert.deepEqual(defined('某条例\n第一条 本条例所称在本市境内销售房屋、土地、特种劳务，分别指下列行为。\n'), ['在本市境内销售房屋、土地、特种劳务']);
  });

  it('本条所称 defines a word for what follows, and is reported when it is never used; 本条第一款所称 points back', () => {
    assert.deepEqual(unused('某条例\n第一条 本条所称特许经营单位，是指取得许可的单位。\n第二条 本条例自公布之日起施行。\n'), ['特许经营单位']);
    assert.deepEqual(unused('某条例\n第一条 背书应当连续。\n本条第一款所称背书连续，是指签章依次衔接。\n第二条 本条例自公布之日起施行。\n'), []);
  });

  it('a use with words inside it may hold 的 alone, and stops at a 的 further in: 从业单位的其他工作人员 is no use of 从业人员', () => {
    assert.deepEqual([...gappedUses('发现一类动物疫病的，应当报告。', ['一类疫病'], 0).keys()], ['一类疫病']);
    assert.deepEqual([...gappedUses('从业单位的其他工作人员应当培训。', ['从业人员'], 0).keys()], []);
    // 的 alone is the term with 的 written in.
    assert.deepEqual([...gappedUses('告诉的才处理。', ['告诉才处理'], 0).keys()], ['告诉才处理']);
    assert.deepEqual(unused('某条例\n第一条 本条例所称从业人员，是指从事经营的人员。\n第二条 从业单位的其他工作人员应当培训。\n'), ['从业人员']);
  });

  it('pathological: 12,000 unused definitions sharing an ending', function () {
    this.timeout(20000);
    // Names of one length from characters that fold to themselves: none holds another.
    const cs = '甲乙丙丁戊己庚辛壬癸子丑';
    const names = Array.from({ length: 12000 }, (_, i) => [1728, 144, 12, 1].map((d) => cs[Math.floor(i / d) % 12]).join(''));
    const text = `某条例\n${names.map((n, i) => `第${i + 1}条 本条例所称${n}信息系统，是指系统。`).join('\n')}\n`;
    // Many terms with one ending were each looked for before every occurrence of the ending.
    assert.equal(unused(text).length, 12000);
  });
});

describe('term candidates and the national law index', () => {
  const file = join(process.cwd(), 'server', 'data', 'laws.json');
  const load = readLawIndex(file);
  const index = 'index' in load ? load.index : undefined;
  const laws = (): LawIndex | undefined => index;
  /** A text using a quoted term often, in varied company (so that it is no slice of a longer word). */
  const draft = (title: string, t: string): string =>
    `${title}\n第一条 为了保护“${t}”，制定本条例。\n第二条 ${t}应当保护。维护${t}。损坏${t}的，应当赔偿。新建${t}，应当备案。${t}由专人管理。禁止占用${t}。${t}周边不得施工。改建${t}须经批准。\n第三条 本条例自公布之日起施行。\n`;
  const undefinedTerms = (text: string, options: AnalyseOptions): unknown[] => analyse(text, options).findings.filter((f) => f.code === 'term.undefined').map((f) => f.data?.term);

  it('a word a national law defines is not asked of a local regulation (地震监测设施 by 防震减灾法)', () => {
    assert.ok(index, `${file}: the committed index`);
    assert.deepEqual(undefinedTerms(draft('某市防震条例', '地震监测设施'), {}), ['地震监测设施']);
    assert.deepEqual(undefinedTerms(draft('某市防震条例', '地震监测设施'), { laws }), []);
  });

  it('a law does not take a word from an administrative regulation', () => {
    assert.ok(index);
    const byRegulationOnly = [...index.definers].find(([t, ls]) => t.length >= 4 && t.length <= 8 && /设施|系统|平台|资源/u.test(t) && ls.every((l) => l.level === '行政法规'));
    assert.ok(byRegulationOnly, 'a word only an administrative regulation defines');
    const [t] = byRegulationOnly;
    assert.deepEqual(undefinedTerms(draft('中华人民共和国体育法', t), { laws }), [t]);
    assert.deepEqual(undefinedTerms(draft('某市体育条例', t), { laws }), []);
  });
});
