/**
 * `.lexdraft.json`: a team's settings in the workspace (read by the server and the CLI). JSON only —
 * nothing in a workspace is ever executed. Bad JSON or a wrong type is reported on the file itself, with
 * the position, and that field (or the whole file) falls back to the editor settings and defaults.
 */
import { lstatSync, realpathSync } from 'node:fs';
import { isWithin } from '../paths';
import { LineMap } from '../positions';
import { readBounded } from '../regular-file';
import { serverSetting } from './settings';

export const CONFIG_FILE = '.lexdraft.json';

export interface ConfigProblem {
  /** UTF-16 offsets in the file. */
  span: { start: number; end: number };
  severity: 'error' | 'warning';
  message: { zh: string; en: string };
}

export interface WorkspaceConfig {
  path: string;
  text: string;
  /** The fields that passed validation. */
  settings: Record<string, unknown>;
  problems: ConfigProblem[];
}

/** Where `"key"` is written in the file, for pointing a problem at it. */
function keySpan(text: string, key: string): { start: number; end: number } {
  const at = text.indexOf(`"${key}"`);
  return at < 0 ? { start: 0, end: 0 } : { start: at, end: at + key.length + 2 };
}

export function parseWorkspaceConfig(path: string, text: string): WorkspaceConfig {
  const out: WorkspaceConfig = { path, text, settings: {}, problems: [] };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch (err) {
    const m = /position (\d+)/u.exec(String(err));
    const at = m ? Math.min(Number(m[1]), text.length) : 0;
    const where = new LineMap(text).positionAt(at);
    out.problems.push({
      span: { start: at, end: Math.min(at + 1, text.length) },
      severity: 'error',
      message: {
        zh: `${CONFIG_FILE} 不是有效的 JSON（第 ${where.line + 1} 行第 ${where.character + 1} 列），已改用默认设置：${String(err)}`,
        en: `${CONFIG_FILE} is not valid JSON (line ${where.line + 1}, column ${where.character + 1}); defaults are used: ${String(err)}`,
      },
    });
    return out;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    out.problems.push({ span: { start: 0, end: Math.min(1, text.length) }, severity: 'error', message: { zh: `${CONFIG_FILE} 应为一个 JSON 对象，已改用默认设置`, en: `${CONFIG_FILE} must be a JSON object; defaults are used` } });
    return out;
  }
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    const field = serverSetting(key);
    if (!field) {
      out.problems.push({ span: keySpan(text, key), severity: 'warning', message: { zh: `未知设置项“${key}”，已忽略`, en: `Unknown setting “${key}”, ignored` } });
      continue;
    }
    const { kind } = field;
    if (!kind.accepts(value)) {
      out.problems.push({
        span: keySpan(text, key),
        severity: 'error',
        message: { zh: `“${key}”的取值应为 ${kind.expected}，已改用默认值`, en: `“${key}” must be ${kind.expected}; the default is used` },
      });
      continue;
    }
    if (kind.entryProblem) {
      const good: Record<string, unknown> = {};
      for (const [entry, v] of Object.entries(value as Record<string, unknown>)) {
        const problem = kind.entryProblem(entry, v);
        if (problem) out.problems.push({ span: keySpan(text, entry), ...problem });
        else good[entry] = v;
      }
      out.settings[key] = good;
      continue;
    }
    out.settings[key] = value;
  }
  return out;
}

/** Far above any team's settings and word lists; a bound on what a settings file can make us hold. */
export const MAX_CONFIG_BYTES = 4 * 1024 * 1024;

type Message = { zh: string; en: string };

/**
 * The text of the settings file at `path`, or why it was not read. Only a regular file of at most
 * MAX_CONFIG_BYTES is read (readBounded): a FIFO (or a committed link to one, or to /dev/zero) would block the
 * reader forever or fill its memory. With `folder` (a workspace folder), a file whose real path
 * leaves that folder is not read either: a committed link would otherwise show another file's text in
 * our messages and have the quick fixes rewrite it.
 */
export function readConfigText(path: string, folder?: string): { text: string } | { unread: Message } {
  try {
    let target = path;
    if (folder !== undefined) {
      target = realpathSync(path);
      if (!isWithin(realpathSync(folder), target)) {
        return { unread: { zh: `设置文件是指向工作区文件夹以外（${target}）的链接，未读取，使用默认设置`, en: `The settings file is a link to ${target}, outside the workspace folder; it was not read, the defaults are used` } };
      }
    }
    const read = readBounded(target, MAX_CONFIG_BYTES);
    if ('notRegular' in read) {
      const stat = read.notRegular;
      if (stat.isDirectory()) return { unread: cannotRead('EISDIR') };
      const kind = stat.isFIFO() ? { zh: '命名管道（FIFO）', en: 'a FIFO' } : stat.isSocket() ? { zh: '套接字', en: 'a socket' } : { zh: '设备', en: 'a device' };
      return { unread: { zh: `设置文件不是普通文件而是${kind.zh}，未读取，使用默认设置`, en: `The settings file is ${kind.en}, not a regular file; it was not read, the defaults are used` } };
    }
    if ('tooLarge' in read) {
      const mb = MAX_CONFIG_BYTES / 1024 / 1024;
      return { unread: { zh: `设置文件超过 ${mb} MB，未读取，使用默认设置`, en: `The settings file is larger than ${mb} MB; it was not read, the defaults are used` } };
    }
    return { text: read.bytes.toString('utf8') };
  } catch (err) {
    return { unread: cannotRead((err as NodeJS.ErrnoException).code ?? 'EIO') };
  }
}

function cannotRead(code: string): Message {
  return { zh: `无法读取设置文件（${code}），使用默认设置`, en: `Cannot read the settings file (${code}); using the defaults` };
}

/** Whether there is an entry at `path`, a dangling link included (which must not be written through). */
export function configPresent(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** The settings file at `path`, parsed; one that was not read is a problem on it, with the defaults. */
export function readWorkspaceConfig(path: string, folder?: string): WorkspaceConfig {
  const read = readConfigText(path, folder);
  if ('text' in read) return parseWorkspaceConfig(path, read.text);
  return { path, text: '', settings: {}, problems: [{ span: { start: 0, end: 0 }, severity: 'error', message: read.unread }] };
}

/** A suggestion's setting: add `value` to the list at `path`, or set `path.key` to `value`. */
/** Settings written as one value; every other suggested path is a list that gains values. */
const SCALAR_SETTINGS = new Set(['departments.legacyNames']);

export interface ConfigChange {
  path: string;
  key?: string;
  value: string | number | string[];
}

/**
 * The new text of `.lexdraft.json` with `change` applied, or undefined when the file is not valid JSON
 * (it is never overwritten then: the drafter fixes the file first). Lists gain values once, in order.
 */
export function applyConfigChange(text: string | undefined, change: ConfigChange): string | undefined {
  let data: Record<string, unknown> = {};
  if (text !== undefined && text.trim()) {
    try {
      const parsed: unknown = JSON.parse(text.replace(/^\uFEFF/u, ''));
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
      data = parsed as Record<string, unknown>;
    } catch {
      return undefined;
    }
  }
  const names = change.path.split('.');
  const last = names.pop() as string;
  let at = data;
  for (const n of names) {
    const next = at[n];
    if (next !== undefined && (typeof next !== 'object' || next === null || Array.isArray(next))) return undefined;
    at = (at[n] ??= {}) as Record<string, unknown>;
  }
  if (change.key !== undefined) {
    const table = (at[last] ??= {}) as Record<string, unknown>;
    if (typeof table !== 'object' || Array.isArray(table)) return undefined;
    table[change.key] = change.value;
  } else if (SCALAR_SETTINGS.has(change.path)) {
    at[last] = change.value;
  } else {
    const list = (at[last] ??= []) as unknown;
    if (!Array.isArray(list)) return undefined;
    for (const v of Array.isArray(change.value) ? change.value : [change.value]) if (!list.includes(v)) list.push(v);
  }
  return `${JSON.stringify(data, null, 2)}\n`;
}
