import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FIXTURES } from './golden';

const CLI = resolve(process.cwd(), 'dist', 'cli.js');
const SAMPLE = join(FIXTURES, 'jinan-digital-economy-draft.txt');

function run(...args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

interface JsonFinding { file: string; line: number; column: number; endLine: number; endColumn: number; severity: string; code: string; message: string }

/** Findings of a draft, leaving out information-level notes (the sample's unfilled 施行 date). */
function checkJson(text: string): { code: number; findings: JsonFinding[] } {
  const dir = mkdtempSync(join(tmpdir(), 'lexdraft-'));
  const file = join(dir, 'draft.txt');
  writeFileSync(file, text);
  const r = run('check', '--format', 'json', file);
  return { code: r.code, findings: (JSON.parse(r.out) as JsonFinding[]).filter((f) => f.severity !== 'information') };
}

describe('CLI (dist/cli.js)', () => {
  const sample = readFileSync(SAMPLE, 'utf8');
  const lines = sample.split('\n');

  it('checks the cleaned Jinan sample: no numbering, TOC or reference finding, exit 0', () => {
    const r = checkJson(sample);
    assert.equal(r.code, 0);
    assert.deepEqual(r.findings.filter((f) => /^(numbering|toc|reference)\./u.test(f.code)), []);
  });

  it('after deleting one article line, reports exactly the gap at the next article', () => {
    const at = lines.findIndex((l) => l.startsWith('第二十条 '));
    const r = checkJson(lines.filter((_, i) => i !== at).join('\n'));
    assert.equal(r.code, 1);
    const structural = r.findings.filter((f) => /^(numbering|toc|reference)\./u.test(f.code));
    assert.deepEqual(structural.map((f) => [f.code, f.line, f.severity]), [['numbering.article-sequence', at + 1, 'error']]);
    assert.match(structural[0]?.message ?? '', /缺少第二十条/u);
  });

  it('after duplicating one article line, reports the duplicate', () => {
    const at = lines.findIndex((l) => l.startsWith('第三十条 '));
    const r = checkJson([...lines.slice(0, at + 1), lines[at] as string, ...lines.slice(at + 1)].join('\n'));
    const structural = r.findings.filter((f) => /^(numbering|toc|reference)\./u.test(f.code));
    assert.deepEqual(structural.map((f) => [f.code, f.line]), [['numbering.article-sequence', at + 2]]);
    assert.match(structural[0]?.message ?? '', /重复（第三十条）/u);
  });

  it('after changing a reference to a missing article, reports reference.dangling at that reference', () => {
    const at = lines.findIndex((l) => l.startsWith('第十二条 '));
    const changed = [...lines];
    changed[at] = (lines[at] as string).replace('第十二条 ', '第十二条 依照本条例第九十条规定，');
    const r = checkJson(changed.join('\n'));
    const structural = r.findings.filter((f) => /^(numbering|toc|reference)\./u.test(f.code));
    assert.deepEqual(structural.map((f) => [f.code, f.line, f.column, f.endColumn]), [['reference.dangling', at + 1, 11, 15]]);
  });

  it('prints text with a summary line, in English with --lang en', () => {
    const r = run('check', '--lang', 'en', join(FIXTURES, 'checks', 'numbering.article-sequence', 'gap-after-deleted-article.txt'));
    assert.equal(r.code, 1);
    assert.match(r.out, /gap-after-deleted-article\.txt:4:2: error numbering\.article-sequence Missing article 3/u);
    assert.match(r.out, /1 file\(s\) checked: 1 error\(s\)/u);
  });

  it('speaks Chinese, the draft\'s language, under an English locale unless --lang en is given', () => {
    const gap = join(FIXTURES, 'checks', 'numbering.article-sequence', 'gap-after-deleted-article.txt');
    const r = spawnSync(process.execPath, [CLI, 'check', gap], { encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' } });
    assert.match(r.stdout, /错误 numbering\.article-sequence 缺少第三条/u);
  });

  it('walks directories for .txt/.md and writes SARIF 2.1.0', () => {
    const r = run('check', '--format', 'sarif', join(FIXTURES, 'checks', 'reference.self'));
    assert.equal(r.code, 0, r.err); // reference.self is a warning
    const log = JSON.parse(r.out) as { version: string; runs: { results: { ruleId: string; level: string; locations: unknown[] }[]; tool: { driver: { rules: { id: string; helpUri?: string }[] } } }[] };
    assert.equal(log.version, '2.1.0');
    // One warning per firing fixture of the folder, whatever their number.
    const results = log.runs[0]?.results ?? [];
    assert.ok(results.length > 0);
    assert.deepEqual([...new Set(results.map((x) => `${x.ruleId} ${x.level}`))], ['reference.self warning']);
    assert.ok(log.runs[0]?.tool.driver.rules.some((x) => x.id === 'reference.dangling'));
    // The check pages are published nowhere on the web (they ship in the .vsix): no helpUri to a page that does not exist.
    assert.deepEqual(log.runs[0]?.tool.driver.rules.filter((x) => x.helpUri !== undefined), []);
  });

  it('checks a linked draft in a directory, not a linked directory, and names a broken link', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexdraft-'));
    const outside = mkdtempSync(join(tmpdir(), 'lexdraft-'));
    writeFileSync(join(outside, 'real.txt'), '第一条 内容。\n第三条 内容。');
    mkdirSync(join(dir, 'sub'));
    symlinkSync(join(outside, 'real.txt'), join(dir, 'sub', 'linked.txt'));
    symlinkSync(dir, join(dir, 'sub', 'loop')); // a link to a parent: not followed
    symlinkSync(join(outside, 'gone.md'), join(dir, 'broken.md'));
    const r = run('check', '--format', 'json', dir);
    assert.equal(r.code, 2); // the broken link
    const found = JSON.parse(r.out) as JsonFinding[];
    assert.deepEqual([...new Set(found.map((f) => f.file))], [join(dir, 'sub', 'linked.txt')]);
    assert.ok(found.some((f) => f.code === 'numbering.article-sequence'));
    assert.equal(r.err.trim().split('\n').length, 1);
    assert.match(r.err, /broken\.md: .*broken link \(ENOENT\)/u);
  });

  it('exits 2 with one clear line for a missing file, a binary file, or bad usage', () => {
    const missing = run('check', '/nonexistent/draft.txt');
    assert.equal(missing.code, 2);
    assert.equal(missing.err.trim().split('\n').length, 1);
    assert.match(missing.err, /no such file/u);
    const dir = mkdtempSync(join(tmpdir(), 'lexdraft-'));
    const bin = join(dir, 'x.txt');
    writeFileSync(bin, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
    const b = run('check', bin);
    assert.equal(b.code, 2);
    assert.match(b.err, /binary file/u);
    const gbk = join(dir, 'gbk.txt');
    writeFileSync(gbk, Buffer.from([0xb5, 0xda, 0xd2, 0xbb, 0xcc, 0xf5])); // 第一条 in GBK
    assert.match(run('check', gbk).err, /not UTF-8/u);
    assert.equal(run('check', '--format', 'xml', SAMPLE).code, 2);
    assert.equal(run('frobnicate').code, 2);
    assert.equal(run('check').code, 2);
  });

  it('renumber prints the renumbered text to stdout and the mapping to stderr; --write edits in place', () => {
    const src = join(FIXTURES, 'renumber', 'inserted-zhi-references.txt');
    const r = run('renumber', src);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, readFileSync(src.replace(/\.txt$/u, '.renumbered'), 'utf8').split('\n--- ')[0] + '\n');
    assert.match(r.err, /对照表: 第三条之一→第四条；第四条→第五条/u);
    assert.match(r.err, /起草说明: 第三条之一改为第四条；第四条至第七条依次改为第五条至第八条。/u);
    const dir = mkdtempSync(join(tmpdir(), 'lexdraft-'));
    const copy = join(dir, 'draft.txt');
    writeFileSync(copy, readFileSync(src));
    assert.equal(run('renumber', '--write', copy).code, 0);
    assert.equal(readFileSync(copy, 'utf8'), r.out);
    const again = run('renumber', '--lang', 'en', copy);
    assert.match(again.err, /numbering unchanged/u);
  });

  it('renumber --write keeps the file\'s permissions, writes through a link, and leaves no copy behind', () => {
    const src = readFileSync(join(FIXTURES, 'renumber', 'inserted-zhi-references.txt'), 'utf8');
    const expected = run('renumber', join(FIXTURES, 'renumber', 'inserted-zhi-references.txt')).out;
    const dir = mkdtempSync(join(tmpdir(), 'lexdraft-'));
    const real = join(dir, 'draft.txt');
    writeFileSync(real, src);
    chmodSync(real, 0o640);
    const link = join(dir, 'link.txt');
    symlinkSync(real, link);
    assert.equal(run('renumber', '--write', link).code, 0);
    assert.ok(lstatSync(link).isSymbolicLink(), 'the link is still a link');
    assert.equal(readFileSync(real, 'utf8'), expected);
    assert.equal(statSync(real).mode & 0o777, 0o640);
    assert.deepEqual(readdirSync(dir).sort(), ['draft.txt', 'link.txt'], 'no temporary file left');
  });

  it('renumber --write where no copy can be made beside the draft still writes it; where it cannot write, leaves it as it was', function () {
    // Immutable (chattr +i) holds for root too: a directory nothing can be created in, a file nothing can
    // write. Where the machine cannot set it (not root, or a file system without it), nothing to run.
    const dir = mkdtempSync(join(tmpdir(), 'lexdraft-'));
    const file = join(dir, 'draft.txt');
    const src = readFileSync(join(FIXTURES, 'renumber', 'inserted-zhi-references.txt'), 'utf8');
    const expected = run('renumber', join(FIXTURES, 'renumber', 'inserted-zhi-references.txt')).out;
    writeFileSync(file, src);
    if (spawnSync('chattr', ['+i', dir]).status !== 0) {
      console.log('      skipped: cannot make a directory immutable here (chattr +i needs root and ext4/xfs)');
      this.skip();
    }
    try {
      assert.equal(run('renumber', '--write', file).code, 0);
      assert.equal(readFileSync(file, 'utf8'), expected);
      writeFileSync(file, src);
      spawnSync('chattr', ['+i', file]);
      const r = run('renumber', '--write', file);
      assert.equal(r.code, 2);
      assert.equal(r.err.trim().split('\n').length, 1);
      assert.match(r.err, /cannot write, the file is unchanged \(EPERM\)/u);
      assert.equal(readFileSync(file, 'utf8'), src);
      assert.deepEqual(readdirSync(dir), ['draft.txt']);
    } finally {
      spawnSync('chattr', ['-i', file]);
      spawnSync('chattr', ['-i', dir]);
    }
  });

  it('renumber exits 1 when a reference points at a deleted article, and takes --mode insertOnly', () => {
    const del = run('renumber', join(FIXTURES, 'renumber', 'deleted-article-reference-reported.txt'));
    assert.equal(del.code, 1);
    assert.match(del.err, /renumber\.deleted-target/u);
    const ins = run('renumber', '--mode', 'insertOnly', join(FIXTURES, 'renumber', 'insert-only-mode.txt'));
    assert.match(ins.out, /第三条之一 新增的条文。/u);
    assert.equal(run('renumber', '--mode', 'sideways', SAMPLE).code, 2);
  });

  it('renumber --since --write marks a reference to a deleted article, and a later check reports it as an error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexdraft-'));
    const base = join(FIXTURES, 'renumber', 'deleted-article-reference-marked');
    const file = join(dir, 'draft.txt');
    writeFileSync(file, readFileSync(`${base}.txt`, 'utf8'));
    assert.equal(run('renumber', '--write', '--since', `${base}.baseline`, file).code, 1);
    assert.match(readFileSync(file, 'utf8'), /本条例第三条〔原条文已删除〕、第三条规定的/u);
    // A second renumbering leaves the note alone; check keeps reporting it until the drafter resolves it.
    assert.equal(run('renumber', '--write', file).code, 0);
    const r = checkJson(readFileSync(file, 'utf8'));
    assert.equal(r.code, 1);
    assert.deepEqual(r.findings.map((f) => `${f.line}:${f.column} ${f.code}`), ['5:10 reference.deleted-target']);
  });

  it('outline --format json gives the structure tree with kinds, labels and 1-based lines', () => {
    const r = run('outline', '--format', 'json', SAMPLE);
    assert.equal(r.code, 0);
    const tree = JSON.parse(r.out) as { title: string; articles: number; children: { kind: string; label: string; number: number; title: string; line: number; children: { kind: string }[] }[] };
    assert.equal(tree.title, '济南市数字经济促进条例');
    assert.equal(tree.articles, 65);
    assert.equal(tree.children.length, 9);
    assert.deepEqual({ ...tree.children[0], children: undefined }, { kind: 'chapter', label: '第一章', number: 1, title: '总则', line: 13, children: undefined });
    assert.equal(tree.children[0]?.children[0]?.kind, 'article');
  });
});
