/**
 * `.lexdraft.json`: a team's settings in the workspace (read by the server and the CLI). JSON only —
 * nothing in a workspace is ever executed. Bad JSON or a wrong type is reported on the file itself, with
 * the position, and that field (or the whole file) falls back to the editor settings and defaults.
 */
import { lstatSync, realpathSync } from 'node:fs';
import { CHECKS } from '../core';
import { readBounded } from '../regular-file';
import { isWithin } from './folders';
import { LineMap } from './positions';

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

type Check = (v: unknown) => boolean;
const oneOf = (...xs: string[]): Check => (v) => typeof v === 'string' && xs.includes(v);
const FIELDS: Record<string, { check: Check; expected: string }> = {
  messageLanguage: { check: oneOf('auto', 'zh', 'en'), expected: '"auto" | "zh" | "en"' },
  jurisdiction: { check: oneOf('auto', 'prc', 'tw'), expected: '"auto" | "prc" | "tw"' },
  chapterNumbering: { check: oneOf('auto', 'continuous', 'perBook'), expected: '"auto" | "continuous" | "perBook"' },
  stage: { check: oneOf('draft', 'final'), expected: '"draft" | "final"' },
  joinWrappedLines: { check: (v) => typeof v === 'boolean', expected: 'true | false' },
  diagnosticsDelay: { check: (v) => typeof v === 'number' && v >= 0, expected: 'a number ≥ 0' },
  maxFileSize: { check: (v) => typeof v === 'number' && v > 0, expected: 'a number > 0' },
  severity: { check: (v) => typeof v === 'object' && v !== null && !Array.isArray(v), expected: '{ "check.id": "error" | "warning" | "information" | "hint" | "off" }' },
  departments: { check: (v) => validDepartments(v), expected: '{ "responsibilitiesArticles": [5], "lexicon": ["…"], "aliases": { "别称": "规范名" }, "generic": ["…"], "ignore": ["…"], "legacyNames": "auto" | "on" | "off" }' },
  terms: { check: (v) => validTerms(v), expected: '{ "glossary": ["…"], "ignore": ["…"], "superiorLaw": ["…"] }' },
};
const strings = (v: unknown): boolean => v === undefined || (Array.isArray(v) && v.every((x) => typeof x === 'string'));
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
function validDepartments(v: unknown): boolean {
  if (!isObject(v)) return false;
  const known = ['responsibilitiesArticles', 'lexicon', 'aliases', 'generic', 'ignore', 'legacyNames'];
  return Object.keys(v).every((k) => known.includes(k))
    && (v.responsibilitiesArticles === undefined || (Array.isArray(v.responsibilitiesArticles) && v.responsibilitiesArticles.every((n) => Number.isInteger(n) && (n as number) > 0)))
    && strings(v.lexicon) && strings(v.generic) && strings(v.ignore)
    && (v.aliases === undefined || (isObject(v.aliases) && Object.values(v.aliases).every((x) => typeof x === 'string')))
    && (v.legacyNames === undefined || ['auto', 'on', 'off'].includes(v.legacyNames as string));
}
function validTerms(v: unknown): boolean {
  return isObject(v) && Object.keys(v).every((k) => ['glossary', 'ignore', 'superiorLaw'].includes(k)) && strings(v.glossary) && strings(v.ignore) && strings(v.superiorLaw);
}
const SEVERITIES = oneOf('error', 'warning', 'information', 'hint', 'off');
const CHECK_IDS = new Set(CHECKS.map((c) => c.id));

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
    // Own keys only: `constructor` or `toString` would otherwise find Object.prototype's members.
    const field = Object.hasOwn(FIELDS, key) ? FIELDS[key] : undefined;
    if (!field) {
      out.problems.push({ span: keySpan(text, key), severity: 'warning', message: { zh: `未知设置项“${key}”，已忽略`, en: `Unknown setting “${key}”, ignored` } });
      continue;
    }
    if (!field.check(value)) {
      out.problems.push({
        span: keySpan(text, key),
        severity: 'error',
        message: { zh: `“${key}”的取值应为 ${field.expected}，已改用默认值`, en: `“${key}” must be ${field.expected}; the default is used` },
      });
      continue;
    }
    if (key === 'severity') {
      const good: Record<string, unknown> = {};
      for (const [id, sev] of Object.entries(value as Record<string, unknown>)) {
        if (!CHECK_IDS.has(id)) out.problems.push({ span: keySpan(text, id), severity: 'warning', message: { zh: `没有 id 为“${id}”的检查项`, en: `No check has the id “${id}”` } });
        else if (!SEVERITIES(sev)) out.problems.push({ span: keySpan(text, id), severity: 'error', message: { zh: `“${id}”的级别应为 error、warning、information、hint 或 off`, en: `The severity of “${id}” must be error, warning, information, hint or off` } });
        else good[id] = sev;
      }
      out.settings.severity = good;
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
