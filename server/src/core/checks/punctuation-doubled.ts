/** punctuation.doubled: a mark doubled (，，) or two that conflict (，。), fixed by keeping one. */
import { type Prose, proseMatches } from '../prose';
import { hasBoxDrawing, isBoxDrawing } from '../text/chars';
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

/**
 * Whether the marks at [at, end) stand at a cell's edge on a row of a drawn table (a line holding box-drawing
 * characters: │、、│, ┤：：, │，，之荷). Such a table may set its cells' text vertically, a character a column (a
 * form's 主旨： / 受文者： headings side by side, two lists of 學系、), so two marks there belong to two columns, not
 * one sentence, and the fix, safe elsewhere, would cut a mark out of a form. Marks between two words of one cell
 * (│走廊、樓梯、廁所、倉庫、、貯藏室│) are a sentence's and are reported.
 */
function atDrawnCellEdge(s: string, at: number, end: number): boolean {
  const start = s.lastIndexOf('\n', at - 1) + 1;
  const stop = s.indexOf('\n', at);
  if (!hasBoxDrawing(s, start, stop < 0 ? s.length : stop)) return false;
  const edge = (i: number): boolean => i < start || i >= (stop < 0 ? s.length : stop) || isBoxDrawing(s.charCodeAt(i)) || /\s/u.test(s[i] as string);
  return edge(at - 1) || edge(end);
}

export const doubled: Check = {
  id: 'punctuation.doubled',
  reach: 'line',
  title: { zh: '标点重复或冲突', en: 'Doubled or conflicting punctuation' },
  defaultSeverity: 'warning',
  fix: { kind: 'replace', applicability: 'safe' },
  run({ prose }, report) {
    for (const { at, m } of doubledMarks(prose)) {
      if (atDrawnCellEdge(prose.parsed.source, at, at + m[0].length)) continue;
      const same = m[1] !== undefined;
      report({
        span: { start: at, end: at + m[0].length },
        message: same ? { zh: `标点“${m[1]}”重复`, en: `Doubled “${m[1]}”` } : { zh: `标点“${m[0]}”冲突，只保留一个`, en: `Conflicting punctuation “${m[0]}”: keep one` },
        data: same ? { fix: m[1] as string } : undefined,
      });
    }
  },
};
