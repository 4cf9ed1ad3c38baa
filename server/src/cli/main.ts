/**
 * `lexdraft check | outline | renumber | compare | amend | apply | convert | export` — the command line on the same core as the language server.
 * Exit codes: 0 no error-severity finding, 1 some, 2 usage or I/O error (one clear line on stderr). An empty
 * file is a notice on stderr, not an error.
 */
import { writeFileSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { analyse, applyAmendment, applyEdits, mappingReport, mappingSummary, renumber, type AnalyseOptions } from '../core';
import { LineMap } from '../positions';
import { alternatives } from '../config/kinds';
import { analyseOptions, readSettings, SETTINGS, type Settings } from '../config/settings';
import { lawsOption, taiwanActsOption } from '../laws/load';
import { defaultCacheDir, libraryLoader, resolveFolders } from '../laws/library';
import { findConfig } from './config';
import type { TrackedText } from '../docx';
import { expandInputs, InputError, readDraft, writeDraft, type Draft } from './files';
import { flatten, formatLine, formatSarif, formatText, oneLine, quoteName, type FlatFinding, type Lang, type Notice } from './format';
import { quickAnswer, USAGE, VERSION } from './help';
import { outlineJson, outlineText } from './outline';
import { amendCommand, compareCommand, type VersionArgs } from './compare';
import { exportCommand } from './export';
import { UsageError } from './usage-error';
import { ParagraphMap } from '../paragraphs';


interface Args extends VersionArgs {
  command: string;
  format?: string;
  lang: Lang;
  /** Given on the command line (then it wins over `.lexdraft.json`, `auto` too), or not. */
  jurisdiction?: Settings['jurisdiction'];
  stage?: Settings['stage'];
  mode: 'renumber' | 'insertOnly';
  write: boolean;
  force: boolean;
  since?: string;
  /** --library, repeatable: given, they replace the `.lexdraft.json`'s folders. */
  library: string[];
  /** check --base: the text the instruments checked amend. */
  base?: string;
  /** --docx-text: a Word document's tracked changes read as the text after them (default) or before. */
  tracked: TrackedText;
  inputs: string[];
}

function parseArgs(argv: readonly string[]): Args {
  const [command = '', ...rest] = argv;
  // Chinese, the draft's language, whatever the locale (as in the editor): English only with --lang en.
  const args: Args = { command, lang: 'zh', mode: 'renumber', write: false, force: false, unchanged: false, library: [], tracked: 'current', inputs: [] };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] as string;
    const value = (): string => {
      const eq = a.indexOf('=');
      if (eq >= 0) return a.slice(eq + 1);
      const v = rest[++i];
      if (v === undefined) throw new UsageError(`lexdraft: ${a} 缺少取值 / needs a value`);
      return v;
    };
    const name = a.split('=')[0];
    const choice = <T extends string>(values: readonly T[]): T => {
      const v = value();
      if ((values as readonly string[]).includes(v)) return v as T;
      const allowed = alternatives(values);
      throw new UsageError(`lexdraft: ${name} 只能是 ${allowed.zh} / must be ${allowed.en}: ${v}`);
    };
    if (name === '--format') args.format = value();
    else if (name === '--lang') args.lang = choice(['zh', 'en']);
    else if (name === '--stage') args.stage = choice(SETTINGS.stage.kind.values);
    else if (name === '--jurisdiction') args.jurisdiction = choice(SETTINGS.jurisdiction.kind.values);
    else if (name === '--mode') args.mode = choice(['renumber', 'insertOnly']);
    else if (name === '--since') args.since = value();
    else if (name === '--library') args.library.push(value());
    else if (name === '-o' || name === '--output') args.output = value();
    else if (name === '--reference-docx') args.referenceDocx = value();
    else if (name === '--style') args.style = choice(['prc', 'tw'] as const);
    else if (name === '--marks') args.marks = choice(['bold-strike', 'bold-box', 'underline-strike'] as const);
    else if (name === '--form') args.form = choice(['decision', 'amendment'] as const);
    else if (name === '--delete-word') args.deleteWord = choice(['删去', '删除'] as const);
    else if (a === '--unchanged') args.unchanged = true;
    else if (name === '--base') args.base = value();
    else if (name === '--docx-text') args.tracked = choice(['current', 'before']);
    else if (a === '--write') args.write = true;
    else if (a === '--force') args.force = true;
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`lexdraft: 未知选项 / unknown option: ${a}`);
    else args.inputs.push(a);
  }
  return args;
}

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Text written as it is, without a line break added: the renumbered draft, byte for byte. */
  raw: (s: string) => void;
}

/** The exit code; a promise of it for the commands that write Word (the .docx is packed asynchronously). */
export function main(argv: readonly string[], io: Io): number | Promise<number> {
  const failed = (err: unknown): number => {
    if (err instanceof UsageError || err instanceof InputError) {
      io.err(err.message);
      return 2;
    }
    throw err;
  };
  try {
    const quick = quickAnswer(argv);
    if (quick) {
      io.out(quick.text);
      return quick.code;
    }
    const args = parseArgs(argv);
    // Only commands that print a text can write it elsewhere; silently ignoring -o would leave the file unwritten.
    if (args.output !== undefined && (args.command === 'check' || args.command === 'outline')) throw new UsageError(`lexdraft: -o 不用于 ${args.command}（用于 renumber、convert、compare、amend、apply）/ -o does not go with ${args.command} (it goes with renumber, convert, compare, amend, apply)`);
    if (args.command === 'check') return check(args, io);
    if (args.command === 'outline') return outline(args, io);
    if (args.command === 'renumber') return renumberCommand(args, io);
    if (args.command === 'compare') {
      const code = compareCommand(args, io, configOptions(args, io));
      return typeof code === 'number' ? code : code.catch(failed);
    }
    if (args.command === 'amend') return amendCommand(args, io, configOptions(args, io));
    if (args.command === 'apply') return applyCommand(args, io);
    if (args.command === 'convert') return convert(args, io);
    if (args.command === 'export') return exportCommand(args, configOptions(args, io)).catch(failed);
    throw new UsageError(`lexdraft: 未知命令 / unknown command: ${args.command}\n${USAGE}`);
  } catch (err) {
    return failed(err);
  }
}

/**
 * Settings from the nearest `.lexdraft.json` (working directory or an ancestor); its problems are reported
 * on stderr, one line each, and the bad fields fall back to defaults. A command-line flag wins over the file.
 */
function configOptions(args: Args, io: Io): AnalyseOptions {
  const config = findConfig(process.cwd());
  if (config) {
    const map = new LineMap(config.text);
    for (const p of config.problems) {
      const at = map.positionAt(p.span.start);
      io.err(formatLine({ file: config.path, line: at.line + 1, column: at.character + 1, severity: p.severity, code: 'lexdraft.config', message: p.message[args.lang] }, args.lang));
    }
  }
  const settings = readSettings(config?.settings ?? {});
  const options: AnalyseOptions = { ...analyseOptions(settings), laws: lawsOption(__dirname, libraries(args, settings, config?.path, io)), taiwanActs: taiwanActsOption(__dirname) };
  if (args.jurisdiction) options.jurisdiction = args.jurisdiction;
  if (args.stage) options.stage = args.stage;
  return options;
}

/**
 * The user's libraries (`--library`, else `.lexdraft.json`'s `library`, relative to the file), opened when an
 * analysis first asks for the law index; what cannot be read is a line on stderr, and the run goes on.
 */
function libraries(args: Args, settings: Settings, configPath: string | undefined, io: Io): ReturnType<typeof libraryLoader> | undefined {
  const folders = args.library.length > 0 ? resolveFolders(args.library, process.cwd()) : configPath ? resolveFolders(settings.library, dirname(configPath)) : [];
  if (folders.length === 0) return undefined;
  return libraryLoader(folders, { cacheDir: defaultCacheDir(), version: VERSION, report: (p) => io.err(oneLine(p)) });
}

function check(args: Args, io: Io): number {
  const format = args.format ?? 'text';
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`lexdraft: --format 只能是 text、json 或 sarif / must be text, json or sarif: ${format}`);
  if (args.inputs.length === 0) throw new UsageError(`lexdraft: 请指定要检查的文件或目录 / no file or directory given\n${USAGE}`);
  const { files, errors } = expandInputs(args.inputs);
  const notices: Notice[] = errors.map((message) => ({ message, level: 'error' }));
  const all: FlatFinding[] = [];
  let checked = 0;
  const options = configOptions(args, io);
  if (args.base !== undefined) {
    // Read once, before any draft: an unreadable base is a usage problem, not one per file.
    const base = readDraft(args.base).text;
    options.amendmentBase = () => base;
  }
  for (const file of files) {
    let draft: Draft;
    try {
      draft = readDraft(file, args.tracked);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      notices.push({ file, message: err.message, level: 'error' });
      continue;
    }
    const text = draft.text;
    for (const message of docxWarnings(draft)) notices.push({ file, message, level: 'note' });
    if (isBlank(text)) {
      notices.push({ file, message: emptyNotice(file), level: 'note' });
      continue;
    }
    const a = analyse(text, options);
    const docx = draft.docx && { paragraphs: new ParagraphMap(text, draft.docx.paragraphs), analysis: a };
    for (const f of flatten(file, text, a.findings, args.lang, docx)) all.push(f);
    checked++;
  }
  const failed = notices.some((n) => n.level === 'error');
  const code = failed ? 2 : all.some((f) => f.severity === 'error') ? 1 : 0;
  if (format === 'json') io.out(JSON.stringify(all, null, 2));
  else if (format === 'sarif') io.out(formatSarif(all, VERSION, args.lang, { cwd: process.cwd(), notices, exitCode: code }));
  else io.out(formatText(all, checked, args.lang));
  for (const n of notices) io.err(oneLine(n.message));
  return code;
}

/** What reading a Word document did not read as written (an unknown number format): lines for stderr. */
function docxWarnings(draft: Draft): string[] {
  return (draft.docx?.warnings ?? []).map((w) => oneLine(`lexdraft: ${draft.path}: 注意：${w.zh} / note: ${w.en}`));
}

/** Nothing but whitespace: a draft not yet written, or one emptied by mistake, which no check would name. */
function isBlank(text: string): boolean {
  return text.trim() === '';
}

/**
 * The one line that says so, on stderr (the output keeps its form: an empty outline, the text unchanged).
 * Not an error: exit 0 unless something else fails, so an empty placeholder does not break a CI run.
 */
function emptyNotice(file: string): string {
  return oneLine(`lexdraft: ${file}: 文件为空，没有可检查的内容 / empty file, nothing to check`);
}

/** The one file a command takes (outline, renumber). */
function singleFile(args: Args): string {
  if (args.inputs.length !== 1) throw new UsageError(`lexdraft: ${args.command} 需要一个文件 / ${args.command} takes exactly one file`);
  const file = args.inputs[0] as string;
  const { files, errors } = expandInputs([file]);
  if (errors.length > 0) throw new InputError(errors[0]);
  if (files.length !== 1 || files[0] !== file) throw new UsageError(`lexdraft: ${args.command} 需要一个文件而不是目录 / ${args.command} takes a file, not a directory`);
  return file;
}

function outline(args: Args, io: Io): number {
  const format = args.format ?? 'json';
  if (format !== 'json' && format !== 'text') throw new UsageError(`lexdraft: --format 只能是 json 或 text / must be json or text: ${format}`);
  const file = singleFile(args);
  const options = configOptions(args, io);
  const draft = readDraft(file, args.tracked);
  const text = draft.text;
  for (const w of docxWarnings(draft)) io.err(w);
  if (isBlank(text)) io.err(emptyNotice(file));
  const a = analyse(text, options);
  // A Word document's outline gives paragraphs (段落 N) for lines.
  const paragraphs = draft.docx && new ParagraphMap(text, draft.docx.paragraphs);
  const lineOf = paragraphs ? (line: number): number => paragraphs.paragraphOfLine(line) : undefined;
  io.out(format === 'json' ? outlineJson(a, lineOf) : outlineText(a, lineOf));
  return 0;
}

/**
 * `convert`: a Word document as a plain-text draft, numbering written in, to stdout or `-o` (never a .docx,
 * never the document itself).
 */
function convert(args: Args, io: Io): number {
  const file = singleFile(args);
  const draft = readDraft(file, args.tracked);
  if (!draft.docx) throw new UsageError(`lexdraft: ${quoteName(file)}: 不是 Word 文档，无需转换 / not a Word document, nothing to convert`);
  for (const w of docxWarnings(draft)) io.err(w);
  if (isBlank(draft.text)) io.err(emptyNotice(file));
  writeText(args, file, draft.text + '\n', io);
  return 0;
}

/** Writes the text to `-o` (a text file: never a .docx, never the input) or to stdout. */
function writeText(args: Args, input: string, text: string, io: Io): void {
  const output = args.output;
  if (output === undefined) {
    io.raw(text);
    return;
  }
  if (extname(output).toLowerCase() === '.docx') throw new UsageError(`lexdraft: -o ${quoteName(output)}: 输出是纯文本，不能写成 .docx / the output is plain text and cannot be a .docx`);
  if (resolve(output) === resolve(input)) throw new UsageError(`lexdraft: -o ${quoteName(output)}: 不能覆盖输入文件 / would overwrite the input`);
  try {
    writeFileSync(output, text);
  } catch (err) {
    throw new InputError(`lexdraft: ${quoteName(output)}: 无法写入 / cannot write (${(err as NodeJS.ErrnoException).code ?? 'EIO'})`);
  }
}

/**
 * Renumbers one file: the new text to stdout (or back into the file with --write, the user's explicit
 * action), the old → new map and anything needing attention to stderr. Exit 1 when a reference could not
 * be rewritten (it points at a deleted unit), so CI notices.
 */
function renumberCommand(args: Args, io: Io): number {
  if (args.force && !args.write) throw new UsageError('lexdraft: --force 只与 --write 一起使用 / --force goes with --write');
  if (args.write && args.output !== undefined) throw new UsageError('lexdraft: --write 与 -o 不能同时使用 / --write and -o do not go together');
  const file = singleFile(args);
  const options = configOptions(args, io);
  const draft = readDraft(file, args.tracked);
  if (draft.docx && args.write) throw new InputError(`lexdraft: ${quoteName(file)}: 不能把纯文本写回 Word 文档；请去掉 --write（结果输出到标准输出）或用 -o 写入 .txt / a Word document is not written back as plain text; drop --write (the result goes to stdout) or give -o <file>.txt`);
  const text = draft.text;
  for (const w of docxWarnings(draft)) io.err(w);
  if (isBlank(text)) io.err(emptyNotice(file));
  const a = analyse(text, options);
  const baseline = args.since === undefined ? undefined : analyse(readDraft(args.since, args.tracked).text, options);
  const r = renumber(a, { mode: args.mode, baseline });
  const out = applyEdits(text, r.edits);
  if (args.write) {
    if (out !== text) writeDraft(draft, out, { force: args.force });
  } else {
    writeText(args, file, (draft.bom ? '\uFEFF' : '') + out + (draft.docx ? '\n' : ''), io);
  }
  if (draft.docx) io.err(oneLine(`lexdraft: ${file}: 结果为纯文本，Word 文档未改动 / the result is plain text; the Word document is unchanged`));
  const at = position(draft);
  if (r.mapping.length) io.err(`${args.lang === 'zh' ? '起草说明' : 'summary'}: ${mappingSummary(r.mapping, a.script)}`);
  io.err(r.mapping.length ? `${args.lang === 'zh' ? '对照表' : 'mapping'}: ${mappingReport(r.mapping)}` : args.lang === 'zh' ? '编号无需调整' : 'numbering unchanged');
  for (const e of r.edits.filter((x) => x.confirm)) {
    const p = at(e.span.start);
    io.err(`${quoteName(file)}:${p.line}:${p.column}: ${args.lang === 'zh' ? '请确认' : 'confirm'} ${e.confirm?.[args.lang]}`);
  }
  for (const f of r.findings.filter((x) => x.code !== 'renumber.converted')) {
    const p = at(f.span.start);
    io.err(formatLine({ file, line: p.line, column: p.column, severity: f.severity, code: f.code, message: f.message[args.lang], ...(draft.docx ? { paragraph: p.line } : {}) }, args.lang));
  }
  return r.findings.some((f) => f.severity === 'error') ? 1 : 0;
}

/**
 * Applies an amendment instrument to its base: the amended text to stdout (or -o), to stderr the
 * instrument's findings (a target the base lacks, quoted words not found, conflicting or unread
 * instructions) and the renumbering map. Exit 1 when an instruction could not apply, 2 when the second
 * file is no instrument.
 */
function applyCommand(args: Args, io: Io): number {
  if (args.inputs.length !== 2) throw new UsageError(`lexdraft: apply 需要基础文本和修改决定（修正案）两个文件 / apply takes the base text and the instrument\n${USAGE}`);
  const [basePath, instrumentPath] = args.inputs.map((f) => singleFile({ ...args, inputs: [f] })) as [string, string];
  const options = configOptions(args, io);
  const base = readDraft(basePath);
  const instrument = readDraft(instrumentPath).text;
  const r = applyAmendment(base.text, instrument, options);
  if (!r.instrument) {
    throw new UsageError(`lexdraft: ${instrumentPath}: 不是修改决定或修正案（标题应为“关于修改《……》的决定”或“……修正案”）/ not an amendment instrument (its title should read 关于修改《……》的决定 or ……修正案)`);
  }
  const out = (base.bom ? '\uFEFF' : '') + r.text;
  if (args.output === undefined) io.raw(out);
  else {
    try {
      writeFileSync(args.output, out);
    } catch (err) {
      throw new InputError(`lexdraft: ${args.output}: 无法写入 / cannot write (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
    }
  }
  const zh = args.lang === 'zh';
  const applied = r.instructions.length - r.findings.filter((f) => f.severity === 'error').length;
  io.err(zh ? `修改事项：识别 ${r.instructions.length} 项，适用 ${applied} 项` : `instructions: ${r.instructions.length} read, ${applied} applied`);
  if (r.mapping.length) io.err(`${zh ? '对照表' : 'mapping'}: ${mappingReport(r.mapping)}`);
  for (const f of flatten(instrumentPath, instrument, r.findings, args.lang)) io.err(formatLine(f, args.lang));
  return r.findings.some((f) => f.severity === 'error') ? 1 : 0;
}

/** 1-based line and column of an offset: in a Word document, its paragraph and the column within it. */
function position(draft: Draft): (offset: number) => { line: number; column: number } {
  if (draft.docx) {
    const paragraphs = new ParagraphMap(draft.text, draft.docx.paragraphs);
    return (offset) => {
      const p = paragraphs.at(offset);
      return { line: p.paragraph, column: p.character + 1 };
    };
  }
  const map = new LineMap(draft.text);
  return (offset) => {
    const p = map.positionAt(offset);
    return { line: p.line + 1, column: p.character + 1 };
  };
}

/** Runs the command line of this process (cli/start.ts loads this module only when there is work to do). */
export function run(argv: readonly string[]): void {
  // `lexdraft check … | head`: a reader that stops early is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  const code = main(argv, { out: (s) => process.stdout.write(s + '\n'), err: (s) => process.stderr.write(s + '\n'), raw: (s) => process.stdout.write(s) });
  if (typeof code === 'number') process.exitCode = code;
  else void code.then((c) => (process.exitCode = c));
}
