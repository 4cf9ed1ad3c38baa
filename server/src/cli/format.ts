/** Output formats of `lexdraft check`: text (one line per finding), JSON and SARIF 2.1.0. */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { CHECKS, type Analysis, type Finding, type Severity } from '../core';
import { LineMap } from '../positions';
import { type ParagraphMap, placeInWord, wordPlace } from '../paragraphs';

export type Lang = 'zh' | 'en';

/** One finding with 1-based positions, as in the JSON output. */
export interface FlatFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  code: string;
  message: string;
  /**
   * A Word document's paragraph (段落 N), which `line` then is too, and a label to find it by: the article
   * the finding is in (第五条), or outside articles the paragraph's own numbering label (第二章).
   */
  paragraph?: number;
  label?: string;
}

/**
 * The findings with 1-based positions. In a Word document (`docx`) a position is the paragraph and the
 * column within it, since Word shows no line numbers, with the article label to find it by.
 */
export function flatten(file: string, text: string, findings: readonly Finding[], lang: Lang, docx?: { paragraphs: ParagraphMap; analysis: Analysis }): FlatFinding[] {
  if (docx) {
    return findings.map((f) => {
      const start = placeInWord(docx.analysis, docx.paragraphs, f.span.start);
      const end = docx.paragraphs.at(f.span.end);
      const flat: FlatFinding = { file, line: start.paragraph, column: start.character + 1, endLine: end.paragraph, endColumn: end.character + 1, severity: f.severity, code: f.code, message: f.message[lang], paragraph: start.paragraph };
      if (start.label !== undefined) flat.label = start.label;
      return flat;
    });
  }
  const map = new LineMap(text);
  return findings.map((f) => {
    const r = map.range(f.span);
    return {
      file,
      line: r.start.line + 1,
      column: r.start.character + 1,
      endLine: r.end.line + 1,
      endColumn: r.end.character + 1,
      severity: f.severity,
      code: f.code,
      message: f.message[lang],
    };
  });
}

/** A file that was not checked, or checked with a remark (empty), for stderr and the SARIF invocation. */
export interface Notice {
  /** The file, when the notice is about one. */
  file?: string;
  /** The line printed on stderr. */
  message: string;
  /** error: the file could not be checked (exit 2); note: it was, with a remark. */
  level: 'error' | 'note';
}

// Characters that end or break a line in a terminal or a log: C0 and C1 controls, DEL, the separators.
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const BREAKS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/gu;

/**
 * A file name as it can stand in one line of output: as it is, or, when it holds a control character (a
 * newline is legal in a name), quoted with JSON's escapes so that nothing in it can start a new line.
 */
export function quoteName(name: string): string {
  return name.search(BREAKS) >= 0 ? oneLine(JSON.stringify(name)) : name;
}

/** Text that must stay one line (a stderr message naming a file), its breaks escaped as `\\uXXXX`. */
export function oneLine(text: string): string {
  return text.replace(BREAKS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const SEVERITY_ZH: Record<Severity, string> = { error: '错误', warning: '警告', information: '提示', hint: '建议' };

/** A finding as one line of text, the way `check` prints it: `file:line:column: severity code message`. */
export function formatLine(f: Pick<FlatFinding, 'file' | 'line' | 'column' | 'severity' | 'code' | 'message' | 'paragraph' | 'label'>, lang: Lang): string {
  return `${quoteName(f.file)}:${f.line}:${f.column}: ${lang === 'zh' ? SEVERITY_ZH[f.severity] : f.severity} ${f.code} ${f.message}${whereInWord(f, lang)}`;
}

/** For a Word document, where Word shows the finding: ` [段落 12 · 第五条]`. */
function whereInWord(f: Pick<FlatFinding, 'paragraph' | 'label'>, lang: Lang): string {
  return f.paragraph === undefined ? '' : wordPlace(f.paragraph, f.label, lang);
}

export function formatText(all: readonly FlatFinding[], fileCount: number, lang: Lang): string {
  const lines = all.map((f) => formatLine(f, lang));
  const count = (s: Severity): number => all.filter((f) => f.severity === s).length;
  const e = count('error');
  const w = count('warning');
  const other = all.length - e - w;
  lines.push(
    lang === 'zh'
      ? `检查了 ${fileCount} 个文件：${e} 个错误，${w} 个警告，${other} 个提示`
      : `${fileCount} file(s) checked: ${e} error(s), ${w} warning(s), ${other} other`,
  );
  return lines.join('\n');
}

const SARIF_LEVEL: Record<Severity, Sarif.Result.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

const SRCROOT = '%SRCROOT%';

/**
 * Where a file is, as SARIF wants it: a URI reference relative to %SRCROOT% (the working directory) for a
 * file under it, an absolute file URI for one outside; percent-encoded either way (a space, #, %, a
 * newline or a Chinese name are not URI characters).
 */
export function artifactLocation(file: string, cwd: string): Sarif.ArtifactLocation {
  const abs = resolve(cwd, file);
  const rel = relative(cwd, abs);
  const href = pathToFileURL(abs).href;
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return { uri: href };
  const base = rootUri(cwd);
  const uri = href.startsWith(base) ? href.slice(base.length) : href;
  if (uri === href) return { uri };
  // A first segment with a colon would read as a scheme (`a:b.txt`): `./` keeps it a path.
  return { uri: /^[^/]*:/u.test(uri) ? `./${uri}` : uri, uriBaseId: SRCROOT };
}

/** The working directory's file URI, ending in a slash as a base URI must. */
function rootUri(cwd: string): string {
  const href = pathToFileURL(cwd).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** What the SARIF log says about the run itself: where relative URIs start, what was skipped, the exit code. */
export interface SarifRun {
  cwd: string;
  notices: readonly Notice[];
  exitCode: number;
}

export function formatSarif(all: readonly FlatFinding[], version: string, lang: Lang, run: SarifRun): string {
  const rules: Sarif.ReportingDescriptor[] = CHECKS.map((c) => ({
    id: c.id,
    shortDescription: { text: c.title[lang] },
    defaultConfiguration: { level: SARIF_LEVEL[c.defaultSeverity] },
  }));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results: Sarif.Result[] = all.map((f) => ({
    ruleId: f.code,
    ...(ruleIndex.has(f.code) ? { ruleIndex: ruleIndex.get(f.code) } : {}),
    level: SARIF_LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(f.file, run.cwd),
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
        },
      },
    ],
  }));
  const log: Sarif.Log = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: { driver: { name: 'LexDraft', version, informationUri: 'https://github.com/lexdraft/lexdraft', rules } },
        invocations: [invocation(run)],
        originalUriBaseIds: { [SRCROOT]: { uri: rootUri(run.cwd) } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}

/** The run's invocation: it succeeded unless a file could not be checked; each skipped file a notification. */
function invocation(run: SarifRun): Sarif.Invocation {
  return {
    executionSuccessful: !run.notices.some((n) => n.level === 'error'),
    exitCode: run.exitCode,
    toolExecutionNotifications: run.notices.map((n) => ({
      level: n.level,
      message: { text: n.message },
      ...(n.file === undefined ? {} : { locations: [{ physicalLocation: { artifactLocation: artifactLocation(n.file, run.cwd) } }] }),
    })),
  };
}
