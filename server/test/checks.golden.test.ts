import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { analyse } from '../src/core';
import { assertGolden, FIXTURES, listFixtures, renderFindings } from './golden';

describe('check goldens (test-fixtures/checks)', () => {
  for (const file of listFixtures(join(FIXTURES, 'checks'))) {
    const name = `${basename(dirname(file))}/${basename(file)}`;
    it(name, () => {
      const a = analyse(readFileSync(file, 'utf8'));
      assertGolden(file.replace(/\.(txt|md)$/u, '.diagnostics'), renderFindings(a));
    });
  }
});
