/** punctuation.doubled: a mark doubled (，，) or two that conflict (，。), fixed by keeping one. */
import { type Prose, proseMatches } from '../prose';
import type { Check } from './types';

const DOUBLED = /([，。；：、！？])\1+|[，；][。]|[。][，；]/gu;

/** Runs of two or more of those marks: the only places DOUBLED can match (a fast first search). */
const MARK_RUN = /[，。；：、！？]{2,}/gu;

/** The matches of DOUBLED in the prose, read inside each run of marks (no match reaches beyond its run). */
function* doubledMarks(prose: Prose): Generator<{ at: number; m: RegExpMatchArray }> {
  for (const run of proseMatches(prose, MARK_RUN)) {
    for (const m of run.m[0].matchAll(DOUBLED)) yield { at: run.at + (m.index ?? 0), m };
  }
}

export const doubled: Check = {
  id: 'punctuation.doubled',
  reach: 'line',
  title: { zh: '标点重复或冲突', en: 'Doubled or conflicting punctuation' },
  defaultSeverity: 'warning',
  fix: { kind: 'replace', applicability: 'safe' },
  run({ prose }, report) {
    for (const { at, m } of doubledMarks(prose)) {
      const same = m[1] !== undefined;
      report({
        span: { start: at, end: at + m[0].length },
        message: same ? { zh: `标点“${m[1]}”重复`, en: `Doubled “${m[1]}”` } : { zh: `标点“${m[0]}”冲突，只保留一个`, en: `Conflicting punctuation “${m[0]}”: keep one` },
        data: same ? { fix: m[1] as string } : undefined,
      });
    }
  },
};
