// Builds the LibreOffice-made .docx fixtures in test-fixtures/docx/ (*-libreoffice.docx): a second producer
// beside scripts/make-docx-fixtures.mjs, since LibreOffice writes numbering.xml, styles and tracked changes its
// own way. Each is written here as a Flat ODT, as a drafter would have it in LibreOffice Writer (章, 条 and 项
// labels as list numbering, prefix 第 and suffix 条 on the Chinese counting format, the items restarted in each
// article; tracked changes; a 对照表), then saved as Word 2007-365 by `soffice --headless --convert-to docx`
// under a private profile, so that runs in parallel do not share one.
//   node scripts/make-docx-fixtures-lo.mjs        (needs soffice: Debian libreoffice-writer)
// LibreOffice's output is not byte-reproducible (time stamps, rsids), so the .docx files are committed and a
// test (server/test/cli-docx.test.ts) rebuilds them with LEXDRAFT_DOCX_OUT set to another folder and
// compares their text. The committed files were made with LibreOffice 7.4.7.2 (Debian 12), which each names
// in its docProps/app.xml.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = new URL('../', import.meta.url);
const outDir = process.env.LEXDRAFT_DOCX_OUT ?? fileURLToPath(new URL('test-fixtures/docx/', root));

const esc = (s) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

// One list style a label: the number in LibreOffice's Chinese counting ("一, 二, 三, ..."), which it saves as
// chineseCountingThousand when the numbering's characters are Simplified Chinese (their character style,
// Numbering Symbols, takes the language from the document's defaults); a level without a character style is
// saved as taiwaneseCountingThousand.
const listStyle = (name, prefix, suffix, followedBy) =>
  `<text:list-style style:name="${name}"><text:list-level-style-number text:level="1" text:style-name="Numbering_20_Symbols" style:num-prefix="${prefix}" style:num-suffix="${suffix}" style:num-format="一, 二, 三, ..."><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="${followedBy}"/></style:list-level-properties></text:list-level-style-number></text:list-style>`;

const fodt = (body, changes = '') => `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN"/></style:default-style>
<style:style style:name="Numbering_20_Symbols" style:display-name="Numbering Symbols" style:family="text"/>
${listStyle('章号', '第', '章', 'space')}
${listStyle('条号', '第', '条', 'space')}
${listStyle('项号', '（', '）', 'nothing')}
<style:style style:name="章" style:family="paragraph" style:list-style-name="章号"/>
<style:style style:name="条" style:family="paragraph" style:list-style-name="条号"/>
<style:style style:name="项" style:family="paragraph" style:list-style-name="项号"/>
</office:styles>
<office:body><office:text>
${changes}${body}
</office:text></office:body></office:document>
`;

/**
 * A paragraph of list `kind` (章, 条 or 项). The first of each kind starts its list; the others continue it,
 * as paragraphs of one list style do in Writer; `restart` is Writer's "Restart Numbering" (the items of each
 * article after the first), which LibreOffice saves as a numbering with a startOverride for that paragraph alone.
 */
const listed = new Set();
function item(kind, content, restart = false) {
  const list = listed.has(kind) ? `<text:list text:continue-list="${kind}" text:style-name="${kind}号">` : `<text:list xml:id="${kind}" text:style-name="${kind}号">`;
  listed.add(kind);
  return `${list}<text:list-item${restart ? ' text:start-value="1"' : ''}><text:p text:style-name="${kind}">${content}</text:p></text:list-item></text:list>`;
}
const plain = (content) => `<text:p>${content}</text:p>`;

/** The sample draft with its 章, 条 and 项 labels as list numbering; the 目录 stays typed, as in the other fixtures. */
function sample() {
  listed.clear();
  const lines = readFileSync(new URL('test-fixtures/jinan-digital-economy-draft.txt', root), 'utf8').split('\n');
  const out = [];
  let toc = false;
  let firstTocEntry;
  let itemsSeen = false;
  let firstItem = false;
  for (const line of lines) {
    if (/^目\s*录$/u.test(line)) {
      toc = true;
      out.push(plain(esc(line)));
      continue;
    }
    if (toc) {
      if (firstTocEntry === undefined) firstTocEntry = line;
      else if (line === firstTocEntry) toc = false;
      if (toc) {
        out.push(plain(esc(line)));
        continue;
      }
    }
    let m;
    if ((m = /^第[一二三四五六七八九十百零]+章 (.*)$/u.exec(line))) out.push(item('章', esc(m[1])));
    else if ((m = /^第[一二三四五六七八九十百零]+条 (.*)$/u.exec(line))) {
      firstItem = true;
      out.push(item('条', esc(m[1])));
    } else if ((m = /^（[一二三四五六七八九十]+）(.*)$/u.exec(line))) {
      out.push(item('项', esc(m[1]), firstItem && itemsSeen));
      itemsSeen = true;
      firstItem = false;
    } else out.push(plain(esc(line)));
  }
  return fodt(out.join('\n'));
}

/**
 * A revision under tracked changes: a word replaced, a 款 inserted, an article deleted (its paragraph and all);
 * and two articles with items, the second restarting them.
 */
function trackedChanges() {
  listed.clear();
  const info = '<office:change-info><dc:creator>审查人</dc:creator><dc:date>2026-01-01T00:00:00</dc:date></office:change-info>';
  const region = (id, change) => `<text:changed-region xml:id="${id}" text:id="${id}">${change}</text:changed-region>`;
  const changes = `<text:tracked-changes text:track-changes="true">${[
    region('ct1', `<text:deletion>${info}<text:p>利用</text:p></text:deletion>`),
    region('ct2', `<text:insertion>${info}</text:insertion>`),
    region('ct3', `<text:insertion>${info}</text:insertion>`),
    // The deleted article with its paragraph mark: what follows it joins the next article.
    region('ct4', `<text:deletion>${info}<text:list text:style-name="条号"><text:list-item><text:p text:style-name="条">市数据主管部门负责本条例的实施。</text:p></text:list-item></text:list><text:p text:style-name="条"/></text:deletion>`),
  ].join('')}</text:tracked-changes>\n`;
  const body = [
    plain('某市数据条例（草案）'),
    item('条', '为了促进数据<text:change text:change-id="ct1"/><text:change-start text:change-id="ct2"/>开发利用<text:change-end text:change-id="ct2"/>，制定本条例。'),
    item('条', '本条例适用于本市行政区域内的下列活动：'),
    item('项', '数据处理；'),
    item('项', '数据安全管理。'),
    // The new 款 with its own paragraph mark, as typed after the article: it ends where the next paragraph starts.
    plain('<text:change-start text:change-id="ct3"/>前款规定的活动，依照本条例执行。'),
    item('条', '<text:change-end text:change-id="ct3"/><text:change text:change-id="ct4"/>市人民政府有关部门应当做好下列工作：'),
    item('项', '统筹规划；', true),
    item('项', '监督检查。'),
  ];
  return fodt(body.join('\n'), changes);
}

/** A 修改决定 with its 对照表: the table's rows must not read as articles of the draft. */
function table() {
  listed.clear();
  const cell = (...paragraphs) => `<table:table-cell office:value-type="string">${paragraphs.map(plain).join('')}</table:table-cell>`;
  const row = (...cells) => `<table:table-row>${cells.join('')}</table:table-row>`;
  const body = [
    plain('某市数据条例（草案）'),
    item('条', '为了促进数据开发利用，制定本条例。'),
    item('条', '本条例自公布之日起施行。'),
    plain('修改前后对照表'),
    `<table:table table:name="对照表"><table:table-column table:number-columns-repeated="2"/>${row(cell('修改前'), cell('修改后'))}${row(cell('第一条 为了促进数据利用，制定本条例。'), cell('第一条 为了促进数据开发利用，制定本条例。', '（新增“开发”）'))}</table:table>`,
  ];
  return fodt(body.join('\n'));
}

const work = mkdtempSync(join(tmpdir(), 'lexdraft-lo-fixtures-'));
try {
  const documents = { 'sample-libreoffice': sample(), 'tracked-changes-libreoffice': trackedChanges(), 'table-libreoffice': table() };
  const inputs = Object.entries(documents).map(([name, xml]) => {
    const file = join(work, `${name}.fodt`);
    writeFileSync(file, xml);
    return file;
  });
  // "MS Word 2007 XML" is Writer's "Word 2007–365 (.docx)", what a drafter saves as.
  for (const name of Object.keys(documents)) rmSync(join(outDir, `${name}.docx`), { force: true });
  const profile = pathToFileURL(join(work, 'profile')).href;
  const r = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', outDir, ...inputs], { encoding: 'utf8', timeout: 180_000 });
  if (r.error) throw new Error(`soffice: ${r.error.message} (install libreoffice-writer)`);
  const missing = Object.keys(documents).filter((name) => !existsSync(join(outDir, `${name}.docx`)));
  if (r.status !== 0 || missing.length > 0) throw new Error(`soffice failed (exit ${r.status}; not written: ${missing.join(', ') || 'none'}):\n${r.stderr}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
