/**
 * Jurisdiction detection (drafting-rules §8.2). Script does not decide it: PRC regulations circulate in
 * Traditional script with PRC semantics. The evidence is drafting convention.
 */
import type { Jurisdiction } from '../text/numerals';
import type { LineClass } from './classify';

export function detectJurisdiction(foldedText: string, classes: readonly LineClass[], script: 'simplified' | 'traditional'): Jurisdiction {
  let tw = 0;
  // Taiwan texts are written in Traditional script; Simplified script is strong PRC evidence.
  let prc = script === 'simplified' ? 10 : 0;
  let prev: LineClass['type'] | 'article-text' = 'text';
  for (const c of classes) {
    if (c.type === 'article') {
      if (c.dashed || c.numeral.style === 'arabic') tw += 1;
      if (c.sub && c.numeral.style === 'arabic') tw += 1;
      prev = 'article';
      continue;
    }
    if (c.type === 'marker' && (prev === 'article' || prev === 'article-text')) {
      if (c.marker === 'dun') tw += 1;
      else if (c.marker === 'paren') prc += 1;
    }
    if (c.type === 'text' && prev === 'article') prev = 'article-text';
    else if (c.type !== 'marker' && c.type !== 'text') prev = c.type;
  }
  // Textual conventions; bounded counts so that a long text's quoting habit does not swamp structure.
  const count = (...words: string[]): number => {
    let n = 0;
    for (const w of words) {
      for (let at = foldedText.indexOf(w); at >= 0 && n < 5; at = foldedText.indexOf(w, at + w.length)) n++;
    }
    return Math.min(5, n);
  };
  tw += count('「') + count('主管机关') + count('中华民国');
  prc += count('本条例', '本办法', '本规定') + count('部门') + count('“') + count('人民代表大会');
  return tw > prc ? 'tw' : 'prc';
}
