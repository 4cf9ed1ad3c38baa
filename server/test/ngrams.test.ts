/** The repeated-phrase filter of term candidates (terms/candidates.ts: repeated domain noun phrases) against its definition. */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { notEndingLonger } from '../src/core/terms/candidates';

/** The rule as written: drop a phrase when another, longer one ends in it with the same count. */
function byEveryPair(phrases: readonly (readonly [string, number])[]): string[] {
  return phrases.filter(([s, n]) => !phrases.some(([o, m]) => o !== s && o.endsWith(s) && m === n)).map(([s]) => s);
}

describe('repeated phrases', () => {
  it('keeps what comparing every pair keeps (property)', () => {
    // Three characters, so that phrases of 4–8 end in one another often; distinct phrases, as a Map's keys.
    const phrase = fc.string({ unit: fc.constantFrom('数', '据', '甲'), minLength: 4, maxLength: 8 });
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(phrase, fc.integer({ min: 3, max: 5 })), { selector: (p) => p[0], maxLength: 60 }), (phrases) => {
        assert.deepEqual(notEndingLonger(phrases), byEveryPair(phrases));
      }),
      { numRuns: 2000, seed: 1202 },
    );
  });

  it('drops a phrase that a longer, equally frequent one ends in, and keeps one that is more frequent', () => {
    assert.deepEqual(notEndingLonger([['公共数据', 3], ['共享公共数据', 3], ['开放数据', 5], ['数据开放数据', 4]]), ['共享公共数据', '开放数据', '数据开放数据']);
  });
});
