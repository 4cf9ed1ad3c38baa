import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { analyse } from '../src/core';
import { assertGolden, FIXTURES, fixtureAnalyseOptions, fixtureOptions, LAWS, listFixtures, TAIWAN_ACTS, renderFindings } from './golden';

describe('check goldens (test-fixtures/checks)', () => {
  for (const file of listFixtures(join(FIXTURES, 'checks'))) {
    const name = `${basename(dirname(file))}/${basename(file)}`;
    it(name, () => {
      const text = readFileSync(file, 'utf8');
      const options = fixtureOptions(file);
      const actual = renderFindings(analyse(text, fixtureAnalyseOptions(file)));
      assertGolden(file.replace(/\.(txt|md)$/u, '.diagnostics'), actual);
      // An options file must show in its golden; one that changes nothing tests nothing it names.
      if (options) assert.notEqual(actual, renderFindings(analyse(text, { laws: LAWS, taiwanActs: TAIWAN_ACTS })), `${name}: its options change none of its findings`);
    });
  }
});
