/**
 * What analyse() returns (index.ts). Kept apart from types.ts, which every stage reads: the analysis
 * names the numbering scopes and the department and term tables, which read types.ts themselves.
 */
import type { DepartmentTable } from './departments';
import type { NumberingScopes } from './scopes';
import type { TermTable } from './terms';
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
  /** Responsibilities articles and department mentions (drafting-rules §6). */
  departments: DepartmentTable;
  /** Defined terms and undefined candidates (drafting-rules §5). */
  terms: TermTable;
}
