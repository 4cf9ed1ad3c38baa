/** The CLI's `.lexdraft.json`: the nearest one from the working directory up. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CONFIG_FILE, readWorkspaceConfig, type WorkspaceConfig } from '../config/workspace-config';

/**
 * The nearest `.lexdraft.json` in `dir` or its ancestors, or undefined. It is read as the server reads one
 * (a regular file of bounded size; readWorkspaceConfig): one that cannot be read (a directory of that name,
 * no permission, a FIFO or a device, which a committed link can make it, or one past the bound) is a problem
 * on it, and its settings are the defaults.
 */
export function findConfig(dir: string): WorkspaceConfig | undefined {
  for (let d = dir; ; d = dirname(d)) {
    const p = join(d, CONFIG_FILE);
    if (existsSync(p)) return readWorkspaceConfig(p);
    if (dirname(d) === d) return undefined;
  }
}
