/**
 * Instructions for words changed inside one 款 or 项: 将……中的“A”修改为“B”, 删去……中的“A”,
 * 在……中的“A”后增加“B”. A quoted phrase must name one place: when it occurs more than once in the unit
 * named (a 款 with its items) it is widened with the unchanged words before it (or after it), a whole word at
 * a time, until it is unique: “全体公民放假的假日”, never “体公民放假的假日”.
 */
import { diffWords, tokens, type DiffSpan } from './diff';

/** A line is rewritten whole rather than word by word past this many changes or this share of changed text. */
const MAX_CHANGES = 3;
const MAX_CHANGED_SHARE = 0.4;

export interface Words {
  /** 删去 or 删除 (house style). */
  deleteWord: string;
}

/**
 * The word instructions for one line, or undefined when the line is better rewritten whole. `scope` is the
 * text the place names (a 款 with its items), where a quotation must name one place.
 */
export function wordInstructions(where: string, before: string, after: string, w: Words, scope: string = before): string[] | undefined {
  const spans = diffWords(before, after);
  const changes: Array<{ left: string; del: string; ins: string; right: string }> = [];
  let changed = 0;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k] as DiffSpan;
    if (s.op === 'equal') continue;
    const next = spans[k + 1];
    const del = s.op === 'delete' ? s.text : '';
    const ins = s.op === 'insert' ? s.text : next?.op === 'insert' ? next.text : '';
    if (s.op === 'delete' && next?.op === 'insert') k++;
    changes.push({ left: lastEqual(spans, k - (del && ins ? 1 : 0)), del, ins, right: firstEqual(spans, k + 1) });
    changed += Math.max(del.length, ins.length);
  }
  if (changes.length === 0 || changes.length > MAX_CHANGES || changed > MAX_CHANGED_SHARE * Math.max(before.length, 1)) return undefined;
  const out = changes.map((c) => phrase(where, scope, c, w));
  return out.every((x) => x !== undefined) ? (out as string[]) : undefined;
}

/** The unchanged text just before span k (back to the previous change). */
function lastEqual(spans: readonly DiffSpan[], k: number): string {
  const s = spans[k - 1];
  return s?.op === 'equal' ? s.text : '';
}

/** The unchanged text just after span k (up to the next change). */
function firstEqual(spans: readonly DiffSpan[], k: number): string {
  const s = spans[k];
  return s?.op === 'equal' ? s.text : '';
}

function occurrences(text: string, part: string): number {
  let n = 0;
  for (let at = text.indexOf(part); at >= 0 && part; at = text.indexOf(part, at + 1)) n++;
  return n;
}

/** How many characters of `s` a quotation may take from its end (growing leftwards), whole words only: 0 first. */
function fromEnd(s: string): number[] {
  let at = 0;
  const starts = [0, ...tokens(s).map((t) => (at += t.length))].slice(0, -1);
  return [0, ...starts.reverse().map((st) => s.length - st)];
}

/** How many characters of `s` a quotation may take from its start, whole words only, shortest first. */
function fromStart(s: string): number[] {
  let at = 0;
  return tokens(s).map((t) => (at += t.length));
}

/** The change widened with unchanged words around it until its old words name one place in the scope; undefined if none does. */
function widen(scope: string, c: { left: string; del: string; ins: string; right: string }): { del: string; ins: string } | undefined {
  for (const k of fromEnd(c.left)) {
    const pre = c.left.slice(c.left.length - k);
    if (pre + c.del && occurrences(scope, pre + c.del) === 1) return { del: pre + c.del, ins: pre + c.ins };
  }
  for (const k of fromStart(c.right)) {
    const post = c.right.slice(0, k);
    if (occurrences(scope, c.left + c.del + post) === 1) return { del: c.left + c.del + post, ins: c.left + c.ins + post };
  }
  return occurrences(scope, c.left + c.del + c.right) === 1 ? { del: c.left + c.del + c.right, ins: c.left + c.ins + c.right } : undefined;
}

function phrase(where: string, scope: string, c: { left: string; del: string; ins: string; right: string }, w: Words): string | undefined {
  if (c.del) {
    const widened = widen(scope, c);
    if (!widened) return undefined;
    const { del, ins } = widened;
    if (!c.ins) return del === c.del ? `${w.deleteWord}${where}中的“${del}”。` : `将${where}中的“${del}”修改为“${ins}”。`;
    return `将${where}中的“${del}”修改为“${ins}”。`;
  }
  // Pure insertion: anchored on the words before it, or (at the line's start) after it; else none.
  for (const k of fromEnd(c.left).slice(1)) {
    const pre = c.left.slice(c.left.length - k);
    if (occurrences(scope, pre) === 1) return `在${where}中的“${pre}”后增加“${c.ins}”。`;
  }
  for (const k of fromStart(c.right)) {
    const post = c.right.slice(0, k);
    if (occurrences(scope, post) === 1) return `在${where}中的“${post}”前增加“${c.ins}”。`;
  }
  return undefined;
}
