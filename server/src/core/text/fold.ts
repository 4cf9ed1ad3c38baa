import { FOLD_FROM, FOLD_TO } from './fold-table.generated';

/**
 * Script folding for recognition only, so that patterns are written once, in Simplified: Traditional characters are mapped to
 * Simplified one character for one character, so folded text has the same length as the source and every
 * offset found in it is an offset in the user's text. User text is never rewritten with this.
 *
 * The table is a flat array over the CJK blocks the generator scans (U+3400–U+FAFF, and on to the small forms): one index per
 * character, no hashing, because folding runs over every character of every version of the document.
 */
const BASE = 0x3400;
// Up to the small-form variants (U+FE50–FE6F), which recognition folds too.
const LIMIT = 0xfe70;
const TABLE: Uint16Array = (() => {
  const t = new Uint16Array(LIMIT - BASE);
  for (let i = 0; i < FOLD_FROM.length; i++) t[FOLD_FROM.charCodeAt(i) - BASE] = FOLD_TO.charCodeAt(i);
  return t;
})();

function target(c: number): number {
  return c >= BASE && c < LIMIT ? (TABLE[c - BASE] ?? 0) : 0;
}

/** Folds Traditional characters to Simplified; the result has the same length as the input. */
export function foldScript(text: string): string {
  return foldWith(TABLE, text).folded;
}

/**
 * The text the parser reads: Traditional folded to Simplified and the look-alikes of 第 (笫, 苐) read as
 * 第 (text.homoglyph reports them), in one pass over the text; `changed` counts the Traditional characters
 * only, as countTraditional does, and `layout` the characters that lay the text out (isLayout). Length is kept;
 * a text with nothing to fold is returned as it is.
 */
export function foldForRecognition(text: string): { folded: string; changed: number; layout: number } {
  return foldWith(RECOGNITION, text);
}

/**
 * Spaces, line breaks and the lines of a drawn table: they write no word in either script. The script is decided
 * from the characters that do — a Taiwan table of pesticide residues, its cells padded with spaces, is two thirds
 * layout, and its Traditional characters were fewer than one in fifty of the whole (禽畜產品中殘留農藥限量標準).
 */
function isLayout(c: number): boolean {
  return c <= 0x20 || c === 0x3000 || (c >= 0x2500 && c < 0x2580);
}

/** The look-alikes of 第 that recognition reads as 第. */
const HOMOGLYPHS_OF_DI = '笫苐';
/**
 * Small-form brackets (﹙以下简称本法﹚) read as the full-width ones, so every reading of a bracket (a parent act's
 * short-form note, a qualifier between a title and its path) takes them as it takes （）.
 */
const SMALL_FORM_BRACKETS: readonly (readonly [string, string])[] = [['﹙', '（'], ['﹚', '）']];

const RECOGNITION: Uint16Array = (() => {
  const t = TABLE.slice();
  for (const ch of HOMOGLYPHS_OF_DI) t[ch.charCodeAt(0) - BASE] = '第'.charCodeAt(0);
  for (const [from, to] of SMALL_FORM_BRACKETS) t[from.charCodeAt(0) - BASE] = to.charCodeAt(0);
  return t;
})();

function foldWith(table: Uint16Array, text: string): { folded: string; changed: number; layout: number } {
  let out = '';
  let last = 0;
  let changed = 0;
  let layout = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < BASE || c >= LIMIT) {
      if (isLayout(c)) layout++;
      continue;
    }
    const t = table[c - BASE] as number;
    if (t !== 0) {
      out += text.slice(last, i) + String.fromCharCode(t);
      last = i + 1;
      if (TABLE[c - BASE] !== 0) changed++;
    }
  }
  return { folded: last === 0 ? text : out + text.slice(last), changed, layout };
}

/** Counts the characters that lay the text out (isLayout). */
export function countLayout(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (isLayout(text.charCodeAt(i))) count++;
  return count;
}

/** Counts characters that exist only in Traditional script (they change when folded). */
export function countTraditional(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (target(text.charCodeAt(i)) !== 0) count++;
  return count;
}
