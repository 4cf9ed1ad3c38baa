import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as assert from 'node:assert/strict';
import { analyse } from '../src/core';
import { outlineText } from '../src/cli/outline';
import { looksLikeRegulation } from '../../client/src/detect';
import { assertGolden, FIXTURES, renderFindings } from './golden';

describe('the sample draft (test-fixtures/jinan-digital-economy-draft.txt)', () => {
  const text = readFileSync(join(FIXTURES, 'jinan-digital-economy-draft.txt'), 'utf8');
  const a = analyse(text);

  it('outline golden', () => assertGolden(join(FIXTURES, 'jinan-digital-economy-draft.outline'), outlineText(a) + '\n'));
  it('diagnostics golden', () => assertGolden(join(FIXTURES, 'jinan-digital-economy-draft.diagnostics'), renderFindings(a)));

  it('is recognised as a regulation by the client; ordinary text is not', () => {
    assert.equal(looksLikeRegulation(text), true);
    assert.equal(looksLikeRegulation('会议纪要\n第一次会议在第三条街召开。\n'), false);
    assert.equal(looksLikeRegulation('# 某法\n\n第一条 甲。\n\n第二条 乙。\n\n第 3 條 丙。\n'), true);
  });
});
