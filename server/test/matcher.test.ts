/** The term matcher (terms/matcher.ts) against what one indexOf scan per term finds. */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { termMatcher } from '../src/core/terms/matcher';

/** Repeated indexOf from `from`: each occurrence at or after the end of the previous one. */
function byIndexOf(text: string, term: string, from: number): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(term, from); at >= 0; at = text.indexOf(term, at + term.length)) out.push(at);
  return out;
}

describe('term matcher', () => {
  it('finds, for every term, what repeated indexOf finds, by the trie and by one scan per term (property)', () => {
    // A small alphabet, so that terms overlap, nest and repeat. perTerm 0 always walks the trie; 100
    // always scans per term.
    const text = (max: number): fc.Arbitrary<string> => fc.array(fc.constantFrom('数', '字', '经', '济', 'a', '\0', '\uD800'), { maxLength: max }).map((a) => a.join(''));
    fc.assert(
      fc.property(text(80), fc.array(text(5), { maxLength: 10 }), fc.integer({ min: -2, max: 90 }), fc.constantFrom(0, 100), (s, terms, from, perTerm) => {
        const m = termMatcher(terms, perTerm);
        const got = m.occurrences(s, from);
        for (const t of terms) assert.deepEqual(got.get(t), t === '' ? undefined : byIndexOf(s, t, Math.max(0, from)), `term ${JSON.stringify(t)}`);
        assert.equal(got.size, new Set(terms.filter((t) => t !== '')).size);
        assert.equal(m.occursIn(s), terms.some((t) => t !== '' && s.includes(t)));
        assert.deepEqual(m.found(s), [...new Set(terms)].filter((t) => t !== '' && s.includes(t)));
        assert.deepEqual([...m.termsIn(s)].sort(), [...new Set(terms)].filter((t) => t !== '' && s.includes(t)).sort());
      }),
      { numRuns: 1000, seed: 1202 },
    );
  });

  it('finds a term inside a longer one, and a repeated term without overlap', () => {
    for (const perTerm of [0, 100]) {
      const got = termMatcher(['数字经济', '数字', '经济', '数数'], perTerm).occurrences('数字经济和数数数字经济', 0);
      assert.deepEqual(Object.fromEntries(got), { 数字经济: [0, 7], 数字: [0, 7], 经济: [2, 9], 数数: [5] });
    }
  });

  it('finds nothing when there are no terms', () => {
    assert.equal(termMatcher([]).occurrences('数字经济', 0).size, 0);
    assert.equal(termMatcher(['']).occursIn('数字经济'), false);
  });
});
