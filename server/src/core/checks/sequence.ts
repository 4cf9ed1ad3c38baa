/** Shared logic for "these units must run 1, 2, 3 … in order". */
import type { Jurisdiction } from '../text/numerals';
import type { Severity, StructureNode } from '../types';
import { labelEn, labelZh } from './labels';
import type { Report } from './types';
import { labelSpanOf, numeralSpanOf } from '../parse/nodes';

export interface SequenceOptions {
  jurisdiction: Jurisdiction;
  /** Where the numbering restarts, for messages: 本章 / this chapter. */
  scope?: { zh: string; en: string };
  report: Report;
  /** Severity when a list of items starts at （二）: likely a lost Word auto-number. */
  lostFirstSeverity?: Severity;
  /** A restart at 1 is reported as "numbering must be continuous" (articles, continuous chapters). */
  restartMessage?: { zh: string; en: string };
  /** The number the list must start at, when not 1. */
  start?: number;
}

function range(kind: StructureNode['kind'], from: number, to: number, j: Jurisdiction): { zh: string; en: string } {
  if (from === to) return { zh: labelZh(kind, from, j), en: labelEn(kind, from) };
  return { zh: `${labelZh(kind, from, j)}至${labelZh(kind, to, j)}`, en: `${labelEn(kind, from)} to ${to}` };
}

/**
 * Reports gaps, duplicates and out-of-order numbers in `nodes`, expected to run 1..n. After each break
 * the expectation resynchronises on the number found, so one mistake gives one finding.
 */
export function checkSequence(listed: readonly StructureNode[], o: SequenceOptions): void {
  // An inserted unit (第五章之一, 第八节之一) follows its own and takes no number of the sequence.
  const nodes = listed.some((n) => n.sub > 0) ? listed.filter((n) => n.sub === 0) : listed;
  let expected = o.start ?? 1;
  let prev: StructureNode | undefined;
  // The first node of each number since the last restart. Only a number not above the largest one seen
  // can repeat one, which is rare: the map is made then, from the nodes since the restart (made for every
  // list, it was a map per paragraph's items, nearly all of them never read).
  let seen: Map<number, StructureNode> | undefined;
  let since = 0;
  let most = -Infinity;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as StructureNode;
    const n = node.number;
    const kind = node.kind;
    const restart = o.restartMessage !== undefined && n === 1 && prev !== undefined && prev.number > 1;
    let first: StructureNode | undefined;
    // A restart is reported as one and forgets the numbers before it: no map for it (a text of ten
    // codes one after another made one of every code's articles).
    if (n <= most && !restart) {
      if (!seen) {
        seen = new Map();
        for (let j = since; j < i; j++) {
          const x = nodes[j] as StructureNode;
          if (!seen.has(x.number)) seen.set(x.number, x);
        }
      }
      first = seen.get(n);
    }
    if (restart && o.restartMessage && prev) {
      o.report({
        span: numeralSpanOf(node),
        message: o.restartMessage,
        related: [{ span: labelSpanOf(prev), message: { zh: `上一${unitOf(kind)}为${labelZh(kind, prev.number, o.jurisdiction)}`, en: `The previous one is ${labelEn(kind, prev.number)}` } }],
        data: { expected, found: n },
      });
      seen = undefined;
      since = i;
      most = -Infinity;
    } else if (first) {
      o.report({
        span: numeralSpanOf(node),
        message: { zh: `${unitOf(kind)}的序号重复（${labelZh(kind, n, o.jurisdiction)}）`, en: `Duplicate ${labelEn(kind, n)}` },
        related: [{ span: labelSpanOf(first), message: { zh: `${labelZh(kind, n, o.jurisdiction)}首次出现于此`, en: `${labelEn(kind, n)} first appears here` } }],
        data: { expected, found: n },
      });
    } else if (n > expected) {
      const missing = range(kind, expected, n - 1, o.jurisdiction);
      const lostFirst = o.lostFirstSeverity && expected === 1 && !prev;
      o.report({
        span: numeralSpanOf(node),
        severity: lostFirst ? o.lostFirstSeverity : undefined,
        message: lostFirst
          ? { zh: `缺少${missing.zh}（可能为自动编号丢失）`, en: `Missing ${missing.en} (perhaps a lost automatic number)` }
          : prev
            ? {
                zh: `缺少${missing.zh}：${unitOf(kind)}的序号应连续（上一${unitOf(kind)}为${labelZh(kind, prev.number, o.jurisdiction)}）`,
                en: `Missing ${missing.en}: numbering must be continuous (the previous one is ${labelEn(kind, prev.number)})`,
              }
            : { zh: `缺少${missing.zh}：${unitOf(kind)}的序号应从${labelZh(kind, 1, o.jurisdiction)}起`, en: `Missing ${missing.en}: numbering must start at 1` },
        related: prev ? [{ span: labelSpanOf(prev), message: { zh: '上一处编号', en: 'The previous number' } }] : undefined,
        data: { expected, found: n },
      });
    } else if (n < expected) {
      o.report({
        span: numeralSpanOf(node),
        message: {
          zh: `${unitOf(kind)}的序号顺序错误：${labelZh(kind, n, o.jurisdiction)}出现在${labelZh(kind, prev?.number ?? 0, o.jurisdiction)}之后`,
          en: `Out of order: ${labelEn(kind, n)} comes after ${labelEn(kind, prev?.number ?? 0)}`,
        },
        related: prev ? [{ span: labelSpanOf(prev), message: { zh: '上一处编号', en: 'The previous number' } }] : undefined,
        data: { expected, found: n },
      });
    }
    if (seen && !seen.has(n)) seen.set(n, node);
    most = Math.max(most, n);
    expected = Math.max(expected, n + 1);
    if (o.restartMessage && n === 1) expected = 2;
    prev = node;
  }
}

function unitOf(kind: StructureNode['kind']): string {
  return kind === 'item' ? '项' : kind === 'subitem' ? '目' : kind === 'paragraph' ? '款' : labelZh(kind, 1).slice(2);
}
