/**
 * The words that changed between two texts: a diff over words and punctuation (Intl.Segmenter's Chinese
 * word breaks; line breaks are tokens of their own), as spans of equal, inserted and deleted text.
 */

export type DiffOp = 'equal' | 'insert' | 'delete';

export interface DiffSpan {
  op: DiffOp;
  text: string;
}

/** Token pairs beyond which the middle of two texts is shown as replaced whole rather than searched. */
const DIFF_CELLS = 2_000_000;

let segmenter: Intl.Segmenter | undefined;

/** Words, punctuation and line breaks, in order; together they are the text. */
export function tokens(text: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const out: string[] = [];
  for (const s of segmenter.segment(text)) {
    // A line break is its own token, so a changed 款 never swallows the break before the next one.
    const parts = s.segment.split(/(\n)/);
    for (const p of parts) if (p !== '') out.push(p);
  }
  return out;
}

export function diffWords(before: string, after: string): DiffSpan[] {
  const a = tokens(before);
  const b = tokens(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const ops: Array<[DiffOp, string]> = [];
  for (let k = 0; k < start; k++) ops.push(['equal', a[k] as string]);
  middle(a.slice(start, endA), b.slice(start, endB), ops);
  for (let k = endA; k < a.length; k++) ops.push(['equal', a[k] as string]);
  return cleanup(merge(ops));
}

/** The changed middle by longest common subsequence of tokens, deletions before insertions. */
function middle(a: string[], b: string[], ops: Array<[DiffOp, string]>): void {
  const n = a.length;
  const m = b.length;
  if (n * m > DIFF_CELLS) {
    for (const t of a) ops.push(['delete', t]);
    for (const t of b) ops.push(['insert', t]);
    return;
  }
  const w = m + 1;
  const len = new Int32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) len[i * w + j] = a[i] === b[j] ? (len[(i + 1) * w + j + 1] as number) + 1 : Math.max(len[(i + 1) * w + j] as number, len[i * w + j + 1] as number);
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      ops.push(['equal', a[i++] as string]);
      j++;
    } else if (j >= m || (i < n && (len[(i + 1) * w + j] as number) >= (len[i * w + j + 1] as number))) ops.push(['delete', a[i++] as string]);
    else ops.push(['insert', b[j++] as string]);
  }
}

/** Runs of one kind as one span; within a change, its deletion before its insertion. */
function merge(ops: ReadonlyArray<[DiffOp, string]>): DiffSpan[] {
  const out: DiffSpan[] = [];
  let del = '';
  let ins = '';
  const flush = (): void => {
    if (del) out.push({ op: 'delete', text: del });
    if (ins) out.push({ op: 'insert', text: ins });
    del = ins = '';
  };
  for (const [op, t] of ops) {
    if (op === 'delete') del += t;
    else if (op === 'insert') ins += t;
    else {
      flush();
      const last = out[out.length - 1];
      if (last?.op === 'equal') last.text += t;
      else out.push({ op: 'equal', text: t });
    }
  }
  flush();
  return out;
}

/**
 * One character left equal between two changes (的, a comma) reads as noise: it joins the change around it,
 * so a reader sees one replaced phrase rather than a checkerboard. Line breaks always stay equal.
 */
function cleanup(spans: DiffSpan[]): DiffSpan[] {
  const ops: Array<[DiffOp, string]> = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k] as DiffSpan;
    if (s.op === 'equal' && s.text.length === 1 && s.text !== '\n' && k > 0 && k < spans.length - 1) {
      ops.push(['delete', s.text], ['insert', s.text]);
      continue;
    }
    ops.push([s.op, s.text]);
  }
  return merge(ops);
}

/** The old text (equal and deleted spans) and the new text (equal and inserted) of a diff. */
export function sideText(spans: readonly DiffSpan[], side: 'old' | 'new'): string {
  const skip: DiffOp = side === 'old' ? 'insert' : 'delete';
  return spans.filter((s) => s.op !== skip).map((s) => s.text).join('');
}
