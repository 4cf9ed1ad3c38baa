/** Settings: schema defaults, validation of what the client sends, and the message language. */
import type { AnalyseOptions, DepartmentOptions, Severity, TermOptions } from '../core';

export type SeverityOverride = Severity | 'off';

export interface Settings {
  messageLanguage: 'auto' | 'zh' | 'en';
  severity: Record<string, SeverityOverride>;
  jurisdiction: 'auto' | 'prc' | 'tw';
  chapterNumbering: 'auto' | 'continuous' | 'perBook';
  joinWrappedLines: boolean;
  /** Debounce between the last change and re-analysis, in milliseconds. */
  diagnosticsDelay: number;
  /** Above this size (characters) a file gets a reduced check (structure and numbering, no references). */
  maxFileSize: number;
  departments: DepartmentOptions;
  terms: TermOptions;
  stage: 'draft' | 'final';
}

export const DEFAULT_SETTINGS: Settings = {
  messageLanguage: 'auto',
  severity: {},
  jurisdiction: 'auto',
  chapterNumbering: 'auto',
  joinWrappedLines: true,
  diagnosticsDelay: 200,
  maxFileSize: 5_000_000,
  departments: {},
  terms: {},
  stage: 'draft',
};

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

function oneOf<T extends string>(v: unknown, allowed: readonly T[], fallback: T): T {
  return typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : fallback;
}

/** Settings from whatever the client sent; wrong types fall back to defaults, field by field. */
export function readSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const severity: Record<string, SeverityOverride> = {};
  if (r.severity && typeof r.severity === 'object') {
    for (const [k, v] of Object.entries(r.severity as Record<string, unknown>)) {
      if (typeof v === 'string' && SEVERITIES.has(v)) severity[k] = v as SeverityOverride;
    }
  }
  const delay = typeof r.diagnosticsDelay === 'number' && Number.isFinite(r.diagnosticsDelay) ? r.diagnosticsDelay : DEFAULT_SETTINGS.diagnosticsDelay;
  return {
    messageLanguage: oneOf(r.messageLanguage, ['auto', 'zh', 'en'], 'auto'),
    severity,
    jurisdiction: oneOf(r.jurisdiction, ['auto', 'prc', 'tw'], 'auto'),
    chapterNumbering: oneOf(r.chapterNumbering, ['auto', 'continuous', 'perBook'], 'auto'),
    joinWrappedLines: typeof r.joinWrappedLines === 'boolean' ? r.joinWrappedLines : true,
    diagnosticsDelay: Math.max(0, Math.min(5000, delay)),
    maxFileSize:
      typeof r.maxFileSize === 'number' && Number.isFinite(r.maxFileSize) && r.maxFileSize > 0 ? r.maxFileSize : DEFAULT_SETTINGS.maxFileSize,
    departments: readDepartments(r.departments),
    terms: readTerms(r.terms),
    stage: oneOf(r.stage, ['draft', 'final'], 'draft'),
  };
}

const list = (v: unknown): string[] | undefined => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : undefined);
const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/** Department settings field by field; what is malformed is dropped. */
function readDepartments(raw: unknown): DepartmentOptions {
  const d = obj(raw);
  const out: DepartmentOptions = {};
  const articles = Array.isArray(d.responsibilitiesArticles) ? d.responsibilitiesArticles.filter((n): n is number => Number.isInteger(n) && (n as number) > 0) : [];
  if (articles.length) out.responsibilitiesArticles = articles;
  for (const k of ['lexicon', 'generic', 'ignore'] as const) {
    const l = list(d[k]);
    if (l?.length) out[k] = l;
  }
  const aliases = Object.entries(obj(d.aliases)).filter((e): e is [string, string] => typeof e[1] === 'string');
  if (aliases.length) out.aliases = Object.fromEntries(aliases);
  if (d.legacyNames === 'on' || d.legacyNames === 'off' || d.legacyNames === 'auto') out.legacyNames = d.legacyNames;
  return out;
}

function readTerms(raw: unknown): TermOptions {
  const t = obj(raw);
  const out: TermOptions = {};
  for (const k of ['glossary', 'ignore', 'superiorLaw'] as const) {
    const l = list(t[k]);
    if (l?.length) out[k] = l;
  }
  return out;
}

/**
 * `auto` is the draft's language, Chinese for every draft LexDraft reads: not the editor's display language,
 * which many Chinese drafters keep in English. English only when chosen.
 */
export function messageLanguage(settings: Settings): 'zh' | 'en' {
  return settings.messageLanguage === 'en' ? 'en' : 'zh';
}

export function analyseOptions(settings: Settings): AnalyseOptions {
  return {
    jurisdiction: settings.jurisdiction,
    joinWrappedLines: settings.joinWrappedLines,
    chapterNumbering: settings.chapterNumbering === 'auto' ? undefined : settings.chapterNumbering,
    departments: settings.departments,
    terms: settings.terms,
    stage: settings.stage,
    levels: settings.severity,
  };
}
