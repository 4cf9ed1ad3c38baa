/**
 * The base text of an amendment instrument (`amendmentBase`), for the server and the golden fixtures: read
 * through the bounded reader each time an instrument's analysis asks (the base may be edited meanwhile),
 * never for another text. What cannot be read is no base: the `amendment.*` checks then stay silent.
 */
import { isAbsolute, resolve } from 'node:path';
import { readBounded } from './regular-file';

/** Bases larger than this are not read (the Civil Code is under 1 MB). */
const MAX_BYTES = 16 * 1024 * 1024;

/** The getter `AnalyseOptions.amendmentBase` takes for `path` (relative to `dir`), or none for no path. */
export function amendmentBaseOption(path: string, dir: string | undefined): (() => string | undefined) | undefined {
  if (path === '') return undefined;
  if (!isAbsolute(path) && dir === undefined) return undefined;
  const file = isAbsolute(path) ? path : resolve(dir as string, path);
  return () => {
    try {
      const read = readBounded(file, MAX_BYTES);
      return 'bytes' in read ? new TextDecoder('utf-8').decode(read.bytes).replace(/^\uFEFF/u, '') : undefined;
    } catch {
      return undefined;
    }
  };
}
