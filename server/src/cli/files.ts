/** Reading drafts from disk for the CLI: directory walking, regular files only, binary and encoding refusal. */
import { chmodSync, closeSync, constants, fstatSync, openSync, readdirSync, readFileSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
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

const DRAFT_EXT = new Set(['.txt', '.md']);
const SKIP_DIRS = new Set(['node_modules', '.git', '.vscode-e2e', 'dist', 'out']);

/**
 * Expands files and directories (walked for .txt/.md, sorted) into a list of files. A link to a draft is
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
    } else if ((e.isFile() || e.isSymbolicLink()) && DRAFT_EXT.has(extname(e.name).toLowerCase())) {
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

/**
 * The most the CLI reads of one file: about a hundred times the Civil Code, far past any draft, and a bound
 * on the memory a mistaken argument can take.
 */
const MAX_BYTES = 32 * 1024 * 1024;

/**
 * Reads a regular file of at most MAX_BYTES, or throws a ReadError. Anything else is refused before a byte
 * is read: a FIFO would wait forever for a writer, and a device such as /dev/zero never ends. Its type is
 * looked at before it is opened (opening some devices acts on them) and again on what was opened, in case
 * it was swapped in between.
 */
export function readRegularFile(path: string): Buffer {
  const notRegular = (): ReadError => new ReadError(path, { zh: '不是普通文件', en: 'not a regular file' });
  const tooLarge = (): ReadError => new ReadError(path, { zh: `超过 ${MAX_BYTES / 1024 / 1024} MB`, en: `larger than ${MAX_BYTES / 1024 / 1024} MB` });
  const failed = (err: unknown): ReadError => new ReadError(path, { zh: errorCode(err), en: errorCode(err) });
  let fd: number;
  try {
    if (!statSync(path).isFile()) throw notRegular();
    // Non-blocking, so that a FIFO put in its place since the stat cannot hold the open; no effect on a file.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    throw err instanceof ReadError ? err : failed(err);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw notRegular();
    if (st.size > MAX_BYTES) throw tooLarge();
    // To the end of what is there, not to the size seen: a file that grew meanwhile is read whole, up to the bound.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.max(st.size - total, 0) + 65536);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > MAX_BYTES) throw tooLarge();
    }
    return Buffer.concat(chunks, total);
  } catch (err) {
    throw err instanceof ReadError ? err : failed(err);
  } finally {
    closeSync(fd);
  }
}

/** A draft as read. */
export interface Draft {
  /** The text without its byte order mark: offsets and columns count as an editor shows them. */
  text: string;
  /** Whether the file begins with a UTF-8 byte order mark, which the text written back begins with too. */
  bom: boolean;
}

/** Reads a UTF-8 text file; refuses binary and non-UTF-8 files with one clear line. */
export function readDraft(path: string): Draft {
  const buf = readRegularFile(path);
  if (buf.subarray(0, 8192).includes(0)) {
    throw new InputError(`lexdraft: ${path}: 二进制文件，已跳过 / binary file, not checked`);
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return { text, bom: buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf };
  } catch {
    throw new InputError(`lexdraft: ${path}: 不是 UTF-8 文本（可能是 GBK），请先转换编码 / not UTF-8 text (GBK?); convert it to UTF-8 first`);
  }
}

/**
 * Writes a draft back (renumber --write). First into a new file beside it, renamed over it, so that a
 * failed write (a full disk) leaves the draft as it was instead of cut short; the file keeps its
 * permissions, and a link keeps pointing at it (the file it leads to is the one replaced). Where no file
 * can be made beside it (a directory the user may not write, though the draft is writable) the draft is
 * written in place, and a write that fails there puts `original` back.
 */
export function writeDraft(path: string, text: string, original: string): void {
  const fail = (err: unknown, unchanged: boolean): never => {
    const code = errorCode(err);
    throw new InputError(
      unchanged
        ? `lexdraft: ${path}: 无法写回，原文件未改动 / cannot write, the file is unchanged (${code})`
        : `lexdraft: ${path}: 无法写回，也未能恢复原文，请从备份恢复 / cannot write, and the original could not be put back: restore it from a copy (${code})`,
    );
  };
  let target: string;
  try {
    target = realpathSync(path);
  } catch (err) {
    return fail(err, true);
  }
  const tmp = join(dirname(target), `.${basename(target)}.lexdraft-${process.pid}.tmp`);
  try {
    const mode = statSync(target).mode & 0o7777;
    writeFileSync(tmp, text, { mode, flag: 'wx' });
    chmodSync(tmp, mode); // the umask narrows the mode given at creation
    renameSync(tmp, target);
    return;
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
      // not made, or already renamed
    }
  }
  try {
    writeFileSync(target, text);
  } catch (err) {
    let restored = true;
    try {
      if (readFileSync(target, 'utf8') !== original) writeFileSync(target, original);
    } catch {
      restored = false;
    }
    fail(err, restored);
  }
}
