/**
 * LexDraft core: the only door. Pure and synchronous; no LSP, VS Code or file-system imports.
 *
 * Data flows one way: text → lines → structure tree → references → findings.
 */
import { CHECKS } from './checks/registry';
import type { Check } from './checks/types';
import { parse } from './parse/parse';
import { buildIndex, resolveReferences } from './refs/resolve';
import { scanReferences } from './refs/scan';
import { numberingScopes } from './scopes';
import { departmentTable } from './departments';
import { termTable } from './terms';
import type { AnalyseOptions, Analysis, Finding } from './types';

export type * from './types';
export { CHECKS } from './checks/registry';
export type { Check } from './checks/types';
export { parseNumeral, toChineseNumeral, isCanonicalNumeral, type Jurisdiction } from './text/numerals';
export { foldScript } from './text/fold';
export { convertScript, convertEdits } from './text/convert';
export { sentenceAround } from './text/lines';
export { walk } from './parse/nodes';
export { nodeAt, referenceAt, targetsOf, referencesTo, headings, termAt, departmentAt } from './query';
export type { DepartmentTable, ResolvedMention } from './departments';
export type { TermTable, DefinedTerm } from './terms';
export { fixAll, fixOf } from './fixes';
export { renumber, mappingReport, applyEdits, type RenumberOptions, type RenumberResult, type MappingEntry, type TextEdit, type RenumberMode } from './renumber';

/**
 * Analyses one version of a document: structure, references and findings of every check.
 * Never throws: text that cannot be read as structure stays paragraph text, and the checks report what
 * is inconsistent. Findings are sorted by position.
 *
 * @param text - the whole document (plain text or Markdown)
 * @param options - jurisdiction, wrapped-line joining, chapter numbering mode
 */
export function analyse(text: string, options: AnalyseOptions = {}): Analysis {
  const parsed = parse(text, options);
  const references = options.skipReferences ? [] : scanReferences(parsed);
  const index = buildIndex(parsed);
  resolveReferences(parsed, references, index);
  const scopes = numberingScopes(parsed, options);
  const findings: Finding[] = [];
  for (const check of CHECKS) runCheck(check, findings, () => check.run({ parsed, references, index, scopes, options }, (f) => {
    findings.push({ ...f, code: check.id, severity: f.severity ?? check.defaultSeverity });
  }));
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.code.localeCompare(b.code));
  return {
    text,
    jurisdiction: parsed.jurisdiction,
    script: parsed.script,
    kind: parsed.kind,
    title: parsed.title,
    toc: parsed.toc,
    children: parsed.children,
    divisions: parsed.divisions,
    articles: parsed.articles,
    references,
    findings,
    lineStarts: parsed.lineStarts,
    scopes,
    options,
    departments: departmentTable(parsed, options.departments),
    terms: termTable(parsed, options.terms),
  };
}

/** A check that fails is reported as a finding instead of taking the whole analysis down. */
function runCheck(check: Check, findings: Finding[], run: () => void): void {
  try {
    run();
  } catch (err) {
    findings.push({
      code: 'internal.check-failed',
      severity: 'information',
      span: { start: 0, end: 0 },
      message: {
        zh: `检查“${check.title.zh}”内部出错，已跳过：${String(err)}`,
        en: `The check “${check.title.en}” failed and was skipped: ${String(err)}`,
      },
    });
  }
}
