import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse, type Analysis, type StructureNode } from '../src/core';
import { LineMap } from '../src/positions';
import { FIXTURES, fixtureAnalyseOptions, listFixtures } from './golden';

// opencc-js declares ESM types; its CommonJS build (dist/umd) is what require() loads here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const OpenCC = require('opencc-js') as { Converter(o: { from: string; to: string }): (s: string) => string };
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

function shape(nodes: readonly StructureNode[]): unknown[] {
  return nodes.map((n) => [n.kind, n.number, n.sub, n.line, shape(n.children)]);
}
/** Findings by code and line; text.mixed-script is about the script itself, which conversion changes. */
function findings(a: Analysis): string[] {
  const map = new LineMap(a.text);
  return a.findings.filter((f) => f.code !== 'text.mixed-script').map((f) => `${f.code}@${map.positionAt(f.span.start).line}`);
}

describe('Traditional script gives the same structure and findings', () => {
  it('the Jinan sample in Traditional script (opencc cn→tw)', () => {
    const s = readFileSync(join(FIXTURES, 'jinan-digital-economy-draft.txt'), 'utf8');
    const t = toTraditional(s);
    assert.notEqual(s, t);
    const a = analyse(s);
    const b = analyse(t);
    assert.equal(b.script, 'traditional');
    assert.equal(b.jurisdiction, 'prc'); // script does not decide jurisdiction
    assert.deepEqual(shape(b.children), shape(a.children));
    assert.deepEqual(b.toc?.entries.map((e) => e.number), a.toc?.entries.map((e) => e.number));
    assert.deepEqual(findings(b), findings(a));
  });

  it('a Simplified draft dense in 著 (著作权) stays Simplified: 著 is an ordinary Simplified character', () => {
    const numerals = ['一', '二', '三', '四', '五', '六'];
    const body = numerals.map((n) => `第${n}条 著作权人依法享有著作权，著作权受法律保护。`).join('\n');
    const a = analyse(`某市著作权保护条例\n\n${body}\n`);
    assert.equal(a.script, 'simplified'); // 18 of 211 characters are 著: read as Traditional before
    assert.equal(a.articles.length, 6);
  });

  for (const file of listFixtures(join(FIXTURES, 'checks'))) {
    const name = file.slice(FIXTURES.length + 1);
    it(`${name} in Traditional script`, () => {
      const s = readFileSync(file, 'utf8');
      // Jurisdiction fixed, as the fixture's own options may: Traditional script alone must not make a draft Taiwan's.
      const own = fixtureAnalyseOptions(file);
      const options = { ...own, jurisdiction: own?.jurisdiction === 'tw' ? 'tw' : 'prc' } as const;
      const a = analyse(s, options);
      const b = analyse(toTraditional(s), options);
      assert.deepEqual(shape(b.children), shape(a.children));
      assert.deepEqual(findings(b), findings(a));
    });
  }
});
