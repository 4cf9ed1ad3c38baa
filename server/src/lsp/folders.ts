/** Workspace folders: which one holds a file. */
import { isAbsolute, relative, sep } from 'node:path';

/** Whether `path` is `folder` or lies inside it, by whole path segments: /ws/ab is not inside /ws/a. */
export function isWithin(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!isAbsolute(rel) && rel.split(sep)[0] !== '..');
}

/** The innermost of `folders` that holds `path`, if any. */
export function folderOf(path: string, folders: readonly string[]): string | undefined {
  return folders.filter((f) => isWithin(f, path)).sort((a, b) => b.length - a.length)[0];
}
