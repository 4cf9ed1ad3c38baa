/** The CLI's `.lexdraft.json`: the nearest one from the working directory up, read as the CLI reads drafts. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CONFIG_FILE, parseWorkspaceConfig, type WorkspaceConfig } from '../lsp/workspace-config';
import { ReadError, readRegularFile } from './files';

/**
 * The nearest `.lexdraft.json` in `dir` or its ancestors, or undefined. One that cannot be read (a directory
 * of that name, no permission, a FIFO or a device, which a committed link can make it, or one past the size
 * bound) is a problem on it, and its settings are the defaults.
 */
export function findConfig(dir: string): WorkspaceConfig | undefined {
  for (let d = dir; ; d = dirname(d)) {
    const p = join(d, CONFIG_FILE);
    if (existsSync(p)) {
      let text: string;
      try {
        text = readRegularFile(p).bytes.toString('utf8');
      } catch (err) {
        if (!(err instanceof ReadError)) throw err;
        const message = { zh: `无法读取设置文件（${err.why.zh}），使用默认设置`, en: `Cannot read the settings file (${err.why.en}); using the defaults` };
        return { path: p, text: '', settings: {}, problems: [{ span: { start: 0, end: 0 }, severity: 'error', message }] };
      }
      return parseWorkspaceConfig(p, text);
    }
    if (dirname(d) === d) return undefined;
  }
}
