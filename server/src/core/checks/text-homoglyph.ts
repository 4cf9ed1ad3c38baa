/** text.homoglyph — 笫 (bamboo mat) typed or OCR'd for 第 in labels and references. */
import { proseMatches } from '../prose';
import type { Check } from './types';

/** Look-alikes of 第 followed by a numeral and a unit: 笫五十四条. */
const LOOKALIKE = /[笫苐](?=[^\S\r\n]?[零〇一二两三四五六七八九十百千0-9０-９]+[^\S\r\n]?[编編章节節条條款项項目])/gu;

export const homoglyph: Check = {
  id: 'text.homoglyph',
  reach: 'line',
  title: { zh: '形近字误用', en: 'Look-alike character' },
  defaultSeverity: 'warning',
  fix: { kind: 'replace', applicability: 'safe' },
  run({ prose }, report) {
    for (const { at, m } of proseMatches(prose, LOOKALIKE)) {
      report({ span: { start: at, end: at + 1 }, message: { zh: `“${m[0]}”应为“第”`, en: `“${m[0]}” should be 第` }, data: { fix: '第' } });
    }
  },
};
