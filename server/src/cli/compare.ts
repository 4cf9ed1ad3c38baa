/**
 * `lexdraft compare <old> <new>` (the 修改对照表) and `lexdraft amend <old> <new>` (the 修改决定 or 修正案):
 * reading the two files and writing the result (stdout or -o) is all that happens here; the comparison,
 * its renderers and the instrument are the core's (core/versions), the Word document word/'s.
 */
import { realpathSync, writeFileSync } from 'node:fs';
import { analyse, compareVersions, renderHtml, renderMarkdown, writeInstrument, type AnalyseOptions, type Analysis, type Marks } from '../core';
import type { Template } from '../word';
import { expandInputs, InputError, readDraft, readRegularFile } from './files';
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
  /** --reference-docx: a .docx whose styles and page setup a Word output takes. */
  referenceDocx?: string;
  inputs: string[];
}

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
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

export function sameFile(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

/** The result to stdout, or to the file -o names (created or replaced). */
function emit(args: VersionArgs, io: Io, text: string): void {
  if (args.output === undefined) io.out(text.replace(/\n$/, ''));
  else writeOutput(args.output, text);
}

function writeOutput(path: string, data: string | Uint8Array): void {
  try {
    writeFileSync(path, data);
  } catch (err) {
    throw new InputError(`lexdraft: ${path}: 无法写入 / cannot write (${(err as NodeJS.ErrnoException).code ?? 'EIO'})`);
  }
}

/**
 * Checks what a .docx output needs before any work: -o (a binary never goes to stdout), not one of the
 * inputs or the template. The template is read later (readWordTemplate).
 */
export function checkWordOutput(args: VersionArgs): string {
  const output = args.output;
  if (output === undefined) throw new UsageError(`lexdraft: --format docx 需要 -o <文件>，Word 文档不写到标准输出 / --format docx needs -o <file>; a Word document is never written to stdout`);
  for (const input of [...args.inputs, ...(args.referenceDocx === undefined ? [] : [args.referenceDocx])]) {
    if (sameFile(input, output)) throw new UsageError(`lexdraft: -o 不能覆盖输入文件 / -o would overwrite an input file: ${output}`);
  }
  return output;
}

/** The Word writer, loaded only now: the other commands never pay for starting it (word/index.ts). */
export function word(): typeof import('../word') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('../word') as typeof import('../word');
}

/** Builds the document with the template (when given; read here, so an unreadable one is exit 2) and writes it. */
export async function writeWord(args: VersionArgs, output: string, build: (template: Template | undefined) => Promise<Buffer>): Promise<number> {
  let template: Template | undefined;
  if (args.referenceDocx !== undefined) {
    const { bytes } = readRegularFile(args.referenceDocx);
    const { readTemplate, TemplateError } = word();
    try {
      template = await readTemplate(bytes, args.referenceDocx);
    } catch (err) {
      throw err instanceof TemplateError ? new UsageError(err.message) : err;
    }
  }
  writeOutput(output, await build(template));
  return 0;
}

export function compareCommand(args: VersionArgs, io: Io, options: AnalyseOptions): number | Promise<number> {
  const format = args.format ?? 'md';
  if (!['md', 'html', 'json', 'docx'].includes(format)) throw new UsageError(`lexdraft: --format 只能是 md、html、json 或 docx / must be md, html, json or docx: ${format}`);
  if (args.referenceDocx !== undefined && format !== 'docx') throw new UsageError(`lexdraft: --reference-docx 只用于 --format docx / --reference-docx is for --format docx only`);
  const output = format === 'docx' ? checkWordOutput(args) : undefined;
  const [before, after] = twoVersions(args, io, options);
  const table = compareVersions(before, after, { unchanged: args.unchanged });
  const render = { style: args.style ?? (after.jurisdiction === 'tw' ? 'tw' : 'prc'), marks: args.marks } as const;
  if (output !== undefined) return writeWord(args, output, (template) => word().wordTable(table, { ...render, template }));
  emit(args, io, format === 'json' ? JSON.stringify(table, null, 2) + '\n' : format === 'html' ? renderHtml(table, render) : renderMarkdown(table, render));
  return 0;
}

export function amendCommand(args: VersionArgs, io: Io, options: AnalyseOptions): number {
  if (args.format !== undefined && args.format !== 'text') throw new UsageError(`lexdraft: amend 的 --format 只能是 text / amend's --format must be text: ${args.format}`);
  const [before, after] = twoVersions(args, io, options);
  emit(args, io, writeInstrument(compareVersions(before, after, { unchanged: true }), { form: args.form, mode: args.mode, deleteWord: args.deleteWord }) + '\n');
  return 0;
}
