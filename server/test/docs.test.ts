/** The documents a newcomer reads: a README short enough to read, and links that lead somewhere. */
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const ROOT = process.cwd();
const DOCS = ['README.md', 'CONTRIBUTING.md', 'ARCHITECTURE.md', ...readdirSync(join(ROOT, 'docs'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).map((f) => join('docs', f))];

describe('documentation', () => {
  it('README.md stays at most 15 KB: details go to docs/, CONTRIBUTING.md and ARCHITECTURE.md', () => {
    assert.ok(statSync(join(ROOT, 'README.md')).size <= 15 * 1024, `README.md is ${statSync(join(ROOT, 'README.md')).size} bytes`);
  });

  it('every relative link in the documents names a file or folder that exists', () => {
    const broken: string[] = [];
    for (const doc of DOCS) {
      for (const m of readFileSync(join(ROOT, doc), 'utf8').matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/gu)) {
        const target = m[1] as string;
        if (/^[a-z]+:/u.test(target)) continue; // a URL
        if (!existsSync(resolve(ROOT, dirname(doc), target))) broken.push(`${doc}: ${target}`);
      }
    }
    assert.deepEqual(broken, []);
  });
});
