/**
 * Positions in a Word document's text as a reviewer finds them in Word: the paragraph (段落 N, the line a
 * finding reports for a .docx) and the column within it, and the article it stands in.
 */
import { type Analysis, firstAtOrAfter, lastStartingAtOrBefore } from './core';
import type { DocxParagraph } from './docx';
import { LineMap } from './positions';

export interface ParagraphPosition {
  /** 1-based paragraph of the document. */
  paragraph: number;
  /** 0-based UTF-16 column within the paragraph's text, its numbering label included. */
  character: number;
  /** The paragraph's numbering label (第二章, （三）), if Word numbers it. */
  label?: string;
}

export class ParagraphMap {
  /** Where each paragraph starts in the text, and its 1-based line there: both ascending. */
  private readonly starts: number[];
  private readonly lines: number[];

  constructor(
    text: string,
    private readonly paragraphs: readonly DocxParagraph[],
  ) {
    const lines = new LineMap(text);
    this.starts = paragraphs.map((p) => lines.offsetAt({ line: p.line - 1, character: 0 }));
    this.lines = paragraphs.map((p) => p.line);
  }

  at(offset: number): ParagraphPosition {
    const i = Math.max(0, firstAtOrAfter(this.starts, offset + 1) - 1);
    const p = this.paragraphs[i];
    if (!p) return { paragraph: 1, character: offset };
    const at: ParagraphPosition = { paragraph: p.docxIndex, character: offset - (this.starts[i] ?? 0) };
    if (p.label !== undefined) at.label = p.label;
    return at;
  }

  /** The paragraph of 0-based text line `line` (outline). */
  paragraphOfLine(line: number): number {
    return this.paragraphs[Math.max(0, firstAtOrAfter(this.lines, line + 2) - 1)]?.docxIndex ?? line + 1;
  }
}

/**
 * Where Word shows the finding that starts at `offset`: its paragraph and column, labelled by the article that
 * holds it or, outside articles, by the paragraph's own numbering label (第二章).
 */
export function placeInWord(a: Analysis, map: ParagraphMap, offset: number): ParagraphPosition {
  const at = map.at(offset);
  const label = articleAt(a, offset) ?? at.label;
  return label === undefined ? { paragraph: at.paragraph, character: at.character } : { ...at, label };
}

/** The label of the article (第五条) that holds `offset`. */
function articleAt(a: Analysis, offset: number): string | undefined {
  const art = lastStartingAtOrBefore(a.articles, offset);
  return art && offset < art.spanEnd ? art.label : undefined;
}

/** Where Word shows a finding, for a message: ` [段落 12 · 第五条]` (`label`: its article, or the paragraph's own label). */
export function wordPlace(paragraph: number, label: string | undefined, lang: 'zh' | 'en'): string {
  const at = lang === 'zh' ? `段落 ${paragraph}` : `paragraph ${paragraph}`;
  return ` [${label === undefined ? at : `${at} · ${label}`}]`;
}
