/**
 * The kinds of value a setting takes. A kind is declared once and gives all that reads such a value:
 * package.json's schema, the `.lexdraft.json` check with the form its problem shows, and the settings
 * reader; so the editor, the workspace file and the CLI cannot disagree about a value.
 */
import type { Message } from '../core';

export interface Kind<T> {
  /** The JSON schema package.json declares (default and description are the setting's). */
  readonly schema: Readonly<Record<string, unknown>>;
  /** The form a `.lexdraft.json` problem shows: `"auto" | "zh" | "en"`. */
  readonly expected: string;
  /** Whether a value written in `.lexdraft.json` is taken; one that is not is reported, and the default used. */
  accepts(v: unknown): boolean;
  /**
   * What a value means, read leniently (an editor's settings are not reported on): the parts of the right
   * form are kept; undefined means the default.
   */
  read(v: unknown): T | undefined;
  /** For a table judged entry by entry (severity): why an entry is dropped, reported on its key. */
  entryProblem?(key: string, v: unknown): { severity: 'error' | 'warning'; message: Message } | undefined;
}

export interface Choice<T extends string> extends Kind<T> {
  readonly values: readonly T[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `a、b 或 c` / `a, b or c`: the values a flag or an entry may take, in a message. */
export function alternatives(values: readonly string[]): Message {
  const last = values.length - 1;
  return { zh: `${values.slice(0, last).join('、')} 或 ${values[last]}`, en: `${values.slice(0, last).join(', ')} or ${values[last]}` };
}

export function oneOf<const T extends string>(...values: T[]): Choice<T> {
  const accepts = (v: unknown): v is T => typeof v === 'string' && (values as readonly string[]).includes(v);
  return {
    values,
    schema: { type: 'string', enum: values },
    expected: values.map((v) => `"${v}"`).join(' | '),
    accepts,
    read: (v) => (accepts(v) ? v : undefined),
  };
}

export const flag: Kind<boolean> = {
  schema: { type: 'boolean' },
  expected: 'true | false',
  accepts: (v) => typeof v === 'boolean',
  read: (v) => (typeof v === 'boolean' ? v : undefined),
};

/**
 * A number. In `.lexdraft.json` one under the lower bound is a mistake; from the editor, whose own schema
 * check only warns, it is raised to an inclusive `minimum`, or means the default at an exclusive one. Past
 * `maximum` it is taken as the maximum, from either: a longer delay is a choice, not a mistake.
 */
export function number(bounds: { minimum?: number; exclusiveMinimum?: number; maximum?: number }): Kind<number> {
  const { minimum = -Infinity, exclusiveMinimum = -Infinity, maximum = Infinity } = bounds;
  return {
    schema: { type: 'number', ...bounds },
    expected: bounds.exclusiveMinimum !== undefined ? `a number > ${exclusiveMinimum}` : bounds.minimum !== undefined ? `a number ≥ ${minimum}` : 'a number',
    accepts: (v) => typeof v === 'number' && v >= minimum && v > exclusiveMinimum,
    read: (v) => (typeof v === 'number' && Number.isFinite(v) && v > exclusiveMinimum ? Math.max(minimum, Math.min(maximum, v)) : undefined),
  };
}

/** One string (a file's path); a blank one is none. */
export const text: Kind<string> = {
  schema: { type: 'string' },
  expected: '"…"',
  accepts: (v) => typeof v === 'string',
  read: (v) => (typeof v === 'string' && v.trim() !== '' ? v : undefined),
};

/** A list of words; blank ones mean nothing and are left out, an empty list is none. */
export const words: Kind<string[]> = {
  schema: { type: 'array', items: { type: 'string' } },
  expected: '["…"]',
  accepts: (v) => Array.isArray(v) && v.every((x) => typeof x === 'string'),
  read: (v) => nonEmpty(Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : []),
};

/** Article numbers (1, 2, …). */
export const articleNumbers: Kind<number[]> = {
  schema: { type: 'array', items: { type: 'integer', minimum: 1 } },
  expected: '[5]',
  accepts: (v) => Array.isArray(v) && v.every(positiveInteger),
  read: (v) => nonEmpty(Array.isArray(v) ? v.filter(positiveInteger) : []),
};

function positiveInteger(n: unknown): n is number {
  return Number.isInteger(n) && (n as number) > 0;
}

const nonEmpty = <T>(list: T[]): T[] | undefined => (list.length ? list : undefined);

/** Names written → canonical names (aliases). */
export const names: Kind<Record<string, string>> = {
  schema: { type: 'object', additionalProperties: { type: 'string' } },
  expected: '{ "别称": "规范名" }',
  accepts: (v) => isObject(v) && Object.values(v).every((x) => typeof x === 'string'),
  read: (v) => {
    const entries = Object.entries(isObject(v) ? v : {}).filter((e): e is [string, string] => typeof e[1] === 'string');
    return entries.length ? Object.fromEntries(entries) : undefined;
  },
};

/** Amounts by name (`{ "江苏": [50000, 200000] }`): one or two positive numbers each, the general and the raised cap. */
export const caps: Kind<Record<string, number[]>> = {
  schema: { type: 'object', additionalProperties: { type: 'array', items: { type: 'number', exclusiveMinimum: 0 }, minItems: 1, maxItems: 2 } },
  expected: '{ "名称": [一般限额, 较高限额] }',
  accepts: (v) => isObject(v) && Object.values(v).every(isCap),
  read: (v) => {
    const entries = Object.entries(isObject(v) ? v : {}).filter((e): e is [string, number[]] => isCap(e[1]));
    return entries.length ? Object.fromEntries(entries) : undefined;
  },
};

const isCap = (v: unknown): v is number[] => Array.isArray(v) && v.length >= 1 && v.length <= 2 && v.every((x) => typeof x === 'number' && Number.isFinite(x) && x > 0);

/**
 * An object of known fields, each of its own kind; a file may leave any out but name no other. Read
 * field by field: a malformed one is dropped and the others kept.
 */
export function fields<S extends object>(shape: { [K in keyof S]-?: Kind<NonNullable<S[K]>> }): Kind<S> {
  const entries = Object.entries(shape) as [string, Kind<unknown>][];
  return {
    schema: { type: 'object', properties: Object.fromEntries(entries.map(([k, kind]) => [k, kind.schema])), additionalProperties: false },
    expected: `{ ${entries.map(([k, kind]) => `"${k}": ${kind.expected}`).join(', ')} }`,
    accepts: (v) => isObject(v) && Object.keys(v).every((k) => Object.hasOwn(shape, k)) && entries.every(([k, kind]) => v[k] === undefined || kind.accepts(v[k])),
    read: (v) => {
      const given = isObject(v) ? v : {};
      const out: Record<string, unknown> = {};
      for (const [k, kind] of entries) {
        const value = kind.read(given[k]);
        if (value !== undefined) out[k] = value;
      }
      return out as S;
    },
  };
}

/**
 * A table from check id to a level. A file's table is judged entry by entry: an unknown id or a bad
 * level is reported on its key and dropped, and the rest of the table kept.
 */
export function levels<T extends string>(level: Choice<T>, ids: ReadonlySet<string>): Kind<Record<string, T>> {
  const allowed = alternatives(level.values);
  return {
    schema: { type: 'object', additionalProperties: level.schema },
    expected: `{ "check.id": ${level.expected} }`,
    accepts: isObject,
    read: (v) => {
      const out: Record<string, T> = {};
      if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (level.accepts(x)) out[k] = x as T;
      return out;
    },
    entryProblem: (id, v) => {
      if (!ids.has(id)) return { severity: 'warning', message: { zh: `没有 id 为“${id}”的检查项`, en: `No check has the id “${id}”` } };
      if (!level.accepts(v)) return { severity: 'error', message: { zh: `“${id}”的级别应为 ${allowed.zh}`, en: `The severity of “${id}” must be ${allowed.en}` } };
      return undefined;
    },
  };
}
