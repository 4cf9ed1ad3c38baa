import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const CLI = resolve(process.cwd(), 'dist', 'cli.js');

describe('CLI help', () => {
  const run = (...args: string[]): { code: number; out: string } => {
    const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
    return { code: r.status ?? -1, out: r.stdout };
  };

  it('gives each command its own help, with --help after it or as help <command>', () => {
    for (const command of ['check', 'outline', 'renumber', 'compare', 'amend', 'convert']) {
      for (const r of [run(command, '--help'), run(command, '-h', 'draft.txt'), run('help', command)]) {
        assert.equal(r.code, 0);
        assert.match(r.out, new RegExp(`^用法 / usage: lexdraft ${command} `, 'u'));
        for (const other of ['check', 'outline', 'renumber', 'compare', 'amend', 'convert'].filter((c) => c !== command)) assert.doesNotMatch(r.out, new RegExp(`lexdraft ${other}`, 'u'));
      }
    }
    assert.match(run('check', '--help').out, /--format text\|json\|sarif/u);
    assert.match(run('renumber', '--help').out, /--since <earlier-version>/u);
  });

  it('prints the general usage for --help alone, and exits 2 with it when no command is given', () => {
    const help = run('--help');
    assert.equal(help.code, 0);
    assert.match(help.out, /lexdraft check .*\n\s+lexdraft outline .*\n\s+lexdraft renumber .*\n(?:\s+lexdraft (?:compare|amend|apply) .*\n)*\s+lexdraft convert /u);
    const none = run();
    assert.equal(none.code, 2);
    assert.equal(none.out, help.out);
  });
});
