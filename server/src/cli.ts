/**
 * `lexdraft check | outline` — the command line on the same core as the language server.
 * Exit codes: 0 no error-severity finding, 1 some, 2 usage or I/O error (one clear line on stderr).
 */
import { analyse, applyEdits, mappingReport, renumber, type Finding } from './core';
import { LineMap } from './lsp/positions';
import { analyseOptions, readSettings } from './lsp/settings';
import { findWorkspaceConfig } from './lsp/workspace-config';
import { expandInputs, InputError, readDraft, writeDraft } from './cli/files';
import { flatten, formatSarif, formatText, type FlatFinding, type Lang } from './cli/format';
import { outlineJson, outlineText } from './cli/outline';

declare const LEXDRAFT_VERSION: string;
const VERSION = typeof LEXDRAFT_VERSION === 'string' ? LEXDRAFT_VERSION : '0.0.0-dev';

const USAGE = `用法 / usage:
  lexdraft check [--format text|json|sarif] [--lang zh|en] [--jurisdiction auto|prc|tw] [--stage draft|final] <file|dir>...
  lexdraft outline [--format json|text] <file>
  lexdraft renumber [--write] [--mode renumber|insertOnly] [--since <earlier-version>] <file>
  lexdraft --version | --help

check    检查条文编号、目录与内部引用 / check numbering, table of contents and cross-references
outline  输出结构树 / print the structure tree
renumber 重新编号并改写内部引用：新文本输出到标准输出（--write 写回文件），对照表输出到标准错误
         renumber and rewrite internal references: new text to stdout (--write: in place), old→new map to stderr
         --since 给出修改前的版本：核对“前款”“前条”的指向，保留原有的编号不一致，标注引用已删除条文之处
                 the earlier version: re-validates 前款 / 前条, keeps inconsistencies it already had, marks references to deleted articles
退出码 / exit: 0 无错误 no errors · 1 有错误 errors found · 2 用法或读取错误 usage or I/O error`;

class UsageError extends Error {}

interface Args {
  command: string;
  format?: string;
  lang: Lang;
  jurisdiction: 'auto' | 'prc' | 'tw';
  stage?: 'draft' | 'final';
  mode: 'renumber' | 'insertOnly';
  write: boolean;
  since?: string;
  inputs: string[];
}

function defaultLang(env: NodeJS.ProcessEnv): Lang {
  const l = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en/iu.test(l) ? 'en' : 'zh';
}

function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv): Args {
  const [command = '', ...rest] = argv;
  const args: Args = { command, lang: defaultLang(env), jurisdiction: 'auto', mode: 'renumber', write: false, inputs: [] };
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
    if (name === '--format') args.format = value();
    else if (name === '--lang') {
      const v = value();
      if (v !== 'zh' && v !== 'en') throw new UsageError(`lexdraft: --lang 只能是 zh 或 en / must be zh or en: ${v}`);
      args.lang = v;
    } else if (name === '--stage') {
      const v = value();
      if (v !== 'draft' && v !== 'final') throw new UsageError(`lexdraft: --stage 只能是 draft 或 final / must be draft or final: ${v}`);
      args.stage = v;
    } else if (name === '--jurisdiction') {
      const v = value();
      if (v !== 'auto' && v !== 'prc' && v !== 'tw') throw new UsageError(`lexdraft: --jurisdiction 只能是 auto、prc 或 tw / must be auto, prc or tw: ${v}`);
      args.jurisdiction = v;
    } else if (name === '--mode') {
      const v = value();
      if (v !== 'renumber' && v !== 'insertOnly') throw new UsageError(`lexdraft: --mode 只能是 renumber 或 insertOnly / must be renumber or insertOnly: ${v}`);
      args.mode = v;
    } else if (name === '--since') args.since = value();
    else if (a === '--write') args.write = true;
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`lexdraft: 未知选项 / unknown option: ${a}`);
    else args.inputs.push(a);
  }
  return args;
}

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

export function main(argv: readonly string[], io: Io, env: NodeJS.ProcessEnv = {}): number {
  try {
    if (argv.length === 0 || argv.some((a) => a === '--help' || a === '-h') || argv[0] === 'help') {
      io.out(USAGE);
      return argv.length === 0 ? 2 : 0;
    }
    if (argv[0] === '--version' || argv[0] === '-v') {
      io.out(VERSION);
      return 0;
    }
    const args = parseArgs(argv, env);
    if (args.command === 'check') return check(args, io);
    if (args.command === 'outline') return outline(args, io);
    if (args.command === 'renumber') return renumberCommand(args, io);
    throw new UsageError(`lexdraft: 未知命令 / unknown command: ${args.command}\n${USAGE}`);
  } catch (err) {
    if (err instanceof UsageError || err instanceof InputError) {
      io.err(err.message);
      return 2;
    }
    throw err;
  }
}

/**
 * Settings from the nearest `.lexdraft.json` (working directory or an ancestor); its problems are reported
 * on stderr, one line each, and the bad fields fall back to defaults. A command-line flag wins over the file.
 */
function configOptions(args: Args, io: Io): { analyse: ReturnType<typeof analyseOptions>; severity: ReturnType<typeof readSettings>['severity'] } {
  const config = findWorkspaceConfig(process.cwd());
  if (config) {
    const map = new LineMap(config.text);
    for (const p of config.problems) {
      const at = map.positionAt(p.span.start);
      io.err(`${config.path}:${at.line + 1}:${at.character + 1}: ${p.severity} lexdraft.config ${p.message[args.lang]}`);
    }
  }
  const settings = readSettings(config?.settings ?? {});
  const options = analyseOptions(settings);
  if (args.jurisdiction !== 'auto') options.jurisdiction = args.jurisdiction;
  if (args.stage) options.stage = args.stage;
  return { analyse: options, severity: settings.severity };
}

function check(args: Args, io: Io): number {
  const format = args.format ?? 'text';
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`lexdraft: --format 只能是 text、json 或 sarif / must be text, json or sarif: ${format}`);
  if (args.inputs.length === 0) throw new UsageError(`lexdraft: 请指定要检查的文件或目录 / no file or directory given\n${USAGE}`);
  const { files, errors } = expandInputs(args.inputs);
  const all: FlatFinding[] = [];
  let checked = 0;
  const options = configOptions(args, io);
  for (const file of files) {
    let text: string;
    try {
      text = readDraft(file);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      errors.push(err.message);
      continue;
    }
    const found: Finding[] = analyse(text, options.analyse).findings;
    const findings = found.flatMap((f) => {
      const o = options.severity[f.code];
      return o === 'off' ? [] : [o ? { ...f, severity: o } : f];
    });
    for (const f of flatten(file, text, findings, args.lang)) all.push(f);
    checked++;
  }
  if (format === 'json') io.out(JSON.stringify(all, null, 2));
  else if (format === 'sarif') io.out(formatSarif(all, VERSION, args.lang));
  else io.out(formatText(all, checked, args.lang));
  for (const e of errors) io.err(e);
  if (errors.length > 0) return 2;
  return all.some((f) => f.severity === 'error') ? 1 : 0;
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
  const a = analyse(readDraft(file), { jurisdiction: args.jurisdiction });
  io.out(format === 'json' ? outlineJson(a) : outlineText(a));
  return 0;
}

/**
 * Renumbers one file: the new text to stdout (or back into the file with --write, the user's explicit
 * action), the old → new map and anything needing attention to stderr. Exit 1 when a reference could not
 * be rewritten (it points at a deleted unit), so CI notices.
 */
function renumberCommand(args: Args, io: Io): number {
  const file = singleFile(args);
  const text = readDraft(file);
  const a = analyse(text, { jurisdiction: args.jurisdiction });
  const baseline = args.since === undefined ? undefined : analyse(readDraft(args.since), { jurisdiction: args.jurisdiction });
  const r = renumber(a, { mode: args.mode, baseline });
  const out = applyEdits(text, r.edits);
  if (args.write) {
    if (out !== text) writeDraft(file, out, text);
  } else {
    io.out(out.endsWith('\n') ? out.slice(0, -1) : out);
  }
  const map = new LineMap(text);
  io.err(r.mapping.length ? `${args.lang === 'zh' ? '对照表' : 'mapping'}: ${mappingReport(r.mapping)}` : args.lang === 'zh' ? '编号无需调整' : 'numbering unchanged');
  for (const e of r.edits.filter((x) => x.confirm)) {
    const p = map.positionAt(e.span.start);
    io.err(`${file}:${p.line + 1}:${p.character + 1}: ${args.lang === 'zh' ? '请确认' : 'confirm'} ${e.confirm?.[args.lang]}`);
  }
  for (const f of r.findings.filter((x) => x.code !== 'renumber.converted')) {
    const p = map.positionAt(f.span.start);
    io.err(`${file}:${p.line + 1}:${p.character + 1}: ${f.severity} ${f.code} ${f.message[args.lang]}`);
  }
  return r.findings.some((f) => f.severity === 'error') ? 1 : 0;
}

if (require.main === module) {
  // `lexdraft check … | head`: a reader that stops early is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  const code = main(process.argv.slice(2), { out: (s) => process.stdout.write(s + '\n'), err: (s) => process.stderr.write(s + '\n') }, process.env);
  process.exitCode = code;
}
