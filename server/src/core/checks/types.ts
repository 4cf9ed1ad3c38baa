import type { ParseResult } from '../parse/parse';
import type { DocIndex } from '../refs/resolve';
import type { NumberingScopes } from '../scopes';
import type { AnalyseOptions, Finding, Message, Reference, Severity } from '../types';

/** What a check may read: the parse, the references and the index. Nothing else, no I/O. */
export interface CheckContext {
  parsed: ParseResult;
  references: readonly Reference[];
  index: DocIndex;
  scopes: NumberingScopes;
  options: AnalyseOptions;
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
