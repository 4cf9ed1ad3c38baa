/**
 * The 修改对照表 as a Word document (docs/compare.md): the title, the summary line and a real table, 修改前 |
 * 修改后 or the Taiwan style's 修正條文 | 現行條文 | 說明, on the GB/T 9704 page (layout.ts). The cells are the
 * core's (tableCells); the marks are run properties: added words bold or underlined, deleted words struck or
 * boxed.
 */
import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType, type IRunOptions } from 'docx';
import type { Comparison } from '../core';
// The renderer's module alone, not the core's index: dist/word.js carries only what it uses, the core is cli.js's.
import { summaryLine, tableCells, tableColumns, tableTitle, type CellLine, type CellPiece, type Marks, type TableStyle } from '../core/versions/render';
import { PAGE, pack } from './layout';
import type { Template } from './template';

export interface WordTableOptions {
  style: TableStyle;
  marks?: Marks;
  template?: Template;
}

/** The run properties of a mark. */
function mark(op: CellPiece['op'], marks: Marks): Partial<IRunOptions> {
  if (op === 'insert') return marks === 'underline-strike' ? { underline: {} } : { bold: true };
  if (op === 'delete') return marks === 'bold-box' ? { border: { style: BorderStyle.SINGLE, size: 4, color: '000000', space: 0 } } : { strike: true };
  return {};
}

function cellParagraphs(lines: CellLine[], marks: Marks, heading: boolean): Paragraph[] {
  // A Word cell holds at least one paragraph, even when its side is empty.
  const all = lines.length > 0 ? lines : [[]];
  return all.map(
    (line) =>
      new Paragraph({
        style: heading ? 'Heading3' : 'Normal',
        alignment: heading ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
        children: line.map((p) => new TextRun({ text: p.text, ...mark(p.op, marks) })),
      }),
  );
}

/** Column widths in twips over the 版心: equal halves, or 說明 a fifth. */
function widths(style: TableStyle): number[] {
  const full = PAGE.width - PAGE.margin.left - PAGE.margin.right;
  if (style === 'prc') return [Math.floor(full / 2), full - Math.floor(full / 2)];
  const note = Math.floor(full / 5);
  const side = Math.floor((full - note) / 2);
  return [side, side, full - note - side];
}

export function wordTable(c: Comparison, options: WordTableOptions): Promise<Buffer> {
  const { style } = options;
  const marks = options.marks ?? 'bold-strike';
  const w = widths(style);
  const cell = (children: Paragraph[], k: number): TableCell => new TableCell({ children, width: { size: w[k] as number, type: WidthType.DXA } });
  const head = new TableRow({
    tableHeader: true,
    children: tableColumns(style).map((name, k) => cell([new Paragraph({ style: 'Heading3', children: [new TextRun(name)] })], k)),
  });
  const rows = c.rows.map((row) => new TableRow({ cantSplit: row.type === 'heading', children: tableCells(row, style).map((lines, k) => cell(cellParagraphs(lines, marks, row.type === 'heading'), k)) }));
  const title = tableTitle(c, style);
  return pack(
    title,
    [
      new Paragraph({ style: 'Title', children: [new TextRun(title)] }),
      new Paragraph({ style: 'Normal', alignment: AlignmentType.CENTER, children: [new TextRun(summaryLine(c.summary, style))] }),
      new Table({ rows: [head, ...rows], layout: TableLayoutType.FIXED, columnWidths: w, width: { size: w.reduce((a, b) => a + b, 0), type: WidthType.DXA } }),
    ],
    options.template,
  );
}
