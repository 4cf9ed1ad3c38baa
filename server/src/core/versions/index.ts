/**
 * Two versions of a text compared (issue #24): the 修改对照表 model (table.ts) from two analyses, its
 * renderers (render.ts; JSON is the model itself) and the 修改决定 / 修正案 written from it (instrument.ts).
 */
export { changesOnly, compareVersions, type ArticleRef, type ArticleRow, type CompareOptions, type Comparison, type HeadingRef, type HeadingRow, type Row, type RowKind, type Summary } from './table';
export { renderHtml, renderHtmlTable, renderMarkdown, summaryLine, tableCells, tableColumns, tableTitle, type CellLine, type CellPiece, type Marks, type RenderOptions, type TableOptions, type TableStyle } from './render';
export { writeInstrument, type AmendOptions } from './instrument';
export type { DiffSpan, DiffOp } from './diff';
