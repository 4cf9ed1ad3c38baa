/**
 * Converting between Simplified and Traditional script (Taiwan standard) with opencc-js, phrase by phrase.
 * Unlike folding (fold.ts, for recognition only), this rewrites the user's text, so it is only ever used by
 * a fix or a command the user chooses. The converters are built on first use: their dictionaries cost
 * memory that a session that never converts should not pay.
 */
import type { Script, TextEdit } from '../types';
import { FOLD_FROM, FOLD_TO, SIMPLIFIED_ONLY, SIMPLIFIED_TAIWAN_TOO, TRADITIONAL_ONLY } from './fold-table.generated';

type Convert = (text: string) => string;
const converters: Partial<Record<Script, Convert>> = {};

/** `text` in `to` script: opencc tw→cn for Simplified, cn→tw for Traditional (Taiwan forms). */
export function convertScript(text: string, to: Script): string {
  let convert = converters[to];
  if (!convert) {
    // Required here, not at the top: evaluating opencc's dictionaries is most of what loading the CLI or
    // the server would otherwise cost, and most runs never convert. opencc-js declares ESM types; its
    // CommonJS build (dist/umd) is what require() loads and esbuild bundles.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const OpenCC = require('opencc-js') as { Converter(o: { from: string; to: string }): Convert };
    convert = to === 'simplified' ? OpenCC.Converter({ from: 'tw', to: 'cn' }) : OpenCC.Converter({ from: 'cn', to: 'tw' });
    converters[to] = convert;
  }
  return convert(text);
}

/**
 * The whole text in `to` script as minimal edits: one edit per changed stretch, so that undo, diff and
 * other edits in flight keep their places. Line by line, so a conversion that changes a length stays local.
 */
export function convertEdits(text: string, to: Script): TextEdit[] {
  const edits: TextEdit[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const converted = convertScript(line, to);
    if (converted !== line) for (const e of diffEdits(line, converted, at)) edits.push(e);
    at += line.length + 1;
  }
  return edits;
}

/** Edits turning `from` into `to` (offsets shifted by `base`): per character when the lengths match. */
function diffEdits(from: string, to: string, base: number): TextEdit[] {
  if (from.length !== to.length) return [{ span: { start: base, end: base + from.length }, newText: to }];
  const out: TextEdit[] = [];
  for (let i = 0; i < from.length; i++) {
    if (from[i] === to[i]) continue;
    let j = i + 1;
    while (j < from.length && from[j] !== to[j]) j++;
    out.push({ span: { start: base + i, end: base + j }, newText: to.slice(i, j) });
    i = j;
  }
  return out;
}

/** Per BMP code point: 1 Simplified only, 2 Traditional only (a flat table: this runs on every character). */
const ONE_SCRIPT: Uint8Array = (() => {
  const t = new Uint8Array(0x10000);
  for (const ch of SIMPLIFIED_ONLY) if (ch.length === 1) t[ch.charCodeAt(0)] = 1;
  for (const ch of TRADITIONAL_ONLY) if (ch.length === 1) t[ch.charCodeAt(0)] = 2;
  return t;
})();

/** 1 when the UTF-16 code `c` is Simplified only, 2 when Traditional only, 0 when both scripts write it. */
export function scriptCode(c: number): number {
  return ONE_SCRIPT[c] ?? 0;
}

let counterparts: Map<string, string> | undefined;
/**
 * For a Simplified-only character Taiwan's standard character set also holds (晒, 并): the Traditional
 * characters that fold to it (曬; 並 併 幷). Undefined for any other character.
 */
export function taiwanVariantOf(ch: string): string | undefined {
  if (!counterparts) {
    counterparts = new Map([...SIMPLIFIED_TAIWAN_TOO].map((c) => [c, '']));
    for (let i = 0; i < FOLD_TO.length; i++) {
      const to = FOLD_TO[i] as string;
      const known = counterparts.get(to);
      if (known !== undefined) counterparts.set(to, known + (FOLD_FROM[i] as string));
    }
  }
  return counterparts.get(ch);
}
