import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { MAX_CONFIG_BYTES, parseWorkspaceConfig, readConfigText } from '../src/config/workspace-config';

describe('.lexdraft.json (workspace configuration)', () => {
  it('reports bad JSON with its position and falls back to defaults', () => {
    const c = parseWorkspaceConfig('/w/.lexdraft.json', '{\n  "jurisdiction": "prc",\n  "severity": {\n}');
    assert.deepEqual(c.settings, {});
    assert.equal(c.problems.length, 1);
    assert.equal(c.problems[0]?.severity, 'error');
    assert.match(c.problems[0]?.message.zh ?? '', /不是有效的 JSON（第 4 行/u);
  });

  it('reports wrong types and unknown keys on the key, keeping the valid fields', () => {
    const text = '{ "jurisdiction": "mars", "joinWrappedLines": "yes", "colour": 1, "messageLanguage": "en", "severity": { "reference.self": "hint", "no.such": "off", "toc.mismatch": "loud" } }';
    const c = parseWorkspaceConfig('/w/.lexdraft.json', text);
    assert.deepEqual(c.settings, { messageLanguage: 'en', severity: { 'reference.self': 'hint' } });
    const at = (key: string): string | undefined => c.problems.find((p) => text.slice(p.span.start, p.span.end) === `"${key}"`)?.severity;
    assert.deepEqual([at('jurisdiction'), at('joinWrappedLines'), at('colour'), at('no.such'), at('toc.mismatch')], ['error', 'error', 'warning', 'warning', 'error']);
  });

  it('reports keys named after Object.prototype members as unknown, at any depth, and keeps the rest', () => {
    const names = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];
    const text = `{ ${names.map((n) => `"${n}": 1`).join(', ')}, "stage": "final", "severity": { "constructor": "off", "__proto__": "off", "reference.self": "hint" }, "departments": { "aliases": { "__proto__": "大数据", "constructor": "大数据" } } }`;
    const c = parseWorkspaceConfig('/w/.lexdraft.json', text);
    assert.deepEqual(c.settings.stage, 'final');
    assert.deepEqual(c.settings.severity, { 'reference.self': 'hint' });
    assert.deepEqual(Object.entries(c.settings.departments as object), [['aliases', JSON.parse('{ "__proto__": "大数据", "constructor": "大数据" }')]]);
    assert.deepEqual(c.problems.map((p) => [p.severity, p.message.en]), [
      ...names.map((n) => ['warning', `Unknown setting “${n}”, ignored`]),
      ['warning', 'No check has the id “constructor”'],
      ['warning', 'No check has the id “__proto__”'],
    ]);
    // The CLI reports them and uses the rest of the file (it stopped with a stack trace and exit 1).
    const dir = mkdtempSync(join(tmpdir(), 'lexdraft-proto-'));
    writeFileSync(join(dir, 'draft.txt'), '第一条 甲。\n第三条 乙。\n');
    writeFileSync(join(dir, '.lexdraft.json'), '{ "constructor": 1, "toString": "x", "severity": { "numbering.article-sequence": "off" } }');
    const r = spawnSync(process.execPath, [resolve('dist', 'cli.js'), 'check', 'draft.txt'], { cwd: dir, encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
    assert.equal(r.status, 0, r.stdout + r.stderr); // the rest of the file applies: the gap is off
    assert.match(r.stderr, /\.lexdraft\.json:1:3: 警告 lexdraft\.config 未知设置项“constructor”，已忽略/u);
    assert.doesNotMatch(r.stderr, /at |TypeError/u);
  });

  it('"stage": "final" in .lexdraft.json, or --stage final, makes the CLI fail on an unfilled date; a wrong stage is reported', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexdraft-stage-'));
    writeFileSync(join(dir, 'draft.txt'), '示例条例\n第一条 为了规范管理，制定本条例。\n第二条 本条例自　　年　　月　　日起施行。\n');
    const run = (...args: string[]) => spawnSync(process.execPath, [resolve('dist', 'cli.js'), 'check', ...args, 'draft.txt'], { cwd: dir, encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
    assert.equal(run().status, 0);
    assert.equal(run('--stage', 'final').status, 1);
    writeFileSync(join(dir, '.lexdraft.json'), '{ "stage": "final" }');
    const r = run();
    assert.equal(r.status, 1, r.stdout);
    assert.match(r.stdout, /错误 text\.placeholder/u);
    assert.equal(parseWorkspaceConfig('/w/.lexdraft.json', '{ "stage": "done" }').problems[0]?.severity, 'error');
  });

  it('a maxFileSize in .lexdraft.json does not reduce the CLI: renumber still rewrites the references', () => {
    // The size limit is the editor's, for typing; a renumbering from a check without references would move
    // the labels and leave the references on the old numbers.
    const dir = mkdtempSync(join(tmpdir(), 'lexdraft-size-'));
    writeFileSync(join(dir, 'draft.txt'), '第一条 为了规范管理，制定本条例。\n第三条 违反本条例第三条规定的，依照第四条处理。\n第四条 本条例自公布之日起施行。\n');
    writeFileSync(join(dir, '.lexdraft.json'), '{ "maxFileSize": 10 }');
    const r = spawnSync(process.execPath, [resolve('dist', 'cli.js'), 'renumber', 'draft.txt'], { cwd: dir, encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '第一条 为了规范管理，制定本条例。\n第二条 违反本条例第二条规定的，依照第三条处理。\n第三条 本条例自公布之日起施行。\n');
  });

  it('outline and renumber read the nearest .lexdraft.json as check does; a flag wins over it', () => {
    // They analysed with the defaults: a team whose chapters run on through the books had its second book's
    // chapters renumbered from 第一章, and a Taiwan team's outline said prc.
    const dir = mkdtempSync(join(tmpdir(), 'lexdraft-config-'));
    writeFileSync(join(dir, 'draft.txt'), '示例条例\n第一编 总则\n第一章 一般规定\n第一条 甲。\n第二章 其他\n第二条 乙。\n第二编 分则\n第一章 丙\n第三条 丙。\n第三章 丁\n第四条 依照本条例第一条规定。\n');
    const run = (...args: string[]) => spawnSync(process.execPath, [resolve('dist', 'cli.js'), ...args, 'draft.txt'], { cwd: dir, encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
    assert.match(run('renumber').stdout, /第二编 分则\n第一章 丙\n第三条 丙。\n第二章 丁\n/u); // read from the text: per book
    writeFileSync(join(dir, '.lexdraft.json'), '{ "chapterNumbering": "continuous", "colour": 1 }');
    const r = run('renumber');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /第二编 分则\n第三章 丙\n第三条 丙。\n第四章 丁\n/u);
    assert.match(r.stderr, /\.lexdraft\.json:1:\d+: 警告 lexdraft\.config 未知设置项“colour”，已忽略/u);
    writeFileSync(join(dir, '.lexdraft.json'), '{ "jurisdiction": "tw" }');
    const outline = (...args: string[]): unknown => (JSON.parse(run('outline', ...args).stdout) as { jurisdiction: unknown }).jurisdiction;
    assert.equal(outline(), 'tw');
    assert.equal(outline('--jurisdiction', 'prc'), 'prc');
    // An explicit auto wins over the file too: the text is read, and it is a PRC draft.
    assert.equal(outline('--jurisdiction', 'auto'), 'prc');
  });

  it('the CLI reads the nearest .lexdraft.json and reports its problems on stderr', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexdraft-config-'));
    writeFileSync(join(dir, 'draft.txt'), '第一条 甲。\n第三条 乙。\n');
    writeFileSync(join(dir, '.lexdraft.json'), '{ "severity": { "numbering.article-sequence": "off" }, "messageLanguage": 42 }');
    const r = spawnSync(process.execPath, [resolve('dist', 'cli.js'), 'check', 'draft.txt'], { cwd: dir, encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /0 个错误/u);
    assert.match(r.stderr, /\.lexdraft\.json:1:\d+: 错误 lexdraft\.config “messageLanguage”的取值应为/u);
  });

  it('the CLI reports a .lexdraft.json it cannot read and checks with the defaults', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexdraft-config-'));
    writeFileSync(join(dir, 'draft.txt'), '第一条 甲。\n第三条 乙。\n');
    mkdirSync(join(dir, '.lexdraft.json')); // a directory of that name: not a file to read
    const r = spawnSync(process.execPath, [resolve('dist', 'cli.js'), 'check', 'draft.txt'], { cwd: dir, encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
    assert.equal(r.status, 1, r.stdout + r.stderr); // the gap is an error with the default severities
    assert.match(r.stdout, /numbering\.article-sequence/u);
    assert.match(r.stderr, /\.lexdraft\.json:1:1: 错误 lexdraft\.config 无法读取设置文件（EISDIR），使用默认设置/u);
  });

  it('reads only a regular file within the size bound: a FIFO, a device or a huge file is reported, never read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexdraft-special-'));
    execFileSync('mkfifo', [join(dir, 'fifo.json')]);
    symlinkSync('/dev/zero', join(dir, 'zero.json'));
    writeFileSync(join(dir, 'huge.json'), `{"terms":{"glossary":["${'词'.repeat(MAX_CONFIG_BYTES / 3)}"]}}`);
    writeFileSync(join(dir, 'fine.json'), '{ "stage": "final" }');
    const unread = (name: string): string | undefined => {
      const r = readConfigText(join(dir, name));
      return 'unread' in r ? r.unread.en : undefined;
    };
    assert.equal(unread('fifo.json'), 'The settings file is a FIFO, not a regular file; it was not read, the defaults are used');
    assert.equal(unread('zero.json'), 'The settings file is a device, not a regular file; it was not read, the defaults are used');
    assert.equal(unread('huge.json'), 'The settings file is larger than 4 MB; it was not read, the defaults are used');
    assert.deepEqual(readConfigText(join(dir, 'fine.json')), { text: '{ "stage": "final" }' });
  });

  it('the CLI reports a .lexdraft.json that is a FIFO or a link to /dev/zero and checks with the defaults', () => {
    for (const make of [(p: string) => execFileSync('mkfifo', [p]), (p: string) => symlinkSync('/dev/zero', p)]) {
      const dir = mkdtempSync(join(tmpdir(), 'lexdraft-config-'));
      writeFileSync(join(dir, 'draft.txt'), '第一条 甲。\n第三条 乙。\n');
      make(join(dir, '.lexdraft.json'));
      // The bound only stops a hanging run from stopping the suite; the old reader never returned.
      const r = spawnSync(process.execPath, [resolve('dist', 'cli.js'), 'check', 'draft.txt'], { cwd: dir, encoding: 'utf8', env: { ...process.env, LANG: 'C' }, timeout: 30000 });
      assert.equal(r.status, 1, r.stdout + r.stderr); // the gap is an error with the default severities
      assert.match(r.stderr, /\.lexdraft\.json:1:1: 错误 lexdraft\.config 设置文件不是普通文件而是(命名管道（FIFO）|设备)，未读取，使用默认设置/u);
    }
  });
});
