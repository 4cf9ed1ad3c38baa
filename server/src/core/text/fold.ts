import { FOLD_FROM, FOLD_TO } from './fold-table.generated';

/**
 * Script folding for recognition only (drafting-rules NRM-05): Traditional characters are mapped to
 * Simplified one character for one character, so folded text has the same length as the source and every
 * offset found in it is an offset in the user's text. User text is never rewritten with this.
 */
const TABLE: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (let i = 0; i < FOLD_FROM.length; i++) m.set(FOLD_FROM[i] ?? '', FOLD_TO[i] ?? '');
  return m;
})();

/** Folds Traditional characters to Simplified; the result has the same length as the input. */
export function foldScript(text: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400) continue;
    const s = TABLE.get(text[i] ?? '');
    if (s !== undefined) {
      out += text.slice(last, i) + s;
      last = i + 1;
    }
  }
  return last === 0 ? text : out + text.slice(last);
}

/** Counts characters that exist only in Traditional script (they change when folded). */
export function countTraditional(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) >= 0x3400 && TABLE.has(text[i] ?? '')) n++;
  }
  return n;
}
