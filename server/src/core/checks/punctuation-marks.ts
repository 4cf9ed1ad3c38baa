/**
 * punctuation.doubled, punctuation.list-comma, punctuation.item-marker and punctuation.straight-quotes:
 * small mechanical errors of pasted and edited text, each with the minimal fix.
 */
import { isHan } from '../text/chars';
import { isCjk, type Prose, proseMatches } from './text-scan';
import type { Check } from './types';

const DOUBLED = /([，。；：、！？])\1+|[，；][。]|[。][，；]/gu;

/** Runs of two or more of those marks: the only places DOUBLED can match (a fast first search). */
const MARK_RUN = /[，。；：、！？]{2,}/gu;

/** The matches of DOUBLED in the prose, read inside each run of marks (no match reaches beyond its run). */
function* doubledMarks(prose: Prose): Generator<{ at: number; m: RegExpMatchArray }> {
  for (const run of proseMatches(prose, MARK_RUN)) {
    for (const m of run.m[0].matchAll(DOUBLED)) yield { at: run.at + (m.index ?? 0), m };
  }
}

export const doubled: Check = {
  id: 'punctuation.doubled',
  reach: 'line',
  title: { zh: '标点重复或冲突', en: 'Doubled or conflicting punctuation' },
  defaultSeverity: 'warning',
  fix: { kind: 'replace', applicability: 'safe' },
  run({ prose }, report) {
    for (const { at, m } of doubledMarks(prose)) {
      const same = m[1] !== undefined;
      report({
        span: { start: at, end: at + m[0].length },
        message: same ? { zh: `标点“${m[1]}”重复`, en: `Doubled “${m[1]}”` } : { zh: `标点“${m[0]}”冲突，只保留一个`, en: `Conflicting punctuation “${m[0]}”: keep one` },
        data: same ? { fix: m[1] as string } : undefined,
      });
    }
  },
};

/** Words that start with 等 (等级, 等阶, 等次 …), read in the folded text so 等級 and 等階 count too. */
const WORD_FROM_DENG = /^等[级阶次第同候待价值额量效于距高]/u;

/** Whether the 《title》 at `at` is followed by 副本 / 正本 / 复印件 (a phrase of its own, not a bare title). */
function phraseAfterTitle(s: string, at: number): boolean {
  const close = s.indexOf('》', at);
  return close >= 0 && close - at < 100 && /^(?:副本|正本|复印件|原件)/u.test(s.slice(close + 1, close + 4));
}

export const listComma: Check = {
  id: 'punctuation.list-comma',
  reach: 'line',
  title: { zh: '顿号误用（“等”前、并列书名号间）', en: 'Enumeration comma before 等 or between titles' },
  defaultSeverity: 'warning',
  fix: { kind: 'replace', applicability: 'safe' },
  run({ parsed, prose }, report) {
    // 、 before 等, or between 》 and 《 (the 》 checked on the match: a lookbehind would run at every position).
    for (const { at } of proseMatches(prose, /、(?=[等《])/gu)) {
      const beforeDeng = parsed.source[at + 1] === '等';
      if (!beforeDeng && parsed.source[at - 1] !== '》') continue;
      // 面积、等级 / 等階: 等 starts the next word of the list; 《执照》、《执照》副本: the second title is part of a phrase.
      if (beforeDeng ? WORD_FROM_DENG.test(parsed.folded.slice(at + 1, at + 3)) : phraseAfterTitle(parsed.source, at + 1)) continue;
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

const QUOTES: Readonly<Record<string, [string, string]>> = { '"': ['“', '”'], "'": ['‘', '’'] };

export const straightQuotes: Check = {
  id: 'punctuation.straight-quotes',
  reach: 'line',
  title: { zh: '中文中的直引号', en: 'Straight quotes in Chinese text' },
  defaultSeverity: 'warning',
  fix: { kind: 'replace', applicability: 'safe' },
  run({ parsed, prose }, report) {
    const s = parsed.source;
    // Quotes are paired within their line: collected per line from one pass over the prose.
    for (const [mark, [open, close]] of Object.entries(QUOTES)) {
      let line: number[] = [];
      let lineEnd = -1;
      const flush = (): void => {
        pairQuotes(s, mark, open, close, line, report);
        line = [];
      };
      for (const { at } of proseMatches(prose, mark === '"' ? /"/gu : /'/gu)) {
        if (at > lineEnd) {
          flush();
          lineEnd = endOfLine(s, at);
        }
        line.push(at);
      }
      flush();
    }
  },
};

/** The end of the line holding `at` (the offset of its line break, or the end of the text). */
function endOfLine(s: string, at: number): number {
  // Read forward within the line: an indexOf for a break the text may not have would read to its end.
  let i = at;
  while (i < s.length && s.charCodeAt(i) !== 10 && s.charCodeAt(i) !== 13) i++;
  return i;
}

/**
 * The quotes `at` of one line, paired in order; a pair is Chinese when it encloses Han text (an apostrophe in
 * English never does) or, for double quotes, when Chinese stands right outside it.
 */
function pairQuotes(s: string, mark: string, open: string, close: string, at: readonly number[], report: Parameters<Check['run']>[1]): void {
  for (let k = 0; k + 1 < at.length; k += 2) {
    const a = at[k] as number;
    const b = at[k + 1] as number;
    const chinese = hasHan(s, a + 1, b) || (mark === '"' && (isCjk(s[a - 1]) || isCjk(s[b + 1])));
    if (!chinese) continue;
    report({ span: { start: a, end: a + 1 }, message: { zh: `中文中应改用弯引号 ${open}`, en: `Use the curly quote ${open} in Chinese text` }, data: { fix: open } });
    report({ span: { start: b, end: b + 1 }, message: { zh: `中文中应改用弯引号 ${close}`, en: `Use the curly quote ${close} in Chinese text` }, data: { fix: close } });
  }
  const last = at.length % 2 === 1 ? (at[at.length - 1] as number) : undefined;
  if (last !== undefined && mark === '"' && (isCjk(s[last - 1]) || isCjk(s[last + 1]))) {
    report({ span: { start: last, end: last + 1 }, message: { zh: '直引号没有配对，请改为“或”', en: 'Unpaired straight quote: use “ or ”' } });
  }
}

function hasHan(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isHan(s[i])) return true;
  return false;
}
