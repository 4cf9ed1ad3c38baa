/**
 * The 《titles》 a text's prose names: each one's place, the name it is looked up by, and a 修正 / 修订 year
 * note written with it. Only the running text of articles is read (the units the reference scan reads), so
 * the document's own title and its 题注 are never citations. Works on script-folded text.
 */
import type { ParseResult } from '../parse/parse';
import { rangeCount, rangeEnd, rangeStart } from '../parse/units';
import { firstAtOrAfter } from '../text/offsets';
import type { Span } from '../types';

/** A year note on a citation: 2021年修正的《…》, 《…》（2017年修正）, 《…（2017年修正）》. */
export interface YearNote {
  span: Span;
  year: number;
  kind: '修正' | '修订';
}

export interface TitleMention {
  /** From 《 to 》. */
  span: Span;
  /** The title as looked up: folded, the year note inside the brackets left out. */
  name: string;
  /** The same as the draft writes it (its own script), for messages. */
  written: string;
  note?: YearNote;
  /** Where the text after the title (and a year note after it) goes on: a provision may start there. */
  after: number;
  /** An abbreviation introduced here, as 《中华人民共和国行政处罚法》（以下简称《行政处罚法》） writes it. */
  abbreviation?: Span;
  /**
   * Its sentence repeals it, says it no longer applies (……同时废止) or speaks of the time before this text
   * (本法施行前依照《…》设立的): the title names an old law on purpose.
   */
  historical?: true;
  /** Named without 《》 (bare.ts): 依照刑法第十七条. */
  bare?: true;
}

/** A sentence that ends a law's force (……同时废止, 不再执行) or speaks of the time before this text. */
const HISTORICAL = /废止|失效|停止执行|不再执行|不再适用|施行(?:以|之)?前/u;
/** Words right before a title that name the law as it was: 原《城市规划法》, 依照当时的《…》. */
const AS_IT_WAS_BEFORE = /(?:原|当时(?:有效|施行|适用)?的)$/u;
/**
 * Words right after a title (and the titles listed with it) that speak of what was done under it, or of the
 * time before it: 依据《中外合资经营企业法》《外资企业法》设立的企业, 《城市规划法》实施前建成的房屋. Read only
 * right after the title: 实施前 elsewhere in a sentence is a project's (项目实施前应当依照《…》).
 */
const AS_IT_WAS_AFTER = /(?:[、和及与或]?《[^》\n]{1,60}》)*(?:(?:施行|实施|生效)(?:以|之)?前|(?:的?规定)?(?:批准)?(?:设立|成立))/uy;
const SENTENCE_END = /[。；;！\n]/u;

const NOTE_BEFORE = /(\d{4})年(修正|修订)(?:的|后的|版)?$/u;
const NOTE_AFTER = /[（(](\d{4})年(修正|修订)(?:本|文本|版)?[）)]/uy;
const NOTE_INSIDE = /[（(](\d{4})年(修正|修订)(?:本|文本|版)?[）)]$/u;
/** An abbreviation right after a title: （以下简称《行政处罚法》） or （以下简称行政处罚法）. */
const ABBREVIATION = /[（(]以下(?:简称|称)(?:为)?[“"]?(《[^》]{1,30}》|[^）)”"《]{1,30})[”"]?[）)]/uy;

/** The 《titles》 of the parse's units, in text order (nested 〈〉 titles stay inside their title). */
export function readTitles(parsed: ParseResult): TitleMention[] {
  const s = parsed.folded;
  const out: TitleMention[] = [];
  if (!s.includes('《')) return out;
  // Where every 《 stands, found once: a search from each unit would read on to the next 《, wherever it is.
  const opens: number[] = [];
  for (let i = s.indexOf('《'); i >= 0; i = s.indexOf('《', i + 1)) opens.push(i);
  for (const unit of parsed.units) {
    for (let k = 0; k < rangeCount(unit); k++) {
      const from = rangeStart(unit, k);
      const to = rangeEnd(unit, k);
      let skipTo = from;
      for (let j = firstAtOrAfter(opens, from); j < opens.length && (opens[j] as number) < to; j++) {
        const open = opens[j] as number;
        if (open < skipTo) continue;
        const close = indexWithin(s, CLOSE, open + 1, to);
        if (close < 0) break;
        const mention = readTitle(s, parsed.source, open, close, from, to);
        if (mention) out.push(mention);
        // An abbreviation's own 《short》 is where the short form is introduced, not a citation.
        skipTo = mention?.abbreviation ? mention.abbreviation.end : close + 1;
      }
    }
  }
  return out;
}

const CLOSE = 0x300b; // 》

/** The first `code` in `s[from, end)`, or -1: never a search past the range. */
function indexWithin(s: string, code: number, from: number, end: number): number {
  for (let i = from; i < end; i++) if (s.charCodeAt(i) === code) return i;
  return -1;
}

function readTitle(s: string, source: string, open: number, close: number, from: number, to: number): TitleMention | undefined {
  let inner = s.slice(open + 1, close).replace(/[\s\u3000]+/gu, '');
  // Folding keeps lengths: the source's title, spaces dropped, has the folded one's length.
  let written = source.slice(open + 1, close).replace(/[\s\u3000]+/gu, '');
  if (inner === '' || inner.includes('《')) return undefined;
  let note: YearNote | undefined;
  const insideNote = NOTE_INSIDE.exec(inner);
  if (insideNote) {
    const at = open + 1 + s.slice(open + 1, close).lastIndexOf(insideNote[0]);
    note = { span: { start: at, end: at + insideNote[0].length }, year: Number(insideNote[1]), kind: insideNote[2] as YearNote['kind'] };
    inner = inner.slice(0, inner.length - insideNote[0].length);
    written = written.slice(0, inner.length);
  }
  let after = close + 1;
  NOTE_AFTER.lastIndex = after;
  const afterNote = after < to ? NOTE_AFTER.exec(s) : null;
  if (afterNote && afterNote.index + afterNote[0].length <= to) {
    note ??= { span: { start: after, end: after + afterNote[0].length }, year: Number(afterNote[1]), kind: afterNote[2] as YearNote['kind'] };
    after += afterNote[0].length;
  }
  const beforeNote = NOTE_BEFORE.exec(s.slice(Math.max(from, open - 10), open));
  if (beforeNote && !note) {
    const start = open - beforeNote[0].length;
    note = { span: { start, end: start + 4 + 1 + 2 }, year: Number(beforeNote[1]), kind: beforeNote[2] as YearNote['kind'] };
  }
  const mention: TitleMention = { span: { start: open, end: close + 1 }, name: inner, written, after };
  if (note) mention.note = note;
  if (isHistorical(s, open, close + 1, from, to) || namesItAsItWas(s, open, close + 1, from, to)) mention.historical = true;
  ABBREVIATION.lastIndex = after;
  const abbreviation = ABBREVIATION.exec(s);
  if (abbreviation && abbreviation.index + abbreviation[0].length <= to) {
    const at = abbreviation.index + abbreviation[0].indexOf(abbreviation[1] as string);
    mention.abbreviation = { start: at, end: at + (abbreviation[1] as string).length };
    mention.after = abbreviation.index + abbreviation[0].length;
  }
  return mention;
}

/** Whether the sentence of [start, end), within its range [from, to), repeals a law or speaks of the time before this text. */
export function isHistorical(s: string, start: number, end: number, from: number, to: number): boolean {
  return HISTORICAL.test(sentenceAround(s, start, end, from, to));
}

/** The title [open, end) is named as the law it was: 原《…》, or what was set up under it, or the time before it. */
function namesItAsItWas(s: string, open: number, end: number, from: number, to: number): boolean {
  if (AS_IT_WAS_BEFORE.test(s.slice(Math.max(from, open - 6), open))) return true;
  AS_IT_WAS_AFTER.lastIndex = end;
  const m = AS_IT_WAS_AFTER.exec(s);
  return m !== null && m.index + m[0].length <= to;
}

/** The sentence of [start, end) within its range [from, to). */
function sentenceAround(s: string, start: number, end: number, from: number, to: number): string {
  let a = start;
  while (a > from && !SENTENCE_END.test(s[a - 1] as string)) a--;
  let b = end;
  while (b < to && !SENTENCE_END.test(s[b] as string)) b++;
  return s.slice(a, b);
}
