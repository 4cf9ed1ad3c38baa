/** Reading drafts from disk for the CLI: directory walking, binary and encoding refusal. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';

export class InputError extends Error {}

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
    errors.push(`lexdraft: ${dir}: 无法读取目录 / cannot read directory (${(err as NodeJS.ErrnoException).code ?? 'EIO'})`);
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
    errors.push(`lexdraft: ${path}: 链接无法读取 / broken link (${(err as NodeJS.ErrnoException).code ?? 'EIO'})`);
    return false;
  }
}

/** Reads a UTF-8 text file; refuses binary and non-UTF-8 files with one clear line. */
export function readDraft(path: string): string {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'EIO';
    throw new InputError(`lexdraft: ${path}: 无法读取 / cannot read (${code})`);
  }
  if (buf.subarray(0, 8192).includes(0)) {
    throw new InputError(`lexdraft: ${path}: 二进制文件，已跳过 / binary file, not checked`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    throw new InputError(`lexdraft: ${path}: 不是 UTF-8 文本（可能是 GBK），请先转换编码 / not UTF-8 text (GBK?); convert it to UTF-8 first`);
  }
}
