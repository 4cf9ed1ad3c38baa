/**
 * The index titles nearest a title it does not hold (a typo, a word missing, an old wording): by edit
 * distance over the index's names, for the few titles that are unknown, never for every citation.
 */
import { normaliseLawName, type LawIndex } from '../laws';

const PRC = '中华人民共和国';

/**
 * Up to three full titles whose names are a third of the title's length (at least one edit) from it, or
 * end with it or it with them (执业医师法 → 医师法).
 */
export function nearestLawTitles(index: LawIndex, name: string): string[] {
  const wanted = normaliseLawName(name);
  // Compared without 中华人民共和国: a title written without it (or with it) is not an edit away.
  const core = wanted.startsWith(PRC) ? wanted.slice(PRC.length) : wanted;
  const bound = Math.max(1, Math.floor(core.length / 3));
  const found = new Map<string, number>();
  for (const [key, law] of index.byName) {
    const other = key.startsWith(PRC) ? key.slice(PRC.length) : key;
    const nested = other.length >= 3 && core.length >= 3 && (core.endsWith(other) || other.endsWith(core));
    if (!nested && Math.abs(other.length - core.length) > bound) continue;
    const d = nested ? Math.abs(other.length - core.length) : distance(core, other, bound);
    if ((nested || d <= bound) && d < (found.get(law.title) ?? Infinity)) found.set(law.title, d);
  }
  return [...found].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).slice(0, 3).map(([title]) => title);
}

/** Levenshtein distance, given up past `bound` (bound + 1 then). */
function distance(a: string, b: string, bound: number): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min((row[j] as number) + 1, (next[j - 1] as number) + 1, (row[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      next.push(v);
      if (v < best) best = v;
    }
    if (best > bound) return bound + 1;
    row = next;
  }
  return row[b.length] as number;
}
