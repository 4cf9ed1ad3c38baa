/**
 * The grammar of an internal reference, as a small tokenizer over script-folded
 * text: Scope? RefElem (Sep RefElem)*, RefElem := Path (至 Path)?.
 */
import { CN_NUMERAL_CHARS, ARABIC_DIGIT_CLASS, parseNumeral } from '../text/numerals';
import type { Jurisdiction } from '../text/numerals';
import type { PathNumeral, ReferencePath } from '../types';
import { DOC_SCOPE_WORDS } from './scope';

const NUM = `[${CN_NUMERAL_CHARS}${ARABIC_DIGIT_CLASS}]+`;
const CN = `[${CN_NUMERAL_CHARS}]+`;

/**
 * 本辦法第二章之一般規定, 第二條之一切規定: a numeral after 之 that opens a word (一般, 一切, 一律 …, 十分) is no 之N
 * suffix but the division's or article's own words; the path ends before 之.
 */
const WORD_AFTER_NUMERAL = '(?!(?<=一)[般切律致概贯]|(?<=十)[分足])';
const SUB = `(?:之(${NUM})${WORD_AFTER_NUMERAL})?`;

/** Path components in hierarchical order. `unit` is the PRC unit character (folded). */
const COMPONENTS = {
  // 第五章之一: an inserted division, as 第五条之一 is an inserted article.
  book: new RegExp(`第(${NUM})编${SUB}`, 'uy'),
  chapter: new RegExp(`第(${NUM})章${SUB}`, 'uy'),
  // 第一节（站）: a unit glossed by another counter in brackets is a session of an exam or a class, not a section;
  // so is 第六节课, a class period, and 第一节考试 / 第二节测验, an exam's session.
  section: new RegExp(`第(${NUM})节${SUB}(?![（(][^${CN_NUMERAL_CHARS}）)][）)]|课|考试|测验)`, 'uy'),
  // 第三十四条之一次补偿金, 第三条之一个月内: 之一 before a counter is "one …" of that article, not 第三十四条之一.
  article: new RegExp(`第(${NUM})条(?:之(${NUM})(?![次个件份倍人])${WORD_AFTER_NUMERAL})?`, 'uy'),
  kuan: new RegExp(`第(${NUM})款`, 'uy'),
  xiang: new RegExp(`第(?:[（(](${CN})[）)]|(${NUM}))项`, 'uy'),
  mu: new RegExp(`第(${NUM})目`, 'uy'),
} as const;

/** A parsed path (structural unit names, already mapped for the jurisdiction) with its offsets. */
export interface RawPath extends Omit<ReferencePath, 'span'> {
  start: number;
  end: number;
}

function num(raw: string | undefined): number | undefined {
  return raw === undefined ? undefined : parseNumeral(raw)?.value;
}

/** Records where the numeral `raw` stands inside the match `m` found at `at`. */
function mark(path: RawPath, level: PathNumeral['level'], m: RegExpExecArray, at: number, raw: string | undefined, from = 1): void {
  if (raw === undefined) return;
  const parsed = parseNumeral(raw);
  if (!parsed) return;
  const start = at + m[0].indexOf(raw, from);
  path.numerals.push({ level, value: parsed.value, span: { start, end: start + raw.length }, style: parsed.style });
}

/** The 之N the match `m` (at `at`) ends with: its value, and its numeral with 之 as what removing it deletes. */
function markSub(path: RawPath, level: 'bookSub' | 'chapterSub' | 'sectionSub' | 'articleSub', m: RegExpExecArray, at: number): void {
  const raw = m[2] as string;
  path[level] = num(raw);
  const zhi = at + m[0].lastIndexOf('之');
  mark(path, level, m, at, raw, zhi - at + 1);
  const last = path.numerals[path.numerals.length - 1];
  if (last?.level === level) last.removal = { start: zhi, end: zhi + 1 + raw.length };
}

function take(re: RegExp, s: string, p: number): RegExpExecArray | null {
  re.lastIndex = p;
  return re.exec(s);
}

/**
 * Reads one path at `p`. In PRC text 款 is a paragraph and 项 an item; in Taiwan text 項 is a paragraph,
 * 款 an item and 目 a subitem.
 */
export function readPath(s: string, p: number, jurisdiction: Jurisdiction): RawPath | undefined {
  const path: RawPath = { start: p, end: p, numerals: [] };
  let q = p;
  for (const level of ['book', 'chapter', 'section'] as const) {
    const m = take(COMPONENTS[level], s, q);
    if (!m) continue;
    path[level] = num(m[1]);
    mark(path, level, m, q, m[1]);
    if (m[2] !== undefined) markSub(path, `${level}Sub`, m, q);
    q += m[0].length;
  }
  const a = take(COMPONENTS.article, s, q);
  if (a) {
    path.article = num(a[1]);
    mark(path, 'article', a, q, a[1]);
    if (a[2] !== undefined) markSub(path, 'articleSub', a, q);
    q += a[0].length;
  }
  // Below the article the order is 款 项 目 (PRC) or 項 款 目 (Taiwan).
  const order = jurisdiction === 'tw' ? (['xiang', 'kuan', 'mu'] as const) : (['kuan', 'xiang', 'mu'] as const);
  const levels = ['paragraph', 'item', 'subitem'] as const;
  for (let i = 0; i < 3; i++) {
    const key = order[i] as keyof typeof COMPONENTS;
    const m = take(COMPONENTS[key], s, q);
    if (!m) continue;
    const level = levels[i] as 'paragraph' | 'item' | 'subitem';
    const value = key === 'xiang' ? num(m[1] ?? m[2]) : num(m[1]);
    path[level] = value;
    mark(path, level, m, q, key === 'xiang' ? (m[1] ?? m[2]) : m[1]);
    if (key === 'xiang' && m[1] !== undefined) path.bracketed = true;
    q += m[0].length;
  }
  if (q === p) return undefined;
  path.end = q;
  const values = [path.book, path.chapter, path.section, path.article, path.paragraph, path.item, path.subitem];
  if (values.some((v, i) => v === undefined && hasKey(path, i))) return undefined; // unreadable numeral
  return path;
}

function hasKey(path: RawPath, i: number): boolean {
  const keys = ['book', 'chapter', 'section', 'article', 'paragraph', 'item', 'subitem'] as const;
  return Object.prototype.hasOwnProperty.call(path, keys[i] as string);
}

/** The article's level in topLevel and bottomLevel: a path whose top is at or above it names an article or a division. */
export const ARTICLE_LEVEL = 3;

/** The highest level a path names: 0 book … 6 subitem. */
export function topLevel(path: Pick<RawPath, 'book' | 'chapter' | 'section' | 'article' | 'paragraph' | 'item' | 'subitem'>): number {
  const vals = [path.book, path.chapter, path.section, path.article, path.paragraph, path.item, path.subitem];
  const i = vals.findIndex((v) => v !== undefined);
  return i < 0 ? 7 : i;
}

/** The lowest level a path names: 0 book … 6 subitem, -1 for none. */
function bottomLevel(path: RawPath): number {
  const vals = [path.book, path.chapter, path.section, path.article, path.paragraph, path.item, path.subitem];
  for (let i = vals.length - 1; i >= 0; i--) if (vals[i] !== undefined) return i;
  return -1;
}

/**
 * Fills the levels above `path`'s top from `prev` (第八条第一项、第二项 → 8.(2)). A list names siblings: a path
 * that starts below the lowest level `prev` names is not one of its parts — that would be written without the
 * separator — but this article's own: after whole articles (第十四条至第二十条及第一项至第三项) a 项, after a 項
 * (Taiwan 未依第三項或第二款第一目規定) a 款.
 */
export function inherit(path: RawPath, prev: RawPath): RawPath {
  const top = topLevel(path);
  const bottom = bottomLevel(prev);
  if (top > 3 && bottom >= 3 && top > bottom) return path;
  const out: RawPath = { ...path, numerals: path.numerals };
  const keys = ['book', 'chapter', 'section', 'article', 'paragraph', 'item', 'subitem'] as const;
  for (let i = 0; i < top; i++) {
    const k = keys[i] as (typeof keys)[number];
    if (out[k] === undefined && prev[k] !== undefined) {
      out[k] = prev[k];
      // 第五章之一第一节、第二节: the second is in 第五章之一 too.
      if ((k === 'book' || k === 'chapter' || k === 'section') && prev[`${k}Sub`] !== undefined) out[`${k}Sub`] = prev[`${k}Sub`];
    }
  }
  if (top > 3 && out.article !== undefined && prev.articleSub !== undefined && out.articleSub === undefined) out.articleSub = prev.articleSub;
  return out;
}

const SEP_RE = /(?:、|，|,|和|及|以及|或者|或|与)(?=第)/uy;
const RANGE_RE = /(?:至|到|—|－|-|～|~)(?=第)/uy;

/** A reference element: a path, possibly a range to a second path. */
export interface RawElement {
  path: RawPath;
  rangeEnd?: RawPath;
}

/** Reads `Path (至 Path)? (Sep Path (至 Path)?)*` from `p`; returns the elements and the end offset. */
export function readList(s: string, p: number, jurisdiction: Jurisdiction): { elements: RawElement[]; end: number } | undefined {
  const first = readPath(s, p, jurisdiction);
  if (!first) return undefined;
  const elements: RawElement[] = [];
  const seps: string[] = []; // seps[i] joins elements[i] to elements[i + 1]
  let cur: RawElement = { path: first };
  let q = first.end;
  for (;;) {
    RANGE_RE.lastIndex = q;
    const r = RANGE_RE.exec(s);
    if (r && !cur.rangeEnd) {
      const end = readPath(s, q + r[0].length, jurisdiction);
      if (end) {
        cur.rangeEnd = inherit(end, cur.path);
        q = end.end;
        continue;
      }
    }
    elements.push(cur);
    SEP_RE.lastIndex = q;
    const sep = SEP_RE.exec(s);
    if (!sep) break;
    const next = readPath(s, q + sep[0].length, jurisdiction);
    if (!next) break;
    seps.push(sep[0]);
    cur = { path: inherit(next, cur.rangeEnd ?? cur.path) };
    q = next.end;
  }
  paragraphsOfListedArticle(elements, seps);
  return { elements, end: q };
}

/**
 * 第一百零六條、第二項、第三項、第一百零七條: 項 listed between two articles of one list, each set off by 、, are the
 * parts of the article before them with one 、 too many (第106條第二項、第三項) — this article's own would not stand
 * among other articles' numbers. `inherit` leaves a 項 after a whole article as this article's; here the run is
 * given that article. Only a run of two or more: one 項 alone (第五條、第二項、第六條) is not told apart.
 */
function paragraphsOfListedArticle(elements: RawElement[], seps: readonly string[]): void {
  for (let i = 0; i < elements.length; i++) {
    const head = elements[i] as RawElement;
    if (head.rangeEnd || head.path.article === undefined || bottomLevel(head.path) !== ARTICLE_LEVEL) continue;
    let k = i + 1;
    while (k < elements.length && seps[k - 1] === '、' && bareParagraph(elements[k] as RawElement)) k++;
    const next = elements[k];
    if (k - i - 1 < 2 || !next || seps[k - 1] !== '、' || next.path.article === undefined || topLevel(next.path) !== ARTICLE_LEVEL) continue;
    for (let m = i + 1; m < k; m++) {
      const e = elements[m] as RawElement;
      e.path = withArticleOf(e.path, head.path);
      if (e.rangeEnd) e.rangeEnd = withArticleOf(e.rangeEnd, head.path);
    }
    i = k - 1;
  }
}

/** A path that starts at a 項 (paragraph) and names no article. */
function bareParagraph(e: RawElement): boolean {
  return topLevel(e.path) === ARTICLE_LEVEL + 1 && e.path.article === undefined && (e.rangeEnd === undefined || e.rangeEnd.article === undefined);
}

function withArticleOf(path: RawPath, head: RawPath): RawPath {
  const out: RawPath = { ...path, article: head.article };
  for (const k of ['book', 'chapter', 'section', 'bookSub', 'chapterSub', 'sectionSub', 'articleSub'] as const) if (head[k] !== undefined) out[k] = head[k];
  return out;
}

/**
 * 前項二款及第四款: a list after a relative word whose first member left out its 第 (for 前項第二款及第四款). Read only
 * when a member of the same unit with its 第 follows in the list, which shows ordinals: 前項二款 alone may count the
 * 項's items (its two 款). The members are the relative word's, as in the list written out; unread, the 第四款 after it
 * went on the article named earlier in the sentence.
 */
const DROPPED_ORDINAL_RE = new RegExp(`(${CN})(款|项|目)(?=(?:、|和|及|或|与)第${CN}\\2)`, 'uy');

/** Reads a list at `p` whose first member is an ordinal without its 第 (see DROPPED_ORDINAL_RE). */
export function readListDroppingFirstOrdinal(s: string, p: number, jurisdiction: Jurisdiction): { elements: RawElement[]; end: number } | undefined {
  const m = take(DROPPED_ORDINAL_RE, s, p);
  if (!m) return undefined;
  const unit = m[2] as string;
  const level = unit === '目' ? 'subitem' : unitOf(unit, jurisdiction);
  const first: RawPath = { start: p, end: p + m[0].length, numerals: [] };
  first[level] = num(m[1]);
  mark(first, level, m, p, m[1], 0);
  SEP_RE.lastIndex = first.end;
  const sep = SEP_RE.exec(s);
  const rest = sep ? readList(s, first.end + sep[0].length, jurisdiction) : undefined;
  if (first[level] === undefined || !rest) return undefined;
  return { elements: [{ path: first }, ...rest.elements], end: rest.end };
}

/** Relative words and their meaning. */
export interface RelativeWord {
  word: string;
  /** What it counts back over or names. */
  unit: 'article' | 'paragraph' | 'item' | 'chapter' | 'section' | 'book';
  /** 前 = preceding units, 本 = the containing unit, 同/该 = named earlier in the sentence. */
  mode: 'previous' | 'current' | 'anaphoric';
  count: number;
  start: number;
  end: number;
}

const DOC_SCOPE_RE = new RegExp(`本(?:${DOC_SCOPE_WORDS.join('|')})`, 'uy');
const PREV_RE = new RegExp(`前(${CN})?(款|条|项|编|章)`, 'uy');
const CUR_RE = /本(条|款|项|章|节|编)/uy;
/** 同条项 / 该条项: the article and 项 named before (Taiwan 依該條項規定, 同條項第一款). */
const ANA_RE = /(同|该)(条项(?![目链])|条|款|项)/uy;

/** Characters after a relative word that show it is part of another word (本项目, 本节能, 目前条件 …). */
const BAD_NEXT: Readonly<Record<string, RegExp>> = {
  条: /[件例约款文理幅形]/u,
  款: /[项额式]/u,
  项: /[目链]/u,
  章: /[程法]/u,
  节: /[约能日省假庆点]/u,
  编: /[制写号码辑排者报印订造纂译]/u, // and 前编报预算, 前编印: 编 the verb
};
const BAD_PREV_PREV = /[目提预当此先之以事生空向面史超]/u; // 目前条件, 提前款项 …
const BAD_PREV_ANA = /[合共一协会]/u; // 合同条款, 共同条件 …

function unitOf(ch: string, jurisdiction: Jurisdiction): RelativeWord['unit'] {
  switch (ch) {
    case '条':
      return 'article';
    case '款':
      return jurisdiction === 'tw' ? 'item' : 'paragraph';
    case '项':
      return jurisdiction === 'tw' ? 'paragraph' : 'item';
    case '章':
      return 'chapter';
    case '节':
      return 'section';
    default:
      return 'book';
  }
}

/** Reads a document-scope word (本条例, 本法 …) at p. */
export function readDocScope(s: string, p: number): number | undefined {
  DOC_SCOPE_RE.lastIndex = p;
  const m = DOC_SCOPE_RE.exec(s);
  return m ? p + m[0].length : undefined;
}

/** Reads a relative word at p (前款, 前两款, 本条, 同款 …). */
export function readRelative(s: string, p: number, jurisdiction: Jurisdiction): RelativeWord | undefined {
  const ch = s[p];
  let m: RegExpExecArray | null = null;
  let mode: RelativeWord['mode'] = 'previous';
  let count = 1;
  if (ch === '前') {
    PREV_RE.lastIndex = p;
    m = PREV_RE.exec(s);
    if (m && m[1] !== undefined) {
      const n = parseNumeral(m[1]);
      if (!n) return undefined;
      count = n.value;
    }
    // A path right after it makes it the word whatever stands before: 以前條第一項 is 以 + 前條第一項.
    if (m && BAD_PREV_PREV.test(s[p - 1] ?? '') && s[p + m[0].length] !== '第') return undefined;
  } else if (ch === '本') {
    CUR_RE.lastIndex = p;
    m = CUR_RE.exec(s);
    mode = 'current';
  } else if (ch === '同' || ch === '该') {
    ANA_RE.lastIndex = p;
    m = ANA_RE.exec(s);
    mode = 'anaphoric';
    if (m && BAD_PREV_ANA.test(s[p - 1] ?? '')) return undefined;
  }
  if (!m) return undefined;
  const unitCh = (m[m.length - 1] ?? '').slice(-1);
  const end = p + m[0].length;
  const bad = BAD_NEXT[unitCh];
  if (bad && bad.test(s[end] ?? '')) return undefined;
  return { word: m[0], unit: unitOf(unitCh, jurisdiction), mode, count, start: p, end };
}
