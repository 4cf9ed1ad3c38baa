/**
 * The page of GB/T 9704-2012 (党政机关公文格式) as Word writes it, shared by the 修改对照表 (table.ts) and the
 * exported draft (draft.ts): A4, its margins, the 22 × 28 grid, the fonts and sizes, the page numbers, and
 * the named styles a `--reference-docx` may replace. Sources: docs/export.md.
 */
import { AlignmentType, Document, DocumentGridType, Footer, Packer, PageNumber, Paragraph, TextRun, type ICharacterStyleOptions, type IParagraphStyleOptions, type ISectionOptions } from 'docx';
import type { Template } from './template';

/** Twips (1/1440 inch) in a millimetre. */
const mm = (x: number): number => Math.round((x * 1440) / 25.4);

/** 字号 in half-points, as w:sz takes them: 2号 22 pt, 3号 16 pt, 4号 14 pt. */
export const SIZE = { erhao: 44, sanhao: 32, sihao: 28 } as const;

/** Fonts as Word names them (the names Chinese government templates use). */
export const FONT = { title: '方正小标宋简体', body: '仿宋_GB2312', heiti: '黑体', kaiti: '楷体_GB2312', songti: '宋体' } as const;

/** A font for every script of a run: the Latin digits of a label take the same face as the Chinese. */
const face = (name: string): { ascii: string; hAnsi: string; eastAsia: string; cs: string } => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name });

/**
 * A4 with 天头 37 mm and 订口 28 mm around a 156 × 225 mm 版心: 297 − 37 − 225 = 35 mm below and
 * 210 − 28 − 156 = 26 mm to the right.
 */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) },
  /** 22 lines in the 225 mm 版心. */
  linePitch: Math.floor(mm(225) / 22),
  /**
   * The footer's distance from the page's bottom edge: the page number's 一字线 7 mm below the 版心 (GB/T 9704
   * 7.5), a 4号 line (≈ 5 mm) above this.
   */
  footer: mm(35 - 7 - 5),
} as const;

/** One 3号 character, in twips: the body's first-line indent is two. */
export const CHAR = (SIZE.sanhao / 2) * 20;

/**
 * 28 characters in the 156 mm 版心 (442.2 pt) are 15.79 pt each, a little under 3号's 16: the body's
 * characters are set 0.25 pt closer (w:spacing, in twentieths of a point). A character grid (w:docGrid
 * linesAndChars) would say the same to Word, but LibreOffice gives a glyph wider than its cell two cells.
 */
const TIGHTER = -5;

/** The paragraph styles both documents use, by the ids Word gives them (a reference template keeps its own). */
export const PARAGRAPH_STYLES: IParagraphStyleOptions[] = [
  { id: 'Normal', name: 'Normal', run: { font: face(FONT.body), size: SIZE.sanhao, characterSpacing: TIGHTER }, paragraph: { alignment: AlignmentType.JUSTIFIED } },
  { id: 'Title', name: 'Title', basedOn: 'Normal', next: 'Normal', run: { font: face(FONT.title), size: SIZE.erhao }, paragraph: { alignment: AlignmentType.CENTER } },
  { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', run: { font: face(FONT.kaiti), size: SIZE.sanhao }, paragraph: { alignment: AlignmentType.CENTER } },
  { id: 'Heading1', name: 'heading 1', basedOn: 'Normal', next: 'Normal', run: { font: face(FONT.heiti), size: SIZE.sanhao }, paragraph: { alignment: AlignmentType.CENTER, outlineLevel: 0 } },
  { id: 'Heading2', name: 'heading 2', basedOn: 'Normal', next: 'Normal', run: { font: face(FONT.heiti), size: SIZE.sanhao }, paragraph: { alignment: AlignmentType.CENTER, outlineLevel: 1 } },
  { id: 'Heading3', name: 'heading 3', basedOn: 'Normal', next: 'Normal', run: { font: face(FONT.heiti), size: SIZE.sanhao }, paragraph: { alignment: AlignmentType.CENTER, outlineLevel: 2 } },
  { id: 'Heading4', name: 'heading 4', basedOn: 'Normal', next: 'Normal', run: { font: face(FONT.kaiti), size: SIZE.sanhao }, paragraph: { alignment: AlignmentType.CENTER, outlineLevel: 3 } },
  { id: 'BodyText', name: 'Body Text', basedOn: 'Normal', run: {}, paragraph: { indent: { firstLine: 2 * CHAR } } },
  { id: 'Footer', name: 'footer', basedOn: 'Normal', run: { font: face(FONT.songti), size: SIZE.sihao } },
];

/** The 条 label's 黑体, a character style so that a template can restyle it. */
export const CHARACTER_STYLES: ICharacterStyleOptions[] = [{ id: 'ArticleLabel', name: 'Article Label', run: { font: face(FONT.heiti) } }];

/**
 * The page number: 4号 半角 宋体 digits between 一字线 (— 1 —), on the outer side one character in: odd pages
 * right, even pages left.
 */
function pageNumber(side: 'odd' | 'even'): Footer {
  const odd = side === 'odd';
  return new Footer({
    children: [
      new Paragraph({
        style: 'Footer',
        alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: odd ? { right: CHAR } : { left: CHAR },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}

/** The section: the GB/T 9704 page (or the template's), page numbers in the footers. */
export function section(children: ISectionOptions['children'], template?: Template): ISectionOptions {
  const page = template?.page ?? { width: PAGE.width, height: PAGE.height, margin: { ...PAGE.margin, footer: PAGE.footer } };
  return {
    properties: {
      page: { size: { width: page.width, height: page.height }, margin: page.margin },
      grid: template ? template.grid : { type: DocumentGridType.LINES, linePitch: PAGE.linePitch },
    },
    footers: { default: pageNumber('odd'), even: pageNumber('even') },
    children,
  };
}

/** Fixed so that the same input makes the same document (the packer would write the time of the run). */
const CORE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>TITLE</dc:title><dc:creator>LexDraft</dc:creator><cp:lastModifiedBy>LexDraft</cp:lastModifiedBy><cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z</dcterms:modified></cp:coreProperties>`;

const XML_ESCAPE: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * The document as .docx bytes. With a template its styles.xml is the document's, the styles above filling
 * only the ids it lacks; its page size, margins and grid replace GB/T 9704's.
 */
export async function pack(title: string, children: ISectionOptions['children'], template?: Template): Promise<Buffer> {
  const have = template ? template.styleIds : new Set<string>();
  const doc = new Document({
    title,
    creator: 'LexDraft',
    evenAndOddHeaderAndFooters: true,
    externalStyles: template?.styles,
    styles: {
      paragraphStyles: PARAGRAPH_STYLES.filter((s) => !have.has(s.id)),
      characterStyles: CHARACTER_STYLES.filter((s) => !have.has(s.id)),
    },
    sections: [section(children, template)],
  });
  const core = CORE.replace('TITLE', title.replace(/[&<>"]/g, (c) => XML_ESCAPE[c] as string));
  return Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: core }]);
}
