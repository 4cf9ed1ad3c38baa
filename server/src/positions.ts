/**
 * The only offset ↔ line/column code. The core speaks UTF-16 offsets; LSP positions are UTF-16 code
 * units too (a character beyond the BMP is two), so conversion is a binary search over line starts.
 */
export interface Position {
  /** 0-based line. */
  line: number;
  /** 0-based UTF-16 column. */
  character: number;
}

export class LineMap {
  private readonly starts: readonly number[];

  /** `starts` (the analysis's line starts, same line breaks) saves reading the text again. */
  constructor(
    private readonly text: string,
    starts?: readonly number[],
  ) {
    if (starts) {
      this.starts = starts;
      return;
    }
    this.starts = LineMap.scan(text);
  }

  private static scan(text: string): number[] {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 && text.charCodeAt(i + 1) === 10) {
        starts.push(i + 2);
        i++;
      } else if (c === 10 || c === 13) {
        starts.push(i + 1);
      }
    }
    return starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - (this.starts[lo] ?? 0) };
  }

  offsetAt(pos: Position): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.starts.length) return this.text.length;
    const start = this.starts[pos.line] ?? 0;
    const next = pos.line + 1 < this.starts.length ? (this.starts[pos.line + 1] ?? this.text.length) : this.text.length;
    let lineEnd = next;
    while (lineEnd > start && (this.text.charCodeAt(lineEnd - 1) === 10 || this.text.charCodeAt(lineEnd - 1) === 13)) lineEnd--;
    return Math.min(start + Math.max(0, pos.character), lineEnd);
  }

  range(span: { start: number; end: number }): { start: Position; end: Position } {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }
}
