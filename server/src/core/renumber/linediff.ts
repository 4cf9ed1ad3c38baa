/**
 * Which lines of an earlier version survive in the current one (tracked identity):
 * common prefix and suffix, then a longest common subsequence of the lines in between when that window is
 * small enough, comparing lines with numerals masked. Paragraphs have no labels, so this is how a 款 keeps
 * its identity across an edit.
 */
import { splitLines } from '../text/lines';

const MAX_CELLS = 4_000_000;
/** Numerals are masked when comparing lines: a line whose only change is a renumbered label is the same line. */
const NUMERAL_RUN = /[零〇一二两兩三四五六七八九十百千0-9０-９]+/gu;

function mask(line: string): string {
  return line.replace(NUMERAL_RUN, '#');
}

/** Maps a column of `from` to the same character of `to`, where the two differ only in numeral runs. */
function alignColumn(from: string, to: string, col: number): number {
  const runs = (t: string): { start: number; end: number; numeral: boolean }[] => {
    const out: { start: number; end: number; numeral: boolean }[] = [];
    let last = 0;
    for (const m of t.matchAll(NUMERAL_RUN)) {
      if (m.index > last) out.push({ start: last, end: m.index, numeral: false });
      out.push({ start: m.index, end: m.index + m[0].length, numeral: true });
      last = m.index + m[0].length;
    }
    if (last < t.length || out.length === 0) out.push({ start: last, end: t.length, numeral: false });
    return out;
  };
  const a = runs(from);
  const b = runs(to);
  const i = a.findIndex((r) => col >= r.start && col < r.end);
  const ra = a[i < 0 ? a.length - 1 : i];
  const rb = b[i < 0 ? b.length - 1 : i];
  if (!ra || !rb) return Math.min(col, to.length);
  return rb.start + Math.min(col - ra.start, Math.max(0, rb.end - rb.start - (ra.numeral ? 1 : 0)));
}

export interface LineMapping {
  /** Offset in the old text → offset in the new text, for offsets on unchanged lines. */
  forward(offset: number): number | undefined;
}

export function mapLines(oldText: string, newText: string): LineMapping {
  const a = splitLines(oldText);
  const b = splitLines(newText);
  const ma = a.map((l) => mask(l.text));
  const mb = b.map((l) => mask(l.text));
  const match = new Int32Array(a.length).fill(-1);
  let p = 0;
  while (p < a.length && p < b.length && ma[p] === mb[p]) {
    match[p] = p;
    p++;
  }
  let s = 0;
  while (s < a.length - p && s < b.length - p && ma[a.length - 1 - s] === mb[b.length - 1 - s]) {
    match[a.length - 1 - s] = b.length - 1 - s;
    s++;
  }
  const n = a.length - p - s;
  const m = b.length - p - s;
  if (n > 0 && m > 0 && n * m <= MAX_CELLS) {
    // LCS over the middle window, by dynamic programming on line texts.
    const dp = new Uint32Array((n + 1) * (m + 1));
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        dp[i * (m + 1) + j] =
          ma[p + i] === mb[p + j] ? (dp[(i + 1) * (m + 1) + j + 1] ?? 0) + 1 : Math.max(dp[(i + 1) * (m + 1) + j] ?? 0, dp[i * (m + 1) + j + 1] ?? 0);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (ma[p + i] === mb[p + j]) {
        match[p + i] = p + j;
        i++;
        j++;
      } else if ((dp[(i + 1) * (m + 1) + j] ?? 0) >= (dp[i * (m + 1) + j + 1] ?? 0)) i++;
      else j++;
    }
  }
  const starts = a.map((l) => l.start);
  return {
    forward(offset: number): number | undefined {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((starts[mid] ?? 0) <= offset) lo = mid;
        else hi = mid - 1;
      }
      const to = match[lo] ?? -1;
      const line = a[lo];
      const target = b[to];
      if (to < 0 || !line || !target) return undefined;
      return target.start + (line.text === target.text ? offset - line.start : alignColumn(line.text, target.text, offset - line.start));
    },
  };
}
