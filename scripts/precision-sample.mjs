// Draws findings at random from the checker's output on real enacted texts, for labelling right / wrong / unclear.
//
//   npm run build && node scripts/precision-sample.mjs --batch <name> [--seed <n>] [--per-check 25] [--min-total 400] [--dry-run]
//   node scripts/precision-sample.mjs --batch holdout-<date> --holdout <LawRefBook/Laws checkout> …
//
// Runs `check` (dist/cli.js, default settings) over ../shared/corpus/dev (the files of dev-manifest.tsv) and
// ../shared/library (every law, with or without a manifest row), then, per check id and per jurisdiction, draws up to
// --per-check findings (all of them where fewer fire), and tops the batch up at random to --min-total. Findings
// already in test-fixtures/precision/labels.tsv are never drawn again, so a later batch is fresh: text the fixers
// have not seen. New rows are appended with label `?`. The seed is recorded on every row; the same seed, batch
// name and labels file draw the same rows. Columns and labelling: test-fixtures/precision/README.md.
// With --holdout, the texts are instead the held-out set: the local regulations (DLC/) and ministry rules (部门规章/)
// of a LawRefBook/Laws checkout that the dev corpus does not hold — text no fixer has read. Its rows are named
// `holdout/<path in the checkout>`; the precision test re-runs them when LEXDRAFT_HOLDOUT points at the checkout.
// With --holdout2, the second held-out set (ministry rules, local texts and Taiwan acts from other sources, listed in
// its manifest.tsv: test-fixtures/precision/README.md): rows `holdout2/<path>`, re-run with LEXDRAFT_HOLDOUT2.
// --holdout3 likewise draws from the third set (Taiwan acts and regulations, a few local government rules, local
// regulations and ministry rules): rows `holdout3/<path>`, re-run with LEXDRAFT_HOLDOUT3; --holdout4 the fourth
// (Taiwan acts and regulations only): rows `holdout4/<path>`, LEXDRAFT_HOLDOUT4; --holdout5 to --holdout9 the
// fifth to ninth (Taiwan regulations only): rows `holdout5/<path>` …, LEXDRAFT_HOLDOUT5 to 9; --holdout10 and
// --holdout11 the two halves of the repealed Taiwan acts and regulations, LEXDRAFT_HOLDOUT10 and 11; --holdout12
// the tenth's unread texts laid out as the eleventh's, LEXDRAFT_HOLDOUT12; --holdout13 and --holdout14 the two halves
// of earlier versions (1990 on) of Taiwan acts (the Legislative Yuan's history), LEXDRAFT_HOLDOUT13 and 14;
// --holdout15 versions of 1950-1989 from the same history, LEXDRAFT_HOLDOUT15; --holdout16 one more version of
// each act no labelled row of those three names, LEXDRAFT_HOLDOUT16; --holdout17 and --holdout18 the two halves of
// earlier versions of Taiwan regulations (the Ministry's history, hard-wrapped), LEXDRAFT_HOLDOUT17 and 18; --holdout19
// another earlier version of each regulation no labelled row of those names, LEXDRAFT_HOLDOUT19; --holdout20 one more
// such version (not taken by 17-19) of each regulation no labelled row names, LEXDRAFT_HOLDOUT20; --holdout21 likewise,
// not taken by 17-20, LEXDRAFT_HOLDOUT21; --holdout22 and --holdout23 the two halves of the versions the Ministry
// showed as current between 2019 and 2024 and later amended, LEXDRAFT_HOLDOUT22 and 23.
// --codes a,b draws only those check ids; --max-per-file n draws at most n findings of a file per batch, and
// never one from a file a labelled row of the same held-out set names (a file a fixer has read).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = resolve(process.env.LEXDRAFT_SHARED ?? join(ROOT, '..', 'shared'));
const LABELS = join(ROOT, 'test-fixtures', 'precision', 'labels.tsv');
export const COLUMNS = ['batch', 'seed', 'file', 'line', 'column', 'code', 'jurisdiction', 'label', 'reason', 'excerpt', 'message'];

function args(argv) {
  const a = { perCheck: 25, minTotal: 400, dryRun: false };
  for (let i = 0; i < argv.length; i++) {
    const v = () => argv[++i];
    if (argv[i] === '--batch') a.batch = v();
    else if (argv[i] === '--seed') a.seed = Number(v());
    else if (argv[i] === '--per-check') a.perCheck = Number(v());
    else if (argv[i] === '--min-total') a.minTotal = Number(v());
    else if (argv[i] === '--dry-run') a.dryRun = true;
    else if (argv[i] === '--holdout') a.holdout = resolve(v());
    else if (MANIFEST_SETS.some((m) => m.flag === argv[i])) a.manifestSet = { ...MANIFEST_SETS.find((m) => m.flag === argv[i]), root: resolve(v()) };
    else if (argv[i] === '--codes') a.codes = new Set(v().split(','));
    else if (argv[i] === '--max-per-file') a.maxPerFile = Number(v());
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  if (!a.batch || !/^[a-z0-9-]+$/u.test(a.batch)) throw new Error('--batch <name> is required (lower case, digits, dashes)');
  if (a.seed === undefined) a.seed = Math.floor(Math.random() * 2 ** 31);
  if (!Number.isInteger(a.seed)) throw new Error('--seed must be an integer');
  return a;
}

/** mulberry32: small, seedable, the same sequence on every machine. */
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(list, random) {
  const a = [...list];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** The texts, relative to ../shared: the dev corpus by its manifest, the library by walking it (5 laws lack a row). */
export function sampledFiles(shared = SHARED) {
  const dev = readFileSync(join(shared, 'corpus', 'dev-manifest.tsv'), 'utf8').split('\n').slice(1).filter((l) => l.trim()).map((l) => `corpus/dev/${l.split('\t')[0]}`);
  const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.md') && e.name !== 'README.md' ? [join(dir, e.name)] : []));
  const library = walk(join(shared, 'library')).map((p) => relative(shared, p).split('\\').join('/'));
  return [...dev, ...library].sort();
}

/**
 * The held-out texts of a LawRefBook/Laws checkout, relative to it: DLC/ and 部门规章/ less what the dev corpus
 * copied from the same repository (corpus/dev/LawRefBook-Laws/ keeps its paths).
 */
export function holdoutFiles(root, shared = SHARED) {
  const walk = (dir) => (existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.md') ? [join(dir, e.name)] : [])) : []);
  const dev = new Set(walk(join(shared, 'corpus', 'dev', 'LawRefBook-Laws')).map((p) => relative(join(shared, 'corpus', 'dev', 'LawRefBook-Laws'), p).split('\\').join('/')));
  return [...walk(join(root, 'DLC')), ...walk(join(root, '部门规章'))].map((p) => relative(root, p).split('\\').join('/')).filter((p) => !dev.has(p)).sort();
}

export const HOLDOUT_PREFIX = 'holdout/';
/**
 * The held-out sets listed by a manifest.tsv (path, title, kind, region/issuer, date, source), each drawn with its
 * flag and named by its prefix. Their Taiwan texts live in folders whose name starts 台湾 (台湾/, 台湾法律/, 台湾命令/).
 */
export const MANIFEST_SETS = [
  { flag: '--holdout2', prefix: 'holdout2/' },
  { flag: '--holdout3', prefix: 'holdout3/' },
  { flag: '--holdout4', prefix: 'holdout4/' },
  { flag: '--holdout5', prefix: 'holdout5/' },
  { flag: '--holdout6', prefix: 'holdout6/' },
  { flag: '--holdout7', prefix: 'holdout7/' },
  { flag: '--holdout8', prefix: 'holdout8/' },
  { flag: '--holdout9', prefix: 'holdout9/' },
  { flag: '--holdout10', prefix: 'holdout10/' },
  { flag: '--holdout11', prefix: 'holdout11/' },
  { flag: '--holdout12', prefix: 'holdout12/' },
  { flag: '--holdout13', prefix: 'holdout13/' },
  { flag: '--holdout14', prefix: 'holdout14/' },
  { flag: '--holdout15', prefix: 'holdout15/' },
  { flag: '--holdout16', prefix: 'holdout16/' },
  { flag: '--holdout17', prefix: 'holdout17/' },
  { flag: '--holdout18', prefix: 'holdout18/' },
  { flag: '--holdout19', prefix: 'holdout19/' },
  { flag: '--holdout20', prefix: 'holdout20/' },
  { flag: '--holdout21', prefix: 'holdout21/' },
  { flag: '--holdout22', prefix: 'holdout22/' },
  { flag: '--holdout23', prefix: 'holdout23/' },
];

/** A manifest set's texts, relative to it: the paths of its manifest.tsv that exist. */
export function manifestFiles(root) {
  const manifest = join(root, 'manifest.tsv');
  if (!existsSync(manifest)) return [];
  return readFileSync(manifest, 'utf8').split('\n').slice(1).filter((l) => l.trim()).map((l) => l.split('\t')[0]).filter((p) => existsSync(join(root, p))).sort();
}

export const jurisdictionOf = (file) => (file.startsWith('corpus/dev/mojLawSplitJSON-rendered/') || MANIFEST_SETS.some((m) => file.startsWith(`${m.prefix}台湾`)) ? 'tw' : 'prc');
export const keyOf = (r) => `${r.file}\t${r.line}\t${r.column}\t${r.code}`;

/** The finding's line with its span marked ⟦…⟧; a long line is cut to 30 characters either side. Tabs become spaces. */
export function excerpt(text, f) {
  const lines = text.split('\n');
  const line = (lines[f.line - 1] ?? '').replace(/\r$/u, '');
  const start = f.column - 1;
  const end = f.endLine === f.line ? f.endColumn - 1 : line.length;
  const before = line.slice(0, start);
  const after = line.slice(end);
  const cut = (s, fromEnd) => (s.length <= 30 ? s : fromEnd ? `…${s.slice(-30)}` : `${s.slice(0, 30)}…`);
  const long = line.length > 100;
  const out = `${long ? cut(before, true) : before}⟦${line.slice(start, end)}${f.endLine === f.line ? '' : '↵'}⟧${long ? cut(after, false) : after}`;
  return out.replace(/[\t\r\n]/gu, ' ');
}

export function readLabels(path = LABELS) {
  if (!existsSync(path)) return [];
  const [head, ...rows] = readFileSync(path, 'utf8').split('\n').filter((l) => l.length > 0);
  const cols = head.split('\t');
  return rows.map((l) => Object.fromEntries(l.split('\t').map((v, i) => [cols[i], v])));
}

function runChecks(files, cwd = SHARED) {
  const cli = join(ROOT, 'dist', 'cli.js');
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first');
  // As a user runs it, from the shared folder: paths in the output are relative to it, and no .lexdraft.json
  // applies. The file list goes in slices to stay under the command line's length.
  const findings = [];
  for (let i = 0; i < files.length; i += 200) {
    const r = spawnSync(process.execPath, [cli, 'check', '--format', 'json', '--lang', 'zh', ...files.slice(i, i + 200)], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
    if (r.status !== 0 && r.status !== 1) throw new Error(`check failed (exit ${r.status}):\n${r.stderr}`);
    for (const f of JSON.parse(r.stdout)) findings.push(f);
  }
  return findings;
}

function main() {
  const a = args(process.argv.slice(2));
  const labelled = readLabels();
  if (labelled.some((r) => r.batch === a.batch)) throw new Error(`batch ${a.batch} exists already in ${relative(ROOT, LABELS)}: name the fresh batch anew`);
  const seen = new Set(labelled.map(keyOf));
  const set = a.manifestSet;
  const root = set?.root ?? a.holdout ?? SHARED;
  const prefix = set ? set.prefix : a.holdout ? HOLDOUT_PREFIX : '';
  const files = set ? manifestFiles(set.root) : a.holdout ? holdoutFiles(a.holdout) : sampledFiles();
  if (files.length === 0) throw new Error(set ? `no texts in ${set.root}/manifest.tsv` : a.holdout ? `no held-out texts under ${a.holdout} (DLC/, 部门规章/)` : 'no texts found');
  const all = runChecks(files, root).map((f) => ({ ...f, file: prefix + f.file, jurisdiction: jurisdictionOf(prefix + f.file) }));
  // A held-out file a labelled row names has been read (by a labeller, and a fixer may have read it since).
  const read = new Set(prefix ? labelled.filter((r) => r.file.startsWith(prefix)).map((r) => r.file) : []);
  const pool = all.filter((f) => !seen.has(keyOf(f)) && !read.has(f.file) && (!a.codes || a.codes.has(f.code)));
  const random = rng(a.seed);
  // Sort first, so the draw depends on the seed and the findings only, not on output order.
  pool.sort((x, y) => (keyOf(x) < keyOf(y) ? -1 : keyOf(x) > keyOf(y) ? 1 : 0));
  const strata = new Map();
  for (const f of pool) {
    const k = `${f.code}\t${f.jurisdiction}`;
    if (!strata.has(k)) strata.set(k, []);
    strata.get(k).push(f);
  }
  const drawn = new Set();
  const perFile = new Map();
  // At most --max-per-file of one file: a batch measures texts, not one text's habit.
  const take = (f) => {
    const n = perFile.get(f.file) ?? 0;
    if (a.maxPerFile !== undefined && n >= a.maxPerFile) return false;
    perFile.set(f.file, n + 1);
    drawn.add(f);
    return true;
  };
  for (const k of [...strata.keys()].sort()) {
    let n = 0;
    for (const f of shuffle(strata.get(k), random)) if (n < a.perCheck && take(f)) n++;
  }
  for (const f of shuffle(pool.filter((x) => !drawn.has(x)), random)) {
    if (drawn.size >= a.minTotal) break;
    take(f);
  }
  const texts = new Map();
  const textOf = (file) => texts.get(file) ?? texts.set(file, readFileSync(prefix ? join(root, file.slice(prefix.length)) : join(SHARED, file), 'utf8')).get(file);
  const rows = [...drawn]
    .sort((x, y) => (x.code + x.jurisdiction + keyOf(x) < y.code + y.jurisdiction + keyOf(y) ? -1 : 1))
    .map((f) => ({ batch: a.batch, seed: String(a.seed), file: f.file, line: String(f.line), column: String(f.column), code: f.code, jurisdiction: f.jurisdiction, label: '?', reason: '', excerpt: excerpt(textOf(f.file), f), message: f.message.replace(/[\t\r\n]/gu, ' ') }));
  const counts = new Map();
  for (const f of all) counts.set(`${f.code} ${f.jurisdiction}`, (counts.get(`${f.code} ${f.jurisdiction}`) ?? 0) + 1);
  const drawnCounts = new Map();
  for (const r of rows) drawnCounts.set(`${r.code} ${r.jurisdiction}`, (drawnCounts.get(`${r.code} ${r.jurisdiction}`) ?? 0) + 1);
  console.log(`${files.length} files, ${all.length} findings, ${pool.length} not labelled before; batch ${a.batch}, seed ${a.seed}: ${rows.length} drawn`);
  for (const k of [...counts.keys()].sort()) console.log(`  ${k.padEnd(48)} fires ${String(counts.get(k)).padStart(6)}  drawn ${drawnCounts.get(k) ?? 0}`);
  if (a.dryRun) return;
  const body = rows.map((r) => COLUMNS.map((c) => r[c]).join('\t')).join('\n');
  const existing = existsSync(LABELS) ? readFileSync(LABELS, 'utf8').replace(/\n*$/u, '\n') : `${COLUMNS.join('\t')}\n`;
  writeFileSync(LABELS, `${existing}${body}\n`);
  console.log(`appended to ${relative(ROOT, LABELS)}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (err) {
    console.error(`precision-sample: ${err.message}`);
    process.exitCode = 2;
  }
}
