/**
 * 第二十六第一項, 本法第四十四第二项: an article's number whose 条 was left out, with the path below it written on.
 * The scanner recognises the slip where it reads a path after it as that article's (scan.ts afterLabel); it hands
 * the number's span over here, so that reference.missing-counter reports what the scan already read, and no
 * second pattern looks for it.
 */
import type { Span, StructureNode } from '../types';
import { CN_NUMERAL_CHARS } from '../text/numerals';
import { ARTICLE_LEVEL, topLevel, type RawPath } from './grammar';

/** An article's number written without its 条 (第二十六 of 第二十六第一项), in source offsets. */
export interface CounterSlip {
  /** From 第 to the numeral's last character: the counter belongs right after it. */
  span: Span;
  /** The path written on after it (第一项 of 第二十六第一项), which the message quotes. */
  path: Span;
  /** The paragraph it stands in (incremental re-analysis reads a paragraph's slips again with its references). */
  paragraph?: StructureNode;
}

/**
 * 第十二第三項, 本法第二十二第二項: an article's number with its 条 left out. The path after it counts within
 * that article, which the slip keeps us from reading; it is not the citing article's own 第三項.
 */
export const LABEL_WITHOUT_COUNTER_RE = new RegExp(`第[${CN_NUMERAL_CHARS}]+$`, 'u');

/**
 * Where the number whose counter was left out stands, in the scan's text, when the path at `at` (read as
 * `path`) goes on from one: the path names a level below the article (第一项, 第一款), as only an article's number
 * can stand above. 第一、第二项 (a separator between) and 第八类第二项 (another counter) are no slip.
 */
export function counterLeftOut(s: string, at: number, path: RawPath | undefined): Span | undefined {
  if (!path || topLevel(path) <= ARTICLE_LEVEL) return undefined;
  const m = LABEL_WITHOUT_COUNTER_RE.exec(s.slice(Math.max(0, at - 9), at));
  return m ? { start: at - m[0].length, end: at } : undefined;
}
