/**
 * checkSequence (checks/sequence.ts) looks a number up among the earlier ones only when it is not above
 * the largest seen since the last restart, and makes that table then: these cases pin what it reports
 * where the table is made late, kept on after it is made, and dropped at a restart.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkSequence } from '../src/core/checks/sequence';
import { makeNode } from '../src/core/parse/nodes';
import type { StructureNode } from '../src/core/types';

/** One article per number, each on its own line (the line says which node a finding is on). */
function articles(numbers: readonly number[]): StructureNode[] {
  return numbers.map((n, i) => makeNode('article', i, i * 10, { number: n, labelStart: i * 10, labelEnd: i * 10 + 3 }));
}

/** What is reported, as `line:kind` (kind from the English message) with the line of the related node. */
function run(numbers: readonly number[], restart: boolean): string[] {
  const out: string[] = [];
  checkSequence(articles(numbers), {
    jurisdiction: 'prc',
    report: (f) => {
      const line = f.span.start / 10;
      const kind = f.message.en.startsWith('Duplicate') ? 'duplicate' : f.message.en.startsWith('Missing') ? 'missing' : f.message.en.startsWith('Out of order') ? 'order' : 'restart';
      out.push(`${line}:${kind}${f.related?.[0] ? `@${f.related[0].span.start / 10}` : ''}`);
    },
    restartMessage: restart ? { zh: '重新起算', en: 'Restarted' } : undefined,
  });
  return out;
}

describe('sequence check: duplicates found without a table per list', () => {
  it('reports a duplicate against its first appearance, the table made at the first number not above the largest', () => {
    assert.deepEqual(run([1, 3, 2, 3, 2], false), ['1:missing@0', '2:order@1', '3:duplicate@1', '4:duplicate@2']);
  });

  it('forgets the numbers before a restart, and finds repeats after it', () => {
    assert.deepEqual(run([1, 2, 3, 1, 2, 2, 3], true), ['3:restart@2', '5:duplicate@4']);
  });

  it('finds a repeat that comes at the expected number after a restart lowered it (2, 0, 1, 2)', () => {
    assert.deepEqual(run([2, 0, 1, 2], true), ['0:missing', '1:order@0', '2:order@1', '3:duplicate@0']);
  });

  it('reports a number as duplicate exactly when it appeared since the last restart (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 30 }), fc.boolean(), (numbers, restart) => {
        const reported = new Set(run(numbers, restart).filter((r) => r.includes(':duplicate')).map((r) => Number(r.split(':')[0])));
        const seen = new Set<number>();
        numbers.forEach((n, i) => {
          const restarts = restart && n === 1 && i > 0 && (numbers[i - 1] as number) > 1;
          if (restarts) seen.clear();
          assert.equal(reported.has(i), !restarts && seen.has(n), `${numbers.join(',')} at ${i}`);
          seen.add(n);
        });
      }),
      { numRuns: 2000 },
    );
  });
});
