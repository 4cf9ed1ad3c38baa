/**
 * Which lines of an earlier version survive unchanged in the current one (drafting-rules §4.2, tracked
 * identity): common prefix and suffix, then a longest common subsequence of the lines in between when that
 * window is small enough. Paragraphs have no labels, so this is how a 款 keeps its identity across an edit.
 */
import { splitLines } from '../text/lines';

const MAX_CELLS = 4_000_000;

export interface LineMapping {
  /** Offset in the old text → offset in the new text, for offsets on unchanged lines. */
  forward(offset: number): number | undefined;
}

export function mapLines(oldText: string, newText: string): LineMapping {
  const a = splitLines(oldText);
  const b = splitLines(newText);
  const match = new Int32Array(a.length).fill(-1);
  let p = 0;
  while (p < a.length && p < b.length && a[p]?.text === b[p]?.text) {
    match[p] = p;
    p++;
  }
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s]?.text === b[b.length - 1 - s]?.text) {
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
          a[p + i]?.text === b[p + j]?.text ? (dp[(i + 1) * (m + 1) + j + 1] ?? 0) + 1 : Math.max(dp[(i + 1) * (m + 1) + j] ?? 0, dp[i * (m + 1) + j + 1] ?? 0);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (a[p + i]?.text === b[p + j]?.text) {
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
      return target.start + (offset - line.start);
    },
  };
}
