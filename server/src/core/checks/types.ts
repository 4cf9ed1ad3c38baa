import type { AmendmentTable } from '../amendments';
import type { CitationTable } from '../citations';
import type { DepartmentTable } from '../departments';
import type { ParseResult } from '../parse/parse';
import type { DocIndex } from '../refs/resolve';
import type { NumberingScopes } from '../scopes';
import type { TermTable } from '../terms';
import type { AnalyseOptions, Finding, Message, Reference, Severity } from '../types';
import type { Prose } from '../prose';
import type { CounterSlip } from '../refs/missing-counter';

/**
 * What a check may read: the parse, the references and the index, and the tables built from them. Nothing
 * else, no I/O. Each table is built once per analysis, on first use; the analysis itself holds the department
 * and term tables, so those two are built for every analysis, while the prose is built only when a check asks.
 */
export interface CheckContext {
  parsed: ParseResult;
  references: readonly Reference[];
  /** Articles' numbers written without their 条 before a path (第二十六第一项), as the reference scan met them. */
  counterSlips: readonly CounterSlip[];
  index: DocIndex;
  scopes: NumberingScopes;
  options: AnalyseOptions;
  /** The prose the text checks read: the document's, or only the edited line's for a `line` check after an edit inside one line. */
  readonly prose: Prose;
  /** Responsibilities articles and department mentions. */
  readonly departments: DepartmentTable;
  /** Defined terms and undefined candidates. */
  readonly terms: TermTable;
  /** The 《titles》 the prose cites, looked up in the national law index (which only this table asks for). */
  readonly citations: CitationTable;
  /** An instrument's instructions applied to its base (empty unless the text is one and its base is known). */
  readonly amendments: AmendmentTable;
}

/** A finding as a check reports it; the registry adds the check's id and default severity. */
export type Report = (f: Omit<Finding, 'code' | 'severity'> & { severity?: Severity }) => void;

export interface Check {
  /** Permanent id (`numbering.article-sequence`); ids are never reused. */
  id: string;
  title: Message;
  defaultSeverity: Severity;
  /**
   * `line` when every finding depends only on the text of the line it stands in (and on that line being
   * prose): after an edit inside one line, only that line is checked again and the other findings are
   * kept. Anything that reads beyond its line (structure, references, counts over the document) is
   * `document`, the default: it runs again on the whole text.
   */
  reach?: 'line' | 'document';
  /** How its findings are fixed, when they are (fixes.ts reads it for the editor's quick fixes and fix-all). */
  fix?: FixDeclaration;
  run(ctx: CheckContext, report: Report): void;
}

/**
 * How sure a fix is (rust-analyzer's applicability, markdownlint's fixInfo):
 * - `safe`: mechanical, right wherever it applies: a preferred quick fix, and part of fix-all;
 * - `confirm`: right for the place, but the drafter looks at each one: a preferred quick fix, never fix-all;
 * - `suggestion`: one choice among others: a quick fix offered but not preferred, never fix-all.
 * A finding's `suggestions` are always `suggestion`.
 */
export type Applicability = 'safe' | 'confirm' | 'suggestion';

/**
 * What fixes a check's findings:
 * - `replace`: the finding's `data.fix` is the new text of its span (`''` deletes it);
 * - `canonical`: the finding's `data.canonical`, the canonical form of what its span writes, replaces it;
 * - `renumber`: renumbering the whole text, its references rewritten, fixes it; one quick fix for every
 *   such finding, chosen by the drafter (never fix-all).
 * A finding without the `data` field its check declares has no such fix.
 */
export type FixDeclaration = { kind: 'replace' | 'canonical'; applicability: Applicability } | { kind: 'renumber' };
