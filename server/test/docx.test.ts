import * as assert from 'node:assert/strict';
import { deflateRawSync } from 'node:zlib';
import { DocxError, readDocx, type DocxText } from '../src/docx';
import { formatNumber } from '../src/docx/formats';
import { abstractNum, docx, num, numPr, p, zip } from './docx-build';

const read = (bytes: Buffer, tracked: 'current' | 'before' = 'current'): DocxText => readDocx(bytes, { tracked });
const lines = (bytes: Buffer, tracked: 'current' | 'before' = 'current'): string[] => read(bytes, tracked).text.split('\n');

/** The error a package is refused with, in English. */
function refusal(bytes: Buffer, maxInflated?: number): string {
  try {
    readDocx(bytes, { tracked: 'current' }, maxInflated);
  } catch (err) {
    assert.ok(err instanceof DocxError, String(err));
    assert.ok(err.why.zh.length > 0);
    return err.why.en;
  }
  assert.fail('read without error');
}

describe('docx: number formats', () => {
  it('writes Chinese counting as 条 labels are written', () => {
    const counted = [1, 2, 10, 11, 20, 21, 100, 101, 110, 1001].map((n) => formatNumber(n, 'chineseCounting'));
    assert.deepEqual(counted, ['一', '二', '十', '十一', '二十', '二十一', '一百', '一百零一', '一百一十', '一千零一']);
    assert.equal(formatNumber(1001, 'chineseCountingThousand'), '一千零一');
    assert.equal(formatNumber(0, 'chineseCounting'), '〇');
    assert.equal(formatNumber(110, 'taiwaneseCounting'), '一百十');
    assert.equal(formatNumber(12, 'chineseLegalSimplified'), '拾贰');
  });

  it('writes digits, circled, letters and Roman numerals', () => {
    assert.equal(formatNumber(105, 'ideographDigital'), '一〇五');
    assert.equal(formatNumber(7, 'decimal'), '7');
    assert.equal(formatNumber(7, 'decimalZero'), '07');
    assert.equal(formatNumber(12, 'decimalFullWidth'), '１２');
    assert.deepEqual([1, 20, 21, 50, 51].map((n) => formatNumber(n, 'decimalEnclosedCircle')), ['①', '⑳', '㉑', '㊿', '51']);
    assert.equal(formatNumber(3, 'decimalEnclosedParen'), '⑶');
    assert.deepEqual([1, 26, 27, 28].map((n) => formatNumber(n, 'lowerLetter')), ['a', 'z', 'aa', 'bb']);
    assert.equal(formatNumber(2, 'upperLetter'), 'B');
    assert.equal(formatNumber(14, 'upperRoman'), 'XIV');
    assert.equal(formatNumber(1994, 'lowerRoman'), 'mcmxciv');
    assert.equal(formatNumber(3, 'ideographTraditional'), '丙');
    assert.equal(formatNumber(3, 'none'), '');
    assert.equal(formatNumber(3, 'ordinalText'), undefined);
  });
});

describe('docx: numbering', () => {
  const ARTICLES = abstractNum(1, [['chineseCounting', '第%1条', 1, '<w:suff w:val="space"/>']]);
  const ITEMS = abstractNum(2, [['chineseCounting', '（%1）', 1, '<w:suff w:val="nothing"/>']]);

  it('numbers 条 with 第%1条 in chineseCounting and restarts 项 in a list per article (startOverride)', () => {
    const body = [p('甲', numPr(1)), p('乙', numPr(2)), p('丙', numPr(2)), p('丁', numPr(1)), p('戊', numPr(3))].join('');
    const numbering = ARTICLES + ITEMS + num(1, 1) + num(2, 2, { 0: 1 }) + num(3, 2, { 0: 1 });
    assert.deepEqual(lines(docx(body, { numbering })), ['第一条 甲', '（一）乙', '（二）丙', '第二条 丁', '（一）戊']);
  });

  it('continues a list across concrete numberings of one abstract numbering without overrides, as Word does', () => {
    const numbering = ARTICLES + num(1, 1) + num(2, 1);
    assert.deepEqual(lines(docx(p('甲', numPr(1)) + p('乙', numPr(2)), { numbering })), ['第一条 甲', '第二条 乙']);
  });

  it('restarts the shared counter where a numbering with a startOverride is first used; the others go on from there, as Word and LibreOffice do', () => {
    // LibreOffice's "restart numbering": the restarted paragraph alone gets a new w:num with a startOverride,
    // the items after it keep the list's first w:num and count on from the restart (（二）, not （三）).
    const body = [p('甲', numPr(1)), p('乙', numPr(2)), p('丙', numPr(2)), p('丁', numPr(1)), p('戊', numPr(3)), p('己', numPr(2)), p('庚', numPr(3))].join('');
    const numbering = ARTICLES + ITEMS + num(1, 1) + num(2, 2) + num(3, 2, { 0: 1 });
    assert.deepEqual(lines(docx(body, { numbering })), ['第一条 甲', '（一）乙', '（二）丙', '第二条 丁', '（一）戊', '（二）己', '（三）庚']);
  });

  it('starts at w:start and at a startOverride', () => {
    const numbering = abstractNum(1, [['decimal', '%1.', 5]]) + num(1, 1) + num(2, 1, { 0: 9 });
    assert.deepEqual(lines(docx(p('a', numPr(1)) + p('b', numPr(1)) + p('c', numPr(2)), { numbering })), ['5.\ta', '6.\tb', '9.\tc']);
  });

  it('restarts a lower level when a higher level advances, and shows every level its text names', () => {
    const numbering = abstractNum(1, [['chineseCounting', '第%1章'], ['decimal', '%1.%2']]) + num(1, 1);
    const body = [p('a', numPr(1, 0)), p('b', numPr(1, 1)), p('c', numPr(1, 1)), p('d', numPr(1, 0)), p('e', numPr(1, 1))].join('');
    assert.deepEqual(lines(docx(body, { numbering })), ['第一章\ta', '一.1\tb', '一.2\tc', '第二章\td', '二.1\te']);
  });

  it('never restarts a level whose w:lvlRestart is 0 (articles numbered on through chapters)', () => {
    const numbering = abstractNum(1, [['chineseCounting', '第%1章', 1, '<w:suff w:val="space"/>'], ['chineseCounting', '第%2条', 1, '<w:lvlRestart w:val="0"/><w:suff w:val="space"/>']]) + num(1, 1);
    const body = [p('总则', numPr(1, 0)), p('甲', numPr(1, 1)), p('附则', numPr(1, 0)), p('乙', numPr(1, 1))].join('');
    assert.deepEqual(lines(docx(body, { numbering })), ['第一章 总则', '第一条 甲', '第二章 附则', '第二条 乙']);
  });

  it('restarts a level only at the level its w:lvlRestart names', () => {
    const numbering = abstractNum(1, [['decimal', '%1'], ['decimal', '%1.%2'], ['decimal', '(%3)', 1, '<w:lvlRestart w:val="1"/>']]) + num(1, 1);
    const body = [p('a', numPr(1, 0)), p('b', numPr(1, 2)), p('c', numPr(1, 1)), p('d', numPr(1, 2)), p('e', numPr(1, 0)), p('f', numPr(1, 2))].join('');
    assert.deepEqual(lines(docx(body, { numbering })), ['1\ta', '(1)\tb', '1.1\tc', '(2)\td', '2\te', '(1)\tf']);
  });

  it('writes every level as decimal under w:isLgl, and takes a level from a w:lvlOverride', () => {
    const numbering =
      abstractNum(1, [['upperRoman', '%1'], ['lowerLetter', '%1.%2', 1, '<w:isLgl/>']]) +
      num(1, 1) +
      `<w:num w:numId="2"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="ideographDigital"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl></w:lvlOverride></w:num>`;
    const body = [p('a', numPr(1, 0)), p('b', numPr(1, 1)), p('c', numPr(2, 0))].join('');
    assert.deepEqual(lines(docx(body, { numbering })), ['I\ta', '1.1\tb', '三、c']);
  });

  it('takes numbering from the paragraph style, through w:basedOn; numId 0 takes it away', () => {
    const styles = `<w:style w:type="paragraph" w:styleId="Article"><w:pPr>${numPr(1)}</w:pPr></w:style><w:style w:type="paragraph" w:styleId="Article2"><w:basedOn w:val="Article"/></w:style>`;
    const numbering = ARTICLES + num(1, 1);
    const body = [p('甲', '<w:pStyle w:val="Article"/>'), p('乙', '<w:pStyle w:val="Article2"/>'), p('丙', `<w:pStyle w:val="Article"/><w:numPr><w:numId w:val="0"/></w:numPr>`)].join('');
    assert.deepEqual(lines(docx(body, { numbering, styles })), ['第一条 甲', '第二条 乙', '丙']);
  });

  it('follows an abstract numbering that names a list style (w:numStyleLink) to the numbering the style applies', () => {
    const styles = `<w:style w:type="numbering" w:styleId="LawList"><w:pPr>${numPr(1)}</w:pPr></w:style>`;
    const numbering = ARTICLES + '<w:abstractNum w:abstractNumId="5"><w:numStyleLink w:val="LawList"/></w:abstractNum>' + num(1, 1) + num(2, 5);
    assert.deepEqual(lines(docx(p('甲', numPr(2)) + p('乙', numPr(2)), { numbering, styles })), ['第一条 甲', '第二条 乙']);
  });

  it('reads a custom format Word writes in mc:AlternateContent: zero-padded decimal, else its fallback', () => {
    const lvl = (i: number, choice: string, fallback: string): string =>
      `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="${choice}"/></mc:Choice><mc:Fallback><w:numFmt w:val="${fallback}"/></mc:Fallback></mc:AlternateContent><w:lvlText w:val="%${i + 1}"/><w:suff w:val="nothing"/></w:lvl>`;
    const numbering = `<w:abstractNum w:abstractNumId="1" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">${lvl(0, '001, 002, 003, ...', 'decimalZero')}${lvl(1, '壹, 贰, 叁, ...', 'chineseCounting')}</w:abstractNum>` + num(1, 1);
    assert.deepEqual(lines(docx(p('a', numPr(1, 0)) + p('b', numPr(1, 1)) + p('c', numPr(1, 1)), { numbering })), ['001a', '一b', '二c']);
  });

  it('gives no label for a missing list, a bullet or an unknown level, and reads an unknown format as decimal with one warning', () => {
    const numbering = abstractNum(1, [['bullet', '●']]) + abstractNum(2, [['ordinalText', '%1)']]) + num(1, 1) + num(2, 2);
    const r = read(docx([p('a', numPr(9)), p('b', numPr(1)), p('c', numPr(1, 5)), p('d', numPr(2)), p('e', numPr(2))].join(''), { numbering }));
    assert.deepEqual(r.text.split('\n'), ['a', 'b', 'c', '1)\td', '2)\te']);
    assert.equal(r.warnings.length, 1);
    assert.match(r.warnings[0]?.en ?? '', /ordinalText/u);
  });
});

describe('docx: text', () => {
  it('reads tabs, text-wrapping breaks as new lines, symbols, and leaves page breaks out', () => {
    const body = `<w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t><w:br w:type="page"/><w:t>丁</w:t><w:sym w:font="Symbol" w:char="00B1"/></w:r></w:p>`;
    const r = read(docx(body + p('戊')));
    assert.equal(r.text, '甲\t乙\n丙丁±\n戊');
    assert.deepEqual(r.paragraphs, [{ line: 1, docxIndex: 1 }, { line: 3, docxIndex: 2 }]);
  });

  it('reads a field result, not its code (simple and complex fields, nested)', () => {
    const complex = `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> REF a </w:instrText></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>9</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>第三条</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const body = `<w:p><w:r><w:t>依照</w:t></w:r>${complex}<w:fldSimple w:instr=" PAGE "><w:r><w:t>7</w:t></w:r></w:fldSimple><w:r><w:t>规定</w:t></w:r></w:p>`;
    assert.equal(read(docx(body)).text, '依照第三条7规定');
  });

  it('reads runs inside hyperlinks and content controls; footnote references, comments and drawings are not text', () => {
    const body = `<w:p><w:hyperlink><w:r><w:t>甲</w:t></w:r></w:hyperlink><w:sdt><w:sdtContent><w:r><w:t>乙</w:t></w:r></w:sdtContent></w:sdt><w:r><w:footnoteReference w:id="1"/></w:r><w:commentRangeStart w:id="0"/><w:r><w:t>丙</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r><w:r><w:drawing><w:t>图</w:t></w:drawing></w:r></w:p>`;
    assert.equal(read(docx(`<w:sdt><w:sdtContent>${body}</w:sdtContent></w:sdt>`)).text, '甲乙丙');
  });

  it('reads tracked changes as the text after them, or before them', () => {
    const numbering = abstractNum(1, [['chineseCounting', '第%1条', 1, '<w:suff w:val="space"/>']]) + num(1, 1);
    const ins = (x: string): string => `<w:ins w:id="1" w:author="a"><w:r><w:t>${x}</w:t></w:r></w:ins>`;
    const del = (x: string): string => `<w:del w:id="2" w:author="a"><w:r><w:delText>${x}</w:delText></w:r></w:del>`;
    const body = [
      `<w:p><w:pPr>${numPr(1)}</w:pPr><w:r><w:t>促进</w:t></w:r>${del('利用')}${ins('开发')}</w:p>`,
      // A paragraph whose mark was inserted: split off (before: one paragraph with the next).
      `<w:p><w:pPr>${numPr(1)}<w:rPr><w:ins w:id="3" w:author="a"/></w:rPr></w:pPr><w:r><w:t>甲</w:t></w:r></w:p>`,
      `<w:p><w:r><w:t>乙</w:t></w:r></w:p>`,
      // A deleted article: its mark deleted too; the next article is numbered without it.
      `<w:p><w:pPr>${numPr(1)}<w:rPr><w:del w:id="4" w:author="a"/></w:rPr></w:pPr>${del('丙')}</w:p>`,
      `<w:p><w:pPr>${numPr(1)}<w:pPrChange w:id="5" w:author="a"><w:pPr/></w:pPrChange></w:pPr><w:r><w:t>丁</w:t></w:r></w:p>`,
    ].join('');
    const bytes = docx(body, { numbering });
    const current = read(bytes);
    assert.deepEqual(current.text.split('\n'), ['第一条 促进开发', '第二条 甲', '乙', '第三条 丁']);
    assert.deepEqual(current.paragraphs.map((x) => x.docxIndex), [1, 2, 3, 5]);
    const before = read(bytes, 'before');
    // Before: 甲 runs on into 乙, which has no numbering; 丁 had none before its numbering was applied.
    assert.deepEqual(before.text.split('\n'), ['第一条 促进利用', '甲乙', '第二条 丙', '丁']);
    assert.deepEqual(before.paragraphs.map((x) => x.docxIndex), [1, 2, 4, 5]);
  });

  it('writes a table as one line a row, cells between pipes, a cell’s paragraphs joined with <br>', () => {
    const cell = (...ps: string[]): string => `<w:tc>${ps.map((x) => p(x)).join('')}</w:tc>`;
    const table = `<w:tbl><w:tr>${cell('修改前')}${cell('修改后')}</w:tr><w:tr>${cell('第一条 甲|乙', '第二款')}${cell('第一条 丙')}</w:tr><w:tr><w:trPr><w:del w:id="1" w:author="a"/></w:trPr>${cell('删')}${cell('除')}</w:tr></w:tbl>`;
    const r = read(docx(p('对照表') + table + p('完')));
    assert.deepEqual(r.text.split('\n'), ['对照表', '| 修改前 | 修改后 |', '| 第一条 甲\\|乙<br>第二款 | 第一条 丙 |', '完']);
    assert.deepEqual(r.paragraphs.map((x) => x.docxIndex), [1, 2, 4, 9]);
    assert.equal(read(docx(p('对照表') + table), 'before').text.split('\n')[3], '| 删 | 除 |');
  });

  it('reads an empty document as empty text, and entities and character references as the characters', () => {
    assert.equal(read(docx('')).text, '');
    assert.equal(read(docx('<w:p/>')).text, '');
    assert.equal(read(docx(p('甲&amp;&#x4E59;&lt;'))).text, '甲&乙<');
  });

  it('reads parts written in UTF-16 or with a UTF-8 byte order mark', () => {
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const xml = `<?xml version="1.0" encoding="UTF-16"?><w:document xmlns:w="${W}"><w:body>${p('第一条 甲')}</w:body></w:document>`;
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]);
    const be = Buffer.from(le).swap16();
    for (const part of [le, be, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xml, 'utf8')])]) {
      assert.equal(read(zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': part })).text, '第一条 甲');
    }
  });

  it('finds the main document through the package relationships', () => {
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const bytes = zip({
      '[Content_Types].xml': '<Types/>',
      '_rels/.rels': '<Relationships><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/main2.xml"/></Relationships>',
      'word/main2.xml': `<w:document xmlns:w="${W}"><w:body>${p('甲', numPr(1))}</w:body></w:document>`,
      'word/_rels/main2.xml.rels': '<Relationships><Relationship Id="r2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="lists.xml"/></Relationships>',
      'word/lists.xml': `<w:numbering xmlns:w="${W}">${abstractNum(1, [['decimal', '%1.']])}${num(1, 1)}</w:numbering>`,
    });
    assert.equal(read(bytes).text, '1.\t甲');
  });
});

describe('docx: refusals', () => {
  it('refuses what is not a readable Word document, with a reason in both languages', () => {
    assert.match(refusal(Buffer.from('第一条 这是纯文本')), /not a ZIP/u);
    assert.match(refusal(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])), /encrypted, or an old Word \.doc/u);
    assert.match(refusal(zip({ 'a.txt': 'x' })), /no \[Content_Types\]\.xml/u);
    assert.match(refusal(zip({ '[Content_Types].xml': '<Types/>' })), /no word\/document\.xml/u);
    assert.match(refusal(zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<workbook/>' })), /not a Word document/u);
    assert.match(refusal(docx(p('甲')).subarray(0, 60)), /corrupt ZIP/u);
    assert.match(refusal(zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document' })), /(not well-formed|no root)/u);
    assert.match(refusal(zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<!DOCTYPE d [<!ENTITY a "aa">]><d>&a;</d>' })), /holds a DTD/u);
    assert.match(refusal(zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<d/>' }, { flags: 1 })), /encrypted/u);
  });

  it('reads content nested as deep as a document goes, and refuses nesting past it without overflowing the stack', () => {
    const nested = (n: number): Buffer => docx('<w:sdt><w:sdtContent>'.repeat(n) + p('甲') + '</w:sdtContent></w:sdt>'.repeat(n));
    assert.equal(read(nested(100)).text, '甲');
    assert.match(refusal(nested(100_000)), /not well-formed/u);
  });

  it('refuses a part whose bytes do not match its CRC', () => {
    const bytes = zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document xmlns:w="x"><w:body/></w:document>' }, { stored: true });
    const at = bytes.indexOf('<w:body/>');
    bytes[at + 1] = 0x57;
    assert.match(refusal(bytes), /CRC/u);
  });

  it('stops inflating at the bound, whatever size a zip bomb declares', () => {
    const bomb = zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': Buffer.alloc(4 * 1024 * 1024, 0x20) });
    assert.ok(bomb.length < 64 * 1024);
    // The declared size, which a bomb lies about, is not what stops it.
    const directory = bomb.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bomb.writeUInt32LE(10, directory + 24);
    assert.match(refusal(bomb, 1024 * 1024), /too large once uncompressed/u);
    assert.ok(deflateRawSync(Buffer.alloc(1)).length > 0);
  });
});
