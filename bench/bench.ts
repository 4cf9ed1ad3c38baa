/**
 * `npm run bench`: medians over repeated runs, each figure with its ratio to the floor (one regular-expression
 * pass over the same text in the same process). Not a test: nothing here asserts a time.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { Session } from 'node:inspector/promises';
import { PerformanceObserver } from 'node:perf_hooks';
import { join, resolve } from 'node:path';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { analyse, convertScript, renumber, type StructureNode } from '../server/src/core';
import { v8Collector } from '../server/src/lsp/memory';
import { SERVER_NODE_FLAGS } from '../server/src/protocol';
import { civilCode, corpusAvailable, CORPUS_MISSING, DEV } from '../server/test/corpus';

const ROOT = process.cwd();

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1] ?? NaN;
}

function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** The times of `runs` calls of `f` in ms, after `warmup` calls that are not counted. */
function times(f: () => void, runs: number, warmup: number): number[] {
  for (let i = 0; i < warmup; i++) f();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    f();
    xs.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return xs;
}

function timeMs(f: () => void, runs: number, warmup = 5): number {
  return median(times(f, runs, warmup));
}

/** A full collection before a measurement, so that it pays for its own garbage and not the last one's. */
const collect = v8Collector() ?? ((): void => undefined);

/** A ratio measured in blocks: the median of the blocks' ratios, their range, and the ratio of means. */
interface BlockRatio {
  median: number;
  low: number;
  high: number;
  /**
   * The median over blocks of mean(big) / mean(small). A small analysis meets a scavenge only every
   * second or third run, so the median of its runs leaves the collector out while every large run pays
   * it; the mean carries each run's share (CONTRIBUTING: compare means of bimodal runs).
   */
  ofMeans: number;
}

/**
 * The ratio of `big` to `small` measured in alternating blocks (each block: a full collection and
 * `smallRuns` calls of `small`, then a full collection and `bigRuns` calls of `big`, after warm-ups of
 * `smallWarmup` calls and of one). Both sizes of a block come from the same stretch of a shared
 * machine, and each pays for its own garbage.
 */
function blockRatio(small: () => void, big: () => void, blocks: number, smallRuns: number, bigRuns: number, smallWarmup = 10): BlockRatio {
  const ratios: number[] = [];
  const ofMeans: number[] = [];
  for (let b = 0; b < blocks; b++) {
    collect();
    const one = times(small, smallRuns, smallWarmup);
    collect();
    const many = times(big, bigRuns, 1);
    ratios.push(median(many) / median(one));
    ofMeans.push(mean(many) / mean(one));
  }
  const sorted = [...ratios].sort((a, b) => a - b);
  return { median: median(ratios), low: sorted[0] ?? NaN, high: sorted[sorted.length - 1] ?? NaN, ofMeans: median(ofMeans) };
}

/**
 * The share of `runs` calls of `f` spent in garbage collection (V8's `gc` performance entries), and the
 * mean time of those calls that the share is of; after `warmup` calls that are not counted.
 */
async function gcShare(f: () => void, runs: number, warmup: number): Promise<{ share: number; meanMs: number }> {
  for (let i = 0; i < warmup; i++) f(); // the JIT first, as timeMs does
  let gcMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcMs += e.duration;
  });
  observer.observe({ entryTypes: ['gc'] });
  const t = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) f();
  const total = Number(process.hrtime.bigint() - t) / 1e6;
  await new Promise((r) => setTimeout(r, 20)); // the entries arrive after the synchronous runs
  observer.disconnect();
  return { share: gcMs / total, meanMs: total / runs };
}

/**
 * Bytes a call allocates and bytes its results keep, from V8's sampling heap profiler (a sample every
 * 256 bytes). Unlike times, these do not move with the machine's load: a change that allocates or keeps
 * less shows here whatever the noise.
 */
async function heapBytes(f: () => unknown, runs: number): Promise<{ allocated: number; kept: number }> {
  const session = new Session();
  session.connect();
  const sampled = async (keepResults: boolean): Promise<number> => {
    const kept: unknown[] = [];
    // Collected objects count when measuring what is allocated; only live ones when measuring what is kept.
    await session.post('HeapProfiler.startSampling', { samplingInterval: 256, includeObjectsCollectedByMajorGC: !keepResults, includeObjectsCollectedByMinorGC: !keepResults });
    for (let i = 0; i < runs; i++) {
      const r = f();
      if (keepResults) kept.push(r);
    }
    collect();
    const { profile } = await session.post('HeapProfiler.stopSampling');
    let bytes = 0;
    const visit = (n: typeof profile.head): void => {
      bytes += n.selfSize;
      for (const c of n.children) visit(c);
    };
    visit(profile.head);
    kept.length = 0;
    return bytes / runs;
  };
  try {
    await session.post('HeapProfiler.enable');
    return { allocated: await sampled(false), kept: await sampled(true) };
  } finally {
    session.disconnect();
  }
}

/**
 * The median wall time in ms of `runs` whole Node processes per command (arguments after `node`), run in
 * turn, so that the machine's load moves every command alike. Exit 1 (findings) is a run like any other.
 */
function processMedians<K extends string>(commands: Record<K, readonly string[]>, runs: number): Record<K, number> {
  const keys = Object.keys(commands) as K[];
  const xs = new Map<K, number[]>(keys.map((k) => [k, []]));
  for (let i = 0; i < runs; i++) {
    for (const k of keys) {
      const t = process.hrtime.bigint();
      const r = spawnSync(process.execPath, commands[k], { stdio: 'ignore' });
      xs.get(k)?.push(Number(process.hrtime.bigint() - t) / 1e6);
      if (r.status !== 0 && r.status !== 1) throw new Error(`bench: node ${commands[k].join(' ')} exited ${r.status}`);
    }
  }
  return Object.fromEntries(keys.map((k) => [k, median(xs.get(k) ?? [])])) as Record<K, number>;
}

/** The floor: the median of `runs` regular-expression passes over `text`, in this process. */
function floorOf(text: string, runs: number): number {
  return timeMs(() => {
    let n = 0;
    for (const _ of text.matchAll(/第[零一二三四五六七八九十百千]+条/gu)) n++;
    if (n < 0) throw new Error();
  }, runs);
}

/** The (a) figures of one process: 1×, 10× and 20× the Civil Code, and the 10× ratio in blocks. */
interface AnalysisFigures {
  floor: number;
  floorBig: number;
  full: number;
  full10: number;
  full20: number;
  blocks: BlockRatio;
  /** 20× over 10× in the same alternating blocks: both sizes past the caches and the young generation. */
  blocks20: BlockRatio;
}

function analysisFigures(code: string): AnalysisFigures {
  const big = Array.from({ length: 10 }, () => code).join('\n');
  const floor = floorOf(code, 50);
  const floorBig = floorOf(big, 15);
  // Medians over many runs after a long warm-up: the machine is shared and the JIT needs a few dozen calls.
  collect();
  const full = timeMs(() => analyse(code), 80, 20);
  collect();
  const full10 = timeMs(() => analyse(big), 7, 2);
  // The 10× target as a ratio measured in alternating blocks: the two medians above are taken seconds
  // apart, and on a shared machine that alone moves their ratio by a unit or more.
  const blocks = blockRatio(() => analyse(code), () => analyse(big), 9, 20, 3);
  // Twice the 10× text: a quadratic path shows as 4× here.
  const huge = Array.from({ length: 20 }, () => code).join('\n');
  collect();
  const full20 = timeMs(() => analyse(huge), 7, 2);
  // Linearity where the runtime's step from 1× to 10× (the young generation, the caches) is behind both
  // sizes: a quadratic path shows as 4× here, a linear one as 2×.
  const blocks20 = blockRatio(() => analyse(big), () => analyse(huge), 5, 3, 3, 1);
  return { floor, floorBig, full, full10, full20, blocks, blocks20 };
}

/** analysisFigures in a fresh Node process started with `flags` (this script with --analysis). */
function analysisInChild(flags: readonly string[]): AnalysisFigures {
  const child = spawnSync(process.execPath, [...flags, process.argv[1] ?? '', '--analysis'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (child.status !== 0) throw new Error(`bench: the analysis run with [${flags.join(' ')}] failed (exit ${child.status})`);
  return JSON.parse(child.stdout) as AnalysisFigures;
}

/** A field-by-field copy of a node tree: the control for the 10× ratio, linear by construction. */
function copyTree(list: readonly StructureNode[]): StructureNode[] {
  return list.map((n) => ({
    ...n,
    children: n.children.length > 0 ? copyTree(n.children) : n.children,
  }));
}

const rows: [string, string, string, string][] = [];
function row(what: string, value: number, unit: string, floor?: number, target?: string): void {
  rows.push([what, `${value.toFixed(unit === 'ms' ? 2 : 1)} ${unit}`, floor ? `${(value / floor).toFixed(0)}×` : '', target ?? '']);
}

/** The change sent as version v: typing in running text (re-used) or at the start of a line (parsed again). */
type Edit = (v: number, line: number) => { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string };
/** Types 的 inside the text of 第五百条 and deletes it again. */
const TYPE_IN_TEXT: Edit = (v, line) =>
  v % 2 === 0 ? { range: { start: { line, character: 8 }, end: { line, character: 8 } }, text: '的' } : { range: { start: { line, character: 8 }, end: { line, character: 9 } }, text: '' };
/** Indents the line of 第五百条 with an ideographic space and takes it away again: the line's bounds change. */
const INDENT_LINE: Edit = (v, line) =>
  v % 2 === 0 ? { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: '　' } : { range: { start: { line, character: 0 }, end: { line, character: 1 } }, text: '' };

/** The server's resident memory now (Linux /proc). */
function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/u.exec(status)?.[1] ?? 0) / 1024;
}

async function lspRoundTrip(text: string, runs: number, edit: Edit, idleMs = 0): Promise<{ median: number; rssMb: number; idleRssMb: number }> {
  const proc = spawn(process.execPath, [...SERVER_NODE_FLAGS, resolve(ROOT, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  let waiting: ((p: PublishDiagnosticsParams) => void) | undefined;
  conn.onNotification(PublishDiagnosticsNotification.type, (p) => waiting?.(p));
  conn.listen();
  await conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { settings: { diagnosticsDelay: 0 } } });
  await conn.sendNotification(InitializedNotification.type, {});
  const uri = 'file:///bench/civil-code.law.md';
  const next = (): Promise<PublishDiagnosticsParams> => new Promise((r) => (waiting = r));
  let got = next();
  await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'lexdraft', version: 1, text } });
  await got;
  const xs: number[] = [];
  const at = text.indexOf('第五百条');
  const line = text.slice(0, at).split('\n').length - 1;
  for (let v = 2; v < runs + 2; v++) {
    got = next();
    const t = process.hrtime.bigint();
    await conn.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: v },
      contentChanges: [edit(v, line)],
    });
    await got;
    xs.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  const pid = proc.pid ?? 0;
  const afterEdits = rssMb(pid);
  // V8 gives memory back once allocation stops for a while (its memory reducer): the settled figure.
  if (idleMs > 0) await new Promise((r) => setTimeout(r, idleMs));
  const idle = rssMb(pid);
  proc.kill();
  conn.dispose();
  return { median: median(xs), rssMb: afterEdits, idleRssMb: idle };
}

async function main(): Promise<void> {
  if (!corpusAvailable()) {
    console.error(`bench: ${CORPUS_MISSING}`);
    process.exit(2);
  }
  const code = civilCode();
  const big = Array.from({ length: 10 }, () => code).join('\n');
  const floor = floorOf(code, 50);
  row('floor: one regex pass over the Civil Code', floor, 'ms', floor);
  // (a) in a fresh process per runtime configuration: as the language server runs the analysis (with
  // SERVER_NODE_FLAGS) and as the CLI does (Node's defaults). The 10× ratio depends on the young
  // generation's size more than on anything in the analysis (docs/performance.md, “Is 10× linear?”).
  for (const [who, flags] of [['server', SERVER_NODE_FLAGS], ['CLI', []]] as const) {
    const f = analysisInChild(flags);
    row(`(a) full analysis, Civil Code (${code.length.toLocaleString()} chars, 1,260 articles) · ${who}`, f.full, 'ms', f.floor, '≤ 10 ms');
    row(`(a) full analysis, 10× the Civil Code · ${who}`, f.full10, 'ms', f.floorBig, `(${(f.full10 / f.full).toFixed(1)}× the median above)`);
    rows.push([`(a) 10× over 1×, 9 alternating blocks (median ratio) · ${who}`, `${f.blocks.median.toFixed(1)}×`, '', `≤ 11× (blocks ${f.blocks.low.toFixed(1)}–${f.blocks.high.toFixed(1)}×)`]);
    rows.push([`(a) the same blocks, ratio of means (each run's share of the collector) · ${who}`, `${f.blocks.ofMeans.toFixed(1)}×`, '', '']);
    row(`(a) full analysis, 20× the Civil Code · ${who}`, f.full20, 'ms', undefined, `linear: 2× the 10× (${(f.full20 / f.full10).toFixed(2)}×)`);
    rows.push([`(a) 20× over 10×, 5 alternating blocks (median ratio) · ${who}`, `${f.blocks20.median.toFixed(2)}×`, '', `linear: 2× (blocks ${f.blocks20.low.toFixed(2)}–${f.blocks20.high.toFixed(2)}×)`]);
  }
  // The control: a plain copy of the Civil Code's node tree (no algorithm of ours, linear by construction)
  // in the same blocks, under Node's defaults: the step that the runtime alone (its collector and the
  // machine's caches) puts between a graph of the Civil Code's size and one of ten times that.
  const tree1 = analyse(code).children;
  const tree10 = analyse(big).children;
  const control = blockRatio(() => copyTree(tree1), () => copyTree(tree10), 9, 20, 3);
  rows.push(['(a) control: a plain copy of the node tree, 10× over 1× (Node defaults)', `${control.median.toFixed(1)}×`, '', `(blocks ${control.low.toFixed(1)}–${control.high.toFixed(1)}×; of means ${control.ofMeans.toFixed(1)}×)`]);
  // Where the step from 1× to 10× goes: the collector's share of the time (V8's gc performance entries),
  // in this process (Node defaults); the ratio without it divides the mean times of the same runs.
  const gc1 = await gcShare(() => analyse(code), 40, 20);
  const gc10 = await gcShare(() => analyse(big), 5, 2);
  row('(a) garbage collection, share of the Civil Code analysis', gc1.share * 100, '%');
  row('(a) garbage collection, share of the 10× analysis', gc10.share * 100, '%', undefined, `10× without it: ${((gc10.meanMs * (1 - gc10.share)) / (gc1.meanMs * (1 - gc1.share))).toFixed(1)}×`);
  // Bytes, which do not move with the machine's load (heapBytes): what the collector has to deal with.
  const heap1 = await heapBytes(() => analyse(code), 20);
  const heap10 = await heapBytes(() => analyse(big), 2);
  row('(a) allocated per analysis, Civil Code / 10× (V8 heap sampling)', heap1.allocated / 1e6, 'MB', undefined, `10×: ${(heap10.allocated / 1e6).toFixed(1)} MB`);
  row('(a) kept by one analysis (its result), Civil Code / 10×', heap1.kept / 1e6, 'MB', undefined, `10×: ${(heap10.kept / 1e6).toFixed(1)} MB`);
  const at = code.indexOf('第五百条');
  const edited = `${code.slice(0, at)}第五百条之一 新增。\n${code.slice(at)}`;
  const ea = analyse(edited);
  row('(b) renumber the Civil Code after an insertion (edits + references)', timeMs(() => renumber(ea), 20), 'ms', floor);
  // (c) as the server does it: the previous version's analysis is handed on (same options object).
  const options = {};
  const before = analyse(code, options);
  const oneChar = `${code.slice(0, at + 10)}，${code.slice(at + 10)}`;
  row('(c) re-analysis after a one-character edit (previous analysis re-used)', timeMs(() => analyse(oneChar, options, before), 100, 20), 'ms', floor, '≤ 5 ms');
  row('(c) the same edit analysed from scratch', timeMs(() => analyse(oneChar, options), 80, 20), 'ms', floor);
  // A Simplified text folds to itself and the re-analysis keeps the new text as its folded text; a
  // Traditional one needs the folded text rebuilt around the edit.
  const traditional = convertScript(code, 'traditional');
  const tAt = traditional.indexOf('第五百條');
  const tradBefore = analyse(traditional, options);
  const tradEdited = `${traditional.slice(0, tAt + 10)}，${traditional.slice(tAt + 10)}`;
  row('(c) the same edit, the Civil Code in Traditional script (opencc cn→tw)', timeMs(() => analyse(tradEdited, options, tradBefore), 100, 20), 'ms', floor, '≤ 5 ms');
  const lsp = await lspRoundTrip(code, 60, TYPE_IN_TEXT, 20000);
  row('(d) didChange → publishDiagnostics, typing in a sentence (real server, stdio, debounce 0)', lsp.median, 'ms', floor, '≤ 50 ms + debounce');
  const indent = await lspRoundTrip(code, 30, INDENT_LINE);
  row('(d) the same, indenting a line (analysed from scratch)', indent.median, 'ms', floor, '≤ 50 ms + debounce');
  const cli = spawnSync(process.execPath, [resolve(ROOT, 'dist/cli.js'), 'check', '--format', 'json', DEV], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const t0 = process.hrtime.bigint();
  spawnSync(process.execPath, [resolve(ROOT, 'dist/cli.js'), 'check', '--format', 'json', DEV], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const corpusMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const files = (JSON.parse(cli.stdout || '[]') as unknown[]).length;
  row(`(e) whole dev corpus through the CLI (455 files, ${files} findings)`, corpusMs / 1000, 's', undefined, '≤ 10 s');
  // (g) whole processes, as a shell or CI runs the CLI: start-up is most of a single draft's time.
  const civilFile = join(mkdtempSync(join(tmpdir(), 'lexdraft-bench-')), 'civil-code.md');
  writeFileSync(civilFile, code);
  const cliJs = resolve(ROOT, 'dist/cli.js');
  const started = processMedians({ node: ['-e', '0'], version: [cliJs, '--version'], check: [cliJs, 'check', civilFile] }, 21);
  row('(g) start-up: bare node (`node -e 0`), median of 21 processes', started.node, 'ms');
  row('(g) `lexdraft --version`, whole process', started.version, 'ms', undefined, `${(started.version / started.node).toFixed(2)}× bare node`);
  row('(g) `lexdraft check` the Civil Code, whole process', started.check, 'ms', undefined, `${(started.check / started.node).toFixed(2)}× bare node`);
  row('(f) server RSS with the Civil Code open, after 60 typing edits', lsp.rssMb, 'MB', undefined, '≤ 150 MB');
  row('(f) the same after 30 indenting edits', indent.rssMb, 'MB', undefined, '≤ 150 MB');
  row('(f) after the typing edits and 20 s idle (settled)', lsp.idleRssMb, 'MB', undefined, '≤ 150 MB');

  const width = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => (r[i] ?? '').length), [0, 12, 8, 22][i] ?? 0));
  const line = (r: string[]): string => `| ${r.map((c, i) => c.padEnd(width[i] ?? 0)).join(' | ')} |`;
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);
  console.log(line(['measure', 'median', '× floor', 'target']));
  console.log(line(width.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(r));
  console.log(`· server: a process started with ${SERVER_NODE_FLAGS.join(' ')} (SERVER_NODE_FLAGS), as the language server runs`);
  console.log('· CLI: Node defaults, as `lexdraft check` runs; the other in-process rows run here, with Node defaults');
}

if (process.argv[2] === '--analysis') {
  if (!corpusAvailable()) process.exit(2);
  process.stdout.write(JSON.stringify(analysisFigures(civilCode())));
} else {
  void main();
}
