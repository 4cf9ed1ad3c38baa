/**
 * Positions in a Word document's text as a reviewer finds them in Word: the paragraph (段落 N, the line a
 * finding reports for a .docx) and the column within it, and the article it stands in.
 */
import type { Analysis } from '../core';
import type { DocxParagraph } from '../docx';
import { LineMap } from '../positions';

export interface ParagraphPosition {
  /** 1-based paragraph of the document. */
  paragraph: number;
  /** 0-based UTF-16 column within the paragraph's text, its numbering label included. */
  character: number;
  /** The paragraph's numbering label (第二章, （三）), if Word numbers it. */
  label?: string;
}

export class ParagraphMap {
  private readonly starts: number[];

  constructor(
    text: string,
    private readonly paragraphs: readonly DocxParagraph[],
  ) {
    const lines = new LineMap(text);
    this.starts = paragraphs.map((p) => lines.offsetAt({ line: p.line - 1, character: 0 }));
  }

  at(offset: number): ParagraphPosition {
    const i = this.indexAt(offset);
    const p = this.paragraphs[i];
    if (!p) return { paragraph: 1, character: offset };
    const at: ParagraphPosition = { paragraph: p.docxIndex, character: offset - (this.starts[i] ?? 0) };
    if (p.label !== undefined) at.label = p.label;
    return at;
  }

  /** The paragraph of 0-based text line `line` (outline). */
  paragraphOfLine(line: number): number {
    let lo = 0;
    let hi = this.paragraphs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.paragraphs[mid]?.line ?? 0) <= line + 1) lo = mid;
      else hi = mid - 1;
    }
    return this.paragraphs[lo]?.docxIndex ?? line + 1;
  }

  private indexAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/** The label of the article (第五条) that holds `offset`, by binary search over the analysis's articles in text order. */
export function articleAt(a: Analysis, offset: number): string | undefined {
  const articles = a.articles;
  let lo = 0;
  let hi = articles.length - 1;
  let found: number | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((articles[mid]?.spanStart ?? 0) <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const art = found === undefined ? undefined : articles[found];
  return art && offset < art.spanEnd ? art.label : undefined;
}
