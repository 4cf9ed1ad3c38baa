/** The round trip on the sample: amend the draft into its revision, apply the instrument, get the revision back. */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { roundTrip } from './roundtrip';

const FIXTURES = join(process.cwd(), 'test-fixtures');
const OLD = readFileSync(join(FIXTURES, 'jinan-digital-economy-draft.txt'), 'utf8');
const NEW = readFileSync(join(FIXTURES, 'compare', 'jinan-revised.txt'), 'utf8');

describe('amend then apply (round trip)', () => {
  for (const mode of ['renumber', 'insertOnly'] as const) {
    it(`the sample draft and its revision, ${mode}: the revision back, nothing refused`, () => {
      const r = roundTrip(OLD, NEW, mode);
      assert.deepEqual(r.findings, {}, r.instrument);
      assert.equal(r.why, '', r.instrument);
      assert.equal(r.matching, r.total);
    });
  }
});

describe('amend then apply: causes found on the library', () => {
  const law = (body: string): string => ['示例条例', '', '第一条　为了示例，制定本条例。', body, '第三条　本条例自公布之日起施行。', ''].join('\n');

  it('words changed in a 款 and in one of its items: the quotation names one place in the 款 with its items (生物安全法 2024)', () => {
    // 第二条第一款中的“科学技术” also stands in its item: quoted alone it would change both, and the item's own instruction then conflicts.
    const before = law('第二条　国务院科学技术主管部门负责下列工作：\n（一）组织科学技术研究；\n（二）其他工作。');
    const after = law('第二条　国务院卫生健康主管部门负责下列工作：\n（一）组织卫生健康研究；\n（二）其他工作。');
    const r = roundTrip(before, after);
    assert.deepEqual(r.findings, {}, r.instrument);
    assert.equal(r.why, '', r.instrument);
  });

  it('the opening words of a 款 that holds items rewritten: the article is written out again, its items kept', () => {
    // 将第二条修改为：“<the opening words>” alone would drop the items.
    const before = law('第二条　国务院有关部门负责下列工作：\n（一）组织研究；\n（二）其他工作。');
    const after = law('第二条　省人民政府应当统筹下列事项：\n（一）组织研究；\n（二）其他工作。');
    const r = roundTrip(before, after);
    assert.deepEqual(r.findings, {}, r.instrument);
    assert.equal(r.why, '', r.instrument);
  });
});
