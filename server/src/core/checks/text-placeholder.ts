/**
 * text.placeholder — 本条例自 年 月 日起施行 (blanks often U+3000), ××: unfilled placeholders in a draft (PUN-09).
 * Information while drafting; an error once the text is marked final (setting / `.lexdraft.json` `stage`,
 * CLI `--stage final`).
 */
import { firstAtOrAfter } from '../text/offsets';
import { proseMatches } from './text-scan';
import type { Check } from './types';

const P = '[0-9０-９×xX＊*○〇□_＿]';
const DATE_SHAPE = new RegExp(`自[^\\S\\r\\n]*(${P}{0,4})[^\\S\\r\\n]*年[^\\S\\r\\n]*(${P}{0,2})[^\\S\\r\\n]*月[^\\S\\r\\n]*(${P}{0,2})[^\\S\\r\\n]*日起施行`, 'gu');
const COMPLETE = /^自[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日起施行$/u;
/** Runs of placeholder marks; xx counts only between Han characters (checked on each match, not by a lookbehind at every position). */
const MARKS = /[×＊○□]{2,}|[xX]{2,}/gu;

export const placeholder: Check = {
  id: 'text.placeholder',
  reach: 'line',
  title: { zh: '未填写的占位内容', en: 'Unfilled placeholder' },
  defaultSeverity: 'information',
  run({ parsed, options }, report) {
    const severity = options.stage === 'final' ? 'error' : undefined;
    // Where the blank dates stand, in text order (they do not overlap): a mark inside one is part of it.
    const dateStarts: number[] = [];
    const dateEnds: number[] = [];
    for (const { at, m } of proseMatches(parsed, DATE_SHAPE)) {
      if (COMPLETE.test(m[0])) continue;
      const span = { start: at, end: at + m[0].length };
      dateStarts.push(span.start);
      dateEnds.push(span.end);
      report({ span, severity, message: { zh: '施行日期待定：年、月、日尚未填写', en: 'The effective date is not filled in yet' } });
    }
    for (const { at, m } of proseMatches(parsed, MARKS)) {
      if ((m[0][0] === 'x' || m[0][0] === 'X') && !(hanAt(parsed.source, at - 1) && hanAt(parsed.source, at + m[0].length))) continue;
      // The first date ending after the mark holds it if it starts at or before it. By a search, not by
      // looking at every date for every mark: a template of 16,000 blank dates took 0.6 s.
      const d = firstAtOrAfter(dateEnds, at + 1);
      if (d < dateEnds.length && (dateStarts[d] as number) <= at) continue;
      report({ span: { start: at, end: at + m[0].length }, severity, message: { zh: `占位符“${m[0]}”尚未填写`, en: `Placeholder “${m[0]}” is not filled in` } });
    }
  },
};

function hanAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 0x4e00 && c <= 0x9fff;
}
