/**
 * The labelled precision set (test-fixtures/precision/): findings drawn from real laws by
 * scripts/precision-sample.mjs and labelled right / wrong / unclear by a reader. Reading the files, and
 * tallying the labels against the findings that fire today.
 */
export type Label = 'right' | 'wrong' | 'unclear' | '?';
export type Jurisdiction = 'prc' | 'tw';

export interface LabelRow {
  batch: string;
  seed: string;
  file: string;
  line: number;
  column: number;
  code: string;
  jurisdiction: Jurisdiction;
  label: Label;
  reason: string;
  excerpt: string;
  message: string;
}

/**
 * targets.json. `targets`: the least precision per check id, `error` standing for every error-severity check.
 * `fixedAgainst`: batches whose findings fixers have seen (`batch`), or one check's findings in a batch
 * (`batch:check`). `current`: per check id, the batch that measures
 * the code as it is now (or several: fresh batches of different sets, e.g. one of PRC texts and one of Taiwan
 * texts); only those batches are held to the target, and none may be one fixed against.
 */
export interface Targets {
  targets: Record<string, number>;
  fixedAgainst: string[];
  current: Record<string, string | string[]>;
  /**
   * Findings labelled right whose loss a reviewer accepted, by key (`file:line:column code`), each with the
   * reason: a finding right only by accident of a wrong reading that a fix removed. Kept few and read.
   */
  acceptedLosses?: Record<string, string>;
  /**
   * Checks measured below their target on their current batch and not fixed yet, by `code (jurisdiction)`,
   * each with what makes the findings wrong: a known gap, printed by the test and in the README, never a pass.
   * One that meets its target again must leave the list.
   */
  belowTarget?: Record<string, string>;
}

export const COLUMNS = ['batch', 'seed', 'file', 'line', 'column', 'code', 'jurisdiction', 'label', 'reason', 'excerpt', 'message'] as const;
const LABELS: readonly string[] = ['right', 'wrong', 'unclear', '?'];

/** A finding as acceptedLosses names it: `file:line:column code`. */
export const lossKey = (r: { file: string; line: number; column: number; code: string }): string => `${r.file}:${r.line}:${r.column} ${r.code}`;
export const keyOf = (r: { file: string; line: number; column: number; code: string }): string => `${r.file}\t${r.line}\t${r.column}\t${r.code}`;

/** Parses labels.tsv; a malformed row is an error naming its line, never skipped. */
export function parseLabels(tsv: string): LabelRow[] {
  const [head = '', ...lines] = tsv.split('\n').filter((l) => l.length > 0);
  if (head !== COLUMNS.join('\t')) throw new Error(`labels.tsv: header must be ${COLUMNS.join(' ')}`);
  return lines.map((l, i) => {
    const c = l.split('\t');
    const at = `labels.tsv line ${i + 2}`;
    if (c.length !== COLUMNS.length) throw new Error(`${at}: ${c.length} columns, expected ${COLUMNS.length}`);
    const [batch, seed, file, line, column, code, jurisdiction, label, reason, excerpt, message] = c as [string, string, string, string, string, string, string, string, string, string, string];
    if (!LABELS.includes(label)) throw new Error(`${at}: label must be right, wrong, unclear or ?, not ${label}`);
    if (label !== '?' && reason.trim() === '') throw new Error(`${at}: a labelled row needs its reason`);
    if (jurisdiction !== 'prc' && jurisdiction !== 'tw') throw new Error(`${at}: jurisdiction must be prc or tw`);
    if (!/^\d+$/u.test(line) || !/^\d+$/u.test(column)) throw new Error(`${at}: line and column must be numbers`);
    return { batch, seed, file, line: Number(line), column: Number(column), code, jurisdiction, label: label as Label, reason, excerpt, message };
  });
}

export interface Cell {
  code: string;
  jurisdiction: Jurisdiction;
  batch: string;
  right: number;
  wrong: number;
  unclear: number;
  unlabelled: number;
  rightLost: number;
  wrongGone: number;
  unclearGone: number;
}

/** Counts per check id, jurisdiction and batch: labels among findings that still fire, and those gone. */
export function tally(rows: readonly LabelRow[], fires: (r: LabelRow) => boolean): Cell[] {
  const cells = new Map<string, Cell>();
  for (const r of rows) {
    const k = `${r.code}\t${r.jurisdiction}\t${r.batch}`;
    let c = cells.get(k);
    if (!c) {
      c = { code: r.code, jurisdiction: r.jurisdiction, batch: r.batch, right: 0, wrong: 0, unclear: 0, unlabelled: 0, rightLost: 0, wrongGone: 0, unclearGone: 0 };
      cells.set(k, c);
    }
    const on = fires(r);
    if (r.label === '?') c.unlabelled++;
    else if (r.label === 'right') c[on ? 'right' : 'rightLost']++;
    else if (r.label === 'wrong') c[on ? 'wrong' : 'wrongGone']++;
    else c[on ? 'unclear' : 'unclearGone']++;
  }
  return [...cells.values()].sort((a, b) => (a.code + a.jurisdiction + a.batch < b.code + b.jurisdiction + b.batch ? -1 : 1));
}

export const precisionOf = (c: Cell): number | undefined => (c.right + c.wrong === 0 ? undefined : c.right / (c.right + c.wrong));

export function targetOf(code: string, targets: Targets, severityOf: (code: string) => string | undefined): number | undefined {
  return targets.targets[code] ?? (severityOf(code) === 'error' ? targets.targets.error : undefined);
}

/**
 * What fails: a finding labelled right that no longer fires, in any batch; and, for each check with a current
 * batch, a precision under its target in either jurisdiction — or a current batch that is unusable (fixed
 * against, absent, not fully labelled). Checks without a current batch are reported, not judged.
 */
export function failures(
  rows: readonly LabelRow[],
  cells: readonly Cell[],
  targets: Targets,
  fires: (r: LabelRow) => boolean,
  severityOf: (code: string) => string | undefined,
  // Rows whose text was not at hand (held-out texts without LEXDRAFT_HOLDOUT) count as firing: an accepted
  // loss among them says nothing about whether it fires again.
  rerun: (r: LabelRow) => boolean = () => true,
): string[] {
  const out: string[] = [];
  const accepted = targets.acceptedLosses ?? {};
  for (const r of rows) {
    if (r.label !== 'right') continue;
    const known = Object.hasOwn(accepted, lossKey(r));
    if (!fires(r) && !known) out.push(`right finding no longer fires (recall lost): ${r.file}:${r.line}:${r.column} ${r.code} — ${r.reason}`);
    if (fires(r) && known && rerun(r)) out.push(`accepted loss fires again, remove it from acceptedLosses: ${lossKey(r)}`);
  }
  for (const [code, batch] of currentBatches(targets)) {
    if (targets.fixedAgainst.includes(batch) || targets.fixedAgainst.includes(`${batch}:${code}`)) {
      out.push(`${code}: current batch ${batch} was used to fix against; draw a fresh batch to measure it`);
      continue;
    }
    const mine = rows.filter((r) => r.code === code && r.batch === batch);
    if (mine.length === 0) out.push(`${code}: current batch ${batch} has no labelled finding of this check`);
    else if (mine.some((r) => r.label === '?')) out.push(`${code}: current batch ${batch} is not fully labelled`);
    const target = targetOf(code, targets, severityOf);
    if (target === undefined) continue;
    for (const c of cells.filter((x) => x.code === code && x.batch === batch)) {
      const p = precisionOf(c);
      const known = Object.hasOwn(targets.belowTarget ?? {}, `${code} (${c.jurisdiction})`);
      if (p !== undefined && p < target && !known) out.push(`${code} (${c.jurisdiction}): precision ${percent(p)} on ${batch}, target ${percent(target)}`);
      // belowTarget is kept per check and jurisdiction, not per batch: while another current batch is still below
      // the target, the entry is still true, and removing it would fail that batch instead.
      if (p !== undefined && p >= target && known && !belowOnAnotherBatch(cells, targets, c, target)) out.push(`${code} (${c.jurisdiction}) meets its target on ${batch} (${percent(p)}): remove it from belowTarget`);
    }
  }
  return out;
}

/** Whether the check of `cell` is below `target` in its jurisdiction on another of its current batches. */
function belowOnAnotherBatch(cells: readonly Cell[], targets: Targets, cell: Cell, target: number): boolean {
  return cells.some((x) => {
    if (x.code !== cell.code || x.jurisdiction !== cell.jurisdiction || x.batch === cell.batch || !isCurrent(targets, x.code, x.batch)) return false;
    const p = precisionOf(x);
    return p !== undefined && p < target;
  });
}

/** Every (check, batch) pair `current` names. */
export function currentBatches(targets: Targets): [string, string][] {
  return Object.entries(targets.current).flatMap(([code, b]) => (Array.isArray(b) ? b : [b]).map((batch): [string, string] => [code, batch]));
}

export const isCurrent = (targets: Targets, code: string, batch: string): boolean => currentBatches(targets).some(([c, b]) => c === code && b === batch);

export const percent = (p: number | undefined): string => (p === undefined ? '—' : `${Math.round(p * 1000) / 10}%`);

/** The table the corpus test prints: one row per check id, jurisdiction and batch. */
export function table(cells: readonly Cell[], targets: Targets, severityOf: (code: string) => string | undefined): string {
  const head = ['check', 'jur', 'batch', 'right', 'wrong', 'unclear', '?', 'precision', 'right-lost', 'wrong-gone', 'unclear-gone', 'target', 'judged'];
  const body = cells.map((c) => {
    const target = targetOf(c.code, targets, severityOf);
    const judged = isCurrent(targets, c.code, c.batch) ? 'current' : 'reported';
    return [c.code, c.jurisdiction, c.batch, c.right, c.wrong, c.unclear, c.unlabelled, percent(precisionOf(c)), c.rightLost, c.wrongGone, c.unclearGone, target === undefined ? '' : `≥${percent(target)}`, judged].map(String);
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] as string).length)));
  return [head, ...body].map((r) => r.map((v, i) => v.padEnd(widths[i] as number)).join('  ').trimEnd()).join('\n');
}
