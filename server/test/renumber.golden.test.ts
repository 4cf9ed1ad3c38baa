import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyse, type AnalyseOptions, applyEdits, mappingReport, mappingSummary, renumber, type RenumberMode } from '../src/core';
import { LineMap } from '../src/positions';
import { assertGolden, FIXTURES, fixtureOptions, listFixtures } from './golden';

/** The renumbered text, then the mapping report and its summary, and the findings, as a reviewer reads them. */
function render(text: string, mode: RenumberMode, options: AnalyseOptions | undefined, baselineText?: string): string {
  const a = analyse(text, options);
  const r = renumber(a, { mode, baseline: baselineText === undefined ? undefined : analyse(baselineText, options) });
  const out = applyEdits(text, r.edits);
  const map = new LineMap(text);
  const confirm = r.edits.filter((e) => e.confirm).map((e) => `${map.positionAt(e.span.start).line + 1}:${map.positionAt(e.span.start).character + 1} ${e.confirm?.zh}`);
  const findings = r.findings.map((f) => `${map.positionAt(f.span.start).line + 1}:${map.positionAt(f.span.start).character + 1} ${f.severity} ${f.code} ${f.message.zh}`);
  return [out.trimEnd(), '--- 对照表 mapping', mappingReport(r.mapping) || '(unchanged)', '--- 起草说明 summary', mappingSummary(r.mapping, a.script) || '(unchanged)', '--- 需确认 confirm', ...(confirm.length ? confirm : ['(none)']), '--- findings', ...(findings.length ? findings : ['(none)']), ''].join('\n');
}

describe('renumber goldens (test-fixtures/renumber)', () => {
  for (const file of listFixtures(join(FIXTURES, 'renumber'))) {
    const mode: RenumberMode = basename(file).startsWith('insert-only') ? 'insertOnly' : 'renumber';
    it(basename(file), () => {
      const text = readFileSync(file, 'utf8');
      // A `.baseline` beside the case is the version its references were written against.
      const baselineFile = file.replace(/\.txt$/u, '.baseline');
      const baseline = existsSync(baselineFile) ? readFileSync(baselineFile, 'utf8') : undefined;
      const fixture = fixtureOptions(file);
      // The mapping and its findings are printed as renumbering reports them: no level applies.
      assert.deepEqual(fixture?.settings.severity ?? {}, {}, `${basename(file)}: severity does not apply to renumbering`);
      const options = fixture?.analyse;
      const actual = render(text, mode, options, baseline);
      assertGolden(file.replace(/\.txt$/u, '.renumbered'), actual);
      if (options) assert.notEqual(actual, render(text, mode, undefined, baseline), `${basename(file)}: its options change nothing`);
      // Renumbering the result again changes nothing (idempotence).
      const once = applyEdits(text, renumber(analyse(text, options), { mode }).edits);
      assert.deepEqual(renumber(analyse(once, options), { mode }).edits, []);
    });
  }
});
