/** punctuation.item-marker: a mark after a bracketed item marker (（一）、), fixed by deleting it. */
import { proseMatches } from '../prose';
import type { Check } from './types';

export const itemMarker: Check = {
  id: 'punctuation.item-marker',
  reach: 'line',
  title: { zh: '带括号的序号后不加标点', en: 'No punctuation after a bracketed item marker' },
  defaultSeverity: 'warning',
  fix: { kind: 'replace', applicability: 'safe' },
  run({ prose }, report) {
    for (const { at: lineAt, m } of proseMatches(prose, /^[^\S\r\n]*[（(][一二三四五六七八九十0-9]+[）)]([、.．，,])/gmu)) {
      const at = lineAt + m[0].length - 1;
      report({ span: { start: at, end: at + 1 }, message: { zh: `“（一）”等序号后不加“${m[1]}”`, en: `No “${m[1]}” after a bracketed item marker` }, data: { fix: '' } });
    }
  },
};
