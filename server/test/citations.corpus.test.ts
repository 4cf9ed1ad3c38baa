/**
 * Citations of other laws on the real laws of ../shared/corpus/dev: how many 《titles》 are read, how many the
 * national law index resolves, per file, and how the citation checks' findings fall. Figures, not timings.
 */
import * as assert from 'node:assert/strict';
import { analyse, type CitationTable } from '../src/core';
import { CORPUS_MISSING, corpusAvailable, manifest, readCorpus } from './corpus';
import { LAWS } from './golden';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return 0;
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

describe('citations of other laws on the corpus (../shared/corpus/dev)', function () {
  before(function () {
    if (!corpusAvailable()) {
      console.log(`      skipped: ${CORPUS_MISSING}`);
      this.skip();
    }
  });

  it('prints citations read, resolved and checked, per file, and the findings per check; Taiwan acts read none', () => {
    let files = 0;
    let read = 0;
    let resolved = 0;
    let withProvisions = 0;
    let provisions = 0;
    let checkable = 0;
    const perFile: number[] = [];
    const resolvedPerFile: number[] = [];
    const byCheck = new Map<string, number>();
    const taiwanCiting: string[] = [];
    for (const r of manifest()) {
      const a = analyse(readCorpus(r.path), { laws: LAWS });
      const t = a.citations as CitationTable;
      if (a.jurisdiction === 'tw') {
        if (t.citations.length) taiwanCiting.push(r.path);
        continue;
      }
      files++;
      const known = t.citations.filter((c) => c.law || c.repeal || c.known).length;
      read += t.citations.length;
      resolved += known;
      perFile.push(t.citations.length);
      if (t.citations.length) resolvedPerFile.push(known / t.citations.length);
      for (const c of t.citations) {
        if (c.provisions.length) withProvisions++;
        provisions += c.provisions.length;
        if (c.version && c.version.articles.size) checkable += c.provisions.length;
      }
      for (const f of a.findings) if (f.code.startsWith('citation.')) byCheck.set(`${f.severity} ${f.code}`, (byCheck.get(`${f.severity} ${f.code}`) ?? 0) + 1);
    }
    const pct = (n: number, d: number): string => `${d ? Math.round((1000 * n) / d) / 10 : 0}%`;
    console.log(
      `      ${files} PRC files: ${read} citations read, ${resolved} resolved in the index (${pct(resolved, read)}); per file median ${median(perFile)} read, ` +
        `median share resolved ${pct(median(resolvedPerFile), 1)} (${resolvedPerFile.length} files citing); ${withProvisions} citations with provisions ` +
        `(${provisions} provisions, ${checkable} against a version of their date)`,
    );
    console.log(`      findings: ${[...byCheck].sort().map(([k, n]) => `${k} ${n}`).join('; ') || 'none'}`);
    assert.deepEqual(taiwanCiting, [], 'Taiwan acts cite Taiwan acts, which the index does not hold');
    assert.ok(read > 0 && resolved > 0);
  });
});
