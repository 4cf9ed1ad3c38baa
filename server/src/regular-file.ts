/**
 * Reading a regular file of bounded size: the CLI's drafts and `--since`, and `.lexdraft.json` in the CLI
 * and the server. Anything else is refused before a byte is read: a FIFO would wait forever for a writer,
 * and a device such as /dev/zero never ends.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';

export type BoundedRead = { bytes: Buffer; stat: Stats } | { notRegular: Stats } | { tooLarge: true };

/**
 * The bytes of the regular file at `path`, at most `max` of them; or what it is instead. Its type is looked
 * at before it is opened (opening some devices acts on them) and again on what was opened, in case it was
 * swapped in between; opened without blocking, so that a FIFO put in its place cannot hold the open. Read
 * to the end of what is there, not to the size seen, under the same bound: the file may grow meanwhile.
 * The file system's errors (ENOENT, EACCES …) are thrown.
 */
export function readBounded(path: string, max: number): BoundedRead {
  const before = statSync(path);
  if (!before.isFile()) return { notRegular: before };
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { notRegular: stat };
    if (stat.size > max) return { tooLarge: true };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.max(stat.size - total, 0) + 65536);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > max) return { tooLarge: true };
    }
    return { bytes: Buffer.concat(chunks, total), stat };
  } finally {
    closeSync(fd);
  }
}
