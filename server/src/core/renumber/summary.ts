/**
 * The mapping as an 起草说明 states it: runs of units that each moved by the same step collapse into one
 * clause (第二十一条至第六十五条依次改为第二十条至第六十四条), one sentence per kind of unit. The full
 * table (mappingReport) says the same thing unit by unit, and is what a notification cannot show.
 */
import type { NodeKind, Script } from '../types';

export interface MappingEntry {
  kind: NodeKind;
  from: string;
  to: string;
  /** 0-based line of the unit. */
  line: number;
  /** The numbers before and after, 之N as `sub` (0 for none): mappingSummary collapses runs by them. */
  fromNumber: number;
  fromSub: number;
  toNumber: number;
  toSub: number;
  /**
   * The label (as written) of the division the unit's numbering restarts in — the chapter of a 节, the 编
   * of a 分编 or of a chapter numbered per book — or '' when its numbering runs through the text.
   */
  within: string;
}

/** Articles first (what the reader looks for), then the divisions from the largest. */
const ORDER: readonly NodeKind[] = ['article', 'book', 'subbook', 'chapter', 'section'];

const WORDS = {
  simplified: { becomes: '改为', each: '分别', inTurn: '依次' },
  traditional: { becomes: '改為', each: '分別', inTurn: '依次' },
};

/** Whether `b` continues the run ending in `a`: same list, both integers, both one further. */
function continues(a: MappingEntry, b: MappingEntry): boolean {
  return (
    a.within === b.within &&
    a.fromSub === 0 && a.toSub === 0 && b.fromSub === 0 && b.toSub === 0 &&
    b.fromNumber === a.fromNumber + 1 && b.toNumber === a.toNumber + 1
  );
}

function clause(run: readonly MappingEntry[], w: (typeof WORDS)['simplified']): string {
  const first = run[0] as MappingEntry;
  const last = run[run.length - 1] as MappingEntry;
  if (run.length === 1) return `${first.within}${first.from}${w.becomes}${first.to}`;
  if (run.length === 2) return `${first.within}${first.from}、${last.from}${w.each}${w.becomes}${first.to}、${last.to}`;
  return `${first.within}${first.from}至${last.from}${w.inTurn}${w.becomes}${first.to}至${last.to}`;
}

/** One sentence per kind that moved, in the draft's script; '' when nothing moved. */
export function mappingSummary(mapping: readonly MappingEntry[], script: Script): string {
  const w = WORDS[script];
  const sentences: string[] = [];
  for (const kind of ORDER) {
    const clauses: string[] = [];
    let run: MappingEntry[] = [];
    for (const m of mapping) {
      if (m.kind !== kind) continue;
      if (run.length > 0 && !continues(run[run.length - 1] as MappingEntry, m)) {
        clauses.push(clause(run, w));
        run = [];
      }
      run.push(m);
    }
    if (run.length > 0) clauses.push(clause(run, w));
    if (clauses.length > 0) sentences.push(`${clauses.join('；')}。`);
  }
  return sentences.join('');
}
