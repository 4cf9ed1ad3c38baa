import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FIXTURES } from './golden';

const CLI = resolve(process.cwd(), 'dist', 'cli.js');
const SAMPLE = join(FIXTURES, 'jinan-digital-economy-draft.txt');

/** Runs the CLI with a preload that prints, at exit, the files of dist/ that Node loaded (one per line). */
function runWithLoads(...args: string[]): { code: number; out: string; loaded: string[] } {
  const spy = join(mkdtempSync(join(tmpdir(), 'lexdraft-')), 'spy.js');
  writeFileSync(spy, `process.on('exit', () => process.stderr.write('\\nLOADED ' + JSON.stringify(Object.keys(require.cache)) + '\\n'));\n`);
  const r = spawnSync(process.execPath, ['--require', spy, CLI, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
  const line = /^LOADED (.*)$/mu.exec(r.stderr)?.[1] ?? '[]';
  const loaded = (JSON.parse(line) as string[]).filter((p) => p.startsWith(resolve('dist'))).map((p) => p.slice(resolve('dist').length + 1));
  return { code: r.status ?? -1, out: r.stdout, loaded };
}

describe('CLI start-up (dist/cli.js)', () => {
  it('answers --version and --help without loading the conversion dictionaries or the codecs', () => {
    for (const args of [['--version'], ['--help'], ['check', '--help']]) {
      const r = runWithLoads(...args);
      assert.equal(r.code, 0);
      assert.deepEqual(r.loaded, ['cli.js'], args.join(' '));
    }
  });

  it('loads the codecs only for a text with something to repair, and the dictionaries only for one to convert', () => {
    assert.deepEqual(runWithLoads('check', SAMPLE).loaded, ['cli.js']);
    const damaged = runWithLoads('check', join(FIXTURES, 'checks', 'text.mojibake', 'utf8-read-as-gbk.txt'));
    assert.match(damaged.out, /text\.mojibake/u);
    assert.deepEqual(damaged.loaded.sort(), ['cli.js', 'iconv.js']);
    // A Traditional draft with Simplified characters: the finding names the converted words.
    const mixed = runWithLoads('check', join(FIXTURES, 'checks', 'text.mixed-script', 'traditional-with-simplified.txt'));
    assert.match(mixed.out, /text\.mixed-script/u);
    assert.ok(mixed.loaded.includes('opencc.js'), mixed.loaded.join(' '));
    // The XML parser only for a Word document.
    assert.deepEqual(runWithLoads('check', join(FIXTURES, 'docx', 'table.docx')).loaded.sort(), ['cli.js', 'xml.js']);
  });

  it('loads the Word writer (docx, jszip) only for Word output', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'lexdraft-')), 'draft.docx');
    const r = runWithLoads('export', '-o', out, SAMPLE);
    assert.equal(r.code, 0);
    assert.deepEqual(r.loaded.sort(), ['cli.js', 'word.js']);
  });

  it('the generated GBK table is current with the installed iconv-lite (npm run gen:gbk)', async () => {
    const gen = (await import(pathToFileURL(join(process.cwd(), 'scripts', 'gen-gbk-table.mjs')).href)) as { ordinaryRows(): string; render(chars: string): string };
    const onDisk = readFileSync(join(process.cwd(), 'server', 'src', 'core', 'text', 'gbk-table.generated.ts'), 'utf8');
    assert.equal(onDisk, gen.render(gen.ordinaryRows()));
  });
});
