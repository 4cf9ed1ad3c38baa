/**
 * The files the CLI reads: regular files only, within a size bound.
 */
import * as assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve(process.cwd(), 'dist', 'cli.js');

/** A process that hangs (a FIFO read before the fix) is killed after this, and its test fails. */
const HANG_GUARD = { timeout: 30_000 };

function run(args: string[], options: SpawnSyncOptions = {}): { code: number | null; out: Buffer; err: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { env: { ...process.env, LANG: 'C' }, ...HANG_GUARD, ...options });
  return { code: r.status, out: r.stdout as Buffer, err: String(r.stderr) };
}

function draftIn(dir: string, content: string | Buffer, name = 'draft.txt'): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

describe('CLI: files read safely', () => {
  /** A directory holding a FIFO, fifo.txt. */
  function withFifo(ctx: Mocha.Context): { dir: string; fifo: string } {
    const dir = mkdtempSync(join(tmpdir(), 'lexdraft-'));
    const fifo = join(dir, 'fifo.txt');
    if (spawnSync('mkfifo', [fifo]).status !== 0) {
      console.log('      skipped: mkfifo is not available here');
      ctx.skip();
    }
    return { dir, fifo };
  }

  it('reads regular files only: a FIFO or a device as the file or as --since is one line and exit 2, not a hang', function () {
    const { dir, fifo } = withFifo(this);
    const file = draftIn(dir, '第一条 甲。\n第三条 乙。\n');
    for (const args of [['check', fifo], ['outline', fifo], ['renumber', fifo], ['renumber', '--since', fifo, file], ['check', '/dev/zero'], ['renumber', '--since', '/dev/zero', file]]) {
      const r = run(args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
      assert.equal(r.err.trim().split('\n').length, 1, r.err);
      assert.match(r.err, /: 无法读取：不是普通文件 \/ cannot read: not a regular file$/mu);
    }
  });

  it('reads .lexdraft.json only from a regular file: a link to a FIFO is reported on it, and the defaults used', function () {
    const { dir, fifo } = withFifo(this);
    draftIn(dir, '第一条 甲。\n第三条 乙。\n');
    symlinkSync(fifo, join(dir, '.lexdraft.json'));
    const r = run(['check', 'draft.txt'], { cwd: dir });
    assert.equal(r.code, 1, r.err); // the gap, an error with the default severities
    assert.match(String(r.out), /numbering\.article-sequence/u);
    assert.match(r.err, /\.lexdraft\.json:1:1: error lexdraft\.config 无法读取设置文件（不是普通文件），使用默认设置/u);
  });

  it('refuses a file past the size bound without reading it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexdraft-'));
    const big = draftIn(dir, '第一条 甲。\n');
    truncateSync(big, 33 * 1024 * 1024); // sparse: no disk used
    const r = run(['check', big]);
    assert.equal(r.code, 2);
    assert.match(r.err, /cannot read: larger than 32 MB/u);
  });
});
