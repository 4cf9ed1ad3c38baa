/**
 * Word out and back in, on every law of the dev corpus (issue #26): `export` writes the law as a .docx on the
 * GB/T 9704 page, the .docx reader reads it back, and the text has the same lines (blank lines and trailing
 * spaces aside), the same articles and the same findings as the text it came from.
 */
import * as assert from 'node:assert/strict';
import { analyse } from '../src/core';
import { readDocx } from '../src/docx';
import { wordDraft } from '../src/word';
import { CORPUS_MISSING, corpusAvailable, manifest, readCorpus } from './corpus';

/** The lines a Word paragraph can hold: a blank line is no paragraph, and trailing spaces are not kept. */
const lines = (t: string): string[] => t.split(/\r\n|\r|\n/u).map((l) => l.replace(/\s+$/u, '')).filter((l) => l.trim() !== '');
const findings = (t: string): string[] => analyse(t, {}).findings.map((f) => `${f.code} ${f.message.zh}`).sort();

describe('Word export read back (dev corpus)', function () {
  this.timeout(600_000);
  it('every law: export then read gives the same lines, articles and findings', async function () {
    if (!corpusAvailable()) {
      console.log(`      skipped: ${CORPUS_MISSING}`);
      this.skip();
    }
    const rows = manifest();
    const differ: string[] = [];
    const started = Date.now();
    for (const r of rows) {
      const text = readCorpus(r.path);
      const a = analyse(text, {});
      const back = readDocx(await wordDraft(a), { tracked: 'current' }).text;
      const b = analyse(back, {});
      if (lines(back).join('\n') !== lines(text).join('\n')) differ.push(`${r.path}: lines`);
      else if (b.articles.length !== a.articles.length) differ.push(`${r.path}: ${a.articles.length} → ${b.articles.length} articles`);
      else if (findings(back).join('\n') !== findings(text).join('\n')) differ.push(`${r.path}: findings`);
    }
    console.log(`      ${rows.length - differ.length}/${rows.length} laws read back alike from Word (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    assert.deepEqual(differ, []);
  });
});
