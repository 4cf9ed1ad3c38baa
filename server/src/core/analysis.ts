/**
 * What analyse() returns (index.ts), and what one version leaves the next. Kept apart from types.ts,
 * which every stage reads: the analysis names the numbering scopes, the parse and the department and
 * term tables, which read types.ts themselves.
 */
import type { AmendmentTable } from './amendments';
import type { CitationTable } from './citations';
import type { DepartmentReading, DepartmentTable } from './departments';
import type { ParseResult } from './parse/parse';
import type { NumberingScopes } from './scopes';
import type { TermTable } from './terms';
import type { CounterSlip } from './refs/missing-counter';
import type { AnalyseOptions, DocumentStructure, Finding, Reference } from './types';

/** Everything known about one version of a document; every feature reads this, nothing re-parses. */
export interface Analysis extends DocumentStructure {
  text: string;
  references: Reference[];
  findings: Finding[];
  /** The sibling lists that each number 1, 2, 3 … (shared by checks and renumbering). */
  scopes: NumberingScopes;
  /** The options the analysis was made with. */
  options: AnalyseOptions;
  /** Responsibilities articles and department mentions. */
  departments: DepartmentTable;
  /** Defined terms and undefined candidates. */
  terms: TermTable;
  /**
   * The 《titles》 the prose cites with their laws, versions and provisions (citationAt reads it for hover):
   * built on first read, or already by the citation checks. Not enumerable, and absent on a copy.
   */
  readonly citations?: CitationTable;
  /** An amendment instrument's instructions and what they do to its base (when known); read by `applyAmendment`. */
  readonly amendments?: AmendmentTable;
  /**
   * What the next version's analysis may re-use; not for features. Not enumerable: a copy, a comparison
   * or the JSON of an analysis leaves it out.
   */
  readonly state?: VersionState;
}

/**
 * The stages' results of one version that the next version's analysis re-uses after an edit inside one
 * line (incremental.ts), handed on with the previous analysis. Nothing in it links to the version before
 * (the edit between two versions is an argument of the stages, never kept), so each version keeps only
 * itself alive.
 */
export interface VersionState {
  parsed: ParseResult;
  /**
   * The references were read with replacement text quoted across paragraphs: then the references of one
   * paragraph depend on the paragraphs before it, and no paragraph is read again alone.
   */
  quoteCarried: boolean;
  /** The articles' numbers the reference scan found without their 条 (read again with their paragraph after an edit). */
  slips: readonly CounterSlip[];
  /** The department mentions and their lexicon (the analysis builds the department table every time). */
  departments?: DepartmentReading;
  /** The scripts the prose may hold (Prose.scripts), when text.mixed-script asked. */
  scripts?: number;
}
