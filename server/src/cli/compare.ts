/**
 * `lexdraft compare <old> <new>` (the 修改对照表) and `lexdraft amend <old> <new>` (the 修改决定 or 修正案):
 * reading the two files and writing the result (stdout or -o) is all that happens here; the comparison,
 * its renderers and the instrument are the core's (core/versions).
 */
import { realpathSync, writeFileSync } from 'node:fs';
import { analyse, compareVersions, renderHtml, renderMarkdown, writeInstrument, type AnalyseOptions, type Analysis, type Marks } from '../core';
import { expandInputs, InputError, readDraft } from './files';
import { oneLine } from './format';
import { UsageError } from './usage-error';

export interface VersionArgs {
  command: string;
  format?: string;
  mode: 'renumber' | 'insertOnly';
  output?: string;
  style?: 'prc' | 'tw';
  marks?: Marks;
  unchanged: boolean;
  form?: 'decision' | 'amendment';
  deleteWord?: '删去' | '删除';
  inputs: string[];
}

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** Word output is planned, not built: said plainly, as a usage error (docs/known-gaps.md). */
function refuseDocx(format: string | undefined): void {
  if (format === 'docx') throw new UsageError('lexdraft: --format docx 尚未提供，请用 md、html 或 json / Word output is not available yet; use md, html or json');
}

/** The two versions, analysed; a version with no article is said on stderr (its side of the table is empty). */
function twoVersions(args: VersionArgs, io: Io, options: AnalyseOptions): [Analysis, Analysis] {
  if (args.inputs.length !== 2) throw new UsageError(`lexdraft: ${args.command} 需要修改前和修改后两个文件 / ${args.command} takes two files, the old version and the new`);
  const out = args.inputs.map((file) => {
    const { files, errors } = expandInputs([file]);
    if (errors.length > 0) throw new InputError(errors[0]);
    if (files.length !== 1 || files[0] !== file) throw new UsageError(`lexdraft: ${args.command} 需要文件而不是目录 / ${args.command} takes files, not directories: ${file}`);
    const a = analyse(readDraft(file).text, options);
    if (a.articles.length === 0) io.err(oneLine(`lexdraft: ${file}: 没有找到条文 / no articles found`));
    return a;
  });
  if (args.output !== undefined && args.inputs.some((f) => sameFile(f, args.output as string))) {
    throw new UsageError(`lexdraft: -o 不能覆盖输入文件 / -o would overwrite an input file: ${args.output}`);
  }
  return [out[0] as Analysis, out[1] as Analysis];
}

function sameFile(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

/** The result to stdout, or to the file -o names (created or replaced). */
function emit(args: VersionArgs, io: Io, text: string): void {
  if (args.output === undefined) {
    io.out(text.replace(/\n$/, ''));
    return;
  }
  try {
    writeFileSync(args.output, text);
  } catch (err) {
    throw new InputError(`lexdraft: ${args.output}: 无法写入 / cannot write (${(err as NodeJS.ErrnoException).code ?? 'EIO'})`);
  }
}

export function compareCommand(args: VersionArgs, io: Io, options: AnalyseOptions): number {
  refuseDocx(args.format);
  const format = args.format ?? 'md';
  if (!['md', 'html', 'json'].includes(format)) throw new UsageError(`lexdraft: --format 只能是 md、html 或 json / must be md, html or json: ${format}`);
  const [before, after] = twoVersions(args, io, options);
  const table = compareVersions(before, after, { unchanged: args.unchanged });
  const render = { style: args.style ?? (after.jurisdiction === 'tw' ? 'tw' : 'prc'), marks: args.marks } as const;
  emit(args, io, format === 'json' ? JSON.stringify(table, null, 2) + '\n' : format === 'html' ? renderHtml(table, render) : renderMarkdown(table, render));
  return 0;
}

export function amendCommand(args: VersionArgs, io: Io, options: AnalyseOptions): number {
  refuseDocx(args.format);
  if (args.format !== undefined && args.format !== 'text') throw new UsageError(`lexdraft: amend 的 --format 只能是 text / amend's --format must be text: ${args.format}`);
  const [before, after] = twoVersions(args, io, options);
  emit(args, io, writeInstrument(compareVersions(before, after, { unchanged: true }), { form: args.form, mode: args.mode, deleteWord: args.deleteWord }) + '\n');
  return 0;
}
