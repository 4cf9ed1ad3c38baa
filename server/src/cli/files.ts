/** Reading and writing drafts for the CLI: directory walking, binary and encoding refusal, safe write-back. */
import { accessSync, chmodSync, closeSync, constants, fsyncSync, ftruncateSync, openSync, readdirSync, readSync, realpathSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { tmpdir } from 'node:os';
import { MAX_DRAFT_BYTES } from '../protocol';
import { type BoundedRead, readBounded } from '../regular-file';
import { DocxError, isDocxPackage, readDocx, type DocxText, type TrackedText } from '../docx';
import { dirname, join, extname, basename } from 'node:path';

export class InputError extends Error {}

/** A file not read, and why: a file-system error's code (EACCES, EISDIR …), or what it is, in both languages. */
export class ReadError extends InputError {
  constructor(
    path: string,
    readonly why: { zh: string; en: string },
  ) {
    super(why.zh === why.en ? `lexdraft: ${path}: 无法读取 / cannot read (${why.en})` : `lexdraft: ${path}: 无法读取：${why.zh} / cannot read: ${why.en}`);
  }
}

/** The code of a file-system error (ENOENT, EACCES …), for the one line that reports it. */
function errorCode(err: unknown): string {
  return (err as NodeJS.ErrnoException).code ?? 'EIO';
}

const DRAFT_EXT = new Set(['.txt', '.md', '.docx']);
const SKIP_DIRS = new Set(['node_modules', '.git', '.vscode-e2e', 'dist', 'out']);

/**
 * Expands files and directories (walked for .txt/.md/.docx, sorted; Word's `~$` owner files left out) into a list of files. A link to a draft is
 * checked; a link to a directory is not followed (a link to a parent would never end). What cannot be
 * read is one line in `errors`, and the walk goes on.
 */
export function expandInputs(inputs: readonly string[]): { files: string[]; errors: string[] } {
  const files: string[] = [];
  const errors: string[] = [];
  for (const input of inputs) {
    let st;
    try {
      st = statSync(input);
    } catch {
      errors.push(`lexdraft: ${input}: 文件不存在 / no such file or directory`);
      continue;
    }
    if (st.isDirectory()) walk(input, files, errors);
    else files.push(input);
  }
  return { files, errors };
}

function walk(dir: string, out: string[], errors: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    errors.push(`lexdraft: ${dir}: 无法读取目录 / cannot read directory (${errorCode(err)})`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) walk(p, out, errors);
    } else if ((e.isFile() || e.isSymbolicLink()) && DRAFT_EXT.has(extname(e.name).toLowerCase()) && !e.name.startsWith('~$')) {
      if (e.isSymbolicLink() && !linksToFile(p, errors)) continue;
      out.push(p);
    }
  }
}

/** Whether a link found in a walk leads to a file; a broken link is reported. */
function linksToFile(path: string, errors: string[]): boolean {
  try {
    return statSync(path).isFile();
  } catch (err) {
    errors.push(`lexdraft: ${path}: 链接无法读取 / broken link (${errorCode(err)})`);
    return false;
  }
}

/** A file's bytes, with the size and modification time they were read at. */
interface FileRead {
  bytes: Buffer;
  size: number;
  mtimeMs: number;
}

/** Reads a regular file of at most MAX_DRAFT_BYTES (regular-file.ts), or throws a ReadError saying why not. */
export function readRegularFile(path: string): FileRead {
  let read: BoundedRead;
  try {
    read = readBounded(path, MAX_DRAFT_BYTES);
  } catch (err) {
    throw new ReadError(path, { zh: errorCode(err), en: errorCode(err) });
  }
  if ('notRegular' in read) throw new ReadError(path, { zh: '不是普通文件', en: 'not a regular file' });
  if ('tooLarge' in read) throw new ReadError(path, { zh: `超过 ${MAX_DRAFT_BYTES / 1024 / 1024} MB`, en: `larger than ${MAX_DRAFT_BYTES / 1024 / 1024} MB` });
  return { bytes: read.bytes, size: read.stat.size, mtimeMs: read.stat.mtimeMs };
}

/**
 * A draft as read, with what writing it back needs: its bytes (the copy made before the write, what a
 * failed write puts back) and their size and time (to refuse a file that changed since).
 */
export interface Draft extends FileRead {
  path: string;
  /** The text without its byte order mark: offsets and columns count as an editor shows them. */
  text: string;
  /** Whether the file begins with a UTF-8 byte order mark, which the text written back begins with too. */
  bom: boolean;
  /** For a Word document: its paragraphs, by the lines of `text` they begin at (the text is never written back to it). */
  docx?: DocxText;
}

/**
 * Reads a UTF-8 text file, or a Word document (a .docx, or any file that is an Office package: a ZIP with
 * [Content_Types].xml) as its text with the tracked changes `tracked` says; refuses binary, non-UTF-8 and
 * unreadable Word files with one clear line.
 */
export function readDraft(path: string, tracked: TrackedText = 'current'): Draft {
  const read = readRegularFile(path);
  const buf = read.bytes;
  if (extname(path).toLowerCase() === '.docx' || isDocxPackage(buf)) {
    try {
      const docx = readDocx(buf, { tracked });
      return { ...read, path, text: docx.text, bom: false, docx };
    } catch (err) {
      if (!(err instanceof DocxError)) throw err;
      throw new InputError(`lexdraft: ${path}: 无法读取 Word 文档：${err.why.zh} / cannot read the Word document: ${err.why.en}`);
    }
  }
  if (buf.subarray(0, 8192).includes(0)) {
    throw new InputError(`lexdraft: ${path}: 二进制文件，已跳过 / binary file, not checked`);
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return { ...read, path, text, bom: buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf };
  } catch {
    throw new InputError(`lexdraft: ${path}: 不是 UTF-8 文本（可能是 GBK），请先转换编码 / not UTF-8 text (GBK?); convert it to UTF-8 first`);
  }
}

/**
 * Writes a renumbered draft back (renumber --write) over the file's own bytes, as an editor saves by
 * copying. Replacing it by a new file renamed over it would make whoever runs this its owner (in a shared
 * folder the author may then not open it), leave its other hard links on the old text, and drop its ACL and
 * extended attributes — which Node can neither list nor copy, so there is no knowing when a rename would
 * keep everything. Writing in place keeps them all. What a rename gave, a draft never left half written,
 * comes from a copy of the original made first and read back: a write that fails puts the original back,
 * and where even that fails the copy stays and the message names it.
 *
 * Refused, the file untouched, with one line: a file that changed since `draft` was read (writing would
 * lose that edit), and a read-only file unless `force`.
 */
export function writeDraft(draft: Draft, text: string, options: { force: boolean }): void {
  const path = draft.path;
  const unchanged = (err: unknown): InputError => new InputError(`lexdraft: ${path}: 无法写回，原文件未改动 / cannot write, the file is unchanged (${errorCode(err)})`);
  let target: string;
  let st: Stats;
  try {
    target = realpathSync(path);
    st = statSync(target);
  } catch (err) {
    throw unchanged(err);
  }
  assertUnchanged(draft, target);
  const mode = st.mode & 0o7777;
  // One's own file without the write bit is read-only (--force lends the bit), as is a file nobody may
  // write, for root too, who could write it regardless. Someone else's file one may not write is an error.
  const denied = accessCode(target) === 'EACCES';
  const own = process.getuid === undefined || process.getuid() === st.uid;
  const readOnly = (denied && own) || (mode & 0o222) === 0;
  if (readOnly && !options.force) {
    throw new InputError(`lexdraft: ${path}: 文件只读，未写回（确需写回请加 --force）/ the file is read-only, not written (add --force to write it anyway)`);
  }
  const backup = makeBackup(path, target, draft.bytes);
  const bytes = Buffer.from((draft.bom ? '\uFEFF' : '') + text, 'utf8');
  // A read-only file of one's own opens for writing only with its owner's write bit, given back after.
  let lent = false;
  let fd: number;
  try {
    if (readOnly && denied) {
      chmodSync(target, mode | 0o200);
      lent = true;
    }
    fd = openSync(target, 'r+');
  } catch (err) {
    restoreMode(target, mode, lent);
    removeBackup(backup);
    throw unchanged(err);
  }
  try {
    overwrite(fd, bytes);
  } catch (err) {
    let restored = false;
    try {
      overwrite(fd, draft.bytes);
      restored = true;
    } catch {
      // the copy stays, and the message says where
    }
    closeSync(fd);
    restoreMode(target, mode, lent);
    if (!restored) {
      throw new InputError(`lexdraft: ${path}: 无法写回，也未能恢复原文；原文副本在 ${backup} / cannot write, and the original could not be put back: it is in ${backup} (${errorCode(err)})`);
    }
    removeBackup(backup);
    throw unchanged(err);
  }
  closeSync(fd);
  restoreMode(target, mode, lent);
  removeBackup(backup);
}

/**
 * Refuses, with one line, to write over a file whose size, time or bytes are not those `draft` was read
 * with. An edit saved in the instant between this check and the write is not caught: only a lock that
 * editors would honour could, and they take none.
 */
function assertUnchanged(draft: Draft, target: string): void {
  const now = readRegularFile(target);
  if (now.size !== draft.size || now.mtimeMs !== draft.mtimeMs || !now.bytes.equals(draft.bytes)) {
    throw new InputError(`lexdraft: ${draft.path}: 读取后文件已被修改，未写回，请重新运行 / the file changed after it was read; not written, run again`);
  }
}

/** The code access() gives for writing `path` (EACCES, EPERM, EROFS …), or undefined when it may be written. */
function accessCode(path: string): string | undefined {
  try {
    accessSync(path, constants.W_OK);
    return undefined;
  } catch (err) {
    return errorCode(err);
  }
}

/**
 * Copies `bytes` into a new file beside `target` (or, where nothing can be made there, in the temporary
 * directory), flushed and read back before it counts: the original, should the write in place fail half way.
 */
function makeBackup(path: string, target: string, bytes: Buffer): string {
  let last: unknown;
  for (const dir of [dirname(target), tmpdir()]) {
    const copy = join(dir, `.${basename(target)}.lexdraft-${process.pid}.bak`);
    let fd: number;
    try {
      fd = openSync(copy, 'wx+', 0o600);
    } catch (err) {
      last = err;
      continue;
    }
    let good = false;
    try {
      overwrite(fd, bytes);
      const back = Buffer.alloc(bytes.length + 1);
      good = readSync(fd, back, 0, back.length, 0) === bytes.length && back.subarray(0, bytes.length).equals(bytes);
      if (!good) last = { code: 'EIO' }; // read back other than written
    } catch (err) {
      last = err;
    }
    closeSync(fd);
    if (good) return copy;
    removeBackup(copy);
  }
  throw new InputError(`lexdraft: ${path}: 无法建立原文副本，未写回 / cannot make a copy of the original, not written (${errorCode(last)})`);
}

/** Puts `bytes` at the start of the open file, cuts it to their length and flushes it to the disk. */
function overwrite(fd: number, bytes: Buffer): void {
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at, at);
  ftruncateSync(fd, bytes.length);
  fsyncSync(fd);
}

/** Gives a read-only file its mode back after its owner's write bit was lent for the write. */
function restoreMode(target: string, mode: number, lent: boolean): void {
  if (lent) chmodSync(target, mode);
}

function removeBackup(copy: string): void {
  try {
    unlinkSync(copy);
  } catch {
    // a copy left behind holds the original text; it does no harm
  }
}
