/**
 * Precision on real laws: the findings labelled in test-fixtures/precision/labels.tsv, checked against what
 * the checks report today (test-fixtures/precision/README.md). The tally logic runs everywhere; the corpus
 * part skips with a clear message when ../shared is absent.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { analyse, CHECKS } from '../src/core';
import { readDraft } from '../src/cli/files';
import { LineMap } from '../src/positions';
import { analyseOptions, readSettings } from '../src/config/settings';
import { lawsOption, taiwanActsOption } from '../src/laws/load';
import { CORPUS_ROOT, corpusAvailable } from './corpus';
import { FIXTURES } from './golden';
import { currentBatches, failures, keyOf, lossKey, parseLabels, table, tally, type LabelRow, type Targets } from './precision';

const DIR = join(FIXTURES, 'precision');
const SHARED = dirname(CORPUS_ROOT);
/**
 * The held-out sets (rows named `holdout/…`, `holdout2/…` … `holdout23/…`): texts ../shared does not hold, found
 * where the variable names (test-fixtures/precision/README.md). Without it their rows are not re-run and count as
 * labelled; the test says how many.
 */
const HELD_OUT = [
  { prefix: 'holdout/', variable: 'LEXDRAFT_HOLDOUT' },
  { prefix: 'holdout2/', variable: 'LEXDRAFT_HOLDOUT2' },
  { prefix: 'holdout3/', variable: 'LEXDRAFT_HOLDOUT3' },
  { prefix: 'holdout4/', variable: 'LEXDRAFT_HOLDOUT4' },
  { prefix: 'holdout5/', variable: 'LEXDRAFT_HOLDOUT5' },
  { prefix: 'holdout6/', variable: 'LEXDRAFT_HOLDOUT6' },
  { prefix: 'holdout7/', variable: 'LEXDRAFT_HOLDOUT7' },
  { prefix: 'holdout8/', variable: 'LEXDRAFT_HOLDOUT8' },
  { prefix: 'holdout9/', variable: 'LEXDRAFT_HOLDOUT9' },
  { prefix: 'holdout10/', variable: 'LEXDRAFT_HOLDOUT10' },
  { prefix: 'holdout11/', variable: 'LEXDRAFT_HOLDOUT11' },
  { prefix: 'holdout12/', variable: 'LEXDRAFT_HOLDOUT12' },
  { prefix: 'holdout13/', variable: 'LEXDRAFT_HOLDOUT13' },
  { prefix: 'holdout14/', variable: 'LEXDRAFT_HOLDOUT14' },
  { prefix: 'holdout15/', variable: 'LEXDRAFT_HOLDOUT15' },
  { prefix: 'holdout16/', variable: 'LEXDRAFT_HOLDOUT16' },
  { prefix: 'holdout17/', variable: 'LEXDRAFT_HOLDOUT17' },
  { prefix: 'holdout18/', variable: 'LEXDRAFT_HOLDOUT18' },
  { prefix: 'holdout19/', variable: 'LEXDRAFT_HOLDOUT19' },
  { prefix: 'holdout20/', variable: 'LEXDRAFT_HOLDOUT20' },
  { prefix: 'holdout21/', variable: 'LEXDRAFT_HOLDOUT21' },
  { prefix: 'holdout22/', variable: 'LEXDRAFT_HOLDOUT22' },
  { prefix: 'holdout23/', variable: 'LEXDRAFT_HOLDOUT23' },
].map((h) => ({ ...h, root: process.env[h.variable] }));
const severityOf = (code: string): string | undefined => CHECKS.find((c) => c.id === code)?.defaultSeverity;

function row(over: Partial<LabelRow>): LabelRow {
  return { batch: 'baseline', seed: '1', file: 'a.md', line: 1, column: 1, code: 'reference.dangling', jurisdiction: 'prc', label: 'right', reason: 'r', excerpt: '', message: '', ...over };
}

describe('precision tally (labelled findings)', () => {
  const targets: Targets = { targets: { error: 0.95, 'term.undefined': 0.8 }, fixedAgainst: ['baseline'], current: {} };

  it('counts labels among findings that fire, and those gone; precision is right / (right + wrong)', () => {
    const rows = [row({ line: 1 }), row({ line: 2, label: 'wrong' }), row({ line: 3, label: 'wrong' }), row({ line: 4, label: 'unclear' }), row({ line: 5, label: '?' })];
    const [c] = tally(rows, (r) => r.line !== 3);
    assert.deepEqual({ ...c }, { code: 'reference.dangling', jurisdiction: 'prc', batch: 'baseline', right: 1, wrong: 1, unclear: 1, unlabelled: 1, rightLost: 0, wrongGone: 1, unclearGone: 0 });
    assert.match(table(tally(rows, () => true), targets, severityOf), /reference\.dangling\s+prc\s+baseline\s+1\s+2\s+1\s+1\s+33\.3%.*≥95%\s+reported/u);
  });

  it('fails when a finding labelled right stops firing, in any batch', () => {
    const rows = [row({ line: 7 })];
    assert.deepEqual(failures(rows, tally(rows, () => true), targets, () => true, severityOf), []);
    assert.match(failures(rows, tally(rows, () => false), targets, () => false, severityOf).join('\n'), /a\.md:7:1 reference\.dangling/u);
  });

  it('lets a reviewed loss pass, and fails when it fires again', () => {
    const rows = [row({ line: 7 })];
    const lost = { ...targets, acceptedLosses: { [lossKey(rows[0] as LabelRow)]: 'right only by a wrong reading' } };
    assert.deepEqual(failures(rows, tally(rows, () => false), lost, () => false, severityOf), []);
    assert.match(failures(rows, tally(rows, () => true), lost, () => true, severityOf).join(), /fires again/u);
    // A held-out text not at hand counts as firing, which says nothing of an accepted loss.
    assert.deepEqual(failures(rows, tally(rows, () => true), lost, () => true, severityOf, () => false), []);
  });

  it('holds only the current batch to the target, per jurisdiction, and never a batch fixed against', () => {
    const rows = [row({ label: 'wrong' }), row({ batch: 'fresh-1', line: 2 }), row({ batch: 'fresh-1', line: 3, jurisdiction: 'tw', label: 'wrong' })];
    const on = (): boolean => true;
    const cells = tally(rows, on);
    assert.deepEqual(failures(rows, cells, targets, on, severityOf), [], 'the baseline is reported, not judged');
    assert.deepEqual(failures(rows, cells, { ...targets, current: { 'reference.dangling': 'fresh-1' } }, on, severityOf), ['reference.dangling (tw): precision 0% on fresh-1, target 95%']);
    assert.match(failures(rows, cells, { ...targets, current: { 'reference.dangling': 'baseline' } }, on, severityOf).join(), /used to fix against/u);
    const oneCheck = { ...targets, fixedAgainst: ['baseline', 'fresh-1:reference.dangling'], current: { 'reference.dangling': 'fresh-1' } };
    assert.match(failures(rows, cells, oneCheck, on, severityOf).join(), /used to fix against/u, 'one check of a batch fixed against');
    assert.match(failures(rows, cells, { ...targets, current: { 'reference.dangling': 'fresh-2' } }, on, severityOf).join(), /no labelled finding/u);
    const partly = [...rows, row({ batch: 'fresh-1', line: 4, label: '?' })];
    assert.match(failures(partly, tally(partly, on), { ...targets, current: { 'reference.dangling': 'fresh-1' } }, on, severityOf).join(), /not fully labelled/u);
  });

  it('holds every batch a check names as current: one of PRC texts, one of Taiwan texts', () => {
    const rows = [row({ batch: 'fresh-prc', line: 2 }), row({ batch: 'fresh-tw', line: 3, jurisdiction: 'tw', label: 'wrong' })];
    const on = (): boolean => true;
    const both = { ...targets, current: { 'reference.dangling': ['fresh-prc', 'fresh-tw'] } };
    assert.deepEqual(failures(rows, tally(rows, on), both, on, severityOf), ['reference.dangling (tw): precision 0% on fresh-tw, target 95%']);
    assert.match(table(tally(rows, on), both, severityOf), /fresh-prc.*current[\s\S]*fresh-tw.*current/u);
    const known = { ...both, belowTarget: { 'reference.dangling (tw)': 'a known cause' } };
    assert.deepEqual(failures(rows, tally(rows, on), known, on, severityOf), []);
  });

  it('lets a check known to be below its target pass, said, and fails when it meets the target again', () => {
    const rows = [row({ batch: 'fresh-1', label: 'wrong' }), row({ batch: 'fresh-1', line: 2, jurisdiction: 'tw' })];
    const on = (): boolean => true;
    const cells = tally(rows, on);
    const known = { ...targets, current: { 'reference.dangling': 'fresh-1' }, belowTarget: { 'reference.dangling (prc)': 'cause' } };
    assert.deepEqual(failures(rows, cells, known, on, severityOf), []);
    const met = { ...known, belowTarget: { 'reference.dangling (prc)': 'cause', 'reference.dangling (tw)': 'cause' } };
    assert.deepEqual(failures(rows, cells, met, on, severityOf), ['reference.dangling (tw) meets its target on fresh-1 (100%): remove it from belowTarget']);
  });

  it('keeps a check below its target on one current batch known, though it meets the target on another', () => {
    const rows = [row({ batch: 'fresh-1', jurisdiction: 'tw' }), row({ batch: 'fresh-2', line: 2, jurisdiction: 'tw', label: 'wrong' })];
    const on = (): boolean => true;
    const both = { ...targets, current: { 'reference.dangling': ['fresh-1', 'fresh-2'] }, belowTarget: { 'reference.dangling (tw)': 'cause' } };
    assert.deepEqual(failures(rows, tally(rows, on), both, on, severityOf), []);
    const one = { ...both, current: { 'reference.dangling': 'fresh-1' } };
    assert.deepEqual(failures(rows, tally(rows, on), one, on, severityOf), ['reference.dangling (tw) meets its target on fresh-1 (100%): remove it from belowTarget']);
  });

  it('refuses a malformed labels file instead of skipping rows', () => {
    const head = 'batch\tseed\tfile\tline\tcolumn\tcode\tjurisdiction\tlabel\treason\texcerpt\tmessage';
    assert.throws(() => parseLabels(`${head}\nb\t1\tf\t1\t1\tc\tprc\tmaybe\tr\te\tm\n`), /label must be/u);
    assert.throws(() => parseLabels(`${head}\nb\t1\tf\t1\t1\tc\tprc\tright\t\te\tm\n`), /needs its reason/u);
    assert.equal(parseLabels(`${head}\nb\t1\tf\t1\t1\tc\ttw\t?\t\te\tm\n`).length, 1);
  });
});

describe('precision on real laws (../shared, labels.tsv)', function () {
  let rows: LabelRow[] = [];
  let targets: Targets;
  const firing = new Set<string>();
  /** Held-out files not at hand: their labelled findings are taken as firing, as they did when labelled. */
  const notRerun = new Set<string>();

  before(function () {
    if (!corpusAvailable() || !existsSync(join(SHARED, 'library'))) {
      console.log(`      skipped: ../shared not found at ${SHARED}: the precision set needs ../shared/corpus/dev and ../shared/library beside the checkout`);
      this.skip();
    }
    rows = parseLabels(readFileSync(join(DIR, 'labels.tsv'), 'utf8'));
    targets = JSON.parse(readFileSync(join(DIR, 'targets.json'), 'utf8')) as Targets;
    // The options `lexdraft check` uses when no .lexdraft.json applies, as the sampler ran it: with the
    // national law index and the index of Taiwan acts beside the bundles (dist/ → server/data/).
    const options = { ...analyseOptions(readSettings({})), laws: lawsOption(join(FIXTURES, '..', 'dist')), taiwanActs: taiwanActsOption(join(FIXTURES, '..', 'dist')) };
    for (const file of new Set(rows.map((r) => r.file))) {
      const held = HELD_OUT.find((h) => file.startsWith(h.prefix));
      const path = held ? (held.root ? join(held.root, file.slice(held.prefix.length)) : undefined) : join(SHARED, file);
      if (path === undefined || (held && !existsSync(path))) {
        notRerun.add(file);
        continue;
      }
      const { text } = readDraft(path);
      const map = new LineMap(text);
      for (const f of analyse(text, options).findings) {
        const at = map.positionAt(f.span.start);
        firing.add(keyOf({ file, line: at.line + 1, column: at.character + 1, code: f.code }));
      }
    }
  });

  it('labels.tsv names known checks, once each', () => {
    const unknown = rows.filter((r) => severityOf(r.code) === undefined).map((r) => `${r.file}:${r.line} ${r.code}`);
    assert.deepEqual(unknown, []);
    const keys = rows.map((r) => `${r.batch}\t${keyOf(r)}`);
    assert.equal(new Set(keys).size, keys.length, 'a finding is labelled twice in one batch');
  });

  it('no finding labelled right stops firing; each check meets its target on its current batch', () => {
    const fires = (r: LabelRow): boolean => notRerun.has(r.file) || firing.has(keyOf(r));
    const cells = tally(rows, fires);
    console.log(table(cells, targets, severityOf).replace(/^/gmu, '      '));
    if (notRerun.size > 0) {
      const n = rows.filter((r) => notRerun.has(r.file)).length;
      const where = HELD_OUT.map((h) => (h.root ? `${h.variable}=${h.root}` : `${h.variable} unset`)).join(', ');
      console.log(`      ${n} held-out findings in ${notRerun.size} files not re-run (${where}): counted as labelled; set the variables to the held-out sets to re-measure them`);
    }
    const judged = currentBatches(targets);
    console.log(
      judged.length === 0
        ? '      targets not judged yet: every batch so far was used to fix against (baseline); draw a fresh batch, label it and name it in targets.json "current"'
        : `      judged on their current batch: ${judged.map(([c, b]) => `${c} (${b})`).join(', ')}; other checks reported only`,
    );
    for (const [check, why] of Object.entries(targets.belowTarget ?? {})) console.log(`      BELOW TARGET (known gap, issue #21): ${check} — ${why}`);
    assert.deepEqual(failures(rows, cells, targets, fires, severityOf, (r) => !notRerun.has(r.file)), []);
  });
});
