import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type * as Sarif from 'sarif';
import { FIXTURES } from './golden';

const CLI = resolve(process.cwd(), 'dist', 'cli.js');

function run(...args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

describe('CLI messages', () => {
  it('renumber prints what it reports on stderr as check lines read, in the chosen language', () => {
    const file = join(FIXTURES, 'renumber', 'deleted-article-reference-reported.txt');
    const zh = run('renumber', file);
    assert.equal(zh.code, 1);
    assert.match(zh.err, /:\d+:\d+: 错误 renumber\.deleted-target /u);
    assert.doesNotMatch(zh.err, /: error /u);
    const en = run('renumber', '--lang', 'en', file);
    assert.match(en.err, /:\d+:\d+: error renumber\.deleted-target /u);
  });

  it('renumber keeps each stderr line one line when the file name holds a newline', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexdraft-'));
    const file = join(dir, 'draft\n1.txt');
    writeFileSync(file, readFileSync(join(FIXTURES, 'renumber', 'duplicate-label-for-new-article.txt')));
    const lines = run('renumber', file).err.trimEnd().split('\n');
    const named = lines.filter((l) => l.includes('draft'));
    assert.ok(named.length >= 2, lines.join('\n'));
    for (const l of named) assert.ok(l.startsWith(`${JSON.stringify(file)}:`), l);
  });

  describe('an empty file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexdraft-'));
    const empty = join(dir, 'empty.txt');
    const blank = join(dir, 'blank.md');
    writeFileSync(empty, '');
    writeFileSync(blank, ' \n\u3000\n\n');
    const notice = (file: string): RegExp => new RegExp(`^lexdraft: ${file.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}: 文件为空，没有可检查的内容 / empty file, nothing to check$`, 'u');

    it('check says so in one line on stderr, counts it as not checked, and exits 0', () => {
      for (const file of [empty, blank]) {
        const r = run('check', file);
        assert.equal(r.code, 0);
        assert.match(r.err.trimEnd(), notice(file));
        assert.match(r.out, /检查了 0 个文件/u);
      }
      const both = run('check', dir);
      assert.equal(both.code, 0);
      assert.equal(both.err.trimEnd().split('\n').length, 2);
    });

    it('check --format sarif lists it as a note of a successful invocation', () => {
      const r = run('check', '--format', 'sarif', empty);
      assert.equal(r.code, 0);
      const inv = (JSON.parse(r.out) as Sarif.Log).runs[0]?.invocations?.[0];
      assert.equal(inv?.executionSuccessful, true);
      assert.deepEqual(inv?.toolExecutionNotifications?.map((n) => [n.level, n.message.text]), [['note', `lexdraft: ${empty}: 文件为空，没有可检查的内容 / empty file, nothing to check`]]);
    });

    it('outline and renumber say so on stderr and keep their output', () => {
      const outline = run('outline', blank);
      assert.equal(outline.code, 0);
      assert.match(outline.err.trimEnd(), notice(blank));
      assert.equal((JSON.parse(outline.out) as { articles: number }).articles, 0);
      const renumber = run('renumber', empty);
      assert.equal(renumber.code, 0);
      assert.match(renumber.err.split('\n')[0] ?? '', notice(empty));
    });
  });
});
