/**
 * Reads the national law index (server/data/laws.json) on first use. The core cannot read files: a caller
 * holds one loader per process and hands the decoded index to the core as an argument. Nothing is read
 * until a caller asks, so a run that cites no other law never pays for the file.
 */
import { join } from 'node:path';
import { decodeLawIndex, decodeTaiwanActs, type LawIndex, type LawIndexData, type TaiwanActs, type TaiwanActsData } from '../core';
import { type Libraries, mergedLawIndex } from './library';
import { readBounded } from '../regular-file';

export type LawIndexLoad = { index: LawIndex } | { problem: string };
type LawDataLoad = { data: LawIndexData } | { problem: string };

/** Far above the committed file (about 0.5 MB): a bound, not a size it is expected to reach. */
const MAX_BYTES = 64 * 1024 * 1024;

/** Where the index is beside the bundles (dist/ → server/data/laws.json), in the checkout and in the .vsix. */
export function bundledLawIndexFile(bundleDir: string): string {
  return join(bundleDir, '..', 'server', 'data', 'laws.json');
}

/**
 * Reads a JSON data file now, undecoded, and keeps it when `valid` says it has the expected shape (`what` names
 * that shape in the problem); a missing, oversized or malformed file is a problem, never a throw.
 */
function readData<T>(file: string, valid: (data: T) => boolean, what: string): { data: T } | { problem: string } {
  try {
    const read = readBounded(file, MAX_BYTES);
    if (!('bytes' in read)) return { problem: `${file}: ${'tooLarge' in read ? 'too large' : 'not a regular file'}` };
    const data = JSON.parse(read.bytes.toString('utf8')) as T;
    return valid(data) ? { data } : { problem: `${file}: not ${what}` };
  } catch (e) {
    return { problem: `${file}: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** Reads the national index now, undecoded. */
function readLawData(file: string): LawDataLoad {
  return readData<LawIndexData>(file, (d) => Array.isArray(d?.laws) && Array.isArray(d?.repealed), 'a law index');
}

/** Reads and decodes the file now; a missing, oversized or malformed file is a problem, never a throw. */
export function readLawIndex(file: string): LawIndexLoad {
  const read = readLawData(file);
  return 'data' in read ? { index: decodeLawIndex(read.data) } : read;
}

/** A function that reads the file the first time it is called and returns the same result after. */
export function lawIndexLoader(file: string): () => LawIndexLoad {
  let loaded: LawIndexLoad | undefined;
  return () => (loaded ??= readLawIndex(file));
}

/**
 * The analysis option (`AnalyseOptions.laws`) for the index beside the bundles in `bundleDir`, merged with
 * the user's libraries when given (library.ts `libraryLoader`, or `indexInBackground`'s `current`, which has
 * none until they are indexed: the national index alone answers meanwhile). Read on the first call; a
 * missing or broken file gives no index, so the checks that would ask simply ask nothing (the libraries
 * alone, when there are).
 */
export function lawsOption(bundleDir: string, libraries?: () => Libraries | undefined): () => LawIndex | undefined {
  const file = bundledLawIndexFile(bundleDir);
  if (!libraries) {
    const load = lawIndexLoader(file);
    return () => {
      const l = load();
      return 'index' in l ? l.index : undefined;
    };
  }
  // The file is read once, for the national index alone while the libraries are being read and for the merge after.
  let data: LawDataLoad | undefined;
  let national: LawIndex | undefined;
  let merged: LawIndex | undefined;
  return () => {
    if (merged) return merged;
    data ??= readLawData(file);
    const own = libraries();
    if (own) return (merged = mergedLawIndex('data' in data ? data.data : { source: '', laws: [], repealed: [] }, own));
    return 'data' in data ? (national ??= decodeLawIndex(data.data)) : undefined;
  };
}

/** Where the index of Taiwan acts is beside the bundles (dist/ → server/data/taiwan-acts.json). */
export function bundledTaiwanActsFile(bundleDir: string): string {
  return join(bundleDir, '..', 'server', 'data', 'taiwan-acts.json');
}

/** Reads and decodes the index of Taiwan acts now; a missing, oversized or malformed file is a problem, never a throw. */
export function readTaiwanActs(file: string): { acts: TaiwanActs } | { problem: string } {
  const read = readData<TaiwanActsData>(file, (d) => Array.isArray(d?.acts) && d.acts.every((a) => typeof a?.title === 'string' && typeof a.articles === 'string'), 'an index of Taiwan acts');
  return 'data' in read ? { acts: decodeTaiwanActs(read.data) } : read;
}

/**
 * The analysis option (`AnalyseOptions.taiwanActs`) for the index beside the bundles in `bundleDir`: read on the first
 * call (a Taiwan regulation that names the act it rests on), the same result after; a missing or broken file gives
 * none, and the checks that ask report as they do without the index.
 */
export function taiwanActsOption(bundleDir: string): () => TaiwanActs | undefined {
  const file = bundledTaiwanActsFile(bundleDir);
  let loaded: { acts: TaiwanActs } | { problem: string } | undefined;
  return () => {
    loaded ??= readTaiwanActs(file);
    return 'acts' in loaded ? loaded.acts : undefined;
  };
}
