/** Output formats of `lexdraft check`: text (one line per finding), JSON and SARIF 2.1.0. */
import type * as Sarif from 'sarif';
import { CHECKS, type Finding, type Severity } from '../core';
import { LineMap } from '../lsp/positions';

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
}

export function flatten(file: string, text: string, findings: readonly Finding[], lang: Lang): FlatFinding[] {
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

const SEVERITY_ZH: Record<Severity, string> = { error: '错误', warning: '警告', information: '提示', hint: '建议' };

export function formatText(all: readonly FlatFinding[], fileCount: number, lang: Lang): string {
  const lines = all.map((f) => `${f.file}:${f.line}:${f.column}: ${lang === 'zh' ? SEVERITY_ZH[f.severity] : f.severity} ${f.code} ${f.message}`);
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

export function formatSarif(all: readonly FlatFinding[], version: string, lang: Lang): string {
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
          artifactLocation: { uri: f.file.split('\\').join('/') },
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
        },
      },
    ],
  }));
  const log: Sarif.Log = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [{ tool: { driver: { name: 'LexDraft', version, informationUri: 'https://github.com/lexdraft/lexdraft', rules } }, columnKind: 'utf16CodeUnits', results }],
  };
  return JSON.stringify(log, null, 2);
}
