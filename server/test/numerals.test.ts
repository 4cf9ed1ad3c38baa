import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyse, isCanonicalNumeral, parseNumeral, toChineseNumeral } from '../src/core';

describe('numerals (canonical PRC and Taiwan forms)', () => {
  const table: [number, string, string][] = [
    [1, '一', '一'], [10, '十', '十'], [11, '十一', '十一'], [20, '二十', '二十'], [101, '一百零一', '一百零一'],
    [110, '一百一十', '一百十'], [118, '一百一十八', '一百十八'], [1001, '一千零一', '一千零一'],
    [1010, '一千零一十', '一千零十'], [1100, '一千一百', '一千一百'], [1260, '一千二百六十', '一千二百六十'],
  ];
  for (const [n, prc, tw] of table) {
    it(`${n} → ${prc} (PRC), ${tw} (Taiwan), and back`, () => {
      assert.equal(toChineseNumeral(n, 'prc'), prc);
      assert.equal(toChineseNumeral(n, 'tw'), tw);
      assert.equal(parseNumeral(prc)?.value, n);
      assert.equal(parseNumeral(tw)?.value, n);
    });
  }

  it('accepts lenient forms and flags them as non-canonical', () => {
    for (const [raw, n] of [['一十', 10], ['一百十', 110], ['一百〇一', 101], ['两百', 200], ['二〇', 20], ['壹拾', 10], ['１２', 12], ['12', 12]] as const) {
      assert.equal(parseNumeral(raw)?.value, n, raw);
      assert.equal(isCanonicalNumeral(raw, 'prc'), false, raw);
    }
    assert.equal(parseNumeral('壹拾')?.style, 'financial');
    assert.equal(parseNumeral('１２')?.style, 'arabic');
  });

  it('rejects what is not a numeral', () => {
    for (const raw of ['', '百十百', '十百', '甲', '0', '一万']) assert.equal(parseNumeral(raw), undefined, raw);
  });

  it('round-trips every value 1..9999 in both jurisdictions (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.constantFrom('prc' as const, 'tw' as const), (n, j) => {
        const s = toChineseNumeral(n, j);
        return parseNumeral(s)?.value === n && isCanonicalNumeral(s, j);
      }),
      { numRuns: 2000 },
    );
  });

  it('beyond 9,999 no Chinese form is rendered, and numbering.numeral-form asks for none', () => {
    assert.equal(toChineseNumeral(10000), '10000');
    // It once told a drafter to use Chinese numerals, “write 第10000条”.
    const a = analyse('第一条 甲。\n第10000条 乙。\n第3条 丙。');
    assert.deepEqual(a.findings.filter((f) => f.code === 'numbering.numeral-form').map((f) => f.message.zh), ['条的序号用中文数字：应写作“第三条”']);
  });
});
