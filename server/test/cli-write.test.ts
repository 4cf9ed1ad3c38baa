/**
 * `lexdraft renumber` and the files the CLI reads: byte order marks and line breaks kept, regular files
 * only, and --write keeping the file what it was (owner, group, mode, hard links, ACL, extended
 * attributes) and refusing a read-only file or one that changed since it was read.
 */
import * as assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, chownSync, linkSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readDraft, writeDraft } from '../src/cli/files';
import { FIXTURES } from './golden';

const CLI = resolve(process.cwd(), 'dist', 'cli.js');
const ZHI = join(FIXTURES, 'renumber', 'inserted-zhi-references');
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** nobody:nogroup, an owner other than the one running the tests. */
const NOBODY = 65534;

/** A process that hangs (a FIFO read before the fix) is killed after this, and its test fails. */
const HANG_GUARD = { timeout: 30_000 };

function run(args: string[], options: SpawnSyncOptions = {}): { code: number | null; out: Buffer; err: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { env: { ...process.env, LANG: 'C' }, ...HANG_GUARD, ...options });
  return { code: r.status, out: r.stdout as Buffer, err: String(r.stderr) };
}

const source = readFileSync(`${ZHI}.txt`, 'utf8');
/** The renumbered text of the fixture, from its golden, without a final line break. */
const renumbered = readFileSync(`${ZHI}.renumbered`, 'utf8').split('\n--- ')[0] as string;

function draftIn(dir: string, content: string | Buffer, name = 'draft.txt'): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

const isRoot = process.getuid?.() === 0;

function needRoot(ctx: Mocha.Context, what: string): void {
  if (!isRoot) {
    console.log(`      skipped: ${what} needs root (these tests run as root in CI)`);
    ctx.skip();
  }
}

/** Runs an attr/acl tool; a missing tool fails the test (CI installs it), a file system without xattrs skips it. */
function tool(ctx: Mocha.Context, cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.error) assert.fail(`${cmd} is missing: install the attr and acl packages (scripts/install-vscode-e2e.sh does)`);
  if (r.status !== 0 && /not supported/iu.test(r.stderr)) {
    console.log(`      skipped: this file system holds no extended attributes or ACLs (${r.stderr.trim()})`);
    ctx.skip();
  }
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

describe('CLI renumber: bytes kept, files read and written safely', () => {
  it('keeps a byte order mark and \\r\\n line breaks, and adds no final line break, on stdout and with --write', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexdraft-'));
    const crlf = (t: string): Buffer => Buffer.concat([BOM, Buffer.from(t.replace(/\n/gu, '\r\n'))]);
    const file = draftIn(dir, crlf(source.replace(/\n$/u, '')));
    const expected = crlf(renumbered);
    const r = run(['renumber', file]);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(r.out, expected);
    assert.equal(run(['renumber', '--write', file]).code, 0);
    assert.deepEqual(readFileSync(file), expected);
    assert.equal(String(run(['renumber', `${ZHI}.txt`]).out), `${renumbered}\n`, 'the one final line break a file has is kept');
  });

  it('rebuilds a 目录 with the file’s own line breaks (\\r alone, \\r\\n), its indentation taken from its own line', () => {
    const toc = readFileSync(join(FIXTURES, 'renumber', 'toc-rebuilt-when-entries-disagree.txt'), 'utf8')
      // a section entry, indented, so that the rebuilt entries take its indentation
      .replace('第一章　总则\n第三章　附则\n第一章', '第一章　总则\n第二章　管理\n　　第一节　一般规定\n第三章　附则\n第一章');
    const dir = mkdtempSync(join(tmpdir(), 'lexdraft-'));
    const lf = run(['renumber', draftIn(dir, toc, 'lf.txt')]);
    assert.match(String(lf.out), /\n\u3000\u3000第二节\u3000特别规定\n第三章\u3000附则\n/u);
    assert.match(lf.err, /目录已按正文标题重建/u);
    for (const eol of ['\r', '\r\n']) {
      const r = run(['renumber', draftIn(dir, toc.replace(/\n/gu, eol), 'other.txt')]);
      assert.equal(r.code, 0, r.err);
      assert.equal(String(r.out), String(lf.out).replace(/\n/gu, eol), JSON.stringify(eol));
    }
  });

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
    assert.match(r.err, /\.lexdraft\.json:1:1: 错误 lexdraft\.config 设置文件不是普通文件而是命名管道（FIFO），未读取，使用默认设置/u);
  });

  it('refuses a file past the size bound without reading it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexdraft-'));
    const big = draftIn(dir, '第一条 甲。\n');
    truncateSync(big, 33 * 1024 * 1024); // sparse: no disk used
    const r = run(['check', big]);
    assert.equal(r.code, 2);
    assert.match(r.err, /cannot read: larger than 32 MB/u);
  });

  it('refuses to write a read-only file unless --force, and keeps it read-only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexdraft-'));
    const file = draftIn(dir, source);
    chmodSync(file, 0o444);
    const r = run(['renumber', '--write', file]);
    assert.equal(r.code, 2);
    assert.equal(r.err.trim().split('\n').length, 1, r.err);
    assert.match(r.err, /the file is read-only, not written \(add --force to write it anyway\)/u);
    assert.equal(readFileSync(file, 'utf8'), source);
    assert.equal(run(['renumber', '--write', '--force', file]).code, 0);
    assert.equal(readFileSync(file, 'utf8'), `${renumbered}\n`);
    assert.equal(statSync(file).mode & 0o7777, 0o444);
    assert.deepEqual(readdirSync(dir), ['draft.txt'], 'no copy left behind');
    assert.equal(run(['renumber', '--force', file]).code, 2, '--force without --write is a usage error');
  });

  it('writes a read-only draft of one’s own with --force as its owner, who may not otherwise write it', function () {
    needRoot(this, 'running the CLI as another user');
    const dir = mkdtempSync(join(tmpdir(), 'lexdraft-'));
    chmodSync(dir, 0o755);
    const file = draftIn(dir, source);
    chownSync(file, NOBODY, NOBODY);
    chmodSync(file, 0o444);
    const asNobody = { uid: NOBODY, gid: NOBODY };
    assert.match(run(['renumber', '--write', file], asNobody).err, /read-only/u);
    const r = run(['renumber', '--write', '--force', file], asNobody);
    assert.equal(r.code, 0, r.err);
    assert.equal(readFileSync(file, 'utf8'), `${renumbered}\n`);
    assert.equal(statSync(file).mode & 0o7777, 0o444);
  });

  it('--write keeps the owner, the group and the mode of a file someone else owns', function () {
    needRoot(this, 'giving a file to another owner');
    const dir = mkdtempSync(join(tmpdir(), 'lexdraft-'));
    const file = draftIn(dir, source);
    chownSync(file, NOBODY, NOBODY);
    chmodSync(file, 0o664);
    assert.equal(run(['renumber', '--write', file]).code, 0);
    const st = statSync(file);
    assert.deepEqual([st.uid, st.gid, st.mode & 0o7777], [NOBODY, NOBODY, 0o664]);
    assert.equal(readFileSync(file, 'utf8'), `${renumbered}\n`);
  });

  it('--write keeps hard links: every name of the file sees the renumbered text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexdraft-'));
    const file = draftIn(dir, source);
    const other = join(dir, 'other-name.txt');
    linkSync(file, other);
    const ino = statSync(file).ino;
    assert.equal(run(['renumber', '--write', file]).code, 0);
    assert.equal(readFileSync(other, 'utf8'), `${renumbered}\n`);
    assert.equal(statSync(file).ino, ino);
    assert.equal(statSync(file).nlink, 2);
  });

  it('--write keeps extended attributes and the ACL', function () {
    const dir = mkdtempSync(join(tmpdir(), 'lexdraft-'));
    const file = draftIn(dir, source);
    tool(this, 'setfattr', ['-n', 'user.lexdraft.note', '-v', 'kept', file]);
    tool(this, 'setfacl', ['-m', 'u:nobody:rw', file]);
    assert.equal(run(['renumber', '--write', file]).code, 0);
    assert.equal(readFileSync(file, 'utf8'), `${renumbered}\n`);
    assert.match(tool(this, 'getfattr', ['-n', 'user.lexdraft.note', '--only-values', file]), /^kept$/u);
    assert.match(tool(this, 'getfacl', ['-c', file]), /^user:nobody:rw-$/mu);
  });

  it('--write that fails part way (the file may not grow) puts the original back and leaves no copy', function () {
    // The renumbered text is longer (第十条 → 第十一条); a file-size limit of the draft's size stops the write
    // in place after its first bytes.
    const nine = ['二', '三', '四', '五', '六', '七', '八', '九', '十'].map((n) => `第${n}条 内容。\n`).join('');
    const text = `第一条 依照本条例第十条、第九条、第八条和第十条的规定。\n第一条之一 新增的条文。\n${nine}`;
    const dir = mkdtempSync(join(tmpdir(), 'lexdraft-'));
    const file = draftIn(dir, text);
    const r = spawnSync('prlimit', [`--fsize=${statSync(file).size}`, process.execPath, CLI, 'renumber', '--write', file], { encoding: 'utf8', ...HANG_GUARD });
    if (r.error) {
      console.log('      skipped: prlimit (util-linux) is not available here');
      this.skip();
    }
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /cannot write, the file is unchanged \(EFBIG\)$/mu);
    assert.equal(readFileSync(file, 'utf8'), text);
    assert.deepEqual(readdirSync(dir), ['draft.txt']);
  });

  it('refuses to write over a file changed after it was read: its size, its time or its bytes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexdraft-'));
    const file = draftIn(dir, source);
    // Whole seconds, which every file system keeps exactly: an edit can put the time back as it was.
    const then = 1_700_000_000;
    const edits: [string, () => void][] = [
      ['an edit that changes the size', () => writeFileSync(file, `${source}第五条 新的。\n`)],
      ['a save of the same text', () => utimesSync(file, then + 60, then + 60)],
      ['an edit of the same size, its time put back', () => {
        writeFileSync(file, source.replace('第一条', '第九条'));
        utimesSync(file, then, then);
      }],
    ];
    for (const [what, edit] of edits) {
      writeFileSync(file, source);
      utimesSync(file, then, then);
      const draft = readDraft(file);
      edit();
      const meanwhile = readFileSync(file);
      assert.throws(() => writeDraft(draft, renumbered, { force: false }), /the file changed after it was read; not written, run again/u, what);
      assert.deepEqual(readFileSync(file), meanwhile, what);
    }
    writeFileSync(file, source);
    writeDraft(readDraft(file), renumbered, { force: false });
    assert.equal(readFileSync(file, 'utf8'), renumbered);
  });
});
