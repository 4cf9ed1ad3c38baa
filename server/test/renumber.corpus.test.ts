/**
 * Renumbering properties on real laws (../shared/corpus/dev): a consistent law is left alone; after deleting
 * or inserting an article anywhere, renumbering restores clean numbering and every internal reference still
 * points at the same article text; edits touch number tokens and the 目录 only.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { analyse, applyEdits, renumber, type Analysis, type StructureNode } from '../src/core';
import { civilCode, CORPUS_MISSING, CORPUS_ROOT, corpusAvailable, manifest, readCorpus } from './corpus';

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

const NUMBER_CHARS = /[零〇一二两三四五六七八九十百千0-9０-９之-]/gu;

/**
 * Edits may only write numerals, 之N, the 目录 and the note after a reference to a deleted article. One edit spans a whole label (第[二十一条之一] →
 * 第[二十二条]): the 条 between its numeral and its 之N is carried over unchanged.
 */
function assertOnlyNumbers(a: Analysis, edits: ReturnType<typeof renumber>['edits']): void {
  const toc = a.toc ? { start: a.toc.headerSpan.start, end: Math.max(...a.toc.entries.map((e) => e.span.end), a.toc.headerSpan.end) } : undefined;
  for (const e of edits) {
    if (toc && e.span.start >= toc.start && e.span.end <= toc.end) continue;
    const old = a.text.slice(e.span.start, e.span.end);
    if (old === '' && e.newText === '〔原条文已删除〕') continue;
    const kept = old.replace(NUMBER_CHARS, '');
    assert.ok(/^[条條]?$/u.test(kept) && e.newText.replace(NUMBER_CHARS, '') === kept, `edit outside number tokens: “${old}” → “${e.newText}”`);
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

/**
 * Round trips on every real law, consistent or not (issue #21 §4): renumbering, given the version before the
 * edit as baseline, changes exactly what the edit shifted, so undoing the edit and renumbering again gives
 * the original back, byte for byte.
 *
 * - insert: after the middle article N (an integer label), add the line `第N条之一 本条为新增的条文。`
 *   (`第 N-1 條` where labels are Arabic) and renumber with the original as baseline: the new article must
 *   take the number after N's. Then remove that line and renumber with the renumbered text as baseline:
 *   the result must equal the original.
 * - delete: remove an article that neither cites nor is cited by an internal reference (the first such
 *   from the middle on, not the first article, after an article with an integer label) and renumber with the original as baseline; then put its
 *   text back after the article before it, labelled as that one's 之一, and renumber with the renumbered
 *   text as baseline: the result must equal the original.
 * - chapter: before the heading of the chapter after the middle one (K), add `第K章之一 新增的章` holding one
 *   article, the last article of chapter K's 之一, and the same heading in the 目录 when it lists the chapters;
 *   renumber with the original as baseline: the new chapter must become 第K+1章 and its article take the
 *   number after its predecessor's. Then remove those lines and renumber with the renumbered text as
 *   baseline: the result must equal the original.
 *
 * A law has a trip when it has an article to use; it passes when every trip it has is byte-exact.
 */
type Trip = 'insert' | 'delete' | 'chapter';

function lineAfter(text: string, node: StructureNode): number {
  const nl = text.indexOf('\n', node.spanEnd);
  return nl < 0 ? text.length : nl + 1;
}

/** `第十条之一` / `第 10-1 條`: an inserted label after `node`, in the style of its own label. */
function insertedLabel(text: string, node: StructureNode): string {
  const arabic = /^[0-9０-９]/u.test(node.numeral);
  return arabic
    ? `${text.slice(node.labelStart, node.numeralEnd)}-1${text.slice(node.numeralEnd, node.labelEnd)}`
    : `${text.slice(node.labelStart, node.labelEnd).trimEnd()}之一`;
}

/** Inserts `line` after `node`'s last line (a text without a final newline gets one first). */
function insertAfter(text: string, node: StructureNode, line: string): string {
  const at = lineAfter(text, node);
  const head = text.slice(0, at);
  return `${head}${at === text.length && !text.endsWith('\n') ? '\n' : ''}${line}${text.slice(at)}`;
}

/** A trip the edit itself changes the meaning of: 前条 across the inserted or deleted article. */
class MeaningChanged extends Error {}

function run(text: string, baseline: Analysis): string {
  const r = renumber(analyse(text), { baseline });
  if (r.findings.some((f) => f.code === 'renumber.relative-changed')) throw new MeaningChanged();
  return applyEdits(text, r.edits);
}

/** Why a trip failed, or undefined when it is byte-exact. */
function insertTrip(text: string, a0: Analysis): string | undefined {
  const k = Math.floor(a0.articles.length / 2);
  const art = a0.articles[k] as StructureNode;
  if (art.sub > 0 || (a0.articles[k + 1]?.sub ?? 0) > 0) return 'no integer article with an integer successor in the middle';
  const body = '本条为新增的条文。';
  const t1 = insertAfter(text, art, `${insertedLabel(text, art)} ${body}\n`);
  const t2 = run(t1, a0);
  const a2 = analyse(t2);
  const added = a2.articles.find((x) => t2.slice(x.labelEnd, x.spanEnd).includes(body));
  const before = added && a2.articles[a2.articles.indexOf(added) - 1];
  if (!added || !before || added.sub !== 0 || added.number !== before.number + 1) return `the inserted article is ${added?.label ?? 'lost'} after ${before?.label ?? '-'}`;
  const start = t2.lastIndexOf('\n', t2.indexOf(body)) + 1;
  const t3 = t2.slice(0, start) + t2.slice(t2.indexOf('\n', start) + 1);
  return run(t3, a2) === text ? undefined : 'not byte-exact after removing it again';
}

function deleteTrip(text: string, a0: Analysis): string | undefined {
  const cited = new Set<StructureNode>();
  const citing = new Set<number>();
  for (const r of a0.references) {
    if (r.scope === 'external') continue;
    citing.add(r.span.start);
    for (const e of r.elements) for (const t of [e.resolved?.node, e.resolvedEnd?.node]) if (t) cited.add(articleOf(a0, t) ?? t);
  }
  const arts = a0.articles;
  const quiet = (x: StructureNode): boolean => x.sub === 0 && !cited.has(x) && ![...citing].some((s) => s >= x.spanStart && s < x.spanEnd);
  let k = Math.max(1, Math.floor(arts.length / 2));
  // The article before it takes it back as its 之一, so it must have an integer label itself.
  while (k < arts.length && !(quiet(arts[k] as StructureNode) && (arts[k - 1] as StructureNode).sub === 0)) k++;
  const art = arts[k];
  if (!art) return 'no article that neither cites nor is cited after an integer label';
  const range = lineRange(text, art);
  const removed = text.slice(range.start, range.end);
  // What stood between the article before it and it (a blank line): it stays, and the text goes back after it.
  const gap = text.slice(lineAfter(text, arts[k - 1] as StructureNode), range.start);
  const t2 = run(text.slice(0, range.start) + text.slice(range.end), a0);
  const a2 = analyse(t2);
  const prev = a2.articles[k - 1] as StructureNode;
  const at = lineAfter(t2, prev) + gap.length;
  if (t2.slice(at - gap.length, at) !== gap) return 'the text between the articles changed';
  const back = `${removed.slice(0, art.labelStart - range.start)}${insertedLabel(t2, prev)}${removed.slice(art.labelEnd - range.start)}`;
  return run(t2.slice(0, at) + back + t2.slice(at), a2) === text ? undefined : 'not byte-exact after putting it back';
}

function lineStartOf(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/** `line` with `label` given 之一 after its unit character (第五章 → 第五章之一) and `title` for its title. */
function insertedHeading(text: string, labelStart: number, labelEnd: number, titleStart: number, title: string): string {
  const label = text.slice(labelStart, labelEnd);
  const unit = label.search(/[章]/u);
  const sep = text.slice(labelEnd, titleStart) || ' ';
  return `${text.slice(lineStartOf(text, labelStart), labelStart)}${label.slice(0, unit + 1)}之一${label.slice(unit + 1)}${sep}${title}`;
}

function chapterTrip(text: string, a0: Analysis): string | undefined {
  const list = a0.scopes.chapters.find((l) => l.length >= 2);
  if (!list) return 'no list of two chapters';
  const k = Math.floor((list.length - 1) / 2);
  const chapter = list[k] as StructureNode;
  const next = list[k + 1] as StructureNode;
  const last = a0.articles.filter((x) => x.spanStart > chapter.spanStart && x.spanStart < next.spanStart).pop();
  if (chapter.sub > 0 || next.sub > 0 || chapter.number === 0 || !last || last.sub > 0 || !chapter.titleSpan) return 'no chapter with an integer label, an article and an integer successor';
  const title = '新增的章';
  const body = '本条为新增的条文。';
  const heading = insertedHeading(text, chapter.labelStart, chapter.labelEnd, chapter.titleSpan.start, title);
  const at = lineStartOf(text, next.labelStart);
  let t1 = `${text.slice(0, at)}${heading}\n${insertedLabel(text, last)} ${body}\n${text.slice(at)}`;
  // The 目录 lists it too, when it lists the chapters one to one.
  const entries = a0.toc?.entries ?? [];
  const listed = (n: StructureNode) => entries.find((e) => e.kind === 'chapter' && e.number === n.number && e.sub === 0);
  const entry = listed(chapter);
  const nextEntry = listed(next);
  if (entry && nextEntry && nextEntry.span.start > entry.span.start) {
    const tocAt = lineStartOf(text, nextEntry.span.start);
    t1 = `${t1.slice(0, tocAt)}${insertedHeading(text, entry.span.start, entry.span.start + entry.label.length, entry.titleSpan.start, title)}\n${t1.slice(tocAt)}`;
  }
  const t2 = run(t1, a0);
  const a2 = analyse(t2);
  const added = a2.divisions.find((d) => d.title === title);
  const art = a2.articles.find((x) => t2.slice(x.labelEnd, x.spanEnd).includes(body));
  const before = art && a2.articles[a2.articles.indexOf(art) - 1];
  if (!added || added.sub !== 0 || added.number !== chapter.number + 1) return `the inserted chapter is ${added?.label ?? 'lost'}`;
  if (!art || !before || art.sub !== 0 || art.number !== before.number + 1) return `its article is ${art?.label ?? 'lost'} after ${before?.label ?? '-'}`;
  const t3 = t2.split('\n').filter((l) => !l.includes(title) && !l.includes(body)).join('\n');
  return run(t3, a2) === text ? undefined : 'not byte-exact after removing it again';
}

describe('renumbering round trips on real laws, consistent and broken (../shared)', function () {
  const LIBRARY = join(dirname(CORPUS_ROOT), 'library');

  before(function () {
    if (!corpusAvailable() || !existsSync(LIBRARY)) {
      console.log(`      skipped: ${CORPUS_MISSING} (and ../shared/library)`);
      this.skip();
    }
  });

  it('insert or delete an article, or insert a chapter, renumber with the baseline, undo, renumber: byte-exact on ≥ 95% of laws per group', function () {
    this.timeout(600000);
    interface Group {
      laws: number;
      failedLaws: Set<string>;
      /** Laws where a trip moved 前条 / 前款 off its target: rewritten by design, so no byte-exact case. */
      meaningChanged: Set<string>;
      trips: Map<Trip, number>;
      failures: string[];
    }
    const groups = new Map<string, Group>();
    const groupOf = (name: string): Group => {
      let g = groups.get(name);
      if (!g) groups.set(name, (g = { laws: 0, failedLaws: new Set(), meaningChanged: new Set(), trips: new Map(), failures: [] }));
      return g;
    };
    const texts: { group: string; path: string; text: string }[] = [];
    for (const r of manifest()) {
      if (r.flags.includes('no-article-lines')) continue;
      texts.push({ group: r.flags.includes('numbering-anomaly') ? 'broken' : 'dev', path: r.path, text: readCorpus(r.path) });
    }
    const lib = readFileSync(join(LIBRARY, 'manifest.tsv'), 'utf8').split('\n').slice(1).filter((l) => l.trim());
    for (const l of lib) texts.push({ group: 'library', path: l.split('\t')[0] as string, text: readFileSync(join(LIBRARY, l.split('\t')[0] as string), 'utf8') });
    for (const t of texts) {
      const a0 = analyse(t.text);
      if (a0.articles.length < 3) continue;
      // Dev laws whose numbering the checks already find inconsistent are broken copies too.
      const group = t.group === 'dev' ? (numberingFindings(a0).length > 0 ? 'broken' : 'consistent') : t.group;
      const g = groupOf(group);
      g.laws++;
      for (const [trip, go] of [['insert', insertTrip], ['delete', deleteTrip], ['chapter', chapterTrip]] as const) {
        let why: string | undefined;
        try {
          why = go(t.text, a0);
        } catch (e) {
          if (!(e instanceof MeaningChanged)) throw e;
          g.meaningChanged.add(t.path);
          continue;
        }
        if (why?.startsWith('no ')) continue;
        g.trips.set(trip, (g.trips.get(trip) ?? 0) + 1);
        if (!why) continue;
        g.failures.push(`${trip} ${t.path}: ${why}`);
        g.failedLaws.add(t.path);
      }
    }
    for (const [name, g] of groups) {
      const exact = g.laws - new Set([...g.failedLaws, ...g.meaningChanged]).size;
      const applicable = g.laws - g.meaningChanged.size;
      const pct = (n: number, d: number): string => `${((n / d) * 100).toFixed(1)}%`;
      console.log(
        `      ${name}: ${exact}/${applicable} byte-exact (${pct(exact, applicable)}) where the edit moves no 前条/前款; ` +
          `${exact}/${g.laws} (${pct(exact, g.laws)}) of all ${g.laws}; ${g.meaningChanged.size} with 前条/前款 rewritten by design; trips ${[...g.trips].map(([k, v]) => `${k} ${v}`).join(', ')}`,
      );
      for (const f of g.failures) console.log(`        ${f}`);
    }
    for (const [name, g] of groups) {
      const applicable = g.laws - g.meaningChanged.size;
      assert.ok((applicable - g.failedLaws.size) / applicable >= 0.95, `${name}: below 95%`);
    }
  });
});
