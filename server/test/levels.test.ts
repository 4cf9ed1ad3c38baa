/**
 * Levels (the `severity` setting) gate the work in the core: a check that is off is not run, and the
 * level of one that is on is the severity of each of its findings, set once where findings are made.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyse, CHECKS, type AnalyseOptions, type Analysis, type Check } from '../src/core';
import { reparse } from '../src/core/incremental';
import { parse } from '../src/core/parse/parse';
import { scanReferences } from '../src/core/refs/scan';

const SAMPLE = readFileSync('test-fixtures/jinan-digital-economy-draft.txt', 'utf8');

/** Runs `body` with the check `id` replaced by one that throws when run, and puts the check back. */
function withThrowingCheck(id: string, body: () => void): void {
  const check = CHECKS.find((c) => c.id === id) as Check;
  const run = check.run;
  check.run = () => {
    throw new Error('ran');
  };
  try {
    body();
  } finally {
    check.run = run;
  }
}

/** Everything an analysis holds, with the term table's function replaced by what it returns. */
function comparable(a: Analysis): unknown {
  const { usesOf, isUsed, ...terms } = a.terms;
  return { ...a, options: undefined, terms: { ...terms, uses: terms.defined.map((d) => usesOf(d)), used: terms.defined.map((d) => isUsed(d)) } };
}

describe('levels: the severity setting in the core', () => {
  it('a check that is off is not run (one that throws when run leaves no trace)', () => {
    withThrowingCheck('reference.self', () => {
      const on = analyse(SAMPLE, {});
      assert.equal(on.findings.filter((f) => f.code === 'internal.check-failed').length, 1, 'the replaced check runs when on');
      const off = analyse(SAMPLE, { levels: { 'reference.self': 'off' } });
      assert.deepEqual(off.findings.filter((f) => f.code === 'internal.check-failed'), []);
    });
  });

  it('a version in which a check failed is not re-used: what the check left half done cannot be carried', () => {
    const text = '第一条 甲，，乙，，丙。\n第二条 丁。\n';
    const check = CHECKS.find((c) => c.id === 'punctuation.doubled') as Check;
    const run = check.run;
    let previous: Analysis;
    // Reports its first finding, then fails: the version keeps one of the line's two findings.
    check.run = (context, report) => {
      let n = 0;
      run(context, (f) => {
        if (n++ > 0) throw new Error('half way');
        report(f);
      });
    };
    try {
      previous = analyse(text, {});
    } finally {
      check.run = run;
    }
    assert.equal(previous.findings.filter((f) => f.code === 'internal.check-failed').length, 1);
    const next = text.replace('丁', '丁戊');
    assert.deepStrictEqual(comparable(analyse(next, {}, previous)), comparable(analyse(next, {})));
  });

  it('a check that is off has no findings; the others are as without levels', () => {
    const text = '第一条 甲，，乙。\n第三条 丙。\n';
    const all = analyse(text).findings;
    assert.ok(all.some((f) => f.code === 'punctuation.doubled'));
    const off = analyse(text, { levels: { 'punctuation.doubled': 'off' } }).findings;
    assert.deepEqual(off, all.filter((f) => f.code !== 'punctuation.doubled'));
  });

  it("a check's level is the severity of all its findings, over the check's own per finding", () => {
    const text = '第一条 本条例自××××年××月××日起施行。\n';
    const placeholders = (options: AnalyseOptions): string[] => analyse(text, options).findings.filter((f) => f.code === 'text.placeholder').map((f) => f.severity);
    assert.deepEqual(placeholders({ stage: 'final' }), ['error']);
    assert.deepEqual(placeholders({ stage: 'final', levels: { 'text.placeholder': 'hint' } }), ['hint']);
    assert.deepEqual(placeholders({ levels: { 'text.placeholder': 'warning', 'reference.self': 'off' } }), ['warning']);
  });

  it('incremental analysis after a version analysed at other levels equals a full analysis', () => {
    // A doubled comma on one line; the edit is on another line, so a line check's findings would be carried over.
    const at = SAMPLE.indexOf('数字经济发展应当') + 4;
    const base = SAMPLE.slice(0, at) + '，，' + SAMPLE.slice(at);
    const typedAt = SAMPLE.indexOf('。', SAMPLE.length >> 1);
    const next = base.slice(0, typedAt + 2) + '的' + base.slice(typedAt + 2);
    const parsed = parse(base, {});
    const { refs, carried, slips } = scanReferences(parsed);
    assert.ok(reparse({ parsed, quoteCarried: carried, slips }, refs, next), 'the edit is one the incremental path re-uses');
    const doubled = (a: Analysis): string[] => a.findings.filter((f) => f.code === 'punctuation.doubled').map((f) => `${f.span.start} ${f.severity}`);
    const levels: AnalyseOptions[] = [{}, { levels: { 'punctuation.doubled': 'off' } }, { levels: { 'punctuation.doubled': 'hint' } }];
    for (const before of levels) {
      for (const after of levels) {
        const previous = analyse(base, before);
        const incremental = analyse(next, after, previous);
        assert.deepStrictEqual(comparable(incremental), comparable(analyse(next, after)), `${JSON.stringify(before)} → ${JSON.stringify(after)}`);
        const level = after.levels?.['punctuation.doubled'];
        assert.deepEqual(doubled(incremental).map((d) => d.split(' ')[1]), level === 'off' ? [] : [level ?? 'warning'], JSON.stringify(after));
      }
    }
    // The same options object, with a check off: the incremental path carries none of its findings.
    const off: AnalyseOptions = { levels: { 'punctuation.doubled': 'off' } };
    const again = analyse(next, off, analyse(base, off));
    assert.deepStrictEqual(comparable(again), comparable(analyse(next, off)));
    assert.deepEqual(doubled(again), []);
  });
});
