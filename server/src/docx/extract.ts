/**
 * The text of a Word document body, paragraph by paragraph, with Word's automatic numbering written in.
 * What is read and what is left out, and why, is in docs/docx.md: runs, tabs, line breaks (a new line: in a
 * draft a soft break inside an article is a 款 boundary), symbols and field results are read; field codes,
 * footnote and comment references, drawings, text boxes and equations are not. Tracked changes read as the
 * text after them, or before them. A table becomes one line per row, `| cell | cell |`, so that a 对照表 in a
 * draft is read as text and no row as an article.
 */
import { Counters } from './numbering';
import { styleNumbering, type Styles } from './styles';
import { child, children, textOf, val, type XmlElement } from './xml';

/** Which text tracked changes leave: the text after them (insertions kept, deletions dropped), or before. */
export type TrackedText = 'current' | 'before';

export interface DocxParagraph {
  /** 1-based line of the text where the paragraph (or table row) begins. */
  line: number;
  /** 1-based paragraph of the document (段落 N), counting table cells' paragraphs, as Word counts them. */
  docxIndex: number;
  /** The label Word's numbering gave it (第五条, （三）), if any. */
  label?: string;
}

export interface ReadOptions {
  tracked: TrackedText;
}

/** A paragraph as this view of tracked changes has it, before it is written out. */
interface Read {
  docxIndex: number;
  text: string;
  label: string | undefined;
}

export class Extractor {
  private readonly lines: string[] = [];
  private line = 1;
  readonly paragraphs: DocxParagraph[] = [];
  /** w:p elements met so far. */
  private index = 0;
  /** For each open field, whether its result has begun: text counts only inside results. */
  private readonly fields: boolean[] = [];
  private inInstruction = 0;
  /** The text of paragraphs whose mark this view removes: it runs on into the next paragraph. */
  private pending: { text: string; docxIndex: number } | undefined;

  constructor(
    private readonly counters: Counters,
    private readonly styles: Styles,
    private readonly options: ReadOptions,
  ) {}

  get text(): string {
    return this.lines.join('\n');
  }

  /** Block content: w:body, a content control's content, a custom XML block. */
  body(e: XmlElement): void {
    for (const c of e.children) {
      if (typeof c === 'string') continue;
      if (c.name === 'p') {
        const p = this.paragraph(c);
        if (p) this.emit(p.label === undefined ? p.text : p.label + p.text, p.docxIndex, p.label);
      } else if (c.name === 'tbl') {
        this.flush();
        this.table(c);
      } else if (c.name === 'sdt') {
        const content = child(c, 'sdtContent');
        if (content) this.body(content);
      } else if (c.name === 'customXml') {
        this.body(c);
      }
    }
  }

  /** Writes out a paragraph left pending at the end of the content (its mark removed, nothing after it). */
  flush(): void {
    if (!this.pending) return;
    const { text, docxIndex } = this.pending;
    this.pending = undefined;
    this.emit(text, docxIndex, undefined);
  }

  private emit(text: string, docxIndex: number, label: string | undefined): void {
    const shown = label?.trim();
    this.paragraphs.push(shown ? { line: this.line, docxIndex, label: shown } : { line: this.line, docxIndex });
    this.lines.push(text);
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.line++;
    this.line++;
  }

  /**
   * One paragraph: its label (the numbering counters advance only for paragraphs this view has) and its
   * text; undefined when its mark is gone in this view, the text then joining the next paragraph's, whose
   * properties — numbering included — the joined paragraph has, as in Word.
   */
  private paragraph(p: XmlElement): Read | undefined {
    this.index++;
    const pPr = child(p, 'pPr');
    const mark = child(pPr, 'rPr');
    const before = this.options.tracked === 'before';
    const removed = before ? child(mark, 'ins') ?? child(mark, 'moveTo') : child(mark, 'del') ?? child(mark, 'moveFrom');
    const text = this.inline(p);
    const pending = this.pending;
    if (removed) {
      this.pending = pending && pending.text !== '' ? { text: pending.text + text, docxIndex: pending.docxIndex } : { text, docxIndex: this.index };
      return undefined;
    }
    this.pending = undefined;
    const props = before ? (child(child(pPr, 'pPrChange'), 'pPr') ?? pPr) : pPr;
    const joined = pending && pending.text !== '';
    return { docxIndex: joined ? pending.docxIndex : this.index, text: (joined ? pending.text : '') + text, label: this.label(props) };
  }

  /** The paragraph's numbering label with what follows it: its own w:numPr, else its style's. */
  private label(pPr: XmlElement | undefined): string | undefined {
    const numPr = child(pPr, 'numPr');
    let numId = val(numPr, 'numId');
    let ilvl = val(numPr, 'ilvl');
    const styleId = val(pPr, 'pStyle');
    if (numId === undefined && styleId !== undefined) {
      const fromStyle = styleNumbering(this.styles, styleId);
      if (fromStyle) {
        numId = fromStyle.numId;
        ilvl ??= fromStyle.ilvl ?? String(this.counters.levelOfStyle(fromStyle.numId, fromStyle.style) ?? 0);
      }
    }
    if (numId === undefined || numId === '0') return undefined;
    const level = Number.parseInt(ilvl ?? '0', 10);
    return this.counters.next(numId, Number.isInteger(level) && level >= 0 && level <= 8 ? level : 0);
  }

  /** A table: a line per row, its cells' paragraphs joined with <br> as in a Markdown table. */
  private table(tbl: XmlElement): void {
    for (const tr of children(tbl, 'tr')) {
      if (this.rowGone(tr)) {
        this.index += countParagraphs(tr);
        continue;
      }
      const first = this.index + 1;
      const cells = this.cells(tr);
      if (cells.length > 0) this.emit(`| ${cells.join(' | ')} |`, first, undefined);
    }
  }

  /** Whether a row is an insertion the text before does not have, or a deletion the text after does not. */
  private rowGone(tr: XmlElement): boolean {
    const trPr = child(tr, 'trPr');
    return this.options.tracked === 'before' ? child(trPr, 'ins') !== undefined : child(trPr, 'del') !== undefined;
  }

  private cells(tr: XmlElement): string[] {
    const out: string[] = [];
    for (const c of tr.children) {
      if (typeof c === 'string') continue;
      if (c.name === 'tc') out.push(this.cell(c));
      else if (c.name === 'sdt') for (const tc of children(child(c, 'sdtContent'), 'tc')) out.push(this.cell(tc));
    }
    return out;
  }

  /** A cell's paragraphs (and the rows of a table inside it), escaped to stay one cell of one line. */
  private cell(tc: XmlElement): string {
    const parts: string[] = [];
    const visit = (e: XmlElement): void => {
      for (const c of e.children) {
        if (typeof c === 'string') continue;
        if (c.name === 'p') {
          const p = this.paragraph(c);
          if (p) parts.push((p.label ?? '') + p.text);
        } else if (c.name === 'tbl') {
          for (const tr of children(c, 'tr')) {
            if (this.rowGone(tr)) this.index += countParagraphs(tr);
            else for (const inner of children(tr, 'tc')) visit(inner);
          }
        } else if (c.name === 'sdt') {
          const content = child(c, 'sdtContent');
          if (content) visit(content);
        }
      }
    };
    visit(tc);
    if (this.pending) {
      parts.push(this.pending.text);
      this.pending = undefined;
    }
    return parts.map((s) => s.replace(/\|/gu, '\\|').replace(/\n/gu, '<br>')).join('<br>');
  }

  /** The text of a paragraph's runs, in this view of tracked changes. */
  private inline(e: XmlElement): string {
    let s = '';
    for (const c of e.children) {
      if (typeof c === 'string') continue;
      switch (c.name) {
        case 'r':
          s += this.run(c);
          break;
        case 'ins':
        case 'moveTo':
          if (this.options.tracked === 'current') s += this.inline(c);
          break;
        case 'del':
        case 'moveFrom':
          if (this.options.tracked === 'before') s += this.inline(c);
          break;
        case 'hyperlink':
        case 'smartTag':
        case 'customXml':
        case 'dir':
        case 'bdo':
        case 'fldSimple':
          s += this.inline(c);
          break;
        case 'sdt': {
          const content = child(c, 'sdtContent');
          if (content) s += this.inline(content);
          break;
        }
      }
    }
    return s;
  }

  private run(r: XmlElement): string {
    let s = '';
    for (const c of r.children) {
      if (typeof c === 'string') continue;
      switch (c.name) {
        case 't':
          if (this.inInstruction === 0) s += textOf(c).replace(/\r\n?/gu, '\n');
          break;
        case 'delText':
          if (this.inInstruction === 0 && this.options.tracked === 'before') s += textOf(c).replace(/\r\n?/gu, '\n');
          break;
        case 'tab':
        case 'ptab':
          if (this.inInstruction === 0) s += '\t';
          break;
        case 'br':
          // A page or column break is layout; a text-wrapping break starts a new line of the text.
          if (this.inInstruction === 0 && c.attrs['type'] !== 'page' && c.attrs['type'] !== 'column') s += '\n';
          break;
        case 'cr':
          if (this.inInstruction === 0) s += '\n';
          break;
        case 'noBreakHyphen':
          if (this.inInstruction === 0) s += '\u2011';
          break;
        case 'sym': {
          const code = Number.parseInt(c.attrs['char'] ?? '', 16);
          if (this.inInstruction === 0 && Number.isInteger(code) && code > 0 && code <= 0xffff) s += String.fromCharCode(code);
          break;
        }
        case 'fldChar':
          this.field(c.attrs['fldCharType']);
          break;
      }
    }
    return s;
  }

  /** A complex field's begin, separate and end: its instruction is not text, its result is. */
  private field(type: string | undefined): void {
    if (type === 'begin') {
      this.fields.push(false);
      this.inInstruction++;
    } else if (type === 'separate') {
      if (this.fields.length > 0 && this.fields[this.fields.length - 1] === false) {
        this.fields[this.fields.length - 1] = true;
        this.inInstruction--;
      }
    } else if (type === 'end') {
      if (this.fields.pop() === false) this.inInstruction--;
    }
  }
}

/** The paragraphs inside an element that this view leaves out, which Word still counts. */
function countParagraphs(e: XmlElement): number {
  let n = 0;
  for (const c of e.children) if (typeof c !== 'string') n += c.name === 'p' ? 1 : countParagraphs(c);
  return n;
}
