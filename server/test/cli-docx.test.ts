import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { docx, p, zip } from './docx-build';
import { FIXTURES } from './golden';

const CLI = resolve(process.cwd(), 'dist', 'cli.js');
const DOCX = join(FIXTURES, 'docx');
const SAMPLE_TXT = join(FIXTURES, 'jinan-digital-economy-draft.txt');
const SAMPLE_DOCX = join(DOCX, 'sample-numbered.docx');

function run(...args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

interface JsonFinding { line: number; column: number; code: string; message: string; paragraph?: number; label?: string }

function tmp(name: string, bytes: Buffer | string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'lexdraft-docx-')), name);
  writeFileSync(file, bytes);
  return file;
}

/**
 * The sample's findings, as [code, line, column, message, paragraph, article]; for the text version the
 * paragraph is the line and the article the one above it, as one paragraph a line in a .docx of this draft.
 */
function findingsAgainstText(file: string, text = false): unknown[] {
  const findings = JSON.parse(run('check', '--format', 'json', file).out) as JsonFinding[];
  assert.ok(findings.length > 0);
  const sampleLines = readFileSync(SAMPLE_TXT, 'utf8').split('\n');
  const articleOf = (line: number): string | undefined => {
    for (let i = line - 1; i >= 0; i--) {
      const m = /^(第[一二三四五六七八九十百]+条) /u.exec(sampleLines[i] ?? '');
      if (m) return m[1];
      if (/^第[一二三四五六七八九十]+章 /u.test(sampleLines[i] ?? '')) return undefined;
    }
    return undefined;
  };
  return findings.map((f) => [f.code, f.line, f.column, f.message, text ? f.line : f.paragraph, text ? articleOf(f.line) : f.label]);
}

describe('CLI on .docx drafts', () => {
  it('has the fixtures scripts/make-docx-fixtures.mjs writes, byte for byte', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexdraft-docx-'));
    const r = spawnSync(process.execPath, [join('scripts', 'make-docx-fixtures.mjs')], { encoding: 'utf8', env: { ...process.env, LEXDRAFT_DOCX_OUT: dir } });
    assert.equal(r.status, 0, r.stderr);
    const names = readdirSync(dir).sort();
    // The *-libreoffice.docx files are LibreOffice's (scripts/make-docx-fixtures-lo.mjs; tested below).
    assert.deepEqual(names, readdirSync(DOCX).filter((name) => !name.endsWith('-libreoffice.docx')).sort());
    for (const name of names) assert.ok(readFileSync(join(dir, name)).equals(readFileSync(join(DOCX, name))), `${name} differs: run node scripts/make-docx-fixtures.mjs`);
  });

  // The sample as the docx package writes it in Word's way, and as LibreOffice saves it from its own list numbering.
  for (const [producer, sample] of [['Word style', SAMPLE_DOCX], ['LibreOffice', join(DOCX, 'sample-libreoffice.docx')]] as const) {
    it(`converts the sample built in ${producer} (automatic 章, 条, 项 numbering) back to the text it was built from`, () => {
      const r = run('convert', sample);
      assert.equal(r.code, 0, r.err);
      assert.equal(r.out, `${readFileSync(SAMPLE_TXT, 'utf8')}\n`);
      assert.equal(r.err, '');
    });

    it(`gives the sample .docx built in ${producer} the findings of its text version: same codes, articles and places`, () => {
      assert.deepEqual(findingsAgainstText(sample), findingsAgainstText(SAMPLE_TXT, true));
    });
  }

  it('names the paragraph and article in the text format', () => {
    const r = run('check', SAMPLE_DOCX);
    assert.match(r.out, /sample-numbered\.docx:14:9: 提示 term\.undefined .* \[段落 14 · 第一条\]\n/u);
    assert.match(run('check', '--lang', 'en', SAMPLE_DOCX).out, /\[paragraph 14 · 第一条\]\n/u);
  });

  it('reports a paragraph, not a line, in a document with soft breaks and tables', () => {
    // Paragraph 2 holds two lines (a soft break); the table's rows are one line each.
    const body = p('某市条例') + `<w:p><w:r><w:t>第一条 甲。</w:t><w:br/><w:t>乙。</w:t></w:r></w:p>` + `<w:tbl><w:tr><w:tc>${p('第一条')}${p('x')}</w:tc></w:tr></w:tbl>` + p('第三条 丙。');
    const file = tmp('gap.docx', docx(body));
    const findings = JSON.parse(run('check', '--format', 'json', file).out) as JsonFinding[];
    const gap = findings.find((f) => f.code === 'numbering.article-sequence');
    assert.deepEqual([gap?.line, gap?.column, gap?.paragraph, gap?.label], [5, 2, 5, '第三条']);
  });

  it('names the paragraph’s own numbering label for a finding outside articles (a chapter heading)', () => {
    const numbering = `<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%1章"/><w:suff w:val="space"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num>`;
    const chapter = (numId: number, title: string): string => p(title, `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr>`);
    const file = tmp('chapters.docx', docx(p('某市条例') + chapter(1, '总则') + p('第一条 甲。') + chapter(2, '附则') + p('第二条 乙。'), { numbering }));
    const findings = JSON.parse(run('check', '--format', 'json', file).out) as JsonFinding[];
    const gap = findings.find((f) => f.code === 'numbering.chapter-sequence');
    assert.deepEqual([gap?.paragraph, gap?.label], [4, '第三章']);
  });

  it('keeps line = paragraph in SARIF, and checks the text before tracked changes with --docx-text before', () => {
    const file = join(DOCX, 'tracked-changes.docx');
    const sarif = JSON.parse(run('check', '--format', 'sarif', SAMPLE_DOCX).out) as { runs: { results: { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[] };
    const word = JSON.parse(run('check', '--format', 'json', SAMPLE_DOCX).out) as JsonFinding[];
    assert.deepEqual(sarif.runs[0]?.results.map((r) => [r.ruleId, r.locations[0]?.physicalLocation.region.startLine]), word.map((f) => [f.code, f.paragraph]));
    // The article the revision deletes (段落 5, 第三条 before it) is checked only in the text before the changes.
    const after = JSON.parse(run('check', '--format', 'json', file).out) as JsonFinding[];
    const before = JSON.parse(run('check', '--format', 'json', '--docx-text', 'before', file).out) as JsonFinding[];
    assert.deepEqual(after.map((f) => f.code), []);
    assert.deepEqual(before.map((f) => [f.code, f.paragraph, f.label]), [['department.unused', 5, '第三条']]);
  });

  it('prints the outline with paragraphs for lines', () => {
    const r = run('outline', '--format', 'text', join(DOCX, 'tracked-changes.docx'));
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, '某市数据条例（草案）\n第一条  (2)\n第二条  (3)\n第三条  (6)\n');
    const before = run('outline', '--format', 'text', '--docx-text', 'before', join(DOCX, 'tracked-changes.docx'));
    assert.equal(before.out, '某市数据条例（草案）\n第一条  (2)\n第二条  (3)\n第三条  (5)\n第四条  (6)\n');
  });

  it('reads a 对照表 table as rows of text, not as articles', () => {
    const r = run('check', '--format', 'json', join(DOCX, 'table.docx'));
    assert.equal(r.code, 0, r.err);
    assert.deepEqual((JSON.parse(r.out) as JsonFinding[]).map((f) => f.code), []);
    assert.equal(JSON.parse(run('outline', join(DOCX, 'table.docx')).out).articles, 2);
  });

  it('writes convert -o to a text file, and never to a .docx or over its input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexdraft-docx-'));
    const out = join(dir, 'draft.txt');
    assert.equal(run('convert', '--docx-text', 'before', join(DOCX, 'tracked-changes.docx'), '-o', out).code, 0);
    assert.match(readFileSync(out, 'utf8'), /^第三条 市数据主管部门负责本条例的实施。$/mu);
    const toDocx = run('convert', SAMPLE_DOCX, '-o', join(dir, 'x.docx'));
    assert.equal(toDocx.code, 2);
    assert.match(toDocx.err, /cannot be a \.docx/u);
    assert.equal(existsSync(join(dir, 'x.docx')), false);
    for (const command of ['check', 'outline']) {
      const r = run(command, SAMPLE_DOCX, '-o', join(dir, `${command}.txt`));
      assert.equal(r.code, 2);
      assert.match(r.err, /-o does not go with (check|outline)/u);
    }
    const plain = run('convert', SAMPLE_TXT);
    assert.equal(plain.code, 2);
    assert.match(plain.err, /not a Word document/u);
  });

  it('refuses a corrupt .docx, a .docx that is not one, and an encrypted one: exit 2, one bilingual line, no crash', () => {
    const cases: [Buffer | string, RegExp][] = [
      [readFileSync(SAMPLE_DOCX).subarray(0, 2000), /corrupt ZIP/u],
      ['第一条 这不是 Word 文档', /not a ZIP file/u],
      [zip({ 'readme.txt': 'x' }), /not an Office document/u],
      [Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), /encrypted, or an old Word \.doc/u],
    ];
    for (const [bytes, why] of cases) {
      const file = tmp('draft.docx', bytes);
      for (const command of ['check', 'outline', 'convert', 'renumber']) {
        const r = run(command, file);
        assert.equal(r.code, 2, `${command}: ${r.err}`);
        assert.match(r.err, /无法读取 Word 文档：.* \/ cannot read the Word document: /u);
        assert.match(r.err, why);
        assert.doesNotMatch(r.err, /\n\s+at /u);
      }
    }
  });

  it('reads a Word document whatever its name says (ZIP with [Content_Types].xml), and an empty one with a notice', () => {
    const renamed = tmp('draft.txt', docx(p('某市条例') + p('第一条 甲。') + p('第三条 乙。')));
    const r = JSON.parse(run('check', '--format', 'json', renamed).out) as JsonFinding[];
    assert.deepEqual(r.map((f) => [f.code, f.paragraph]), [['numbering.article-sequence', 3]]);
    const emptyFile = tmp('empty.docx', docx(''));
    const empty = run('check', emptyFile);
    assert.equal(empty.code, 0);
    assert.match(empty.err, /empty file, nothing to check/u);
    const converted = run('convert', emptyFile);
    assert.deepEqual([converted.code, converted.out], [0, '\n']);
    assert.match(converted.err, /empty file, nothing to check/u);
  });

  it('renumbers a .docx as plain text to stdout or -o, says so, and refuses --write', () => {
    const file = tmp('draft.docx', docx(p('某市条例') + p('第一条 甲。') + p('第三条 依照第一条。')));
    const r = run('renumber', file);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, '某市条例\n第一条 甲。\n第二条 依照第一条。\n');
    assert.match(r.err, /the result is plain text; the Word document is unchanged/u);
    const before = readFileSync(file);
    const write = run('renumber', '--write', file);
    assert.equal(write.code, 2);
    assert.match(write.err, /is not written back as plain text/u);
    assert.ok(readFileSync(file).equals(before));
    const out = join(mkdtempSync(join(tmpdir(), 'lexdraft-docx-')), 'renumbered.txt');
    assert.equal(run('renumber', file, '-o', out).code, 0);
    assert.equal(readFileSync(out, 'utf8'), r.out);
  });

  it('walks directories for .docx drafts too, leaving out Word’s ~$ owner files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexdraft-docx-'));
    writeFileSync(join(dir, 'a.docx'), docx(p('第一条 甲。') + p('第三条 乙。')));
    writeFileSync(join(dir, '~$a.docx'), Buffer.from([0x05, 0x6c, 0x65, 0x78]));
    const r = run('check', '--format', 'json', dir);
    assert.equal(r.code, 1, r.err);
    assert.deepEqual((JSON.parse(r.out) as JsonFinding[]).map((f) => f.code), ['numbering.article-sequence']);
  });

  it('warns on stderr of a number format read as decimal', () => {
    const numbering = `<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="hebrew1"/><w:lvlText w:val="第%1条"/><w:suff w:val="space"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>`;
    const file = tmp('draft.docx', docx(p('甲。', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'), { numbering }));
    const r = run('convert', file);
    assert.equal(r.out, '第1条 甲。\n');
    assert.match(r.err, /unknown number format "hebrew1", read as decimal/u);
  });
});

describe('CLI on .docx drafts LibreOffice saved (test-fixtures/docx/*-libreoffice.docx)', () => {
  const convert = (name: string, tracked = 'current'): string[] => {
    const r = run('convert', '--docx-text', tracked, join(DOCX, name));
    assert.equal(r.code, 0, r.err);
    return r.out.split('\n');
  };

  it('reads its tracked changes as the text after them, and with --docx-text before as the text before', () => {
    // Its items: the second article's restarted with a numbering for the first item alone, the next one going on from it.
    const items = ['（一）数据处理；', '（二）数据安全管理。'];
    const later = ['市人民政府有关部门应当做好下列工作：', '（一）统筹规划；', '（二）监督检查。', ''];
    assert.deepEqual(convert('tracked-changes-libreoffice.docx'), ['某市数据条例（草案）', '第一条 为了促进数据开发利用，制定本条例。', '第二条 本条例适用于本市行政区域内的下列活动：', ...items, '前款规定的活动，依照本条例执行。', `第三条 ${later[0]}`, ...later.slice(1)]);
    assert.deepEqual(convert('tracked-changes-libreoffice.docx', 'before'), ['某市数据条例（草案）', '第一条 为了促进数据利用，制定本条例。', '第二条 本条例适用于本市行政区域内的下列活动：', ...items, '第三条 市数据主管部门负责本条例的实施。', `第四条 ${later[0]}`, ...later.slice(1)]);
  });

  it('reads its 对照表 as rows between pipes, not as articles', () => {
    // Writer never ends a document with a table: the empty paragraph after it is a line of its own.
    assert.deepEqual(convert('table-libreoffice.docx').slice(3), ['修改前后对照表', '| 修改前 | 修改后 |', '| 第一条 为了促进数据利用，制定本条例。 | 第一条 为了促进数据开发利用，制定本条例。<br>（新增“开发”） |', '', '']);
    assert.deepEqual((JSON.parse(run('check', '--format', 'json', join(DOCX, 'table-libreoffice.docx')).out) as JsonFinding[]).map((f) => f.code), []);
    assert.equal(JSON.parse(run('outline', join(DOCX, 'table-libreoffice.docx')).out).articles, 2);
  });
});

/**
 * LibreOffice itself, when soffice is installed (CI installs libreoffice-writer, .ci/run): the fixtures rebuilt
 * read as the committed ones, their tracked changes read as LibreOffice accepts and rejects them, and an export
 * LibreOffice opened and saved again reads as the draft. Each soffice run has a profile of its own, so that runs
 * in parallel do not wait on one another.
 */
describe('LibreOffice rebuilding the fixtures, accepting and rejecting their changes, re-saving an export', function () {
  before(function () {
    if (spawnSync('sh', ['-c', 'command -v soffice']).status !== 0) {
      console.log('    (skipped: soffice not installed; .ci/run installs libreoffice-writer)');
      this.skip();
    }
  });

  it('rebuilds the *-libreoffice.docx fixtures with scripts/make-docx-fixtures-lo.mjs to the same text, before and after tracked changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexdraft-lo-'));
    const r = spawnSync(process.execPath, [join('scripts', 'make-docx-fixtures-lo.mjs')], { encoding: 'utf8', env: { ...process.env, LEXDRAFT_DOCX_OUT: dir }, timeout: 180_000 });
    assert.equal(r.status, 0, r.stderr);
    const names = readdirSync(DOCX).filter((name) => name.endsWith('-libreoffice.docx'));
    assert.deepEqual(readdirSync(dir).sort(), names.sort());
    for (const name of names) {
      for (const tracked of ['current', 'before']) {
        assert.equal(run('convert', '--docx-text', tracked, join(dir, name)).out, run('convert', '--docx-text', tracked, join(DOCX, name)).out, `${name} (${tracked}) differs: run node scripts/make-docx-fixtures-lo.mjs`);
      }
    }
  });

  it('reads the tracked changes of LibreOffice’s fixture as LibreOffice accepts and rejects them all', () => {
    // A Basic macro in a private profile (made by a first start, which writes the profile's Standard library)
    // opens the document, accepts or rejects every change and saves the text.
    const dir = mkdtempSync(join(tmpdir(), 'lexdraft-lo-'));
    const profile = `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`;
    assert.equal(spawnSync('soffice', [profile, '--headless', '--terminate_after_init'], { timeout: 120_000 }).status, 0);
    const each = (command: string, out: string): string => `doc = StarDesktop.loadComponentFromURL(ConvertToURL(Environ("LEXDRAFT_IN")), "_blank", 0, hidden())
  dispatcher.executeDispatch(doc.getCurrentController().getFrame(), ".uno:${command}", "", 0, Array())
  doc.storeToURL(ConvertToURL(Environ("${out}")), text())
  doc.close(True)`;
    const macro = `Sub Texts
  Dim hidden(0) As New com.sun.star.beans.PropertyValue
  hidden(0).Name = "Hidden" : hidden(0).Value = True
  Dim text(1) As New com.sun.star.beans.PropertyValue
  text(0).Name = "FilterName" : text(0).Value = "Text (encoded)"
  text(1).Name = "FilterOptions" : text(1).Value = "UTF8"
  dispatcher = createUnoService("com.sun.star.frame.DispatchHelper")
  ${each('AcceptAllTrackedChanges', 'LEXDRAFT_AFTER')}
  ${each('RejectAllTrackedChanges', 'LEXDRAFT_BEFORE')}
End Sub`;
    const xml = macro.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/"/gu, '&quot;');
    writeFileSync(join(dir, 'profile', 'user', 'basic', 'Standard', 'Module1.xba'), `<?xml version="1.0" encoding="UTF-8"?>\n<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">${xml}</script:module>\n`);
    const file = join(DOCX, 'tracked-changes-libreoffice.docx');
    const env = { ...process.env, LEXDRAFT_IN: file, LEXDRAFT_AFTER: join(dir, 'after.txt'), LEXDRAFT_BEFORE: join(dir, 'before.txt') };
    const r = spawnSync('soffice', [profile, '--headless', 'macro:///Standard.Module1.Texts'], { encoding: 'utf8', env, timeout: 120_000 });
    assert.equal(r.status, 0, r.stderr);
    // LibreOffice's text has its own layout (indents, a space after a label): the characters are compared.
    const chars = (s: string): string => s.replace(/[\s\uFEFF]/gu, '');
    assert.equal(chars(readFileSync(join(dir, 'after.txt'), 'utf8')), chars(run('convert', file).out));
    assert.equal(chars(readFileSync(join(dir, 'before.txt'), 'utf8')), chars(run('convert', '--docx-text', 'before', file).out));
  });

  it('reads the exported sample, opened and saved as .docx by LibreOffice, as the sample: same text and findings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexdraft-lo-'));
    const exported = join(dir, 'draft.docx');
    assert.equal(run('export', SAMPLE_TXT, '-o', exported).code, 0);
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const saved = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', join(dir, 'saved'), exported], { encoding: 'utf8', timeout: 120_000 });
    assert.equal(saved.status, 0, saved.stderr);
    const resaved = join(dir, 'saved', 'draft.docx');
    assert.ok(!readFileSync(resaved).equals(readFileSync(exported)), 'LibreOffice wrote its own package');
    assert.equal(run('convert', resaved).out, `${readFileSync(SAMPLE_TXT, 'utf8')}\n`);
    assert.deepEqual(findingsAgainstText(resaved), findingsAgainstText(SAMPLE_TXT, true));
  });
});
