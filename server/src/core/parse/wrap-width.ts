/**
 * The width at which a copy hard-wrapped its lines (the Ministry's database prints earlier versions of Taiwan
 * regulations at about 34 ideographs a line, every continuation line set in like the one above), for telling a
 * paragraph's last line from a wrapped one: a line that ends its sentence short of that width ends the paragraph.
 */
import type { LineClass } from './classify';
import { endsSentence } from './sentence-end';
import { hasBoxDrawing } from '../text/chars';

/** The display width of `s[start, end)`: ideographs and full-width forms count two columns, the rest one. */
export function displayWidth(s: string, start: number, end: number): number {
  let w = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    w += c < 0x1100 || (c >= 0xff61 && c <= 0xffdc) || (c >= 0xffe8 && c <= 0xffee) ? 1 : 2;
  }
  return w;
}

/** Lines narrower than this are never read as wrapped at the width: a short line tells nothing. */
const MIN_WRAP = 40;
/** How many lines must stop at the same width, and what share of the lines that end no sentence, for a wrap. */
const MIN_LINES = 8;
const MIN_SHARE = 0.3;

/**
 * The most common width (from the line's start, its indent included) of the lines that end no sentence and draw
 * no table, when enough of them stop there to be a hard wrap rather than chance; 0 when the text is not wrapped
 * (one paragraph a line, as the law database's current texts and the Legislative Yuan's). Lines one column short
 * of it count for it: a half-width character moves a wrapped line's end by one.
 */
export function wrapWidth(text: string, folded: string, starts: readonly number[], froms: readonly number[], tos: readonly number[], classes: readonly LineClass[]): number {
  const counts = new Map<number, number>();
  let open = 0;
  for (let i = 0; i < starts.length; i++) {
    const w = wrapCount(text, folded, starts[i] as number, froms[i] as number, tos[i] as number, classes[i] as LineClass);
    if (w < 0) continue;
    open++;
    if (w >= MIN_WRAP) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [w, n] of counts) {
    const around = n + (counts.get(w - 1) ?? 0);
    if (around > bestCount || (around === bestCount && w > best)) {
      best = w;
      bestCount = around;
    }
  }
  return bestCount >= MIN_LINES && bestCount >= open * MIN_SHARE ? best : 0;
}

/**
 * What line `[ls + from, ls + to)` (of class `c`) counts towards the wrap width: its width when it ends no sentence and
 * draws no table, -1 when it does not count. reads-alike.ts asks it of an edited line: while it counts the same, the
 * width read from the whole text stays.
 */
export function wrapCount(text: string, folded: string, ls: number, from: number, to: number, c: LineClass): number {
  // MIN_WRAP columns hold at least MIN_WRAP / 2 characters.
  if (to - from < MIN_WRAP / 2 - 2 || endsSentence(folded, ls + from, ls + to) || hasBoxDrawing(folded, ls + from, ls + to)) return -1;
  return lineWidth(text, ls, to, c);
}

/**
 * The width of a line up to `to`, its indent included; an article's line from its text (`第 12 條 ` takes the width of
 * a few ideographs, and the copy wraps the text after it at the body's width).
 */
function lineWidth(text: string, ls: number, to: number, c: LineClass): number {
  return displayWidth(text, ls + (c.type === 'article' ? c.textStart : 0), ls + to);
}

/**
 * How many columns line `[ls, ls + to)` (of class `c`) stops short of the wrap width `wrap`. More than two (one
 * ideograph's width to spare): the line ends what it holds. Exactly two: the copy may wrap there (a character that
 * would not fit) or the line may end its paragraph. Less: it reaches the width.
 */
export function columnsShortOfWrap(text: string, ls: number, to: number, c: LineClass, wrap: number): number {
  return wrap - lineWidth(text, ls, to, c);
}

/** Columns short of the wrap width within which a line still reaches it (one ideograph's width). */
export const ONE_IDEOGRAPH = 2;
