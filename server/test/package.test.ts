/** What the .vsix holds: the file list `vsce package` would pack (`vsce ls`), read without packing. */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { CHECKS } from '../src/core';

describe('the packaged extension (.vscodeignore)', () => {
  it('ships the bundles and a page for every check, which diagnostics link to offline', () => {
    const vsce = join(process.cwd(), 'node_modules', '.bin', 'vsce');
    const files = new Set(execFileSync(vsce, ['ls', '--no-dependencies'], { encoding: 'utf8', timeout: 60000 }).split('\n').map((l) => l.trim()));
    for (const f of ['dist/client.js', 'dist/server.js', 'dist/word.js', 'dist/xml.js', 'package.json', 'server/data/laws.json']) assert.ok(files.has(f), f);
    const missing = CHECKS.map((c) => `docs/checks/${c.id}.md`).filter((f) => !files.has(f));
    assert.deepEqual(missing, []);
  });
});
