/**
 * Incremental re-analysis (issue #6): analyse(text, options, previous) must give exactly what
 * analyse(text, options) gives, whether the edit is re-used or not, and must leave `previous` as it was.
 * The property runs random edits (typing, deleting, replacing; labels, punctuation, quotes, line breaks)
 * over real laws and chains them, each analysis re-using the one before.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { analyse, type AnalyseOptions, type Analysis } from '../src/core';
import { reparse } from '../src/core/incremental';
import { LineMap } from '../src/positions';
import { parse } from '../src/core/parse/parse';
import { scanReferences } from '../src/core/refs/scan';
import { corpusAvailable, manifest, readCorpus } from './corpus';

const SAMPLE = readFileSync('test-fixtures/jinan-digital-economy-draft.txt', 'utf8');

/** Everything an analysis holds, with the term table's function replaced by what it returns. */
function comparable(a: Analysis): unknown {
  const { usesOf, isUsed, ...terms } = a.terms;
  return { ...a, terms: { ...terms, uses: terms.defined.map((d) => usesOf(d)), used: terms.defined.map((d) => isUsed(d)) } };
}

/**
 * Re-analyses `text` after `previous` and checks the result against a fresh analysis, and that the
 * previous analysis is as it was (in full for short texts; its findings for long ones).
 */
function same(previous: Analysis, text: string, options: AnalyseOptions): Analysis {
  const whole = previous.text.length < 4000;
  const snapshot = (): string => (whole ? JSON.stringify(comparable(previous), (k, v: unknown) => (k === 'children' ? undefined : v)) : JSON.stringify(previous.findings));
  const before = snapshot();
  const incremental = analyse(text, options, previous);
  assert.deepStrictEqual(comparable(incremental), comparable(analyse(text, options)));
  assert.equal(snapshot(), before, 'the previous analysis was changed');
  return incremental;
}

function edit(text: string, at: number, remove: number, insert: string): string {
  return text.slice(0, at) + insert + text.slice(at + remove);
}

/**
 * Applies edits one after the other, each at a fraction (of 1,000,000) of the text's length, removing `remove`
 * characters and inserting `insert`, and checks each re-analysis against a fresh one (same).
 */
function editsAgree(start: string, steps: readonly (readonly [number, number, string])[]): void {
  const options: AnalyseOptions = {};
  let text = start;
  let previous = analyse(text, options);
  for (const [where, remove, insert] of steps) {
    const next = edit(text, Math.floor((where / 1_000_000) * text.length), remove, insert);
    previous = same(previous, next, options);
    text = next;
  }
}

/**
 * Random chains of one to four edits (see editsAgree) of golden fixtures (paths under test-fixtures/checks/), each
 * inserting one of `inserts`, every re-analysis checked against a fresh one: 400 runs from `seed`.
 */
function fixtureEditsAgree(files: readonly string[], inserts: readonly string[], seed: number): void {
  const texts = files.map((f) => readFileSync('test-fixtures/checks/' + f, 'utf8'));
  const step = fc.tuple(fc.noBias(fc.nat(1_000_000)), fc.nat(3), fc.constantFrom(...inserts));
  fc.assert(
    fc.property(fc.nat(texts.length - 1), fc.array(step, { minLength: 1, maxLength: 4 }), (ti, edits) => editsAgree(texts[ti] as string, edits)),
    { numRuns: 400, seed },
  );
}

/** Whether the edit takes the incremental path (not only whether the result is right). */
function reused(text: string, next: string): boolean {
  const parsed = parse(text, {});
  const { refs, carried, slips } = scanReferences(parsed);
  return reparse({ parsed, quoteCarried: carried, slips }, refs, next) !== undefined;
}

describe('incremental re-analysis', function () {
  this.timeout(300000);

  it('typing inside a paragraph of the sample draft re-uses the analysis and gives the same result', () => {
    const options: AnalyseOptions = {};
    const at = SAMPLE.indexOf('数字经济发展应当') + 4;
    assert.ok(at > 4);
    const next = edit(SAMPLE, at, 0, '高质量');
    assert.ok(reused(SAMPLE, next), 'plain typing in running text should be re-used');
    same(analyse(SAMPLE, options), next, options);
  });

  it('edits that change structure fall back to a full analysis', () => {
    const at = SAMPLE.indexOf('第二条');
    assert.ok(!reused(SAMPLE, edit(SAMPLE, at + 1, 1, '十')), 'a changed article label');
    assert.ok(!reused(SAMPLE, edit(SAMPLE, at + 20, 0, '\n')), 'a new line');
    assert.ok(!reused(SAMPLE, edit(SAMPLE, 0, 1, '')), 'the title');
  });

  it('a header marker inside an article ends nothing, and an edit on its line is analysed in full', () => {
    // The header ends at the line that is only the marker (<!--INFO END-->), for the structure and the text
    // checks alike; the exact marker inside 第一条 is running text, so the doubled comma before it is prose.
    const text = '# 条例标题\n<!--INFO END-->\n第一条 甲，，<!-- INFO END -->乙，数据。\n第二条 本条例自公布之日起施行。\n';
    const options: AnalyseOptions = {};
    const before = analyse(text, options);
    assert.ok(before.findings.some((f) => f.code === 'punctuation.doubled' && f.span.start === text.indexOf('，，')));
    const at = text.indexOf('INFO END -->') + 2;
    const next = edit(text, at, 1, '');
    assert.ok(!reused(text, next), 'the line held a marker before the edit');
    same(before, next, options);
  });

  it('findings of the edited line come and go: a doubled comma typed, then removed', () => {
    const options: AnalyseOptions = {};
    const at = SAMPLE.indexOf('数字经济发展应当') + 4;
    const typed = edit(SAMPLE, at, 0, '，，');
    assert.ok(reused(SAMPLE, typed));
    const a = same(analyse(SAMPLE, options), typed, options);
    assert.ok(a.findings.some((f) => f.code === 'punctuation.doubled' && f.span.start === at));
    const b = same(a, SAMPLE, options);
    assert.ok(!b.findings.some((f) => f.code === 'punctuation.doubled' && f.span.start === at));
  });

  it('typing in each line of a hard-wrapped paragraph re-uses the analysis: its joined text and references move', () => {
    // One unit of three source ranges (the first, and two joined lines); a reference and a department in
    // the joined lines, so that the edited range and those after it are read again or moved.
    const text = '第一条 为了规范公共数据管理，依照\n本条例第二条的规定，由市数据主管部门\n会同有关部门制定具体办法。\n第二条 市数据主管部门负责公共数据管理工作。\n';
    const options: AnalyseOptions = {};
    let previous = analyse(text, options);
    assert.equal(previous.articles[0]?.children.length, 1, 'the three lines are one paragraph');
    for (const word of ['依照', '第二条的', '有关部门']) {
      const at = text.indexOf(word) + 1;
      const next = edit(text, at, 0, '相应');
      assert.ok(reused(text, next), `typing in “${word}” should be re-used`);
      const again = same(previous, next, options);
      const paragraph = next.slice('第一条 '.length, next.indexOf('\n第二条')).replace(/\n/gu, '');
      assert.equal(again.articles[0]?.children[0]?.text, paragraph);
      previous = same(again, text, options); // and back
    }
  });

  it('a copy of the options re-uses the previous version; other options do not', () => {
    const at = SAMPLE.indexOf('数字经济发展应当') + 4;
    const next = edit(SAMPLE, at, 0, '高质量');
    const departments = { lexicon: ['口岸物流'] };
    const a = analyse(SAMPLE, { jurisdiction: 'auto', departments });
    const shared = a.articles.find((x) => x.spanEnd < at);
    assert.ok(shared, 'an article ends before the edit');
    const b = same(a, next, { jurisdiction: 'auto', departments });
    assert.ok(b.articles.includes(shared), 'the articles before the edit are the previous version\'s');
    assert.equal(b.state?.departments?.lexicon, a.state?.departments?.lexicon, 'the same department options keep their lexicon');
    // (A line check's findings kept from the previous version were made with its options: the stage makes a
    // placeholder an error.)
    for (const options of [{ jurisdiction: 'tw' }, { joinWrappedLines: false }, { skipReferences: true }, { jurisdiction: 'auto', departments, stage: 'final' }] satisfies AnalyseOptions[]) {
      const c = same(a, next, options);
      assert.ok(!c.articles.includes(shared), `${JSON.stringify(options)} is read anew`);
    }
  });

  it('options changed between versions give what a fresh analysis gives (property)', () => {
    const variants: AnalyseOptions[] = [
      {}, { jurisdiction: 'auto' }, { jurisdiction: 'tw' }, { jurisdiction: 'prc' }, { joinWrappedLines: false }, { skipReferences: true },
      { chapterNumbering: 'perBook' }, { stage: 'final' }, { departments: { lexicon: ['数据'], aliases: { 数据局: '数据' } } }, { departments: { ignore: ['数据'] } },
      { departments: { responsibilitiesArticles: [2] } }, { terms: { glossary: ['公共数据'], ignore: ['数据'] } },
    ];
    const line = fc.constantFrom(
      '第一条 为了规范公共数据管理，制定本条例。', '第二条 市数据主管部门负责公共数据管理工作，', '依照第一条的规定执行。', '第三条 本条例所称公共数据，是指政务数据。',
      '（一）市数据局（以下简称数据局）；', '第四條 依據第一條', '第五条 数据局应当公开数据。', '## 第一章 总则', '',
    );
    const text = fc.array(line, { minLength: 1, maxLength: 10 }).map((ls) => ls.join('\n') + '\n');
    const insert = fc.constantFrom('数据', '第二条', '前款', '。', '市数据主管部门', '條', '');
    fc.assert(
      fc.property(text, fc.nat(variants.length - 1), fc.nat(variants.length - 1), fc.noBias(fc.nat(1_000_000)), fc.nat(2), insert, (t, i, j, where, remove, ins) => {
        const previous = analyse(t, variants[i]);
        const at = Math.floor((where / 1_000_000) * t.length);
        same(previous, edit(t, at, remove, ins), variants[j] as AnalyseOptions);
      }),
      { numRuns: 300, seed: 1205 },
    );
  });

  it('an analysis keeps nothing of the version before it alive', () => {
    // Nodes that end before an edit are shared by design; the previous parse, state and analysis are not
    // reachable from the next one (a chain of versions would otherwise keep every version alive).
    const options: AnalyseOptions = {};
    const at = SAMPLE.indexOf('数字经济发展应当') + 4;
    const first = analyse(SAMPLE, options);
    const second = same(first, edit(SAMPLE, at, 0, '高质量'), options);
    assert.ok(reused(SAMPLE, edit(SAMPLE, at, 0, '高质量')));
    const old = new Set<unknown>([first, first.state, first.state?.parsed, first.findings, first.references, first.departments, first.terms]);
    const seen = new Set<unknown>();
    const stack: unknown[] = [second, second.state];
    while (stack.length > 0) {
      const v = stack.pop();
      if (typeof v !== 'object' || v === null || seen.has(v)) continue;
      seen.add(v);
      assert.ok(!old.has(v), 'the next version reaches the previous one');
      for (const x of v instanceof Map ? [...v.keys(), ...v.values()] : v instanceof Set ? [...v] : Object.values(v)) stack.push(x);
    }
  });

  it('the analysis line starts are the line map the server builds from the text (property)', () => {
    const text = fc.array(fc.constantFrom('第一条', '甲', '\n', '\r', '\r\n', ' '), { maxLength: 60 }).map((t) => t.join(''));
    fc.assert(fc.property(text, (t) => {
      const a = analyse(t);
      const fromText = new LineMap(t);
      const fromAnalysis = new LineMap(t, a.lineStarts);
      for (let o = 0; o <= t.length; o++) assert.deepStrictEqual(fromAnalysis.positionAt(o), fromText.positionAt(o));
    }), { numRuns: 300, seed: 1202 });
  });

  it('random edits of hostile text: labels, broken quotes, CR and CRLF, BOM, surrogate halves, NUL (property)', () => {
    const token = fc.constantFrom(
      '第一条', '第二条', '第十条', '前款', '本条例', '（一）', '（二）', '一、', '1.', '“', '”', '《', '》', '（', '）', '。', '，', '；', '部门',
      '市人民政府', '所称', '是指', '甲', '乙', '\n', '\r\n', '\r', ' ', '\u3000', '\uFEFF', '\uD800', '\u0000', '## 第一章 总则', '<!-- INFO END -->', '<!--INFO END-->', '%%',
    );
    const text = fc.array(token, { minLength: 1, maxLength: 120 }).map((t) => t.join(''));
    const edits = fc.array(fc.tuple(fc.noBias(fc.nat(1_000_000)), fc.nat(3), token), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(text, edits, (start, steps) => editsAgree(start, steps)),
      { numRuns: 400, seed: 1207 },
    );
  });

  it('typing after a bare item label re-uses the analysis and reads what was typed', () => {
    // An empty item's running text starts and ends where its label ends: the typed text must become the
    // item's, with its reference, as a fresh analysis of the same text reads it.
    for (const label of ['（一）', '1.', '一、']) {
      const text = `第一条 为了规范管理，制定本条例。\n第二条 有下列情形之一的：\n${label}\n（二）其他情形。\n第三条 本条例自公布之日起施行。\n`;
      const at = text.indexOf(`${label}\n`) + label.length;
      const next = edit(text, at, 0, '违反第九条规定的');
      assert.ok(reused(text, next), `typing after ${label} should be re-used`);
      const options: AnalyseOptions = {};
      const a = same(analyse(text, options), next, options);
      assert.ok(a.references.some((r) => r.text === '第九条'), `the reference typed after ${label}`);
    }
  });

  it('a colon typed at the end of a paragraph between items makes it a new 款, as a fresh analysis reads it', () => {
    // 。 and ： both end a sentence, but only the colon makes the paragraph a list's lead-in (tree.ts LEADS_IN).
    const text = '第一条 有下列情形之一的，不予登记：\n（一）材料不全的；\n（二）逾期申请的。\n申请人有下列情形之一的，依照前款处理。\n（三）提供虚假材料的。\n第二条 违反第一条第二款第（三）项规定的，依照第一条处理。\n';
    const at = text.indexOf('处理。\n（三）') + 2;
    const next = edit(text, at, 1, '：');
    const options: AnalyseOptions = {};
    const a = same(analyse(text, options), next, options);
    assert.equal(a.articles[0]?.children.filter((c) => c.kind === 'paragraph').length, 2, 'the lead-in opens a second 款');
  });

  it('a colon typed after a numeral that goes on from an item list makes the line the next item, as a fresh analysis reads it', () => {
    // 二：校官…… after 一、將官…… is item 二 (item-lists.ts colonItemAfterItem), 二，校官…… a new 項: the line's
    // class alone does not tell them apart.
    const text = '示例條例施行細則\n第 1 條 晉任權責，規定如下：\n一、將官由國防部核定。\n二，校官由國防部審定。\n前項第二款所稱中央單位，指國防部。\n';
    const at = text.indexOf('二，') + 1;
    const next = edit(text, at, 1, '：');
    assert.ok(!reused(text, next), 'the colon makes the line a label');
    const options: AnalyseOptions = {};
    const a = same(analyse(text, options), next, options);
    assert.equal(a.articles[0]?.children[0]?.children.filter((c) => c.kind === 'item').length, 2, '二： is the second item');
  });

  it('random edits at line starts, after labels and at line ends of drafts with empty items (property)', () => {
    // Where structure and running text meet: bare labels (an item typed but not yet written), labels with
    // text, and the starts and ends of their lines.
    const line = fc.constantFrom(
      '第一条 为了规范管理，制定本条例。', '第二条 有下列情形之一的：', '第三条', '第四条 ', '第四条之一', '第五条 前款所称部门是指市数据局。',
      '（一）', '（二）违反本条例第二条的；', '（三）', '1.', '2. 其他。', '一、', '二、其他情形。', '（1）', '## 第一章 总则', '第二章', '',
      '第一條 為了規範管理，制定本條例。', '（一）依據第一條', '市人民政府负责。',
    );
    const eol = fc.constantFrom('\n', '\r\n');
    const text = fc.tuple(fc.array(line, { minLength: 1, maxLength: 12 }), eol).map(([ls, e]) => ls.join(e) + e);
    const insert = fc.constantFrom('违反第一条的', '第三条', '第二条第一项', '前款', '甲', ' ', '。', '；', '市数据主管部门', '（以下简称数据局）', '所称数据是指', '條', '（一）', '1.');
    // Where to type: a line start, inside a label, just after it, or a line end.
    const places = (t: string): number[] => {
      const at: number[] = [];
      for (const m of t.matchAll(/^|(?:第[一二三四五六七八九十]+[条條章](?:之一)?|（[一二三1]）|[12]\.|[一二]、)|(?=\r?\n)/gmu)) {
        if (m[0].length > 1) at.push((m.index ?? 0) + 1);
        at.push((m.index ?? 0) + m[0].length);
      }
      return at;
    };
    const edits = fc.array(fc.tuple(fc.nat(), fc.nat(2), insert), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(text, edits, (start, steps) => {
        const options: AnalyseOptions = {};
        let t = start;
        let previous = analyse(t, options);
        for (const [which, remove, ins] of steps) {
          const at = places(t);
          const next = edit(t, at[which % at.length] as number, remove, ins);
          previous = same(previous, next, options);
          t = next;
        }
      }),
      { numRuns: 300, seed: 1204 },
    );
  });

  it('random edits of Taiwan lists whose labels the line above decides (property)', () => {
    // A label at a line's start read as the rest of the line above (a bracket it left open, 附件 at its end, a
    // numeral it cut), a label alone on its line, a list that starts again after a lead-in, a 目 after a full stop
    // inside a line: each depends on another line's words, which an edit inside that line changes.
    fixtureEditsAgree(
      [
        'numbering.item-sequence/tw-number-wrapped-inside-bracket-clean.txt', 'numbering.item-sequence/tw-digits-cut-by-wrap-clean.txt',
        'numbering.item-sequence/tw-item-label-alone-on-its-line-clean.txt', 'numbering.item-sequence/tw-list-restarts-under-new-lead-in-clean.txt',
        'numbering.subitem-sequence/tw-annex-number-wrapped-clean.txt', 'numbering.subitem-sequence/tw-volume-number-wrapped-clean.txt',
        'numbering.subitem-sequence/tw-subitem-after-full-stop-in-wrapped-line-clean.txt',
      ],
      ['(', ')', '（', '）', '附件', '附表', '下列', '如左', '：', '。', '。 ', '一', '○', '三', '甲', ' ', ''],
      1207,
    );
  });

  it('random edits of the Legislative Yuan layout, where a set-in line\'s own words make it a paragraph (property)', () => {
    // A line set in by two ideographic spaces below an article's first paragraph is the next 項 when it cites 前項 anywhere, or states a
    // sentence after rows that state none (line-joins.ts opensParagraphAfterRows); 第四款 抵銷 alone between articles
    // is a division heading; a set-in glued 第X條 is a paragraph. Each turns on words an edit inside the line changes.
    fixtureEditsAgree(
      [
        'reference.relative/tw-rows-set-in-as-paragraphs-clean.txt', 'reference.relative/tw-ly-previous-paragraph-after-unnumbered-rows-clean.txt',
        'reference.relative/tw-rows-set-in-stating-sentences-item-in-first-paragraph.txt', 'reference.dangling/tw-ly-first-paragraph-without-full-stop-clean.txt',
        'reference.dangling/code-subdivision-heading-clean.txt', 'numbering.article-sequence/tw-set-in-paragraph-opens-with-next-article-clean.txt',
      ],
      ['前項', '準用前二項', '前條', '。', '：', '如下：', '左列', '，', '抵銷', '甲', ' ', '\u3000', ''],
      1208,
    );
  });

  it('random edits of the Ministry\'s hard-wrapped copies, whose wrap width and line widths place a 項 (property)', () => {
    // In a hard-wrapped copy (wrap-width.ts) a line short of the width that ends with 。 ends its 項, one at the width
    // ending ； goes on, a number the wrap put at a line's start (五、五○○元, 百分之 / 十、) is no label: each turns on a
    // line's width and last character, and on the width read from the whole text, which an edit anywhere can move.
    fixtureEditsAgree(
      [
        'reference.relative/tw-wrapped-set-in-paragraph-after-short-line-clean.txt', 'reference.relative/tw-wrapped-set-in-paragraph-after-item-clean.txt',
        'reference.relative/tw-wrapped-paragraph-one-short-of-width-clean.txt', 'reference.relative/tw-wrapped-paragraph-after-table-or-stray-mark-clean.txt',
        'reference.dangling/tw-wrapped-paragraph-clause-after-semicolon-clean.txt', 'reference.dangling/tw-wrapped-item-clause-after-semicolon-clean.txt',
        'numbering.item-sequence/tw-number-at-wrapped-line-start-clean.txt', 'numbering.item-sequence/tw-numeral-after-fraction-wrap-clean.txt',
      ],
      ['前項', '。', '；', '、', '甲乙', '第', '百分之', '○○○', ' ', '  ', '\u3000', '\n', ''],
      1209,
    );
  });

  it('random edits of hard-wrapped copies where a formula, a stray stop or a cited item places a 項 (property)', () => {
    // A line of nothing but closing marks goes on the unit above; a formula's lines stay their unit's, and one that
    // ends a paragraph at the width with no sentence mark after its ＝ ends the 項 before 前項; 前項第N款 after an item's
    // line ends the list; an article number missing its 條 is reported where the scanner finds it (line-joins.ts,
    // refs/missing-counter.ts). Each turns on marks an edit inside a line adds or takes away.
    fixtureEditsAgree(
      [
        'reference.dangling/tw-wrapped-formula-after-last-item-clean.txt', 'reference.dangling/tw-wrapped-stray-full-stop-after-last-item-clean.txt',
        'reference.relative/tw-wrapped-formula-line-then-previous-paragraph-clean.txt', 'reference.relative/tw-wrapped-item-one-short-of-width-cites-item-above-clean.txt',
        'reference.missing-counter/tw-wrapped-article-number.txt', 'reference.missing-counter/tw-wrapped-before-paragraph.txt',
      ],
      ['＝', '=', '。', '，', '；', '：', '前項', '前項第二款', '條', '第', '甲', ' ', ''],
      1210,
    );
  });

  it('random chains of edits on real laws and the sample (property)', function () {
    if (!corpusAvailable()) this.skip();
    const texts = [SAMPLE, ...manifest().filter((_, i) => i % 9 === 0).slice(0, 40).map((r) => readCorpus(r.path))];
    const insert = fc.constantFrom(
      '的', '数据', '部门', '市人民政府', '。', '，', '，，', '；', '：', '、等', '“', '”', '"', '（', '）', '(', ')', '《', '》', '第', '第十条',
      '第五条第二款', '前款', '本条例', '所称', '是指', '（以下简称数据局）', '删除', '（删除）', ' ', '\u3000', '\n', '第三条 ', '（一）', '二、',
      '××', '自年月日起施行', '笫', '依據(jù)', '鍏徃', '條', '#', 'a', '?', '',
    );
    // Positions spread evenly over the text (no bias towards its ends, where the title and metadata are).
    const step = fc.tuple(fc.noBias(fc.nat(1_000_000)), fc.nat(6), insert);
    let reusedSteps = 0;
    let steps = 0;
    fc.assert(
      fc.property(fc.nat(texts.length - 1), fc.array(step, { minLength: 1, maxLength: 4 }), (ti, edits) => {
        const options: AnalyseOptions = {};
        let text = texts[ti] as string;
        let previous = analyse(text, options);
        for (const [where, remove, ins] of edits) {
          const at = Math.floor((where / 1_000_000) * text.length);
          const next = edit(text, at, remove, ins);
          steps++;
          if (reused(text, next)) reusedSteps++;
          previous = same(previous, next, options);
          text = next;
        }
      }),
      { numRuns: 250, seed: 1201 },
    );
    // Not a vacuous property: most random edits land in running text and take the incremental path.
    assert.ok(reusedSteps * 3 > steps, `only ${reusedSteps} of ${steps} edits were re-used`);
  });
});
