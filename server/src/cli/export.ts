/**
 * `lexdraft export <draft> --format docx -o <file>`: the draft as an official Word document (docs/export.md).
 * Reading the draft and writing the file happen here; the document is word/draft.ts's.
 */
import { analyse, type AnalyseOptions } from '../core';
import { checkWordOutput, word, writeWord, type VersionArgs } from './compare';
import { expandInputs, InputError, readDraft } from './files';
import { UsageError } from './usage-error';

export function exportCommand(args: VersionArgs, options: AnalyseOptions): Promise<number> {
  if ((args.format ?? 'docx') !== 'docx') throw new UsageError(`lexdraft: export 的 --format 只能是 docx / export's --format must be docx: ${args.format}`);
  if (args.inputs.length !== 1) throw new UsageError('lexdraft: export 需要一个草案文件 / export takes one draft file');
  const file = args.inputs[0] as string;
  const { files, errors } = expandInputs([file]);
  if (errors.length > 0) throw new InputError(errors[0]);
  if (files.length !== 1 || files[0] !== file) throw new UsageError(`lexdraft: export 需要文件而不是目录 / export takes a file, not a directory: ${file}`);
  const output = checkWordOutput(args);
  const a = analyse(readDraft(file).text, options);
  return writeWord(args, output, (template) => word().wordDraft(a, template));
}
