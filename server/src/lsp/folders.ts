/** Workspace folders: which one holds a file. */
import { fileURLToPath } from 'node:url';
import { isWithin } from '../paths';

/** The innermost of `folders` that holds `path`, if any. */
export function folderOf(path: string, folders: readonly string[]): string | undefined {
  return folders.filter((f) => isWithin(f, path)).sort((a, b) => b.length - a.length)[0];
}

/**
 * The folder a document's settings belong to: the innermost holding it; the first for a document not on
 * disk (untitled:); none for a file URI that names no local path (file://host/share on Linux).
 */
export function folderForDocument(uri: string, folders: readonly string[]): string | undefined {
  if (!uri.startsWith('file:')) return folders[0];
  try {
    return folderOf(fileURLToPath(uri), folders);
  } catch {
    return undefined;
  }
}

/**
 * The local paths of the workspace folders an initialize request names (or of its rootUri). Folders on
 * other schemes are not on disk and are left out; a malformed one (file://host/share on Linux,
 * file:///%zz, a uri that is not a string) is left out and passed to `skipped`: one bad folder must not
 * fail initialize.
 */
export function folderPaths(params: { workspaceFolders?: unknown; rootUri?: unknown }, skipped: (folder: string, why: string) => void): string[] {
  const given: unknown = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri }] : []);
  if (!Array.isArray(given)) {
    skipped(String(JSON.stringify(given)), 'workspaceFolders is not a list');
    return [];
  }
  const paths: string[] = [];
  for (const folder of given as unknown[]) {
    const uri = (folder as { uri?: unknown } | null)?.uri;
    if (typeof uri !== 'string') skipped(String(JSON.stringify(folder)), 'its uri is not a string');
    else if (uri.startsWith('file:')) {
      try {
        paths.push(fileURLToPath(uri));
      } catch (err) {
        skipped(uri, err instanceof Error ? err.message : String(err));
      }
    }
  }
  return paths;
}
