/**
 * A user's own libraries (setting `lexdraft.library`, `--library`): folders of texts — a copy of the national
 * library, a province's regulations, a city's rules — indexed as `npm run gen:laws` indexes the national one
 * (generate.ts `readLawText`), merged with the national index, and read again for the text of one article.
 * Outside the core: it reads files. Each folder's index is cached on disk, one entry per file keyed by its
 * path, size and modification time, so a second start reads the cache and a changed file alone is read again.
 * Nothing here throws on a folder: what cannot be read is a problem line, and the rest goes on.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { analyse, articleKey, decodeLawIndex, type LawData, type LawIndex, type LawIndexData, namesOf, normaliseLawName, type RepealData } from '../core';
import { LineMap } from '../positions';
import { readBounded } from '../regular-file';
import { type FileReading, indexReadings, INDEX_OPTIONS, type ManifestRow, parseManifest, readLawText, versionDate } from './generate';

/** Texts indexed per folder at most: ten times the national library; a folder past it is named, not read on. */
export const MAX_FILES = 10_000;
/** The most read of one text: a hundred times the Civil Code. */
const MAX_TEXT_BYTES = 16 * 1024 * 1024;
/** The most read of one cache file. */
const MAX_CACHE_BYTES = 256 * 1024 * 1024;
/** Folders never walked: tooling, not texts. */
const SKIP_DIRS = new Set(['node_modules', 'dist', 'out']);
/** Parsed texts kept for `articleText`: a few citations in a row hit the same law (民法典 is eight files). */
const PARSED_KEPT = 8;
/** Changes when a cached reading would no longer be what a fresh one gives. */
const CACHE_FORMAT = 1;

export interface LibraryOptions {
  /** Where the index of each folder is cached; undefined: not cached. */
  cacheDir: string | undefined;
  /** LexDraft's version: a cache written by another (whose parser may read texts otherwise) is not used. */
  version?: string;
  /** Texts indexed per folder at most (MAX_FILES). */
  maxFiles?: number;
}

/** One text of a user library, for finding an article's text. */
interface LibraryText {
  /** Absolute path. */
  file: string;
  title: string;
  publish: string;
}

/** The user libraries, read: their laws and repeals, their texts, and what could not be read. */
export interface Libraries {
  data: Omit<LawIndexData, 'source'>;
  texts: LibraryText[];
  /** One line each, `lexdraft: <path>: 中文 / English`. */
  problems: string[];
  /** Texts parsed for `articleText`, most recently used last. */
  parsed: Map<string, Parsed | undefined>;
}

interface Parsed {
  text: string;
  articles: Map<string, { start: number; end: number }>;
  lines: LineMap;
}

interface CacheEntry {
  size: number;
  mtimeMs: number;
  reading: FileReading;
}
interface CacheFile {
  format: number;
  version: string;
  folder: string;
  /** The manifest's size and time: its rows are part of every reading. */
  manifest: string;
  files: Record<string, CacheEntry>;
}

const code = (err: unknown): string => (err as NodeJS.ErrnoException).code ?? (err instanceof Error ? err.message : String(err));

/** Where the CLI and the server cache library indexes: LEXDRAFT_CACHE_DIR, else the OS's cache folder. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.LEXDRAFT_CACHE_DIR) return env.LEXDRAFT_CACHE_DIR;
  if (platform === 'win32' && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, 'lexdraft', 'cache');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'lexdraft');
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'lexdraft');
}

/** The folders as given, absolute: a relative one is taken from `base` (the workspace folder, the `.lexdraft.json`'s folder, the working directory). */
export function resolveFolders(folders: readonly string[], base: string): string[] {
  return folders.map((f) => (isAbsolute(f) ? f : resolve(base, f)));
}

/**
 * Reads the folders, each through its cache. On the same title and publish date the first folder listed
 * wins; a law's other versions are kept from whichever folder holds them.
 */
export function openLibraries(folders: readonly string[], options: LibraryOptions): Libraries {
  const problems: string[] = [];
  const readings: FileReading[] = [];
  const texts: LibraryText[] = [];
  const owner = new Map<string, number>();
  folders.forEach((folder, i) => {
    for (const { file, reading } of readFolder(folder, options, problems)) {
      const publish = versionDate(reading);
      const key = `${reading.title}\n${publish}`;
      // 民法典's eight files are one version of one folder; the same version in a later folder is left out.
      if ((owner.get(key) ?? i) !== i) continue;
      owner.set(key, i);
      readings.push(reading);
      texts.push({ file, title: reading.title, publish });
    }
  });
  return { data: indexReadings(readings), texts, problems, parsed: new Map() };
}

/** The texts of one folder, read or taken from the cache; the cache is written back when it changed. */
function readFolder(folder: string, options: LibraryOptions, problems: string[]): { file: string; reading: FileReading }[] {
  let root: string;
  try {
    root = realpathSync(folder);
    if (!statSync(root).isDirectory()) {
      problems.push(`lexdraft: ${folder}: 法规库不是文件夹 / library is not a folder`);
      return [];
    }
  } catch (err) {
    problems.push(`lexdraft: ${folder}: 法规库无法读取 / cannot read library (${code(err)})`);
    return [];
  }
  const files = listTexts(root, folder, options.maxFiles ?? MAX_FILES, problems);
  const manifest = readManifest(root, problems);
  const cacheFile = options.cacheDir === undefined ? undefined : join(options.cacheDir, `library-${createHash('sha256').update(root).digest('hex').slice(0, 16)}.json`);
  const version = options.version ?? '';
  const cached = cacheFile === undefined ? undefined : readCache(cacheFile, root, version, manifest.stamp);
  const fresh: CacheFile = { format: CACHE_FORMAT, version, folder: root, manifest: manifest.stamp, files: {} };
  let changed = cached === undefined || Object.keys(cached.files).length !== files.length;
  const out: { file: string; reading: FileReading }[] = [];
  for (const { path, rel } of files) {
    let entry: CacheEntry | undefined;
    try {
      const st = statSync(path);
      const hit = cached?.files[rel];
      if (hit && hit.size === st.size && hit.mtimeMs === st.mtimeMs) entry = hit;
      else {
        changed = true;
        const text = readText(path, problems);
        if (text !== undefined) entry = { size: st.size, mtimeMs: st.mtimeMs, reading: readLawText(text, rel, manifest.rows) };
      }
    } catch (err) {
      changed = true;
      problems.push(`lexdraft: ${path}: 无法读取 / cannot read (${code(err)})`);
    }
    if (!entry) continue;
    fresh.files[rel] = entry;
    out.push({ file: path, reading: entry.reading });
  }
  if (cacheFile !== undefined && changed) writeCache(cacheFile, fresh, problems);
  return out;
}

/**
 * The .md and .txt texts under `root` (README.md left out), sorted, at most `max`. A link is followed;
 * a folder reached twice (a link to a parent) is walked once, so a loop ends.
 */
function listTexts(root: string, given: string, max: number, problems: string[]): { path: string; rel: string }[] {
  const out: { path: string; rel: string }[] = [];
  const seen = new Set<string>([root]);
  const stack: string[] = [''];
  while (stack.length > 0) {
    const rel = stack.pop()!;
    const dir = join(root, rel);
    let entries;
    try {
      entries = readdirSync(dir).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    } catch (err) {
      problems.push(`lexdraft: ${dir}: 无法读取目录 / cannot read directory (${code(err)})`);
      continue;
    }
    const subdirs: string[] = [];
    for (const name of entries) {
      if (name.startsWith('.')) continue;
      const path = join(dir, name);
      const relPath = rel ? `${rel}/${name}` : name;
      let st;
      try {
        st = statSync(path);
      } catch (err) {
        problems.push(`lexdraft: ${path}: 无法读取 / cannot read (${code(err)})`);
        continue;
      }
      if (st.isDirectory()) {
        if (SKIP_DIRS.has(name)) continue;
        let real: string;
        try {
          real = realpathSync(path);
        } catch (err) {
          problems.push(`lexdraft: ${path}: 无法读取目录 / cannot read directory (${code(err)})`);
          continue;
        }
        if (seen.has(real)) continue;
        seen.add(real);
        subdirs.push(relPath);
      } else if (st.isFile() && /\.(?:md|txt)$/iu.test(name) && name.toLowerCase() !== 'readme.md') {
        if (out.length === max) {
          problems.push(`lexdraft: ${given}: 法规库超过 ${max} 个文件，只索引前 ${max} 个 / library has more than ${max} texts: only the first ${max} are indexed`);
          return out;
        }
        out.push({ path, rel: relPath });
      }
    }
    for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]!); // popped in name order
  }
  return out;
}

/** The manifest.tsv of a copy of the national library, with a stamp that changes when the file does. */
function readManifest(root: string, problems: string[]): { rows?: Map<string, ManifestRow>; stamp: string } {
  const path = join(root, 'manifest.tsv');
  try {
    const read = readBounded(path, MAX_TEXT_BYTES);
    if (!('bytes' in read)) {
      problems.push(`lexdraft: ${path}: 不是可读的普通文件 / not a readable regular file`);
      return { stamp: '' };
    }
    return { rows: parseManifest(read.bytes.toString('utf8')), stamp: `${read.stat.size}:${read.stat.mtimeMs}` };
  } catch (err) {
    if (code(err) !== 'ENOENT') problems.push(`lexdraft: ${path}: 无法读取 / cannot read (${code(err)})`);
    return { stamp: '' };
  }
}

/** A text's UTF-8 characters (a byte order mark dropped); a binary, non-UTF-8 or oversized file is a problem. */
function readText(path: string, problems: string[]): string | undefined {
  const read = readBounded(path, MAX_TEXT_BYTES);
  if ('notRegular' in read) return void problems.push(`lexdraft: ${path}: 不是普通文件 / not a regular file`);
  if ('tooLarge' in read) return void problems.push(`lexdraft: ${path}: 超过 ${MAX_TEXT_BYTES / 1024 / 1024} MB，未索引 / larger than ${MAX_TEXT_BYTES / 1024 / 1024} MB, not indexed`);
  if (read.bytes.subarray(0, 8192).includes(0)) return void problems.push(`lexdraft: ${path}: 二进制文件，未索引 / binary file, not indexed`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(read.bytes); // drops a byte order mark
  } catch {
    return void problems.push(`lexdraft: ${path}: 不是 UTF-8 文本（可能是 GBK），未索引 / not UTF-8 text (GBK?), not indexed`);
  }
}

/** The cache of `root` when it was written for this folder, version and manifest; anything else is a miss. */
function readCache(file: string, root: string, version: string, manifest: string): CacheFile | undefined {
  try {
    const read = readBounded(file, MAX_CACHE_BYTES);
    if (!('bytes' in read)) return undefined;
    const c = JSON.parse(read.bytes.toString('utf8')) as Partial<CacheFile> | null;
    const ok = c?.format === CACHE_FORMAT && c.version === version && c.folder === root && c.manifest === manifest && typeof c.files === 'object' && c.files !== null;
    return ok ? (c as CacheFile) : undefined;
  } catch {
    return undefined; // missing or torn: read the folder again
  }
}

/** Written beside and renamed over, so that a reader never sees half a cache. */
function writeCache(file: string, cache: CacheFile, problems: string[]): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(tmp, JSON.stringify(cache));
    renameSync(tmp, file);
  } catch (err) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // its folder cannot be made either: there is nothing to remove
    }
    problems.push(`lexdraft: ${file}: 法规库索引缓存无法写入 / cannot write the library cache (${code(err)})`);
  }
}

/**
 * A function that opens the libraries the first time it is called, reports their problems once through
 * `report`, and returns the same result after.
 */
export function libraryLoader(folders: readonly string[], options: LibraryOptions & { report: (problem: string) => void }): () => Libraries {
  let opened: Libraries | undefined;
  return () => {
    if (!opened) {
      opened = openLibraries(folders, options);
      for (const p of opened.problems) options.report(p);
    }
    return opened;
  };
}

/** The libraries being indexed in the background: none until `done` settles, then what it gave. */
export interface LibraryJob {
  current: () => Libraries | undefined;
  done: Promise<Libraries>;
  /** Ends the indexing (the folders changed): `done` then never settles. */
  stop: () => void;
}

/**
 * Opens the libraries in a worker thread (`workerFile` runs library-worker.ts), so that the server
 * answers while a large folder is read. Where a worker cannot run (the file is missing, the thread fails),
 * the folders are read on this thread after all, as the CLI reads them — later, never not at all.
 */
export function indexInBackground(folders: readonly string[], options: LibraryOptions, workerFile: string): LibraryJob {
  let result: Libraries | undefined;
  let stopped = false;
  let worker: Worker | undefined;
  let settle: (libraries: Libraries) => void = () => undefined;
  const done = new Promise<Libraries>((resolve) => {
    settle = (libraries) => {
      if (stopped || result) return;
      result = libraries;
      resolve(libraries);
    };
  });
  const inThisThread = (why: string): void => {
    setImmediate(() => {
      if (stopped || result) return;
      const opened = openLibraries(folders, options);
      settle({ ...opened, problems: [`lexdraft: 法规库在主线程中索引 / libraries indexed on the main thread (${why})`, ...opened.problems] });
    });
  };
  try {
    // Its stdout is kept from the server's, which carries the protocol (stdout: true, never read).
    worker = new Worker(workerFile, { stdout: true, stderr: true, workerData: { folders: [...folders], options: { cacheDir: options.cacheDir, version: options.version, maxFiles: options.maxFiles } } });
    worker.once('message', (m: Omit<Libraries, 'parsed'>) => settle({ ...m, parsed: new Map() }));
    worker.once('error', (err) => inThisThread(err instanceof Error ? err.message : String(err)));
    worker.once('exit', (exitCode) => inThisThread(`worker exited with ${exitCode}`)); // after a message, a no-op
  } catch (err) {
    inThisThread(code(err));
  }
  return {
    current: () => result,
    done,
    stop: () => {
      stopped = true;
      void worker?.terminate();
    },
  };
}

/**
 * The national index and the user libraries as one. On the same title (compared as citations are) the
 * versions are merged by publish date and the user's text wins on the same date: a library holding a newer
 * version of a national law adds it, and the newest version says what the law is called, defines and
 * records, as in the national index. A law only a library holds is added as it is.
 */
export function mergeLawData(national: LawIndexData, own: Omit<LawIndexData, 'source'>): LawIndexData {
  const byTitle = new Map<string, LawData>(national.laws.map((l) => [normaliseLawName(l.title), l]));
  for (const law of own.laws) {
    const key = normaliseLawName(law.title);
    const other = byTitle.get(key);
    if (!other) {
      byTitle.set(key, law);
      continue;
    }
    const versions = new Map(other.versions.map((v) => [v.publish, v]));
    // The user's text wins on the same date, but a copy that does not say when it took effect keeps the
    // national version's date (a text dated between publication and effect must still read the old version).
    for (const v of law.versions) {
      const was = versions.get(v.publish);
      versions.set(v.publish, was && !v.from && was.from ? { ...v, from: was.from } : v);
    }
    const sorted = [...versions.values()].sort((a, b) => (a.publish < b.publish ? -1 : a.publish > b.publish ? 1 : 0));
    const merged = sorted.map((v, i) => (i < sorted.length - 1 && !v.superseded ? { ...v, superseded: true as const } : v));
    const last = sorted[sorted.length - 1];
    const newest = law.versions.some((v) => v.publish === last?.publish) ? law : other;
    // A copy without a readable 题注 says nothing of the law's history: the national one stands.
    const history = newest.history.length > 0 ? newest.history : other.history;
    byTitle.set(key, { ...newest, history, short: [...new Set([...other.short, ...law.short])].sort(), versions: merged });
  }
  const repeals = new Map<string, RepealData>(national.repealed.map((r) => [`${r.title}\n${r.by}`, r]));
  for (const r of own.repealed) if (!repeals.has(`${r.title}\n${r.by}`)) repeals.set(`${r.title}\n${r.by}`, r);
  const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return {
    source: national.source,
    laws: [...byTitle.values()].sort((a, b) => byString(a.title, b.title)),
    repealed: [...repeals.values()].sort((a, b) => byString(a.title, b.title) || byString(a.by, b.by)),
  };
}

/** The merged index. */
export function mergedLawIndex(national: LawIndexData, libraries: Libraries): LawIndex {
  return decodeLawIndex(mergeLawData(national, libraries.data));
}

/** An article's text in a user library, and where it is (for go to definition: the file and its 0-based line). */
export interface ArticleText {
  text: string;
  file: string;
  line: number;
  title: string;
  /** The version it is from (its publish date; empty when the text gives none). */
  publish: string;
}

/**
 * The text of article `key` (articleKey: `32`, `133-1`) of the law `lawTitle` (full title or short form, either
 * script) in the version published on `publish` (the newest the libraries hold when undefined). Found with
 * the core's parser, as the index's article shapes were, in a file parsed only now; the last few parsed are
 * kept. Undefined when no library holds that law, version or article, or its file cannot be read now.
 */
export function articleText(libraries: Libraries, lawTitle: string, publish: string | undefined, key: string): ArticleText | undefined {
  const name = normaliseLawName(lawTitle);
  const ofLaw = libraries.texts.filter((t) => namesOf(t.title).includes(name));
  const wanted = publish ?? ofLaw.reduce((newest, t) => (t.publish > newest ? t.publish : newest), '');
  for (const t of ofLaw) {
    if (t.publish !== wanted) continue;
    const parsed = parsedText(libraries, t.file);
    const span = parsed?.articles.get(key);
    if (!parsed || !span) continue;
    return { text: parsed.text.slice(span.start, span.end).trimEnd(), file: t.file, line: parsed.lines.positionAt(span.start).line, title: t.title, publish: t.publish };
  }
  return undefined;
}

function parsedText(libraries: Libraries, file: string): Parsed | undefined {
  const kept = libraries.parsed;
  if (kept.has(file)) {
    const hit = kept.get(file);
    kept.delete(file);
    kept.set(file, hit);
    return hit;
  }
  let parsed: Parsed | undefined;
  try {
    const text = readText(file, []);
    if (text !== undefined) {
      const a = analyse(text, INDEX_OPTIONS);
      parsed = { text, articles: new Map(a.articles.map((art) => [articleKey(art.number, art.sub), { start: art.spanStart, end: art.spanEnd }])), lines: new LineMap(text, a.lineStarts) };
    }
  } catch {
    parsed = undefined; // gone or unreadable since it was indexed
  }
  kept.set(file, parsed);
  if (kept.size > PARSED_KEPT) kept.delete(kept.keys().next().value!);
  return parsed;
}
