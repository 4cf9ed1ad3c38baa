/**
 * Many terms found in a text. A draft has tens of terms, but a pasted glossary or a text full of quoted
 * phrases has thousands, and one scan of the text per term is quadratic in that case.
 * Past PER_TERM terms, a trie of them is walked from every position whose character starts one: at most
 * the text's length times the longest term, whatever the number of terms. Up to PER_TERM, one indexOf
 * scan per term is faster (V8 searches a string far quicker than a loop looks characters up, so a draft's
 * few terms are found sooner that way than by the trie), and still linear in the text.
 */

interface TrieNode {
  next: Map<number, TrieNode>;
  /** The term that ends here, or undefined. */
  term: string | undefined;
}

export interface TermMatcher {
  /**
   * The starts of each term's occurrences in text[from, …), in order. Per term they are what repeated
   * `indexOf` would find: each occurrence starts at or after the end of the previous one. Every term asked
   * for has an entry, empty when it does not occur; the empty term is ignored.
   */
  occurrences(text: string, from?: number): Map<string, number[]>;
  /** Whether any of the terms occurs in `text`. */
  occursIn(text: string): boolean;
  /** The terms that occur in `text`, in the order they were given (the empty term never does). */
  found(text: string): string[];
  /**
   * The terms that occur in `text`, as a set: for asking about many short texts, where `found` would
   * look at every term each time.
   */
  termsIn(text: string): Set<string>;
}

const newNode = (): TrieNode => ({ next: new Map(), term: undefined });

/** Up to this many terms, one indexOf scan per term (see above). */
const PER_TERM = 32;

/** `perTerm` overrides PER_TERM, so that tests reach both ways of searching. */
export function termMatcher(terms: Iterable<string>, perTerm = PER_TERM): TermMatcher {
  const root = newNode();
  const all: string[] = [];
  for (const term of terms) {
    if (term === '') continue;
    let node = root;
    for (let i = 0; i < term.length; i++) {
      const c = term.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = newNode()));
      node = child;
    }
    if (node.term === undefined) all.push((node.term = term));
  }
  /**
   * Calls `visit` for every term that starts at each position of text[from, …), positions in order and the
   * terms at one position shortest first (the walk goes on while the text follows a branch of the trie);
   * stops, and returns true, when `visit` returns true.
   */
  const walk = (text: string, from: number, visit: (term: string, at: number) => boolean | void): boolean => {
    for (let at = Math.max(0, from); at < text.length; at++) {
      for (let node = root.next.get(text.charCodeAt(at)), i = at + 1; node; node = i < text.length ? node.next.get(text.charCodeAt(i++)) : undefined) {
        if (node.term !== undefined && visit(node.term, at) === true) return true;
      }
    }
    return false;
  };
  return {
    occurrences(text, from = 0) {
      const out = new Map<string, number[]>();
      for (const t of all) out.set(t, []);
      if (all.length <= perTerm) {
        for (const t of all) {
          const list = out.get(t) as number[];
          for (let at = text.indexOf(t, Math.max(0, from)); at >= 0; at = text.indexOf(t, at + t.length)) list.push(at);
        }
        return out;
      }
      // Where each term's last occurrence ends: its next one may not start before.
      const free = new Map<string, number>();
      walk(text, from, (term, at) => {
        if (at < (free.get(term) ?? 0)) return;
        out.get(term)?.push(at);
        free.set(term, at + term.length);
      });
      return out;
    },
    found(text) {
      if (all.length <= perTerm) return all.filter((t) => text.includes(t));
      const seen = new Set<string>();
      walk(text, 0, (term) => {
        seen.add(term);
      });
      return all.filter((t) => seen.has(t));
    },
    occursIn(text) {
      if (all.length <= perTerm) return all.some((t) => text.includes(t));
      return walk(text, 0, () => true);
    },
    termsIn(text) {
      if (all.length <= perTerm) return new Set(all.filter((t) => text.includes(t)));
      const seen = new Set<string>();
      walk(text, 0, (term) => {
        seen.add(term);
      });
      return seen;
    },
  };
}
