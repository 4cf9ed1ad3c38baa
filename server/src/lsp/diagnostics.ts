/**
 * Findings → LSP diagnostics, with the message language applied. Severity overrides are the analysis's
 * `levels`: the core neither runs a check that is off nor leaves a finding at another level.
 */
import { type Diagnostic, DiagnosticSeverity, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import { CHECKS, type Severity } from '../core';
import type { CachedAnalysis } from './cache';
import { LineMap } from '../positions';
import type { WorkspaceConfig } from '../config/workspace-config';

/** Every check has a page in docs/checks/ (a registry test says so); other codes have none. */
const DOCUMENTED = new Set(CHECKS.map((c) => c.id));

const LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What diagnostics are made from: an analysis and where its spans are (lines, or a Word document's paragraphs). */
export type DiagnosticSource = Pick<CachedAnalysis, 'uri' | 'version' | 'analysis' | 'reduced'> & { lines: Pick<LineMap, 'range'> };

/** `checkDocs`: where the client can open the check pages (InitializationOptions), for each diagnostic's link. */
export function toDiagnostics(entry: DiagnosticSource, lang: 'zh' | 'en', checkDocs?: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (entry.reduced) {
    const mb = (entry.analysis.text.length / 1e6).toFixed(1);
    out.push({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Information,
      code: 'lexdraft.large-file',
      source: 'lexdraft',
      message:
        lang === 'zh'
          ? `文件较大（约 ${mb} 百万字符，超过 lexdraft.maxFileSize），仅检查结构和编号，未检查引用`
          : `Large file (about ${mb} M characters, over lexdraft.maxFileSize): structure and numbering checked, references not`,
      data: { version: entry.version },
    });
  }
  for (const f of entry.analysis.findings) {
    const related: DiagnosticRelatedInformation[] | undefined = f.related?.map((r) => ({
      location: { uri: entry.uri, range: entry.lines.range(r.span) },
      message: r.message[lang],
    }));
    out.push({
      range: entry.lines.range(f.span),
      severity: LSP_SEVERITY[f.severity],
      code: f.code,
      codeDescription: checkDocs && DOCUMENTED.has(f.code) ? { href: `${checkDocs}${f.code}.md` } : undefined,
      source: 'lexdraft',
      message: f.message[lang],
      relatedInformation: related,
      data: { version: entry.version, ...(f.data ?? {}) },
    });
  }
  return out;
}

/** The problems of a `.lexdraft.json` as diagnostics on that file. */
export function configDiagnostics(config: WorkspaceConfig, lang: 'zh' | 'en'): Diagnostic[] {
  const lines = new LineMap(config.text);
  return config.problems.map((p) => ({
    range: lines.range(p.span),
    severity: p.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: 'lexdraft',
    code: 'lexdraft.config',
    message: p.message[lang],
  }));
}
