/**
 * Renumbering properties on real laws (../shared/corpus/dev): a consistent law is left alone; after deleting
 * or inserting an article anywhere, renumbering restores clean numbering and every internal reference still
 * points at the same article text; edits touch number tokens and the 目录 only.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyse, applyEdits, renumber, type Analysis, type StructureNode } from '../src/core';
import { civilCode, CORPUS_MISSING, corpusAvailable, manifest, readCorpus } from './corpus';

const NUMERAL = /[零〇一二两三四五六七八九十百千0-9０-９]+/gu;

function articleOf(a: Analysis, node: StructureNode): StructureNode | undefined {
  if (node.kind === 'article') return node;
  return a.articles.find((x) => x.spanStart <= node.spanStart && node.spanStart < x.spanEnd);
}

/** The article text a reference element resolves to, numerals masked (references inside it are renumbered too). */
function targets(a: Analysis): (string | undefined)[] {
  const out: (string | undefined)[] = [];
  for (const r of a.references) {
    if (r.scope === 'external') continue;
    for (const e of r.elements) {
      if (e.path.article === undefined) continue;
      const node = e.resolved?.node;
      const art = node ? articleOf(a, node) : undefined;
      out.push(art ? a.text.slice(art.labelEnd, art.spanEnd).replace(NUMERAL, '#') : undefined);
    }
  }
  return out;
}

function numberingFindings(a: Analysis): string[] {
  return a.findings.filter((f) => f.code.startsWith('numbering.') && f.code !== 'numbering.numeral-form').map((f) => `${f.code} ${f.message.zh}`);
}

/** Edits may only write numerals, 之N, the 目录 and the note after a reference to a deleted article. */
function assertOnlyNumbers(a: Analysis, edits: ReturnType<typeof renumber>['edits']): void {
  const toc = a.toc ? { start: a.toc.headerSpan.start, end: Math.max(...a.toc.entries.map((e) => e.span.end), a.toc.headerSpan.end) } : undefined;
  for (const e of edits) {
    if (toc && e.span.start >= toc.start && e.span.end <= toc.end) continue;
    const old = a.text.slice(e.span.start, e.span.end);
    if (old === '' && e.newText === '〔原条文已删除〕') continue;
    assert.match(old + e.newText, /^[零〇一二两三四五六七八九十百千0-9０-９之-]*$/u, `edit outside number tokens: “${old}” → “${e.newText}”`);
  }
}

function lineRange(text: string, node: StructureNode): { start: number; end: number } {
  const start = text.lastIndexOf('\n', node.labelStart - 1) + 1;
  const nl = text.indexOf('\n', node.spanEnd);
  return { start, end: nl < 0 ? text.length : nl + 1 };
}

describe('renumbering real laws (../shared/corpus/dev)', function () {
  const laws: { path: string; text: string; a: Analysis }[] = [];

  before(function () {
    if (!corpusAvailable()) {
      console.log(`      skipped: ${CORPUS_MISSING}`);
      this.skip();
    }
    for (const r of manifest()) {
      if (!r.path.startsWith('LawRefBook-Laws/') || r.flags.length > 0) continue;
      const text = readCorpus(r.path);
      const a = analyse(text);
      if (a.articles.length >= 5 && numberingFindings(a).length === 0) laws.push({ path: r.path, text, a });
    }
  });

  it('leaves every consistent law unchanged (no edit at all; laws with 之N articles in insert-only mode)', () => {
    const changed = laws.filter((l) => renumber(l.a, { mode: l.a.articles.some((x) => x.sub > 0) ? 'insertOnly' : 'renumber' }).edits.length > 0).map((l) => l.path);
    console.log(`      ${laws.length} consistent laws, ${changed.length} with edits`);
    assert.deepEqual(changed, []);
  });

  it('after deleting or inserting an article anywhere, restores numbering and keeps every reference on its article (property)', () => {
    const withRefs = laws.filter((l) => targets(l.a).filter((t) => t !== undefined).length >= 3);
    assert.ok(withRefs.length > 20, `only ${withRefs.length} laws with internal references`);
    let rewritten = 0;
    fc.assert(
      fc.property(fc.nat(withRefs.length - 1), fc.double({ min: 0, max: 0.999, noNaN: true }), fc.boolean(), (li, where, del) => {
        const law = withRefs[li] as (typeof withRefs)[number];
        const arts = law.a.articles;
        const k = Math.floor(where * arts.length);
        const art = arts[k] as StructureNode;
        const range = lineRange(law.text, art);
        const before = targets(law.a);
        let edited: string;
        let excluded: Set<number>;
        if (del) {
          edited = law.text.slice(0, range.start) + law.text.slice(range.end);
          // References inside the deleted article disappear; references to it are reported, not rewritten.
          const refsInside = law.a.references.filter((r) => r.scope !== 'external' && r.span.start >= range.start && r.span.start < range.end);
          const goneCount = refsInside.reduce((n, r) => n + r.elements.filter((e) => e.path.article !== undefined).length, 0);
          const firstInside = law.a.references.filter((r) => r.scope !== 'external' && r.span.start < range.start).reduce((n, r) => n + r.elements.filter((e) => e.path.article !== undefined).length, 0);
          before.splice(firstInside, goneCount);
          const deletedText = law.text.slice(art.labelEnd, art.spanEnd).replace(NUMERAL, '#');
          excluded = new Set(before.flatMap((t, i) => (t === deletedText ? [i] : [])));
        } else {
          const label = law.text.slice(art.labelStart, art.labelEnd).trim();
          edited = `${law.text.slice(0, range.end)}${range.end === law.text.length && !law.text.endsWith('\n') ? '\n' : ''}${label} 本条为新增的条文。\n${law.text.slice(range.end)}`;
          excluded = new Set();
        }
        const a1 = analyse(edited);
        // The original is the baseline: without one, a law whose first article was deleted keeps its start.
        const r = renumber(a1, { baseline: law.a });
        assertOnlyNumbers(a1, r.edits);
        const out = applyEdits(edited, r.edits);
        const a2 = analyse(out);
        assert.deepEqual(numberingFindings(a2), [], `${law.path}: numbering after renumber`);
        assert.deepEqual(renumber(a2).edits, [], `${law.path}: renumbering again must change nothing`);
        const after = targets(a2);
        assert.equal(after.length, before.length, `${law.path}: reference count`);
        before.forEach((t, i) => {
          if (!excluded.has(i) && t !== undefined) assert.equal(after[i], t, `${law.path}: reference ${i} moved to another article`);
        });
        rewritten += r.edits.length;
      }),
      { numRuns: 60, seed: 20261126, verbose: 1 },
    );
    console.log(`      60 random deletions/insertions in ${withRefs.length} laws: ${rewritten} number edits, all references kept on their articles`);
  });

  it('Civil Code: deleting 第五百条 and renumbering rewrites every affected reference', () => {
    const text = civilCode();
    const a = analyse(text);
    const art = a.articles.find((x) => x.number === 500) as StructureNode;
    const range = lineRange(text, art);
    const edited = text.slice(0, range.start) + text.slice(range.end);
    const a1 = analyse(edited);
    const r = renumber(a1);
    assertOnlyNumbers(a1, r.edits);
    const out = applyEdits(edited, r.edits);
    const a2 = analyse(out);
    assert.equal(a2.articles.length, 1259);
    assert.deepEqual(numberingFindings(a2), []);
    const refEdits = r.edits.filter((e) => !a1.articles.some((x) => x.numeralStart === e.span.start));
    const before = targets(a);
    const after = targets(a2);
    const deletedText = text.slice(art.labelEnd, art.spanEnd).replace(NUMERAL, '#');
    assert.equal(after.length, before.length);
    let kept = 0;
    before.forEach((t, i) => {
      if (t === undefined || t === deletedText) return;
      assert.equal(after[i], t, `reference ${i}`);
      kept++;
    });
    console.log(`      民法典 minus 第五百条: ${r.mapping.length} labels renumbered, ${refEdits.length} reference numerals rewritten, ${kept} references checked, ${r.findings.filter((f) => f.code === 'renumber.deleted-target').length} references to the deleted article reported`);
  });
});
