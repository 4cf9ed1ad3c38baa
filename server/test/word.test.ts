/**
 * Word output (server/src/word): the 修改对照表 and the exported draft, read back with jszip and
 * fast-xml-parser (docx-summary.ts): table rows and cells, marks as run properties, the GB/T 9704 page,
 * fonts and sizes, paragraph order and styles, the page numbers; a reference template's styles and page.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { analyse, compareVersions, tableCells } from '../src/core';
import { wordDraft } from '../src/word/draft';
import { PAGE } from '../src/word/layout';
import { wordTable } from '../src/word/table';
import { readTemplate } from '../src/word/template';
import { readDocx, resolved, summary, type Block, type Para } from './docx-summary';
import { FIXTURES } from './golden';

const OLD = readFileSync(join(FIXTURES, 'jinan-digital-economy-draft.txt'), 'utf8');
const NEW = readFileSync(join(FIXTURES, 'compare', 'jinan-revised.txt'), 'utf8');

function golden(file: string, actual: string): void {
  const path = join(FIXTURES, 'word', file);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
  }
  assert.equal(actual, readFileSync(path, 'utf8'), `golden ${file} (UPDATE_GOLDEN=1 rewrites it)`);
}

const paragraphs = (blocks: Block[]): Para[] => blocks.flatMap((b) => (b.type === 'p' ? [b.p] : []));

describe('Word: the comparison table', () => {
  const table = compareVersions(analyse(OLD), analyse(NEW), {});

  it('is a real table, one row per model row under a repeated header, the cells the core’s text', async () => {
    const d = await readDocx(await wordTable(table, { style: 'prc' }));
    const t = d.blocks.find((b) => b.type === 'table');
    assert.ok(t && t.type === 'table');
    assert.equal(t.rows.length, table.rows.length + 1);
    assert.deepEqual(t.rows[0]?.header, true);
    assert.deepEqual(t.rows[0]?.cells.map((c) => c.map((p) => p.text).join('')), ['修改前', '修改后']);
    table.rows.forEach((row, k) => {
      const want = tableCells(row, 'prc').map((lines) => lines.map((l) => l.map((p) => p.text).join('')));
      assert.deepEqual(t.rows[k + 1]?.cells.map((c) => c.map((p) => p.text).filter((x, i, all) => x !== '' || all.length > 1)), want.map((c) => (c.length ? c : [])));
    });
    assert.deepEqual(paragraphs(d.blocks).map((p) => [p.style, p.text]), [
      ['Title', '《济南市数字经济促进条例》修改前后对照表'],
      ['Normal', '修改 3 条、新增 1 条、删除 1 条、移动 1 条'],
    ]);
    golden('jinan.table.docx-summary', summary(d));
  });

  it('marks added words bold and deleted words struck, boxed or underlined as --marks says', async () => {
    const marked = async (marks: 'bold-strike' | 'bold-box' | 'underline-strike'): Promise<Map<string, string>> => {
      const d = await readDocx(await wordTable(table, { style: 'prc', marks }));
      const t = d.blocks.find((b) => b.type === 'table');
      const out = new Map<string, string>();
      if (t?.type === 'table') for (const r of t.rows) for (const c of r.cells) for (const p of c) for (const run of p.runs) if (run.props.length) out.set(run.text, run.props.join(','));
      return out;
    };
    const strike = await marked('bold-strike');
    assert.equal(strike.get('智库'), 's');
    assert.equal(strike.get('研发机构'), 'b');
    const box = await marked('bold-box');
    assert.equal(box.get('智库'), 'box');
    assert.equal(box.get('研发机构'), 'b');
    const under = await marked('underline-strike');
    assert.equal(under.get('智库'), 's');
    assert.equal(under.get('研发机构'), 'u');
  });

  it('the Taiwan style has three columns, the new text first and 說明 empty', async () => {
    const d = await readDocx(await wordTable(table, { style: 'tw' }));
    const t = d.blocks.find((b) => b.type === 'table');
    assert.ok(t?.type === 'table');
    assert.deepEqual(t.rows[0]?.cells.map((c) => c.map((p) => p.text).join('')), ['修正條文', '現行條文', '說明']);
    assert.match(t.rows.find((r) => r.cells[0]?.[0]?.text.startsWith('第九条'))?.cells[0]?.map((p) => p.text).join('') ?? '', /研发机构/u);
    assert.ok(t.rows.slice(1).every((r) => r.cells[2]?.every((p) => p.text === '')));
  });

  it('is on the GB/T 9704 page: A4, 37/35/28/26 mm margins in twips, 22 lines, title 方正小标宋简体 2号, body 仿宋_GB2312 3号', async () => {
    const d = await readDocx(await wordTable(table, { style: 'prc' }));
    assert.deepEqual([d.page.pgSz?.w, d.page.pgSz?.h], ['11906', '16838']);
    assert.deepEqual([d.page.pgMar?.top, d.page.pgMar?.bottom, d.page.pgMar?.left, d.page.pgMar?.right], ['2098', '1984', '1587', '1474']);
    assert.equal(d.page.docGrid?.linePitch, String(PAGE.linePitch));
    assert.equal(Math.floor(12756 / Number(d.page.docGrid?.linePitch)), 22);
    assert.deepEqual(resolved(d, 'Title'), { font: '方正小标宋简体', size: '44' });
    assert.deepEqual(resolved(d, 'Normal'), { font: '仿宋_GB2312', size: '32' });
  });
});

describe('Word: the exported draft', () => {
  const a = analyse(OLD);

  it('holds the draft’s lines in order, one paragraph each, blank lines left out', async () => {
    const d = await readDocx(await wordDraft(a));
    assert.deepEqual(paragraphs(d.blocks).map((p) => p.text), OLD.split(/\r?\n/).filter((l) => l.trim() !== ''));
    golden('jinan.export.docx-summary', summary(d));
  });

  it('ends lines at CR LF and at a lone CR too, leaving no CR in the text', async () => {
    for (const eol of ['\r\n', '\r']) {
      const d = await readDocx(await wordDraft(analyse(['某某条例', '（草案）', '第一章 总则', '第一条 本条例。', '第二条 其他。', ''].join(eol))));
      assert.deepEqual(paragraphs(d.blocks).map((p) => [p.style, p.text]), [
        ['Title', '某某条例'],
        ['Subtitle', '（草案）'],
        ['Heading3', '第一章 总则'],
        ['BodyText', '第一条 本条例。'],
        ['BodyText', '第二条 其他。'],
      ], JSON.stringify(eol));
    }
  });

  it('styles the title, the （征求意见稿） note, chapter headings and article labels', async () => {
    const d = await readDocx(await wordDraft(a));
    const ps = paragraphs(d.blocks);
    const at = (text: string): Para => ps.find((p) => p.text === text || p.text.startsWith(text)) as Para;
    assert.equal(at('济南市数字经济促进条例').style, 'Title');
    assert.equal(d.styles.get('Title')?.align, 'center');
    assert.deepEqual(resolved(d, 'Title'), { font: '方正小标宋简体', size: '44' });
    assert.equal(at('（征求意见稿）').style, 'Subtitle');
    const chapter = ps.filter((p) => p.text === '第一章 总则')[1] as Para; // the first is the 目录's
    assert.equal(chapter.style, 'Heading3');
    assert.deepEqual(resolved(d, 'Heading3'), { font: '黑体', size: '32' });
    assert.equal(d.styles.get('Heading3')?.align, 'center');
    const first = at('第一条');
    assert.equal(first.style, 'BodyText');
    assert.deepEqual(first.runs[0], { text: '第一条', props: ['rStyle=ArticleLabel'] });
    assert.equal(resolved(d, 'ArticleLabel').font, '黑体');
    assert.deepEqual(resolved(d, 'BodyText'), { font: '仿宋_GB2312', size: '32' });
    assert.equal(at('（一）基于新一代信息技术').style, 'BodyText');
  });

  it('numbers pages — PAGE — in 4号 宋体, odd pages right and even pages left, one character in', async () => {
    const d = await readDocx(await wordDraft(a));
    assert.match(d.settings, /<w:evenAndOddHeaders\/>/);
    assert.deepEqual(Object.keys(d.footers).sort(), ['default', 'even']);
    const odd = d.footers.default?.[0];
    const even = d.footers.even?.[0];
    assert.equal(odd?.text, '— {PAGE} —');
    assert.equal(even?.text, '— {PAGE} —');
    assert.deepEqual([odd?.align, even?.align], ['right', 'left']);
    assert.deepEqual(resolved(d, 'Footer'), { font: '宋体', size: '28' });
  });

  it('with a reference template takes its styles and page setup, and fills only the styles it lacks', async () => {
    const base = await wordDraft(a);
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(base);
    const styles = ((await zip.file('word/styles.xml')?.async('string')) as string).replace(/(<w:style [^>]*w:styleId="Title"[^]*?<w:rFonts [^>]*w:eastAsia=")[^"]*/, '$1楷体_GB2312');
    zip.file('word/styles.xml', styles.replace(/<w:style [^>]*w:styleId="ArticleLabel"[^]*?<\/w:style>/, ''));
    const document = ((await zip.file('word/document.xml')?.async('string')) as string).replace(/<w:pgSz [^>]*\/>/, '<w:pgSz w:w="11000" w:h="15000"/>');
    zip.file('word/document.xml', document);
    const template = await readTemplate(await zip.generateAsync({ type: 'uint8array' }), 'house.docx');
    const d = await readDocx(await wordDraft(a, template));
    assert.deepEqual([d.page.pgSz?.w, d.page.pgSz?.h], ['11000', '15000']);
    assert.equal(resolved(d, 'Title').font, '楷体_GB2312');
    assert.equal(resolved(d, 'ArticleLabel').font, '黑体');
  });
});
