/**
 * Proof on real texts (../shared/library): every 刑法修正案 applied to the 刑法, and every 宪法修正案 to the 宪法.
 * The library holds one consolidated text of each, the newest (刑法 after 修正案（十二）, 宪法 after 2018), so
 * an earlier amendment meets a later version than the one it amended. The test prints, per instrument, the
 * instructions read and not understood, the targets found and missing, the quotations not found and the
 * articles it writes that match the consolidated text; and it requires that whatever does not match is
 * explained by a later amendment touching the same article.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyse, applyAmendment, type Analysis, type Instruction } from '../src/core';

const LIBRARY = join(resolve(process.env.LEXDRAFT_SHARED ?? join(process.cwd(), '..', 'shared')), 'library');

interface Series {
  base: string;
  /** Instruments in the order they were adopted. */
  instruments: string[];
}

/** The 修正案 of a folder in adoption order: by publish date in the manifest, else by the year in the name. */
function series(folder: string, base: string): Series {
  const rows = readFileSync(join(LIBRARY, 'manifest.tsv'), 'utf8').split('\n').slice(1).map((l) => l.split('\t'));
  const dated = rows.filter((r) => r[0]?.startsWith(`${folder}/`) && r[2]?.includes('修正案')).map((r) => ({ path: r[0] as string, date: r[3] || /（(\d{4})年）/u.exec(r[2] as string)?.[1] || '' }));
  dated.sort((a, b) => a.date.localeCompare(b.date));
  return { base: join(LIBRARY, folder, base), instruments: dated.map((d) => join(LIBRARY, d.path)) };
}

function articleKey(i: Instruction): string | undefined {
  if (i.kind === 'insertArticle') return `${i.article}:${i.sub}`;
  if (i.kind === 'renumber' || i.kind === 'retitle') return undefined;
  return `${i.target.article}:${i.target.sub}`;
}

/** Half-width punctuation the library's copies of the instruments write where the consolidated text has full width. */
const WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）' };

/** Each article's text, compared modulo whitespace and punctuation width (the copies differ in both). */
function articleTexts(a: Analysis): Map<string, string> {
  const out = new Map<string, string>();
  for (const x of a.articles) if (!out.has(`${x.number}:${x.sub}`)) out.set(`${x.number}:${x.sub}`, a.text.slice(x.labelEnd, x.spanEnd).replace(/\s+/gu, '').replace(/[,:;()]/gu, (c) => WIDTH[c] ?? c));
  return out;
}

/**
 * Whether the base already holds what the instruction writes (it is a later version with this very
 * amendment in it): the new words, the inserted text, or no longer the deleted unit.
 */
function alreadyIn(i: Instruction | undefined, base: string, code?: string): boolean {
  const squeezed = (t: string): string => t.replace(/\s+/gu, '');
  if (!i) return false;
  if (i.kind === 'replaceWords') return base.includes(i.to.text);
  if (i.kind === 'insertWords') return base.includes(i.words.text);
  if (i.kind === 'insertArticle' || i.kind === 'insertParagraph' || i.kind === 'insertItem') return squeezed(base).includes(squeezed(i.paragraphs.join('')));
  return i.kind === 'delete' && code === 'amendment.target-missing';
}

function prove(s: Series): void {
  const base = readFileSync(s.base, 'utf8');
  const consolidated = articleTexts(analyse(base));
  const read = s.instruments.map((path) => ({ path, text: readFileSync(path, 'utf8') }));
  const results = read.map(({ path, text }) => ({ path, text, r: applyAmendment(base, text) }));
  // The articles each instrument touches, to explain what a later version no longer shows.
  const touched = results.map(({ r }) => new Set(r.instructions.map(articleKey).filter((k): k is string => k !== undefined)));
  const laterTouches = (n: number, key: string): string | undefined => {
    for (let j = n + 1; j < results.length; j++) if (touched[j]?.has(key)) return (results[j]?.path.split('/').pop() ?? '').replace(/\.md$/u, '');
    return undefined;
  };
  const unexplained: string[] = [];
  const totals = { instruments: 0, instructions: 0, unparsed: 0, found: 0, missing: 0, quotes: 0, match: 0, written: 0 };
  results.forEach(({ path, text, r }, n) => {
    const name = path.split('/').pop()?.replace(/\.md$/u, '') ?? path;
    const counts = (code: string): number => r.findings.filter((f) => f.code === code).length;
    const missing = counts('amendment.target-missing');
    const amended = articleTexts(analyse(r.text));
    const keys = [...touched[n] ?? []];
    // An article the instrument writes matches the consolidated text, or a later amendment changed it again.
    const matching = keys.filter((k) => amended.get(k) === consolidated.get(k));
    for (const f of r.findings) {
      if (f.code === 'amendment.unparsed') continue;
      const instruction = r.instructions.find((i) => i.span.start <= f.span.start && f.span.end <= i.span.end);
      const key = instruction && articleKey(instruction);
      // A quotation the base no longer holds because it already reads the new words: the amendment is in it.
      const already = alreadyIn(instruction, base, f.code) ? 'the base already holds this change: a later version' : undefined;
      const later = key && laterTouches(n, key);
      const why = already ?? (later && `${later} changed that article again`);
      const where = text.slice(f.span.start, Math.min(f.span.end, f.span.start + 24));
      if (why) console.log(`      ${name}: ${f.code} ${where}… — ${why}`);
      else unexplained.push(`${name}: ${f.code} ${where}`);
    }
    for (const k of keys) {
      if (matching.includes(k) || laterTouches(n, k)) continue;
      if (r.instructions.some((i) => articleKey(i) === k && alreadyIn(i, base))) console.log(`      ${name}: article ${k} differs — the base already holds the insertion, so it is made twice`);
      else if (r.instructions.some((i) => articleKey(i) === k && i.kind === 'delete' && i.target.paragraphs.length > 0)) console.log(`      ${name}: article ${k} differs — the base already lost the 款 deleted, so the one now in its place goes`);
      else unexplained.push(`${name}: article ${k} differs from the consolidated text`);
    }
    console.log(`      ${name}: ${r.instructions.length} instructions, ${counts('amendment.unparsed')} not understood; targets ${r.instructions.length - missing} found, ${missing} missing; ${counts('amendment.quote-mismatch')} quotations not found; ${matching.length}/${keys.length} articles written match the consolidated text`);
    totals.instruments++;
    totals.instructions += r.instructions.length;
    totals.unparsed += counts('amendment.unparsed');
    totals.found += r.instructions.length - missing;
    totals.missing += missing;
    totals.quotes += counts('amendment.quote-mismatch');
    totals.match += matching.length;
    totals.written += keys.length;
  });
  console.log(`      total: ${JSON.stringify(totals)}`);
  assert.deepEqual(unexplained, [], 'every target missing, quotation not found or article that differs is explained by a later amendment');
}

describe('amendment instruments applied to the library (corpus tier)', function () {
  this.timeout(300_000);
  before(function () {
    if (!existsSync(join(LIBRARY, 'manifest.tsv'))) {
      console.log(`      skipped: library not found at ${LIBRARY}: the amendment proof needs ../shared/library beside the checkout`);
      this.skip();
    }
  });

  it('刑法修正案 to 刑法: every instruction read, every difference explained by a later amendment', () => {
    const s = series('刑法', '刑法.md');
    assert.equal(s.instruments.length, 12);
    prove(s);
    for (const path of s.instruments) assert.deepEqual(applyAmendment(readFileSync(s.base, 'utf8'), readFileSync(path, 'utf8')).findings.filter((f) => f.code === 'amendment.unparsed'), [], path);
  });

  it('刑法修正案（十二）, the last, applied to the consolidated 刑法 leaves it byte for byte', () => {
    const base = readFileSync(join(LIBRARY, '刑法', '刑法.md'), 'utf8');
    const r = applyAmendment(base, readFileSync(join(LIBRARY, '刑法', '刑法修正案（十二）(2023-12-29).md'), 'utf8'));
    assert.deepEqual(r.findings, []);
    assert.equal(r.instructions.length, 7);
    assert.ok(r.text === base);
  });

  it('宪法修正案 to 宪法: figures printed, every difference explained by a later amendment', () => {
    prove(series('宪法', '宪法.md'));
  });
});
