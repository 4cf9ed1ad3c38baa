/** Paths on disk, for the server and the CLI alike. */
import { isAbsolute, relative, sep } from 'node:path';

/** Whether `path` is `folder` or lies inside it, by whole path segments: /ws/ab is not inside /ws/a. */
export function isWithin(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!isAbsolute(rel) && rel.split(sep)[0] !== '..');
}
