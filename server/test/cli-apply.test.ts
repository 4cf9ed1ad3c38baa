/** `lexdraft apply` and `lexdraft check --base` driven as processes (dist/cli.js). */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FIXTURES } from './golden';

const CLI = resolve(process.cwd(), 'dist', 'cli.js');
const DIR = join(FIXTURES, 'checks', 'amendment.target-missing');
const BASE = join(DIR, 'base.law');

function run(...args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

function instrument(body: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'lexdraft-apply-'));
  const file = join(dir, 'decision.txt');
  writeFileSync(file, `某市人民代表大会常务委员会关于修改《某市养犬管理条例》的决定\n\n${body}\n`);
  return file;
}

describe('CLI apply (dist/cli.js)', () => {
  const base = readFileSync(BASE, 'utf8');

  it('prints the amended text to stdout and the count to stderr; exit 0 when every instruction applied', () => {
    const r = run('apply', BASE, instrument('一、将第四条中的“五百元”修改为“一千元”。\n\n二、在第四条后增加一条，作为第四条之一：“养犬人应当为犬只接种疫苗。”'));
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, base.replace('五百元', '一千元').replace('罚款。\n', '罚款。\n\n第四条之一　养犬人应当为犬只接种疫苗。\n'));
    assert.match(r.err, /修改事项：识别 2 项，适用 2 项/u);
  });

  it('renumbers with 条文顺序作相应调整 and prints the map; -o writes the file', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'lexdraft-apply-')), 'amended.txt');
    const r = run('apply', '-o', out, '--lang', 'en', BASE, instrument('一、删去第二条。\n\n此外，对条文顺序作相应调整。'));
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, '');
    const amended = readFileSync(out, 'utf8');
    assert.ok(amended.includes('第二条　养犬人应当遵守下列规定') && amended.includes('第三条　违反本条例第二条规定的'), amended);
    assert.match(r.err, /instructions: 2 read, 2 applied/u);
    assert.match(r.err, /mapping: .*第三条→第二条/u);
  });

  it('exit 1 with each instruction that could not apply, at its place in the instrument', () => {
    const file = instrument('一、将第六条修改为：“示例。”');
    const r = run('apply', BASE, file);
    assert.equal(r.code, 1);
    assert.equal(r.out, base);
    assert.ok(r.err.includes(`${file}:3:4: 错误 amendment.target-missing 基础文本中没有第六条`), r.err);
  });

  it('exit 2 for a second file that is no instrument, a wrong number of files, or a missing base', () => {
    const notInstrument = run('apply', BASE, BASE);
    assert.equal(notInstrument.code, 2);
    assert.match(notInstrument.err, /not an amendment instrument/u);
    assert.equal(run('apply', BASE).code, 2);
    assert.match(run('apply', '/nonexistent/base.txt', instrument('一、删去第二条。')).err, /no such file/u);
  });

  it('check --base reports the instrument\'s amendment findings; without it there are none', () => {
    const file = instrument('一、将第四条中的“二百元”修改为“一千元”。');
    const withBase = run('check', '--format', 'json', '--base', BASE, file);
    assert.equal(withBase.code, 1);
    assert.deepEqual((JSON.parse(withBase.out) as { code: string; line: number }[]).map((f) => [f.code, f.line]), [['amendment.quote-mismatch', 3]]);
    const without = run('check', '--format', 'json', file);
    assert.deepEqual((JSON.parse(without.out) as { code: string }[]).filter((f) => f.code.startsWith('amendment.')), []);
  });

  it('has its own help', () => {
    const r = run('apply', '--help');
    assert.equal(r.code, 0);
    assert.match(r.out, /lexdraft apply \[-o <file>\]/u);
  });
});
