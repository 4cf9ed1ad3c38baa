/**
 * How alike two article texts are: the Dice coefficient of their character bigrams (Chinese has no
 * spaces, and bigrams of characters carry most of its words), and how much of one text the other holds.
 */

/** A text's character bigrams with their counts, built once per article. */
export type Profile = Map<number, number>;

export function profile(key: string): Profile {
  const p: Profile = new Map();
  if (key.length === 1) p.set(key.charCodeAt(0), 1);
  for (let i = 0; i + 1 < key.length; i++) {
    const g = key.charCodeAt(i) * 65536 + key.charCodeAt(i + 1);
    p.set(g, (p.get(g) ?? 0) + 1);
  }
  return p;
}

function size(p: Profile): number {
  let n = 0;
  for (const c of p.values()) n += c;
  return n;
}

function shared(a: Profile, b: Profile): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const [g, c] of small) n += Math.min(c, large.get(g) ?? 0);
  return n;
}

/** 1 for the same bigrams, 0 for none in common. */
export function dice(a: Profile, b: Profile): number {
  const total = size(a) + size(b);
  return total === 0 ? 1 : (2 * shared(a, b)) / total;
}

/** The share of `part`'s bigrams that `whole` holds: 1 when the part is all in the whole. */
export function containment(part: Profile, whole: Profile): number {
  const n = size(part);
  return n === 0 ? 0 : shared(part, whole) / n;
}

/** The profile of two texts read one after the other (a split or merged article's parts). */
export function joined(a: string, b: string): Profile {
  return profile(a + b);
}
