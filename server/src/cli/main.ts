/**
 * `lexdraft check | outline | renumber | compare | amend | export` — the command line on the same core as the language server.
 * Exit codes: 0 no error-severity finding, 1 some, 2 usage or I/O error (one clear line on stderr). An empty
 * file is a notice on stderr, not an error.
 */
import { dirname } from 'node:path';
import { analyse, applyEdits, mappingReport, mappingSummary, renumber, type AnalyseOptions } from '../core';
import { LineMap } from '../positions';
import { alternatives } from '../config/kinds';
import { analyseOptions, readSettings, SETTINGS, type Settings } from '../config/settings';
import { lawsOption } from '../laws/load';
import { defaultCacheDir, libraryLoader, resolveFolders } from '../laws/library';
import { findConfig } from './config';
import { expandInputs, InputError, readDraft, writeDraft } from './files';
import { flatten, formatLine, formatSarif, formatText, oneLine, quoteName, type FlatFinding, type Lang, type Notice } from './format';
import { quickAnswer, USAGE, VERSION } from './help';
import { outlineJson, outlineText } from './outline';
import { amendCommand, compareCommand, type VersionArgs } from './compare';
import { exportCommand } from './export';
import { UsageError } from './usage-error';


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
  inputs: string[];
}

function parseArgs(argv: readonly string[]): Args {
  const [command = '', ...rest] = argv;
  // Chinese, the draft's language, whatever the locale (as in the editor): English only with --lang en.
  const args: Args = { command, lang: 'zh', mode: 'renumber', write: false, force: false, unchanged: false, library: [], inputs: [] };
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
    if (args.command === 'check') return check(args, io);
    if (args.command === 'outline') return outline(args, io);
    if (args.command === 'renumber') return renumberCommand(args, io);
    if (args.command === 'compare') {
      const code = compareCommand(args, io, configOptions(args, io));
      return typeof code === 'number' ? code : code.catch(failed);
    }
    if (args.command === 'amend') return amendCommand(args, io, configOptions(args, io));
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
  const options: AnalyseOptions = { ...analyseOptions(settings), laws: lawsOption(__dirname, libraries(args, settings, config?.path, io)) };
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
  for (const file of files) {
    let text: string;
    try {
      text = readDraft(file).text;
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      notices.push({ file, message: err.message, level: 'error' });
      continue;
    }
    if (isBlank(text)) {
      notices.push({ file, message: emptyNotice(file), level: 'note' });
      continue;
    }
    for (const f of flatten(file, text, analyse(text, options).findings, args.lang)) all.push(f);
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
  const { text } = readDraft(file);
  if (isBlank(text)) io.err(emptyNotice(file));
  const a = analyse(text, options);
  io.out(format === 'json' ? outlineJson(a) : outlineText(a));
  return 0;
}

/**
 * Renumbers one file: the new text to stdout (or back into the file with --write, the user's explicit
 * action), the old → new map and anything needing attention to stderr. Exit 1 when a reference could not
 * be rewritten (it points at a deleted unit), so CI notices.
 */
function renumberCommand(args: Args, io: Io): number {
  if (args.force && !args.write) throw new UsageError('lexdraft: --force 只与 --write 一起使用 / --force goes with --write');
  const file = singleFile(args);
  const options = configOptions(args, io);
  const draft = readDraft(file);
  const text = draft.text;
  if (isBlank(text)) io.err(emptyNotice(file));
  const a = analyse(text, options);
  const baseline = args.since === undefined ? undefined : analyse(readDraft(args.since).text, options);
  const r = renumber(a, { mode: args.mode, baseline });
  const out = applyEdits(text, r.edits);
  if (args.write) {
    if (out !== text) writeDraft(draft, out, { force: args.force });
  } else {
    io.raw((draft.bom ? '\uFEFF' : '') + out);
  }
  const map = new LineMap(text);
  if (r.mapping.length) io.err(`${args.lang === 'zh' ? '起草说明' : 'summary'}: ${mappingSummary(r.mapping, a.script)}`);
  io.err(r.mapping.length ? `${args.lang === 'zh' ? '对照表' : 'mapping'}: ${mappingReport(r.mapping)}` : args.lang === 'zh' ? '编号无需调整' : 'numbering unchanged');
  for (const e of r.edits.filter((x) => x.confirm)) {
    const p = map.positionAt(e.span.start);
    io.err(`${quoteName(file)}:${p.line + 1}:${p.character + 1}: ${args.lang === 'zh' ? '请确认' : 'confirm'} ${e.confirm?.[args.lang]}`);
  }
  for (const f of r.findings.filter((x) => x.code !== 'renumber.converted')) {
    const p = map.positionAt(f.span.start);
    io.err(formatLine({ file, line: p.line + 1, column: p.character + 1, severity: f.severity, code: f.code, message: f.message[args.lang] }, args.lang));
  }
  return r.findings.some((f) => f.severity === 'error') ? 1 : 0;
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
