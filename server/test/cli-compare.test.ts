/** `lexdraft compare` and `lexdraft amend` as processes: output, -o, exit codes and bad input. */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FIXTURES } from './golden';

const CLI = resolve(process.cwd(), 'dist', 'cli.js');
const OLD = join(FIXTURES, 'jinan-digital-economy-draft.txt');
const NEW = join(FIXTURES, 'compare', 'jinan-revised.txt');

function run(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C' }, timeout: 30_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('CLI compare and amend', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lexdraft-compare-'));

  it('compare prints the table of the goldens, in each format', () => {
    const md = run('compare', OLD, NEW);
    assert.equal(md.code, 0);
    assert.equal(md.out, readFileSync(join(FIXTURES, 'compare', 'jinan.table.markdown'), 'utf8'));
    assert.equal(run('compare', '--format', 'json', OLD, NEW).out, readFileSync(join(FIXTURES, 'compare', 'jinan.table.json'), 'utf8'));
    assert.equal(run('compare', '--format=html', '--marks', 'bold-box', OLD, NEW).out, readFileSync(join(FIXTURES, 'compare', 'jinan.table.html'), 'utf8'));
    assert.match(run('compare', '--unchanged', OLD, NEW).out, /第一条\u3000为了促进数字经济高质量发展/u);
  });

  it('amend prints the instrument of the goldens', () => {
    assert.equal(run('amend', OLD, NEW).out, readFileSync(join(FIXTURES, 'compare', 'jinan.decision'), 'utf8'));
    assert.equal(run('amend', '--form', 'amendment', '--mode', 'insertOnly', '--delete-word', '删除', OLD, NEW).out, readFileSync(join(FIXTURES, 'compare', 'jinan.amendment'), 'utf8'));
  });

  it('-o writes the file and nothing to stdout; it never overwrites an input', () => {
    const out = join(dir, 'table.md');
    const r = run('compare', '-o', out, OLD, NEW);
    assert.equal(r.code, 0);
    assert.equal(r.out, '');
    assert.equal(readFileSync(out, 'utf8'), readFileSync(join(FIXTURES, 'compare', 'jinan.table.markdown'), 'utf8'));
    const copy = join(dir, 'old.txt');
    writeFileSync(copy, readFileSync(OLD));
    const refused = run('amend', '-o', copy, copy, NEW);
    assert.equal(refused.code, 2);
    assert.match(refused.err, /不能覆盖输入文件 \/ -o would overwrite an input file/u);
    assert.deepEqual(readFileSync(copy), readFileSync(OLD));
  });

  it('docx: written to -o only, never to stdout, never over an input; a bad --reference-docx is exit 2', () => {
    const docx = join(dir, 'table.docx');
    const ok = run('compare', '--format', 'docx', '-o', docx, OLD, NEW);
    assert.deepEqual([ok.code, ok.out, ok.err], [0, '', '']);
    assert.deepEqual([...readFileSync(docx).subarray(0, 2)], [0x50, 0x4b]); // a zip
    const exported = join(dir, 'draft.docx');
    assert.equal(run('export', '-o', exported, OLD).code, 0);
    assert.equal(run('export', '--reference-docx', exported, '-o', join(dir, 'styled.docx'), OLD).code, 0);
    const notDocx = join(dir, 'not.docx');
    writeFileSync(notDocx, 'plain text');
    const copy = join(dir, 'input.txt');
    writeFileSync(copy, readFileSync(OLD));
    const cases: Array<[string[], RegExp]> = [
      [['compare', '--format', 'docx', OLD, NEW], /docx 需要 -o <文件>.* \/ --format docx needs -o <file>/u],
      [['export', OLD], /docx 需要 -o <文件>.* \/ --format docx needs -o <file>/u],
      [['export', '-o', copy, copy], /不能覆盖输入文件 \/ -o would overwrite an input file/u],
      [['export', '--reference-docx', exported, '-o', exported, OLD], /不能覆盖输入文件/u],
      [['compare', '--format', 'docx', '-o', join(dir, 'x.docx'), '--reference-docx', join(dir, 'missing.docx'), OLD, NEW], /missing\.docx: 无法读取 \/ cannot read \(ENOENT\)/u],
      [['export', '--reference-docx', notDocx, '-o', join(dir, 'y.docx'), OLD], /--reference-docx 不是 Word 文档（\.docx）\/ is not a Word document \(\.docx\): .*not\.docx/u],
      [['export', '--format', 'md', '-o', join(dir, 'z.md'), OLD], /export 的 --format 只能是 docx/u],
      [['compare', '--reference-docx', exported, OLD, NEW], /--reference-docx 只用于 --format docx/u],
      [['export', '-o', join(dir, 'w.docx'), OLD, NEW], /export 需要一个草案文件/u],
    ];
    for (const [args, message] of cases) {
      const r = run(...args);
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.out, '');
      assert.match(r.err, message);
      assert.equal(r.err.trim().split('\n').length, 1, r.err);
    }
    assert.deepEqual(readFileSync(copy), readFileSync(OLD));
    for (const never of ['x.docx', 'y.docx', 'z.md', 'w.docx']) assert.equal(existsSync(join(dir, never)), false, never);
  });

  it('bad input: one file, a missing file, a directory, a binary file, a bad option value (exit 2, one line)', () => {
    const binary = join(dir, 'binary.txt');
    writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
    const cases: Array<[string[], RegExp]> = [
      [['compare', OLD], /需要修改前和修改后两个文件 \/ compare takes two files/u],
      [['compare', OLD, join(dir, 'missing.txt')], /missing\.txt: 文件不存在 \/ no such file/u],
      [['amend', OLD, dir], /需要文件而不是目录/u],
      [['compare', binary, NEW], /二进制文件/u],
      [['compare', '--format', 'pdf', OLD, NEW], /--format 只能是 md、html、json 或 docx/u],
      [['compare', '--style', 'hk', OLD, NEW], /--style 只能是/u],
      [['amend', '--form', 'law', OLD, NEW], /--form 只能是/u],
    ];
    for (const [args, message] of cases) {
      const r = run(...args);
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.out, '');
      assert.match(r.err, message);
      assert.equal(r.err.trim().split('\n').length, 1, r.err);
    }
  });

  it('the same file twice: an empty table and nothing to amend; a file without articles is said on stderr', () => {
    const same = run('compare', OLD, OLD);
    assert.equal(same.code, 0);
    assert.match(same.out, /修改 0 条、新增 0 条、删除 0 条、移动 0 条/u);
    assert.match(run('amend', OLD, OLD).out, /无需修改/u);
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const r = run('compare', empty, NEW);
    assert.equal(r.code, 0);
    assert.match(r.err, /empty\.txt: 没有找到条文 \/ no articles found/u);
    assert.match(r.out, /新增 \d+ 条/u);
  });
});
