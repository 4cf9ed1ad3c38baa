/**
 * Comparing versions on real laws: the consecutive versions of each law in ../shared/library (manifest rows
 * sharing a name, ordered by publish date). Every article of each version is in exactly one row, the rows
 * follow both versions' order (moves aside), and a split or merge always shares text with its partner.
 * Prints the figures (pairs, rows by kind, time) and the Civil Code compared with itself.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse, compareVersions, type ArticleRef, type ArticleRow, type Analysis } from '../src/core';
import { versionArticles } from '../src/core/versions/articles';
import { PART } from '../src/core/versions/align';
import { containment, profile } from '../src/core/versions/similarity';
import { civilCode, corpusAvailable, LIBRARY, versionPairs } from './corpus';

const id = (r: { label: string; text: string }): string => `${r.label}\u0000${r.text}`;

/** The invariants of one comparison; returns its rows. */
function checkPair(before: Analysis, after: Analysis, what: string): ArticleRow[] {
  const rows = compareVersions(before, after, { unchanged: true }).rows.filter((r): r is ArticleRow => r.type === 'article');
  const olds = versionArticles(before).map((x) => id({ label: x.label, text: x.body }));
  const news = versionArticles(after).map((x) => id({ label: x.label, text: x.body }));
  // Every new article once, in order; every old article once, in order once moves are set aside.
  assert.deepEqual(rows.flatMap((r) => r.new.map(id)), news, `${what}: new articles in order, each once`);
  assert.deepEqual(rows.flatMap((r) => r.old.map(id)).sort(), [...olds].sort(), `${what}: old articles each once`);
  const moved = new Set(rows.filter((r) => r.kind === 'moved').flatMap((r) => r.old.map(id)));
  assert.deepEqual(rows.filter((r) => r.kind !== 'moved').flatMap((r) => r.old.map(id)), olds.filter((x) => !moved.has(x)), `${what}: old articles in order`);
  for (const r of rows.filter((x) => x.kind === 'split' || x.kind === 'merged')) {
    const [parts, whole] = r.kind === 'split' ? [r.new, r.old[0] as ArticleRef] : [r.old, r.new[0] as ArticleRef];
    for (const p of parts) assert.ok(containment(profile(p.text), profile(whole.text)) >= PART, `${what}: ${r.kind} ${p.label} shares text with ${whole.label}`);
  }
  return rows;
}

describe('compare on real laws (../shared/library)', function () {
  this.timeout(600_000);

  it('every version pair: each article in one row, rows in order, splits and merges sharing text', function () {
    if (!existsSync(join(LIBRARY, 'manifest.tsv'))) {
      console.log(`      skipped: library not found at ${LIBRARY}: the compare corpus test needs ../shared/library beside the checkout`);
      this.skip();
    }
    const pairs = versionPairs();
    const kinds: Record<string, number> = {};
    const started = Date.now();
    let compareMs = 0;
    for (const [a, b] of pairs) {
      const before = analyse(readFileSync(join(LIBRARY, a), 'utf8'));
      const after = analyse(readFileSync(join(LIBRARY, b), 'utf8'));
      const t = Date.now();
      for (const r of checkPair(before, after, `${a} → ${b}`)) kinds[r.kind] = (kinds[r.kind] ?? 0) + 1;
      compareMs += Date.now() - t;
    }
    console.log(`      ${pairs.length} version pairs; rows: ${Object.entries(kinds).map(([k, n]) => `${k} ${n}`).join(', ')}; ${compareMs} ms comparing (checks included), ${Date.now() - started} ms in all`);
    assert.ok(pairs.length > 0);
  });

  it('the Civil Code against itself: all rows unchanged', function () {
    if (!corpusAvailable()) {
      console.log('      skipped: corpus not found: the Civil Code comes from ../shared/corpus/dev');
      this.skip();
    }
    const a = analyse(civilCode());
    const t = Date.now();
    const c = compareVersions(a, a, { unchanged: true });
    console.log(`      Civil Code (${a.articles.length} articles) against itself: ${Date.now() - t} ms`);
    assert.equal(c.summary.unchanged, a.articles.length);
  });
});
