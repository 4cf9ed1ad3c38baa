/**
 * Encoding damage: Chinese text whose bytes were decoded with the wrong codec (issue 7, text.mojibake).
 *
 * Detection scores characters by how ordinary they are in Chinese text, using the layout of the GBK code
 * itself rather than a frequency table: the 3,755 level-1 characters of GB 2312 (rows B0–D7), its
 * punctuation rows (A1, A3), and the Traditional forms of those characters. Mis-decoded text is dense in
 * everything else: level-2 characters, box drawing, bopomofo, Greek, private-use characters.
 *
 * Repair re-encodes a damaged run with iconv-lite and decodes it the right way; it is offered only when the
 * result is valid (no replacement character, no private-use character) and ordinary. Three shapes are tried:
 * - UTF-8 bytes read as GBK (鍏徃 → 公司);
 * - GBK bytes read one byte out of step after a lost byte (`?。ㄒ唬┗` → `（一）`), which ends where an
 *   ASCII byte puts the decoder back in step;
 * - GBK or UTF-8 bytes read as Latin-1 / Windows-1252 (¹«Ë¾ → 公司, å…¬å¸ → 公司).
 * Bytes lost before the text was saved cannot be recovered: such repairs are marked lossy.
 *
 * Unusual characters alone are no evidence: correct texts write Greek letters, box drawing and the level-2
 * hanzi of a trade (艏, 舯, 鈹) too. A run is reported only with evidence a correct text never has: a repair
 * that makes it ordinary, or a mark of lost bytes (a `?` beside it, U+FFFD, private-use or control
 * characters). See repairRun.
 */
import type * as Iconv from 'iconv-lite';
import { FOLD_FROM, FOLD_TO } from './fold-table.generated';
import { GBK_ORDINARY } from './gbk-table.generated';

let iconvModule: typeof Iconv | undefined;
/**
 * iconv-lite, loaded on first use: its code tables are a good part of what loading the CLI costs, and only
 * a text with a damaged-looking stretch to repair needs them.
 */
function iconv(): typeof Iconv {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (iconvModule ??= require('iconv-lite') as typeof Iconv);
}

/** Code points GBK puts among ordinary Chinese text: level-1 hanzi, their Traditional forms, punctuation. */
const ORDINARY: Uint8Array = (() => {
  const t = new Uint8Array(0x10000);
  // The rows' characters come generated (gbk-table.generated.ts): decoding them here needed the GBK codec
  // for every text, where only a text with something to repair needs it.
  for (let i = 0; i < GBK_ORDINARY.length; i++) t[GBK_ORDINARY.charCodeAt(i)] = 1;
  for (let i = 0; i < FOLD_FROM.length; i++) if (t[FOLD_TO.charCodeAt(i)]) t[FOLD_FROM.charCodeAt(i)] = 1;
  for (let c = 0; c < 0x80; c++) t[c] = 1;
  t[0x3000] = 1;
  t.fill(0, 0xd800, 0xe000); // a surrogate is never ordinary (an astral character, or half of one)
  // Quotation marks and dashes drafters type that GBK keeps in other rows.
  for (const ch of '「」『』〔〕–—―…‘’“”·•') t[ch.charCodeAt(0)] = 1;
  // Big5's middle dot (‧, U+2027), which Taiwan texts write between the parts of a name or a formula's factors.
  t[0x2027] = 1;
  // Vertical presentation forms (︵ ︶ ﹁ ︐ …): the brackets and commas of text set vertically, as in the
  // column headers of a table drawn in plain text, not bytes read wrongly.
  t.fill(1, 0xfe10, 0xfe1a);
  t.fill(1, 0xfe30, 0xfe50);
  // Zero-width spaces and joiners are invisible formatting pasted from web pages, not bytes read wrongly.
  for (const c of [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]) t[c] = 1;
  return t;
})();

/** An unusual character for Chinese prose (not ASCII, not ordinary in the sense above). */
export function isUnusual(ch: string): boolean {
  const c = ch.charCodeAt(0);
  // The table first: almost every character of a draft is ordinary, and the space test is a regex.
  if (c < 0x80 || ORDINARY[c] === 1) return false;
  return !SPACE.test(ch);
}

/** Private-use and control characters: bytes that were not meant to be read this way. */
function foreignCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0xe000 && c <= 0xf8ff) || (c < 0x20 && c !== 9 && c !== 10 && c !== 13)) n++;
  }
  return n;
}

function hasAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) < 0x80) return true;
  return false;
}

function unusualCount(text: string): number {
  let n = 0;
  for (const ch of text) if (isUnusual(ch)) n++;
  return n;
}

export type DamageKind = 'utf8-as-gbk' | 'gbk-shifted' | 'latin1' | 'unrepairable';

export interface Damage {
  start: number;
  end: number;
  kind: DamageKind;
  /** The repaired text, when re-encoding gives valid, ordinary text. */
  repair?: string;
  /** Bytes were lost before the text reached us: the repair is partial and must be read. */
  lossy: boolean;
}

const PINYIN_LETTER = 'a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ';
/**
 * Traces of characters lost in transit: a `?` standing for a lost character, followed by the tail of its
 * pinyin annotation (`?jǐn)?shù)`), or Latin letters glued to the annotation of a character that is gone
 * (`傎M(fèi)`). Nothing can be restored from these; they are reported so a reader compares with the original.
 */
const LOST = new RegExp(`(?:[?\\uFFFD][${PINYIN_LETTER}]{1,7}[)）])+|(?<=[\\u3400-\\u9fff])[A-Za-z]{1,2}[(（][${PINYIN_LETTER}]{1,7}[)）]|[?\\uFFFD]{2,}|锟斤拷(?:锟斤拷)*`, 'gu');

/**
 * Damaged stretches of one line of text (offsets relative to `line`). Runs of non-ASCII characters with at
 * least two unusual characters are tried against each repair; a run is reported when a repair makes it
 * ordinary, or when more than half of it is unusual and nothing repairs it.
 */
export function findDamage(line: string): Damage[] {
  if (!mayBeDamaged(line, 0, line.length)) return [];
  const out: Damage[] = [];
  for (const { start, end } of runs(line)) {
    const run = line.slice(start, end);
    if (run.length < 2) continue;
    const unusual = unusualCount(run);
    if (unusual < 2) continue;
    const found = repairRun(line, start, end, unusual);
    if (found) out.push(found);
  }
  // Lost characters outside the repaired runs. Both come in text order and neither overlaps its own
  // kind: one pointer walks the repairs (looking at all of them per match was quadratic on a long line).
  const repaired = out.length;
  let k = 0;
  for (const m of line.matchAll(LOST)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    while (k < repaired && (out[k] as Damage).end <= start) k++;
    if (k < repaired && (out[k] as Damage).start < end) continue;
    out.push({ start, end, kind: 'unrepairable', lossy: true });
  }
  out.sort((a, b) => a.start - b.start);
  // Traces a character apart (`?jǐn)傎M(fèi)`) are one damaged stretch.
  const merged: Damage[] = [];
  for (const d of out) {
    const last = merged[merged.length - 1];
    if (last && last.kind === 'unrepairable' && d.kind === 'unrepairable' && d.start - last.end <= 1) last.end = Math.max(last.end, d.end);
    else merged.push({ ...d });
  }
  return merged;
}

/**
 * Damaged stretches in the lines of `text[from, to)`, at offsets in `text`: one pass over character codes
 * finds the lines that can hold damage (see mayBeDamaged), and only those are read closely.
 */
export function findDamageIn(text: string, from: number, to: number): Damage[] {
  const out: Damage[] = [];
  let lineStart = from;
  let unusual = 0;
  let suspect = false;
  for (let i = from; i <= to; i++) {
    const c = i < to ? text.charCodeAt(i) : 10;
    if (c === 10 || c === 13) {
      if (suspect) for (const d of findDamage(text.slice(lineStart, i))) out.push({ ...d, start: d.start + lineStart, end: d.end + lineStart });
      lineStart = i + 1;
      unusual = 0;
      suspect = false;
    } else if (!suspect && c >= 0x3f && (c === 0x3f || (c >= 0x80 && (ORDINARY[c] !== 1 || c === 0x951f)))) {
      suspect = c === 0x3f || c === 0xfffd || c === 0x951f || (isUnusual(text[i] as string) && ++unusual >= 2);
    }
  }
  return out;
}

/**
 * Whether `text[start, end)` (one line) can hold damage at all: two unusual characters, or a `?` / U+FFFD /
 * 锟 (most lines of a draft have none, and this one pass over character codes is all they cost).
 */
export function mayBeDamaged(text: string, start: number, end: number): boolean {
  let unusual = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c === 0x3f) return true;
      continue;
    }
    if (c === 0xfffd || c === 0x951f) return true;
    if (ORDINARY[c] === 1) continue;
    if (isUnusual(text[i] as string) && ++unusual >= 2) return true;
  }
  return false;
}

// Latin-1 and the Windows-1252 letters; not the pinyin letters GBK itself holds (ǎ ǘ …), which mis-read GBK
// text contains.
const LATIN = /[\u0080-\u00ff\u0152-\u0192]/u;
const SPACE = /\s/u;
const CJK_OR_LATIN = /[\u0080-\u00ff\u0152-\u0192\u2e80-\ufffc]/u;

/**
 * Runs of non-ASCII characters, split where Latin letters (Latin-1 misreadings) meet CJK text; general
 * punctuation such as € or … stays with the run it is in.
 */
function runs(line: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = -1;
  let latin: boolean | undefined;
  for (let i = 0; i <= line.length; i++) {
    const c = i < line.length ? line.charCodeAt(i) : 0;
    if (c < 0x80 || SPACE.test(line[i] as string)) {
      if (start >= 0) out.push({ start, end: i });
      start = -1;
      latin = undefined;
      continue;
    }
    const ch = line[i] as string;
    const isLatin = CJK_OR_LATIN.test(ch) ? LATIN.test(ch) : latin;
    if (start < 0) start = i;
    else if (latin !== undefined && isLatin !== undefined && isLatin !== latin) {
      out.push({ start, end: i });
      start = i;
    }
    if (isLatin !== undefined) latin = isLatin;
  }
  return out;
}

interface Candidate {
  start: number;
  end: number;
  kind: DamageKind;
  text: string;
  /** A byte at the end had no partner: the character it belonged to is gone. */
  truncated?: boolean;
}

/**
 * The best repair of a run: every candidate range (the whole run, or the stretch from its first to its
 * last unusual character, give or take two ordinary ones at the end) decoded every way, scored by the
 * unusual characters left in the run afterwards.
 */
function repairRun(line: string, start: number, end: number, unusual: number): Damage | undefined {
  const run = line.slice(start, end);
  let first = start;
  while (!isUnusual(line[first] as string)) first++;
  let last = end - 1;
  while (!isUnusual(line[last] as string)) last--;
  const ranges: [number, number][] = [[start, end]];
  for (let extra = 0; extra <= 2 && last + 1 + extra <= end; extra++) ranges.push([first, last + 1 + extra]);
  let best: { c: Candidate; score: number } | undefined;
  for (const [from, to] of ranges) {
    const outside = unusualCount(line.slice(start, from)) + unusualCount(line.slice(to, end));
    const inside = unusualCount(line.slice(from, to));
    // Reading GBK one byte late presumes a lost byte: only a `?` marking it before the stretch says one was
    // lost. Without it, a few level-2 hanzi of a trade's vocabulary (因艏、艉艛而) re-read late give some other
    // ordinary characters (肌Ⅳ号) often enough to pass for a repair; they are not decoded at all.
    for (const c of candidates(line, from, to, line[from - 1] === '?')) {
      if (c.text.length === 0 || c.text === line.slice(from, to)) continue;
      if (!evident(c, inside)) continue;
      if (c.kind === 'utf8-as-gbk' && DRAWN_LINE.test(line.slice(c.start, c.end))) continue;
      // Lost bytes (U+FFFD, `?`) make a repair partial, not wrong; private-use and control characters mean
      // the bytes were not meant to be read this way.
      const lost = c.text.match(/[\ufffd?]/gu)?.length ?? 0;
      if (lost * 3 > c.text.length) continue;
      const score = outside + unusualCount(c.text.replace(/\ufffd/gu, '')) + 3 * foreignCount(c.text);
      if (!best || score < best.score) best = { c, score };
    }
  }
  if (best && best.score * 10 <= run.length && best.score * 2 < unusual) {
    const { c } = best;
    const before = line[c.start - 1];
    const lostBefore = before === '?' || before === '\ufffd';
    const lossy = lostBefore || c.truncated === true || /[\ufffd\ue000-\uf8ff?]/u.test(c.text);
    return { start: lostBefore ? c.start - 1 : c.start, end: c.end, kind: c.kind, repair: c.text, lossy };
  }
  // Nothing repairs the run: it is damage only if it carries a mark of lost bytes (U+FFFD, private-use or
  // control characters in it, or a lost byte's `?` beside it). Rare characters with no such mark are read as
  // the text's own (5．哌啶, λ、σk, │μ g/m³, ﹝──────﹞, 艏、艉艛): a finding there would be wrong far more
  // often than a stretch of damage that left no mark would be missed.
  if (unusual * 2 > run.length && lostMarked(line, start, end)) return { start, end, kind: 'unrepairable', lossy: true };
  return undefined;
}

/** Whether `line[start, end)` holds or touches a mark of lost bytes: U+FFFD, private use or control characters, a `?` beside it. */
function lostMarked(line: string, start: number, end: number): boolean {
  if (line[start - 1] === '?' || line[end] === '?') return true;
  const run = line.slice(start, end);
  return run.includes('\ufffd') || foreignCount(run) > 0;
}

/**
 * Two box-drawing characters of GBK's A9A4–A9BF (─ │ ┌ ┐ └ ┘ …, U+2500–U+251B) side by side are four bytes in
 * 80–BF, UTF-8 continuation bytes, which no UTF-8 text holds in a row: a stretch with such a pair (├─────┤) was
 * never UTF-8 read as GBK, it is a table's own ruling.
 */
const DRAWN_LINE = /[\u2500-\u251b]{2}/u;

/**
 * Enough evidence that a decoding is a repair and not a coincidence: valid UTF-8 from GBK bytes, or a
 * Latin-1 run, is itself evidence, as is a shifted reading (decoded only after a lost byte's `?`).
 */
function evident(c: Candidate, unusualInside: number): boolean {
  return c.kind !== 'utf8-as-gbk' || !c.text.includes('\ufffd') || unusualInside >= 3;
}

function candidates(line: string, start: number, end: number, withShifted: boolean): Candidate[] {
  const run = line.slice(start, end);
  const out: Candidate[] = [];
  if (LATIN.test(run)) {
    for (const codec of ['latin1', 'win1252']) {
      const bytes = encodable(run, codec);
      if (!bytes) continue;
      for (const to of ['gbk', 'utf8']) out.push({ start, end, kind: 'latin1', text: lostMarks(iconv().decode(bytes, to)) });
    }
    return out;
  }
  const gbk = encodable(run, 'gbk');
  if (gbk) {
    out.push({ start, end, kind: 'utf8-as-gbk', text: lostMarks(iconv().decode(gbk, 'utf8')) });
    if (withShifted) for (const s of shifted(line, start, end)) out.push(s);
  }
  return out;
}

/** A lost byte shows as U+FFFD; the `?` that stood for it in the bytes is dropped. */
function lostMarks(text: string): string {
  return text.replace(/\ufffd+\?|\ufffd+/gu, '\ufffd');
}

/**
 * GBK read one byte out of step: the run's first byte is the second half of a character whose first byte
 * was lost. Dropping it puts the rest back in step. The misreading may begin inside the run (after ordinary
 * characters) and may swallow one ASCII byte after it, which was the second half of its last character.
 */
function shifted(line: string, start: number, end: number): Candidate[] {
  const out: Candidate[] = [];
  const next = line.charCodeAt(end);
  const trail = next >= 0x40 && next <= 0x7e ? line[end] : undefined;
  for (let k = start; k < end && k < start + 8; k++) {
    const bytes = encodable(line.slice(k, end), 'gbk');
    if (!bytes) continue;
    const body = bytes.subarray(1);
    // A second byte in the ASCII range (GBK allows 0x40–0x7E) is read as itself and the decoder is back in
    // step at once: that is no misreading.
    if ((body[0] ?? 0) < 0x81) continue;
    const odd = body.length % 2 === 1;
    const takeTrail = odd && trail !== undefined;
    const full = takeTrail ? Buffer.concat([body, Buffer.from([next])]) : odd ? body.subarray(0, body.length - 1) : body;
    const decoded = lostMarks(iconv().decode(full, 'gbk'));
    // An ASCII character inside means the decoder fell back in step there: the text was not out of step.
    if (hasAscii(takeTrail ? decoded.slice(0, -1) : decoded)) continue;
    const text = line.slice(start, k) + decoded;
    out.push({ start, end: takeTrail ? end + 1 : end, kind: 'gbk-shifted', text, truncated: odd && !takeTrail });
  }
  return out;
}

/**
 * The bytes of `text` in `codec`, or undefined when a character has no encoding there. A replacement
 * character (a byte already lost) becomes `?`, which decodes as itself and marks the repair lossy.
 */
function encodable(text: string, codec: string): Buffer | undefined {
  const marked = text.replace(/\ufffd/gu, '?');
  const bytes = iconv().encode(marked, codec);
  const questionMarks = (marked.match(/\?/gu) ?? []).length;
  let seen = 0;
  for (const b of bytes) if (b === 0x3f) seen++;
  return seen === questionMarks ? bytes : undefined;
}
