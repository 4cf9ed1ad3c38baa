/**
 * Citations of other laws: which 《titles》 are read, the provisions that belong to each, the text's date,
 * what the national law index says of them, and the quick fix of a repealed law.
 */
import * as assert from 'node:assert/strict';
import { CodeActionKind } from 'vscode-languageserver';
import { analyse, citationAt, fixAll, toChineseNumeral, type Analysis, type CitationTable, type LawIndex } from '../src/core';
import { codeActions } from '../src/lsp/actions';
import { toDiagnostics } from '../src/lsp/diagnostics';
import { LineMap } from '../src/positions';
import { LAWS } from './golden';

function table(text: string, options = {}): { a: Analysis; t: CitationTable } {
  const a = analyse(text, { laws: LAWS, ...options });
  return { a, t: a.citations as CitationTable };
}

/** Each citation as `title: article-sub/paragraph/item …`. */
function provisions(t: CitationTable): string[] {
  return t.citations.map((c) => `${c.name}: ${c.provisions.map((p) => `${p.article}-${p.sub}/${p.paragraph ?? ''}/${p.item ?? ''}`).join(' ')}`);
}

const HEAD = '某市行政处罚程序规定（草案）\n\n';

describe('citations of other laws', () => {
  it('reads the provisions of each title: lists, ranges, 款 and 项, a bare path continuing it, and 该法 after it', () => {
    const { t } = table(
      `${HEAD}第一条 根据《中华人民共和国行政处罚法》第三条、第九条第（六）项，《中华人民共和国行政许可法》第十条第一款、第二款。\n` +
        '第二条 依照《中华人民共和国行政处罚法》第二十二条至第二十五条的规定执行；听证适用该法第六十三条第一款第二项的规定。\n' +
        '第三条 依照《中华人民共和国行政强制法》的规定和本规定第一条处理。\n',
    );
    assert.deepEqual(provisions(t), [
      '中华人民共和国行政处罚法: 3-0// 9-0//6',
      '中华人民共和国行政许可法: 10-0/1/ 10-0/2/',
      '中华人民共和国行政处罚法: 22-0// 25-0// 63-0/1/2',
      '中华人民共和国行政强制法: ',
    ]);
  });

  it('leaves out the document title, its 题注, an abbreviation being introduced, and 《》 inside a title', () => {
    const { t } = table(
      '北京市实施《中华人民共和国教师法》办法\n\n（2010年12月23日北京市第十三届人民代表大会常务委员会第二十二次会议《关于修改〈北京市实施中华人民共和国教师法办法〉的决定》修正）\n\n' +
        '第一条 根据《中华人民共和国教师法》（以下简称《教师法》）和《关于修改〈中华人民共和国教师法〉的决定》，制定本办法。\n第二条 《教师法》第三条所称教师，包括本市各类学校的教师。\n',
    );
    assert.deepEqual(
      t.citations.map((c) => c.written),
      ['中华人民共和国教师法', '关于修改〈中华人民共和国教师法〉的决定', '教师法'],
    );
    assert.equal(t.date, '2010-12-23');
    assert.deepEqual(provisions(t)[2], '教师法: 3-0//');
  });

  it('dates a text by its 题注 and its own 施行 sentence, and a draft not at all', () => {
    assert.equal(table(`${HEAD}第一条 根据《中华人民共和国行政处罚法》，制定本规定。\n第二条 本规定自公布之日起施行。\n`).t.date, undefined);
    assert.equal(
      table(`${HEAD}第一条 根据《中华人民共和国行政处罚法》，制定本规定。《中华人民共和国行政处罚法》自2021年7月15日起施行。\n第二条 本规定自2020年1月1日起施行。\n`).t.date,
      '2020-01-01',
    );
  });

  it('reads the law in force at the text date: an old text citing 合同法 cites a law in force then', () => {
    const cites = '第一条 根据《中华人民共和国合同法》第五十二条，制定本条例。\n';
    const draft = table(`某市技术合同条例（草案）\n\n${cites}`).t.citations[0];
    assert.equal(draft?.repeal?.date, '2021-01-01');
    assert.equal(draft?.successor, '中华人民共和国民法典');
    const old = table(`某市技术合同条例\n\n（2015年3月1日某市人民代表大会常务委员会通过）\n\n${cites}`).t.citations[0];
    assert.equal(old?.repeal, undefined);
    assert.equal(old?.law, undefined);
  });

  it('the name a later law took over is not repealed after it was made (国家安全法: 1993, repealed 2014, a new law 2015)', () => {
    const t = table(`某市国家安全条例（草案）\n\n第一条 根据《中华人民共和国国家安全法》，制定本条例。\n`).t;
    assert.equal(t.citations[0]?.repeal, undefined);
    assert.equal(t.citations[0]?.law?.title, '中华人民共和国国家安全法');
  });

  it('a Taiwan text, or one without 《, never asks the index', () => {
    let asked = 0;
    const laws = (): LawIndex | undefined => {
      asked++;
      return LAWS();
    };
    const a = analyse('某某自治條例\n\n第一條 依《行政處罰法》第十條規定制定之。\n', { laws, jurisdiction: 'tw' });
    assert.deepEqual(a.citations?.citations, []);
    const b = analyse(`${HEAD}第一条 根据有关法律，制定本规定。\n`, { laws });
    assert.deepEqual(b.findings.filter((f) => f.code.startsWith('citation.')), []);
    assert.equal(asked, 0);
    analyse(`${HEAD}第一条 根据《中华人民共和国行政处罚法》，制定本规定。\n`, { laws });
    assert.equal(asked, 1);
  });

  it('with the citation checks off and nobody asking, the table is not built', () => {
    let asked = 0;
    const laws = (): LawIndex | undefined => (asked++, LAWS());
    const levels = { 'citation.unknown-law': 'off', 'citation.repealed': 'off', 'citation.article-missing': 'off', 'citation.title-form': 'off' } as const;
    const a = analyse(`${HEAD}第一条 根据《中华人民共和国行政处罚法》第一百条，制定本规定。\n`, { laws, levels });
    assert.equal(asked, 0);
    assert.equal(a.citations?.citations.length, 1, 'built when read');
    assert.equal(asked, 1);
  });

  it('citationAt: the citation and provision at an offset, for hover', () => {
    const text = `${HEAD}第一条 根据《中华人民共和国行政处罚法》第三条、第九条第（六）项，制定本规定。依照该法第十条处罚。\n`;
    const { a } = table(text);
    const t = a.citations as CitationTable;
    const on = (s: string): number => text.indexOf(s) + 1;
    assert.equal(citationAt(t, on('中华人民共和国行政处罚法'))?.citation.law?.title, '中华人民共和国行政处罚法');
    assert.equal(citationAt(t, on('中华人民共和国行政处罚法'))?.provision, undefined);
    const item = citationAt(t, on('第九条第（六）项'));
    assert.deepEqual([item?.provision?.article, item?.provision?.item, item?.citation.version?.publish], [9, 6, '2021-01-22']);
    assert.equal(citationAt(t, on('第十条处罚'))?.provision?.article, 10);
    assert.equal(citationAt(t, on('制定本规定')), undefined);
  });

  it('a draft citing 《中华人民共和国合同法》第五十二条 gets citation.repealed with a quick fix to the successor, never part of fix-all', () => {
    const text = '某市技术合同条例（草案）\n\n第一条 技术合同无效的情形，依照《中华人民共和国合同法》第五十二条的规定认定。\n';
    const analysis = analyse(text, { laws: LAWS });
    const f = analysis.findings.find((x) => x.code === 'citation.repealed');
    assert.ok(f);
    assert.equal(text.slice(f.span.start, f.span.end), '《中华人民共和国合同法》');
    const entry = { uri: 'file:///draft.txt', version: 1, analysis, lines: new LineMap(text, analysis.lineStarts), reduced: false };
    const diagnostics = toDiagnostics(entry, 'zh').filter((d) => d.code === 'citation.repealed');
    const at = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const quick = codeActions(entry, { textDocument: { uri: entry.uri }, range: at, context: { diagnostics, only: [CodeActionKind.QuickFix] } }, 'zh');
    const edits = quick.flatMap((q) => (q.edit?.documentChanges ?? []).flatMap((c) => ('edits' in c ? c.edits : [])));
    assert.deepEqual(edits.map((e) => ('newText' in e ? e.newText : '')), ['《中华人民共和国民法典》']);
    assert.equal(quick[0]?.isPreferred, true);
    assert.deepEqual(fixAll(analysis), []);
  });

  it('unknown titles: a national law typo gets the nearest titles; local regulations, rules and standards never fire', () => {
    const codes = (body: string): string[] => table(`${HEAD}${body}`).a.findings.filter((f) => f.code.startsWith('citation.')).map((f) => `${f.code} ${f.data?.fix ?? ''}`);
    assert.deepEqual(codes('第一条 根据《中华人民共和国行政处法》，制定本规定。\n'), ['citation.unknown-law 《中华人民共和国行政处罚法》']);
    assert.deepEqual(codes('第一条 根据《上海市行政处罚程序条例》《行政处罚程序规定》《某某行业标准》《国务院关于某某的决定》《某某办法》，制定本规定。\n'), []);
  });

  it('hostile shapes: an unclosed 《 in every article reads no title; thousands of unknown titles get suggestions for the first few', () => {
    const articles = (n: number, line: (i: number) => string): string => HEAD + Array.from({ length: n }, (_, i) => `第${toChineseNumeral(i + 1)}条 ${line(i + 1)}`).join('\n');
    const unclosed = table(articles(2000, () => '根据《中华人民共和国行政处罚法，制定本规定。'));
    assert.equal(unclosed.t.citations.length, 0);
    // 行政处罚X法, a different X each time: every one is an edit away from 行政处罚法.
    const unknown = table(articles(300, (i) => `根据《中华人民共和国行政处罚${String.fromCharCode(0x3400 + i)}法》，制定本规定。`)).a.findings.filter((f) => f.code === 'citation.unknown-law');
    assert.equal(unknown.length, 300);
    assert.equal(unknown[0]?.data?.fix, '《中华人民共和国行政处罚法》');
    assert.equal(unknown.filter((f) => f.data?.fix !== undefined).length, 50);
  });

  it('an edit inside one line gives what a fresh analysis gives (incremental equals full, with the index)', () => {
    const options = { laws: LAWS };
    const before = `${HEAD}第一条 根据《中华人民共和国行政处罚法》第三条，制定本规定。\n第二条 依照该法第十条处罚。\n`;
    let previous = analyse(before, options);
    for (const [from, to] of [['第三条，', '第三条第二款，'], ['《中华人民共和国行政处罚法》', '《中华人民共和国合同法》'], ['该法第十条', '该法第九十条']] as const) {
      const text = (previous.text as string).replace(from, to);
      const next = analyse(text, options, previous);
      assert.deepEqual(next.findings, analyse(text, options).findings, to);
      previous = next;
    }
    assert.ok(previous.findings.some((f) => f.code === 'citation.repealed'));
  });
});
