/**
 * punctuation.doubled (PUN-11), punctuation.list-comma (PUN-03, PUN-05) and punctuation.item-marker (PUN-06):
 * small mechanical errors of pasted and edited text, each with the minimal fix.
 */
import { proseMatches } from './text-scan';
import type { Check } from './types';

const DOUBLED = /([，。；：、！？])\1+|[，；][。]|[。][，；]/gu;

export const doubled: Check = {
  id: 'punctuation.doubled',
  title: { zh: '标点重复或冲突', en: 'Doubled or conflicting punctuation' },
  defaultSeverity: 'warning',
  run({ parsed }, report) {
    for (const { at, m } of proseMatches(parsed, DOUBLED)) {
      const same = m[1] !== undefined;
      report({
        span: { start: at, end: at + m[0].length },
        message: same ? { zh: `标点“${m[1]}”重复`, en: `Doubled “${m[1]}”` } : { zh: `标点“${m[0]}”冲突，只保留一个`, en: `Conflicting punctuation “${m[0]}”: keep one` },
        data: same ? { fix: m[1] as string } : undefined,
      });
    }
  },
};

export const listComma: Check = {
  id: 'punctuation.list-comma',
  title: { zh: '顿号误用（“等”前、并列书名号间）', en: 'Enumeration comma before 等 or between titles' },
  defaultSeverity: 'warning',
  run({ parsed }, report) {
    for (const { at } of proseMatches(parsed, /、(?=等)|(?<=》)、(?=《)/gu)) {
      const beforeDeng = parsed.source[at + 1] === '等';
      report({
        span: { start: at, end: at + 1 },
        message: beforeDeng ? { zh: '“等”前不用顿号', en: 'No 、 before 等' } : { zh: '并列书名号之间不用顿号', en: 'No 、 between adjacent 《titles》' },
        data: { fix: '' },
      });
    }
  },
};

export const itemMarker: Check = {
  id: 'punctuation.item-marker',
  title: { zh: '带括号的序号后不加标点', en: 'No punctuation after a bracketed item marker' },
  defaultSeverity: 'warning',
  run({ parsed }, report) {
    for (const { at: lineAt, m } of proseMatches(parsed, /^[\s\u3000]*[（(][一二三四五六七八九十0-9]+[）)]([、.．，,])/gu)) {
      const at = lineAt + m[0].length - 1;
      report({ span: { start: at, end: at + 1 }, message: { zh: `“（一）”等序号后不加“${m[1]}”`, en: `No “${m[1]}” after a bracketed item marker` }, data: { fix: '' } });
    }
  },
};
