import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Sarif from 'sarif';

const CLI = resolve(process.cwd(), 'dist', 'cli.js');
const GAP = '第一条 内容。\n第三条 内容。\n'; // one error finding: article 2 is missing

function run(cwd: string, ...args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

function tempDir(): string {
  return realpathSync(mkdtempSync(join(tmpdir(), 'lexdraft-')));
}

// RFC 3986: a URI or relative reference holds these characters only, and `%` starts two hex digits.
const URI_CHARS = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/u;

/**
 * The SARIF 2.1.0 rules a log of ours can break, checked by hand (no JSON schema ships on npm without a
 * download at run time): required properties, enumerations, rule indices, URI syntax and base ids, 1-based
 * regions, and the invocation.
 */
function assertValidSarif(log: Sarif.Log): void {
  assert.equal(log.version, '2.1.0');
  assert.ok(Array.isArray(log.runs) && log.runs.length === 1);
  const r = log.runs[0] as Sarif.Run;
  const rules = r.tool.driver.rules ?? [];
  assert.equal(typeof r.tool.driver.name, 'string');
  assert.ok(['utf16CodeUnits', 'unicodeCodePoints'].includes(r.columnKind ?? ''));
  const bases = r.originalUriBaseIds ?? {};
  for (const base of Object.values(bases)) {
    assert.match(base.uri ?? '', /^file:\/\/.*\/$/u, 'a base URI is absolute and ends with a slash');
    assert.match(base.uri ?? '', URI_CHARS);
  }
  const location = (a: Sarif.ArtifactLocation | undefined): void => {
    assert.ok(a?.uri, 'an artifact location has a uri');
    assert.match(a.uri, URI_CHARS, a.uri);
    if (a.uriBaseId === undefined) assert.match(a.uri, /^file:\/\//u, 'without a base, the uri is absolute');
    else {
      assert.ok(a.uriBaseId in bases, `${a.uriBaseId} is in originalUriBaseIds`);
      assert.doesNotMatch(a.uri, /^[^/]*:/u, 'a relative uri has no scheme');
    }
  };
  for (const x of r.results ?? []) {
    assert.equal(typeof x.message.text, 'string');
    assert.ok(['none', 'note', 'warning', 'error'].includes(x.level ?? ''));
    if (x.ruleIndex !== undefined) assert.equal(rules[x.ruleIndex]?.id, x.ruleId);
    for (const l of x.locations ?? []) {
      location(l.physicalLocation?.artifactLocation);
      const g = l.physicalLocation?.region;
      assert.ok(g && (g.startLine ?? 0) >= 1 && (g.startColumn ?? 0) >= 1 && (g.endLine ?? 0) >= (g.startLine ?? 0));
    }
  }
  assert.equal(r.invocations?.length, 1);
  const inv = r.invocations?.[0] as Sarif.Invocation;
  assert.equal(typeof inv.executionSuccessful, 'boolean');
  for (const n of inv.toolExecutionNotifications ?? []) {
    assert.equal(typeof n.message.text, 'string');
    assert.ok(['none', 'note', 'warning', 'error'].includes(n.level ?? ''));
    for (const l of n.locations ?? []) location(l.physicalLocation?.artifactLocation);
  }
}

/** The file a SARIF location names, resolved against the run's base URIs. */
function fileOf(log: Sarif.Log, a: Sarif.ArtifactLocation | undefined): string {
  const base = a?.uriBaseId ? log.runs[0]?.originalUriBaseIds?.[a.uriBaseId]?.uri : undefined;
  return fileURLToPath(new URL(a?.uri ?? '', base));
}

describe('CLI SARIF output', () => {
  it('names files by percent-encoded URIs relative to %SRCROOT% (the working directory), and outside it by absolute file URIs', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub dir'));
    const names = [join('sub dir', '草案 #1%.txt'), 'a\nb.txt', 'a:b.txt'];
    for (const n of names) writeFileSync(join(dir, n), GAP);
    const outside = join(tempDir(), 'outside draft.txt');
    writeFileSync(outside, GAP);
    const r = run(dir, 'check', '--format', 'sarif', '.', outside);
    assert.equal(r.code, 1, r.err);
    const log = JSON.parse(r.out) as Sarif.Log;
    assertValidSarif(log);
    const run0 = log.runs[0] as Sarif.Run;
    assert.deepEqual(run0.originalUriBaseIds, { '%SRCROOT%': { uri: `file://${dir.split('/').map(encodeURIComponent).join('/')}/` } });
    const locations = (run0.results ?? []).map((x) => x.locations?.[0]?.physicalLocation?.artifactLocation);
    assert.deepEqual(locations, [
      { uri: 'a%0Ab.txt', uriBaseId: '%SRCROOT%' },
      { uri: './a:b.txt', uriBaseId: '%SRCROOT%' },
      { uri: 'sub%20dir/%E8%8D%89%E6%A1%88%20%231%25.txt', uriBaseId: '%SRCROOT%' },
      { uri: `file://${outside.split('/').map(encodeURIComponent).join('/')}` },
    ]);
    assert.deepEqual(locations.map((a) => fileOf(log, a)), [...names.sort().map((n) => join(dir, n)), outside]);
    assert.deepEqual(run0.invocations, [{ executionSuccessful: true, exitCode: 1, toolExecutionNotifications: [] }]);
  });

  it('lists files it could not check as error notifications of an unsuccessful invocation', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'draft.txt'), '第一条 内容。\n');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
    writeFileSync(join(dir, 'gbk.txt'), Buffer.from([0xb5, 0xda, 0xd2, 0xbb, 0xcc, 0xf5])); // 第一条 in GBK
    const r = run(dir, 'check', '--format', 'sarif', '.', 'missing.txt');
    assert.equal(r.code, 2);
    const log = JSON.parse(r.out) as Sarif.Log;
    assertValidSarif(log);
    const inv = log.runs[0]?.invocations?.[0] as Sarif.Invocation;
    assert.equal(inv.executionSuccessful, false);
    assert.equal(inv.exitCode, 2);
    const notes = inv.toolExecutionNotifications ?? [];
    assert.deepEqual(notes.map((n) => [n.level, n.locations?.[0]?.physicalLocation?.artifactLocation?.uri]), [
      ['error', undefined],
      ['error', 'binary.txt'],
      ['error', 'gbk.txt'],
    ]);
    assert.match(notes[0]?.message.text ?? '', /missing\.txt: .*no such file/u);
    assert.match(notes[1]?.message.text ?? '', /binary file/u);
    assert.match(notes[2]?.message.text ?? '', /not UTF-8/u);
    assert.equal(r.err.trim().split('\n').length, 3, 'the same three lines on stderr');
  });
});

describe('CLI text output', () => {
  it('keeps a finding on one line when the file name holds a newline or another control character', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a\nb.txt'), GAP);
    writeFileSync(join(dir, 'c\rd\u2028.txt'), GAP);
    const r = run(dir, 'check', '--lang', 'en', '.');
    assert.equal(r.code, 1);
    const lines = r.out.trimEnd().split('\n');
    assert.equal(lines.length, 3, r.out);
    assert.match(lines[0] ?? '', /^"a\\nb\.txt":2:2: error numbering\.article-sequence Missing article 2/u);
    assert.match(lines[1] ?? '', /^"c\\rd\\u2028\.txt":2:2: error numbering\.article-sequence Missing article 2/u);
    assert.equal(lines[2], '2 file(s) checked: 2 error(s), 0 warning(s), 0 other');
  });

  it('keeps a stderr line one line when the file it names holds a newline', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'x\ny.txt'), Buffer.from([0x00, 0x01]));
    const r = run(dir, 'check', '.');
    assert.equal(r.code, 2);
    assert.deepEqual(r.err.trimEnd().split('\n'), ['lexdraft: x\\u000ay.txt: 二进制文件，已跳过 / binary file, not checked']);
  });
});
