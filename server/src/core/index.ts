/**
 * LexDraft core: the only door. Pure and synchronous; no LSP, VS Code or file-system imports.
 *
 * Data flows one way: text → lines → structure tree → references → findings.
 */
import { CHECKS } from './checks/registry';
import { Prose } from './prose';
import type { Check, CheckContext } from './checks/types';
import { reparse } from './incremental';
import { parse, type ParseResult } from './parse/parse';
import { buildIndex, resolveReferences } from './refs/resolve';
import { scanReferences } from './refs/scan';
import { numberingScopes, type NumberingScopes } from './scopes';
import { departmentTable, type DepartmentTable, readDepartments } from './departments';
import { termTable, type TermTable } from './terms';
import { citationTable } from './citations';
import { type AmendmentTable, amendmentTable, type Instruction } from './amendments';
import { applyEdits } from './edits';
import { renumber as renumberText, type MappingEntry } from './renumber';
import type { Analysis, VersionState } from './analysis';
import type { AnalyseOptions, Finding, Reference, Severity } from './types';

export type * from './types';
export type { Analysis } from './analysis';
export { CHECKS } from './checks/registry';
export type { Applicability, Check, FixDeclaration } from './checks/types';
export { articleKeyLabel, labelZh } from './checks/labels';
export { parseNumeral, toChineseNumeral, isCanonicalNumeral, type Jurisdiction } from './text/numerals';
export { foldScript } from './text/fold';
export { convertScript, convertEdits } from './text/convert';
export { sentenceAround } from './text/lines';
export { firstAtOrAfter, firstStartingAtOrAfter, lastStartingAtOrBefore } from './text/offsets';
export { labelSpanOf, numeralSpanOf, spanOf, textSpanOf, walk } from './parse/nodes';
export { citationAt, titleIn, type Citation, type CitationAt, type CitationTable, type CitedProvision, type YearNote } from './citations';
export { nodeAt, referenceAt, targetsOf, referencesTo, headings, termAt, departmentAt } from './query';
export type { DepartmentTable, ResolvedMention } from './departments';
export type { TermTable, DefinedTerm } from './terms';
export { fixAll, fixDeclaration, replacementOf, type Replacement } from './fixes';
export { applyEdits } from './edits';
export { renumber, mappingReport, mappingSummary, type RenumberOptions, type RenumberResult, type MappingEntry, type RenumberMode } from './renumber';

/**
 * Analyses one version of a document: structure, references and findings of every check.
 * Never throws: text that cannot be read as structure stays paragraph text, and the checks report what
 * is inconsistent. Findings are sorted by position.
 *
 * @param text - the whole document (plain text or Markdown)
 * @param options - jurisdiction, wrapped-line joining, chapter numbering mode
 * @param previous - the analysis of the previous version: an edit inside one line's running text re-uses
 *   it (incremental.ts) when it was made with the same options (sameOptions); the result is the same
 *   either way, and `previous` is not changed
 */
export function analyse(text: string, options: AnalyseOptions = {}, previous?: Analysis): Analysis {
  const before = previous?.state;
  // A check that failed on the previous version left findings that cannot be carried: analyse in full.
  const reusable = before && previous && !options.skipReferences && sameOptions(previous.options, options) && !previous.findings.some((f) => f.code === FAILED);
  const reuse = reusable ? reparse(before, previous.references, text) : undefined;
  const parsed = reuse?.parsed ?? parse(text, options);
  const scanned = reuse ? { refs: reuse.references, carried: false, slips: reuse.slips } : options.skipReferences ? { refs: [], carried: false, slips: [] } : scanReferences(parsed);
  const references = scanned.refs;
  const index = buildIndex(parsed);
  resolveReferences(parsed, references, index);
  const scopes = numberingScopes(parsed, options);
  // What this version leaves the next, filled as the stages run.
  const state: VersionState = { parsed, quoteCarried: scanned.carried, slips: scanned.slips };
  const edit = reuse?.edit;
  const departments = once(() => {
    state.departments = readDepartments(parsed, options.departments, before?.departments, edit);
    return departmentTable(parsed, options.departments, state.departments);
  });
  const terms = once(() => termTable(parsed, options.terms, options.laws));
  const citations = once(() => citationTable(parsed, references, options.laws));
  const amendments = once(() => amendmentTable(parsed, options));
  let prose: Prose | undefined;
  const scriptsBefore = before?.scripts;
  const wholeProse = (): Prose => (prose ??= new Prose(parsed, undefined, edit && scriptsBefore !== undefined ? { scripts: scriptsBefore, edited: edit.after } : undefined));
  const context = (proseOf: () => Prose): CheckContext => ({
    parsed,
    references,
    counterSlips: scanned.slips,
    index,
    scopes,
    options,
    get prose() {
      return proseOf();
    },
    get departments() {
      return departments();
    },
    get terms() {
      return terms();
    },
    get citations() {
      return citations();
    },
    get amendments() {
      return amendments();
    },
  });
  const whole = context(wholeProse);
  // After an edit inside one line, the line-local checks read that line only and keep their other findings.
  const window = reuse?.window;
  const line = window ? context(once(() => new Prose(parsed, window))) : whole;
  const findings: Finding[] = [];
  const levels = options.levels ?? {};
  for (const check of CHECKS) {
    // A check switched off is not run; the level of one switched on is its findings' severity, set here once.
    const level = levels[check.id];
    if (level === 'off') continue;
    if (reuse && check.reach === 'line' && previous) {
      for (const f of previous.findings) {
        if (f.code !== check.id) continue;
        const kept = reuse.carry(f);
        if (kept) findings.push(kept);
      }
    }
    runCheck(check, findings, levels[FAILED], () => check.run(check.reach === 'line' ? line : whole, (f) => {
      findings.push({ ...f, code: check.id, severity: level ?? f.severity ?? check.defaultSeverity });
    }));
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.code.localeCompare(b.code));
  const analysis = finish(text, options, parsed, references, findings, scopes, departments(), terms());
  state.scripts = prose?.scriptsSeen;
  Object.defineProperty(analysis, 'state', { value: state });
  // Built when first read (hover), or already built by the citation checks; never part of a copy or its JSON.
  Object.defineProperty(analysis, 'citations', { get: citations });
  Object.defineProperty(analysis, 'amendments', { get: amendments });
  return analysis;
}

/**
 * Whether two versions were analysed with the same options, the object or a copy: the parse reads some,
 * and the findings a line check keeps from the previous version were made with its options (the stage
 * makes a placeholder an error).
 */
function sameOptions(a: AnalyseOptions, b: AnalyseOptions): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function finish(text: string, options: AnalyseOptions, parsed: ParseResult, references: Reference[], findings: Finding[], scopes: NumberingScopes, departments: DepartmentTable, terms: TermTable): Analysis {
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
    departments,
    terms,
  };
}

const FAILED = 'internal.check-failed';

/** `make`'s value, made on the first call. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/**
 * A check that fails is reported as a finding instead of taking the whole analysis down; `level` is the
 * one set for that finding's code, as for a check's.
 */
function runCheck(check: Check, findings: Finding[], level: Severity | 'off' | undefined, run: () => void): void {
  try {
    run();
  } catch (err) {
    if (level === 'off') return;
    findings.push({
      code: FAILED,
      severity: level ?? 'information',
      span: { start: 0, end: 0 },
      message: {
        zh: `检查“${check.title.zh}”内部出错，已跳过：${String(err)}`,
        en: `The check “${check.title.en}” failed and was skipped: ${String(err)}`,
      },
    });
  }
}
export * from './laws';
export * from './laws/taiwan';
export * from './versions';
export type { Instruction, Target, Quote } from './amendments';

/** What applying an instrument to its base gives (`lexdraft apply`). */
export interface Amended {
  /** The base with every instruction that could apply applied (the base itself when none could). */
  text: string;
  /** Whether the instrument's title reads as one (关于修改《…》的决定, …修正案). */
  instrument: boolean;
  instructions: Instruction[];
  /** The instrument's `amendment.*` findings (target missing, quotation not found, conflict, not understood). */
  findings: Finding[];
  /** The articles renumbered, when the instrument says 条文顺序作相应调整. */
  mapping: MappingEntry[];
}

/**
 * Applies an amendment instrument to its base text. Targets are read in the base's numbering; text no
 * instruction changes is kept as it is. With 条文顺序作相应调整 the result is renumbered as `renumber` does,
 * its references following their articles. Never throws: what cannot apply is a finding on the instrument.
 */
export function applyAmendment(base: string, instrument: string, options: AnalyseOptions = {}): Amended {
  const withBase: AnalyseOptions = { ...options, amendmentBase: () => base };
  const a = analyse(instrument, withBase);
  const findings = a.findings.filter((f) => f.code.startsWith('amendment.'));
  if (a.kind !== 'amendment') return { text: base, instrument: false, instructions: [], findings, mapping: [] };
  // The amendment checks have read the instrument and applied it to the base: their table is the result.
  const { instructions, applied } = a.amendments as AmendmentTable;
  if (!applied) return { text: base, instrument: true, instructions, findings, mapping: [] };
  const text = applyEdits(base, applied.edits);
  if (!applied.renumber) return { text, instrument: true, instructions, findings, mapping: [] };
  // Against the base as baseline: what the base already numbered oddly stays, and a gap the deletion left
  // at the start is closed (alone, a text opening at 第二条 could be an excerpt and is left as it is).
  const r = renumberText(analyse(text, options), { baseline: analyse(base, options) });
  return { text: applyEdits(text, r.edits), instrument: true, instructions, findings, mapping: r.mapping };
}
