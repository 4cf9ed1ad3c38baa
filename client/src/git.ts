/**
 * Earlier versions of a file from the built-in Git extension's API (`vscode.git`, API 1): the recent commits
 * touching it and its text at one of them. Only the few members used here are declared.
 */
import * as vscode from 'vscode';

interface Commit {
  hash: string;
  message: string;
  authorDate?: Date;
}

interface Repository {
  log(options?: { maxEntries?: number; path?: string }): Promise<Commit[]>;
  show(ref: string, path: string): Promise<string>;
}

interface GitApi {
  getRepository(uri: vscode.Uri): Repository | null;
}

interface GitExtension {
  enabled: boolean;
  getAPI(version: 1): GitApi;
}

export interface Revision {
  hash: string;
  message: string;
  date?: Date;
  /** The file's text at this commit. */
  text(): Promise<string>;
}

/**
 * The file's repository, or nothing when the Git extension is absent or disabled (`git.enabled`), or the
 * file is in no repository: then the quick pick does not offer Git versions.
 */
export async function gitRepository(uri: vscode.Uri): Promise<Repository | undefined> {
  if (uri.scheme !== 'file') return undefined;
  const ext = vscode.extensions.getExtension<GitExtension>('vscode.git');
  if (!ext) return undefined;
  try {
    const git = ext.isActive ? ext.exports : await ext.activate();
    if (!git.enabled) return undefined;
    return git.getAPI(1).getRepository(uri) ?? undefined;
  } catch {
    return undefined; // a Git extension that fails is as good as none
  }
}

/** The recent commits touching the file, newest first. */
export async function revisions(repo: Repository, uri: vscode.Uri, max = 30): Promise<Revision[]> {
  const commits = await repo.log({ maxEntries: max, path: uri.fsPath });
  return commits.map((c) => ({ hash: c.hash, message: c.message, date: c.authorDate, text: () => repo.show(c.hash, uri.fsPath) }));
}
