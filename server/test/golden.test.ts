/** The golden runner's options files (`<case>.options.json`): read as `.lexdraft.json` is, never ignored. */
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, fixtureOptions } from './golden';

describe('golden runner: a fixture carries its options', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'lexdraft-golden-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  function withOptions(json: string): string {
    const fixture = join(dir, 'case.txt');
    writeFileSync(fixture, '第一条 甲。\n');
    writeFileSync(join(dir, 'case.options.json'), json);
    return fixture;
  }

  it('reads the settings of .lexdraft.json into analysis options and levels', () => {
    const o = fixtureOptions(withOptions('{ "chapterNumbering": "perBook", "stage": "final", "terms": { "glossary": ["数据"] }, "severity": { "toc.mismatch": "off" } }'));
    assert.equal(o?.analyse.chapterNumbering, 'perBook');
    assert.equal(o?.analyse.stage, 'final');
    assert.deepEqual(o?.analyse.terms, { glossary: ['数据'] });
    assert.deepEqual(o?.settings.severity, { 'toc.mismatch': 'off' });
  });

  it('has none without a file', () => {
    const fixture = join(dir, 'bare.txt');
    writeFileSync(fixture, '第一条 甲。\n');
    assert.equal(fixtureOptions(fixture), undefined);
  });

  it('fails on a file the validator finds a problem in, rather than using the defaults', () => {
    for (const bad of ['{ "stage": "done" }', '{ "chapterNumber": "perBook" }', '{ "stage": "final", }', '[]', '{ "severity": { "no.such": "off" } }']) {
      assert.throws(() => fixtureOptions(withOptions(bad)), /case\.options\.json/u, bad);
    }
  });

  it('fails on a setting no golden shows (the message language, the server\'s delay and size limit)', () => {
    for (const unseen of ['{ "messageLanguage": "en" }', '{ "diagnosticsDelay": 0 }', '{ "maxFileSize": 10 }']) {
      assert.throws(() => fixtureOptions(withOptions(unseen)), /changes nothing a golden shows/u, unseen);
    }
  });

  it('every options file in test-fixtures stands beside a fixture', () => {
    const orphans: string[] = [];
    const walk = (d: string): void => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const p = join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.options.json') && !['.txt', '.md'].some((x) => existsSync(p.replace(/\.options\.json$/u, x)))) orphans.push(p);
      }
    };
    walk(FIXTURES);
    assert.deepEqual(orphans, []);
  });
});
