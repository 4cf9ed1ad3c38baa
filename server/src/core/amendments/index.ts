/**
 * The amendment table of an instrument whose base text is known (`AnalyseOptions.amendmentBase`): its
 * instructions, the clauses not understood, and what stops instructions from applying to the base. Without
 * the text, an instrument of a national law is checked against the law index (national.ts): targets only.
 * Built on first use, for the `amendment.*` checks; nothing is read for a text that is not an instrument.
 */
import { parse, type ParseResult } from '../parse/parse';
import type { AnalyseOptions, Span } from '../types';
import { applyInstructions, type Applied, type Problem } from './apply';
import { readInstrument, type Instruction } from './instrument';
import { nationalProblems } from './national';

export { applyInstructions, type Applied, type Problem, type ProblemKind } from './apply';
export { readInstrument, type Instruction, type Quote, type ReadInstrument, type Target } from './instrument';

export interface AmendmentTable {
  instructions: Instruction[];
  unparsed: Span[];
  problems: Problem[];
  /** The base's structure and the edits that amend it (undefined when no base is known). */
  base?: ParseResult;
  applied?: Applied;
}

const NONE: AmendmentTable = Object.freeze({ instructions: [], unparsed: [], problems: [] }) as AmendmentTable;

export function amendmentTable(instrument: ParseResult, options: AnalyseOptions): AmendmentTable {
  if (instrument.kind !== 'amendment') return NONE;
  const text = options.amendmentBase?.();
  if (text === undefined) {
    // No text, but a national law named in the title: its targets against the index's article shapes.
    if (!options.laws) return NONE;
    const read = readInstrument(instrument.source, instrument.folded);
    return { instructions: read.instructions, unparsed: [], problems: nationalProblems(instrument, read.instructions, options.laws()) };
  }
  const base = parse(text, options);
  const read = readInstrument(instrument.source, instrument.folded);
  const applied = applyInstructions(base, read.instructions);
  return { instructions: read.instructions, unparsed: read.unparsed, problems: applied.problems, base, applied };
}
