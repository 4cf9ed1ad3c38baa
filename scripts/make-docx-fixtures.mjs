// Builds the .docx fixtures in test-fixtures/docx/ the way drafters make them in Word: 条 and 项 labels as
// automatic numbering (level text 第%1条 and （%1） in chineseCounting, the items restarting for each article),
// tracked changes, a 对照表 table. `node scripts/make-docx-fixtures.mjs`; commit the .docx files it writes.
// (A test runs it with LEXDRAFT_DOCX_OUT set to another folder and compares: the committed files are current.)
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { AlignmentType, DeletedTextRun, Document, InsertedTextRun, LevelFormat, LevelSuffix, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

const root = new URL('../', import.meta.url);
const dir = process.env.LEXDRAFT_DOCX_OUT ? pathToFileURL(`${process.env.LEXDRAFT_DOCX_OUT}/`) : new URL('test-fixtures/docx/', root);
const out = (name) => new URL(name, dir);

// One level each: chapters and articles run on through the draft, items restart in every article.
const numbering = {
  config: [
    { reference: 'chapter', levels: [{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: '第%1章', start: 1, suffix: LevelSuffix.SPACE, alignment: AlignmentType.LEFT }] },
    { reference: 'article', levels: [{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: '第%1条', start: 1, suffix: LevelSuffix.SPACE, alignment: AlignmentType.LEFT }] },
    { reference: 'item', levels: [{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: '（%1）', start: 1, suffix: LevelSuffix.NOTHING, alignment: AlignmentType.LEFT }] },
  ],
};

const meta = { creator: 'lexdraft', lastModifiedBy: 'lexdraft', revision: 1 };
const date = '2026-01-01T00:00:00Z';

// The documents' time stamps (core properties, ZIP entries) are taken from the clock: fixed here, so that
// running the script again writes the same bytes.
const RealDate = Date;
globalThis.Date = class extends RealDate {
  constructor(...args) {
    super(...(args.length ? args : [RealDate.parse(date)]));
  }
  static now() {
    return RealDate.parse(date);
  }
};

const write = async (name, doc) => writeFileSync(out(name), await Packer.toBuffer(doc));

const text = (s) => [new TextRun(s)];
const numbered = (reference, rest, instance = 0) => new Paragraph({ numbering: { reference, level: 0, instance }, children: text(rest) });
const plain = (s) => new Paragraph({ children: text(s) });

/** The sample draft with its 章, 条 and 项 labels as Word numbering; the 目录 stays typed, as Word's own would be a field. */
function sampleParagraphs() {
  const lines = readFileSync(new URL('test-fixtures/jinan-digital-economy-draft.txt', root), 'utf8').split('\n');
  const paragraphs = [];
  let toc = false;
  let firstTocEntry;
  let article = 0;
  for (const line of lines) {
    if (/^目\s*录$/u.test(line)) {
      toc = true;
      paragraphs.push(plain(line));
      continue;
    }
    if (toc) {
      if (firstTocEntry === undefined) firstTocEntry = line;
      else if (line === firstTocEntry) toc = false;
      if (toc) {
        paragraphs.push(plain(line));
        continue;
      }
    }
    let m;
    if ((m = /^第[一二三四五六七八九十百零]+章 (.*)$/u.exec(line))) paragraphs.push(numbered('chapter', m[1]));
    else if ((m = /^第[一二三四五六七八九十百零]+条 (.*)$/u.exec(line))) {
      article++;
      paragraphs.push(numbered('article', m[1]));
    } else if ((m = /^（[一二三四五六七八九十]+）(.*)$/u.exec(line))) paragraphs.push(numbered('item', m[1], article));
    else paragraphs.push(plain(line));
  }
  return paragraphs;
}

await write('sample-numbered.docx', new Document({ ...meta, numbering, sections: [{ children: sampleParagraphs() }] }));

// A revision under tracked changes: one word replaced, one 款 added, one article deleted.
const ins = (s, id) => new InsertedTextRun({ text: s, id, author: '审查人', date });
const del = (s, id) => new DeletedTextRun({ text: s, id, author: '审查人', date });
await write(
  'tracked-changes.docx',
  new Document({
    ...meta,
    numbering,
    sections: [
      {
        children: [
          plain('某市数据条例（草案）'),
          new Paragraph({ numbering: { reference: 'article', level: 0 }, children: [new TextRun('为了促进数据'), del('利用', 1), ins('开发利用', 2), new TextRun('，制定本条例。')] }),
          numbered('article', '本条例适用于本市行政区域。'),
          // Inserted and deleted paragraphs carry the mark of their paragraph too, as Word writes them.
          new Paragraph({ run: { insertion: { id: 4, author: '审查人', date } }, children: [ins('前款规定的活动，依照本条例执行。', 3)] }),
          new Paragraph({ numbering: { reference: 'article', level: 0 }, run: { deletion: { id: 6, author: '审查人', date } }, children: [del('市数据主管部门负责本条例的实施。', 5)] }),
          numbered('article', '市人民政府负责本条例的实施。'),
        ],
      },
    ],
  }),
);

// A 修改决定 with its 对照表: the table's rows must not read as articles of the draft.
const cell = (s) => new TableCell({ children: [plain(s)] });
await write(
  'table.docx',
  new Document({
    ...meta,
    numbering,
    sections: [
      {
        children: [
          plain('某市数据条例（草案）'),
          numbered('article', '为了促进数据开发利用，制定本条例。'),
          numbered('article', '本条例自公布之日起施行。'),
          plain('修改前后对照表'),
          new Table({
            rows: [
              new TableRow({ children: [cell('修改前'), cell('修改后')] }),
              new TableRow({ children: [cell('第一条 为了促进数据利用，制定本条例。'), cell('第一条 为了促进数据开发利用，制定本条例。')] }),
            ],
          }),
        ],
      },
    ],
  }),
);
