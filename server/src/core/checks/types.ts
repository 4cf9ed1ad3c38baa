import type { DepartmentTable } from '../departments';
import type { ParseResult } from '../parse/parse';
import type { DocIndex } from '../refs/resolve';
import type { NumberingScopes } from '../scopes';
import type { TermTable } from '../terms';
import type { AnalyseOptions, Finding, Message, Reference, Severity } from '../types';
import type { Prose } from './text-scan';

/**
 * What a check may read: the parse, the references and the index, and the tables built from them. Nothing
 * else, no I/O. The tables are built on first use, once per analysis: a check that does not read one
 * costs nothing.
 */
export interface CheckContext {
  parsed: ParseResult;
  references: readonly Reference[];
  index: DocIndex;
  scopes: NumberingScopes;
  options: AnalyseOptions;
  /** The prose the text checks read: the document's, or only the edited line's for a `line` check after an edit inside one line. */
  readonly prose: Prose;
  /** Responsibilities articles and department mentions (drafting-rules §6). */
  readonly departments: DepartmentTable;
  /** Defined terms and undefined candidates (drafting-rules §5). */
  readonly terms: TermTable;
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
  run(ctx: CheckContext, report: Report): void;
}
