/**
 * Applies an instrument's instructions to the structure of its base text: the edits to make, and what
 * cannot be applied (a target the base lacks, quoted words the target does not hold, two instructions on
 * the same words). Targets are read in the base's numbering, as instruments write them (原第二款作为第三款
 * names the base's 款). Text no instruction touches is left as it is: the result is the base with these
 * edits, nothing else.
 */
import { itemsOf, paragraphsOf } from '../parse/nodes';
import type { ParseResult } from '../parse/parse';
import { toChineseNumeral } from '../text/numerals';
import type { Message, Span, StructureNode, TextEdit } from '../types';
import type { Instruction, Quote, Target } from './instrument';

export type ProblemKind = 'target-missing' | 'quote-mismatch' | 'conflict';

/** What stops an instruction from being applied, at its place in the instrument. */
export interface Problem {
  kind: ProblemKind;
  span: Span;
  message: Message;
  /** The earlier instruction a conflict is with. */
  other?: Span;
}

export interface Applied {
  /** Edits to the base text, in instruction order (insertions at one place keep that order). */
  edits: TextEdit[];
  problems: Problem[];
  /** The instrument says 条文顺序作相应调整: the caller renumbers the result. */
  renumber: boolean;
}

interface Located {
  span: Span;
  /** The base text there, folded (for quotations). */
  folded: string;
}

interface Planned {
  edit: TextEdit;
  from: Instruction;
}

export function applyInstructions(base: ParseResult, instructions: readonly Instruction[]): Applied {
  const renumbering = instructions.some((i) => i.kind === 'renumber');
  const articles = new Map<string, StructureNode>();
  for (const a of base.articles) if (!articles.has(key(a.number, a.sub))) articles.set(key(a.number, a.sub), a);
  const layout = layoutOf(base);
  const problems: Problem[] = [];
  const planned: Planned[] = [];
  // Articles inserted as 第X条 under renumbering go in as 之N of the article before, then take integers.
  const subs = new Map<string, number>();
  const place = placer(instructions, base.articles, articles);
  const missing = (t: Target, what: string, en: string): void => {
    problems.push({ kind: 'target-missing', span: t.span, message: { zh: `基础文本中没有${what}`, en: `The base text has no ${en}` } });
  };
  const plan = (from: Instruction, span: Span, newText: string): void => {
    planned.push({ from, edit: { span, newText } });
  };
  for (const i of instructions) {
    if (i.kind === 'renumber') continue;
    if (i.kind === 'retitle') {
      const d = base.divisions.find((x) => x.kind === i.level && x.number === i.number && x.titleSpan);
      if (d?.titleSpan) plan(i, d.titleSpan, i.title.text);
      else missing({ article: 0, sub: 0, paragraphs: [], span: i.span }, `第${toChineseNumeral(i.number)}${unitName(i.level)}`, `${i.level} ${i.number}`);
      continue;
    }
    if (i.kind === 'moveArticle' || (renumbering && i.kind === 'insertArticle' && !i.after)) {
      const moved = i.kind === 'moveArticle' ? articles.get(key(i.target.article, i.target.sub)) : undefined;
      if (i.kind === 'moveArticle' && !moved) {
        missing(i.target, label(i.target), english(i.target));
        continue;
      }
      const body = i.paragraphs ?? (moved ? [bodyOf(base, moved)] : []);
      if (moved) plan(i, { start: moved.spanStart, end: nextStart(base.source, moved.spanEnd) }, '');
      const { previous, next } = place(i.article);
      const sep = layout.between;
      // 之N of the article before, so that renumbering gives it its integer and moves the rest up.
      // Before the first article that stays: 之N of the number before it when the base deleted that one
      // (so the labels still rise and references to the articles after follow them), else its own number.
      const [after, at] = previous ? [previous.number, point(previous.spanEnd)] : [next && next.sub === 0 ? next.number - 1 : 0, point(next?.spanStart ?? 0)];
      if (!previous && !next) missing({ article: i.article - 1, sub: 0, paragraphs: [], span: i.span }, '可接续的条文', 'article to insert after');
      else if (after < 1) plan(i, at, articleText(i.article, i.sub, body, layout) + sep);
      else {
        const k = key(after, previous?.sub ?? 0);
        const n = (subs.get(k) ?? previous?.sub ?? 0) + 1;
        subs.set(k, n);
        plan(i, at, previous ? sep + articleText(after, n, body, layout) : articleText(after, n, body, layout) + sep);
      }
      continue;
    }
    if (i.kind === 'insertArticle') {
      const anchor = i.after ? articles.get(key(i.after.article, i.after.sub)) : undefined;
      if (i.after && !anchor) {
        missing(i.after, label(i.after), english(i.after));
        continue;
      }
      const before = anchor ? undefined : articles.get(key(i.article, i.sub));
      const previous = anchor ?? articles.get(key(i.article - 1, 0));
      const sep = layout.between;
      if (before) plan(i, point(before.spanStart), articleText(i.article, i.sub, i.paragraphs, layout) + sep);
      else if (previous) plan(i, point(previous.spanEnd), sep + articleText(i.article, i.sub, i.paragraphs, layout));
      else {
        const last = base.articles[base.articles.length - 1];
        if (!last) missing({ article: i.article - 1, sub: 0, paragraphs: [], span: i.span }, '可接续的条文', 'article to insert after');
        else plan(i, point(last.spanEnd), sep + articleText(i.article, i.sub, i.paragraphs, layout));
      }
      continue;
    }
    const t = i.target;
    const article = articles.get(key(t.article, t.sub));
    if (!article) {
      missing(t, label({ ...t, paragraphs: [], item: undefined }), english({ ...t, paragraphs: [], item: undefined }));
      continue;
    }
    const paras = paragraphsOf(article);
    if (i.kind === 'insertParagraph') {
      const at = paras[i.at - 1];
      const last = paras[paras.length - 1];
      if (!at && i.at !== paras.length + 1) {
        missing(t, `${label(t)}第${toChineseNumeral(i.at - 1)}款`, `paragraph ${i.at - 1} of ${english(t)}`);
        continue;
      }
      const sep = separatorIn(base, paras) ?? layout.paragraph;
      const text = i.paragraphs.join(sep);
      if (at && i.at > 1) plan(i, point(at.textStart), text + sep);
      else if (at) plan(i, point(at.textStart), text + sep);
      else if (last) plan(i, point(last.spanEnd), sep + text);
      continue;
    }
    const unit = locate(base, article, paras, t);
    if (!unit) {
      missing(t, label(t), english(t));
      continue;
    }
    if (i.kind === 'insertItem') {
      const holder = unit.holder;
      const items = itemsOf(holder);
      const at = items.find((x) => x.number === i.at);
      const last = items[items.length - 1];
      if (!at && !(last ? last.number + 1 === i.at : i.at === 1)) {
        missing(t, `${label(t)}第${toChineseNumeral(i.at - 1)}项`, `item ${i.at - 1} of ${english(t)}`);
        continue;
      }
      const sep = separatorIn(base, items) ?? layout.paragraph;
      const text = i.paragraphs.join(sep);
      if (at) {
        plan(i, point(at.spanStart), text + sep);
        // The items after it move down one (第七项至第十五项相应改为第八项至第十六项).
        for (const x of items) if (x.number >= i.at && x.numeralEnd > x.numeralStart) plan(i, { start: x.numeralStart, end: x.numeralEnd }, toChineseNumeral(x.number + 1));
      } else plan(i, point(last ? last.spanEnd : holder.spanEnd), sep + text);
      continue;
    }
    if (i.kind === 'replace') {
      const sep = separatorIn(base, paras) ?? layout.paragraph;
      // A 项 quoted without its label（三） keeps the base's label.
      const item = t.item !== undefined && !/^[（(][零〇一二三四五六七八九十百]+[)）]/u.test(i.paragraphs[0] ?? '') ? itemsOf(unit.holder).find((x) => x.number === t.item) : undefined;
      plan(i, item ? { start: item.textStart, end: unit.span.end } : unit.span, i.paragraphs.join(sep));
      continue;
    }
    if (i.kind === 'delete') {
      if (t.paragraphs.length === 0 && t.item === undefined) {
        // Without renumbering the article keeps its number, as the consolidated texts print it.
        if (renumbering) plan(i, { start: article.spanStart, end: nextStart(base.source, article.spanEnd) }, '');
        else plan(i, unit.span, '（删去）');
      } else plan(i, removal(base.source, unit.span), '');
      continue;
    }
    const words = i.kind === 'replaceWords' ? i.from : i.kind === 'deleteWords' ? i.words : i.anchor;
    const found = occurrences(unit, words);
    if (found.length === 0) {
      problems.push({
        kind: 'quote-mismatch',
        // An empty quotation (“”) is shown with its marks.
        span: words.text === '' ? { start: words.span.start - 1, end: words.span.end + 1 } : words.span,
        message: { zh: `${label(t)}中没有“${words.text}”`, en: `${english(t)} does not contain “${words.text}”` },
      });
      continue;
    }
    for (const at of found) {
      if (i.kind === 'replaceWords') plan(i, at, i.to.text);
      else if (i.kind === 'deleteWords') plan(i, at, '');
      else plan(i, point(i.before ? at.start : at.end), i.words.text);
    }
  }
  return { edits: withoutConflicts(planned, problems), problems, renumber: renumbering };
}

/**
 * Under renumbering, 增加一条，作为第X条 and 原第Y条作为第X条 name X in the renumbered result: the article goes
 * where X−1 articles stand before it — the base's articles that stay (not deleted, not moved away) and those
 * placed before it, which the instrument lists in order. Returns the base article to put it after, or
 * (for the first place) the one to put it before.
 */
function placer(instructions: readonly Instruction[], all: readonly StructureNode[], articles: Map<string, StructureNode>): (article: number) => { previous?: StructureNode; next?: StructureNode } {
  const gone = new Set<StructureNode>();
  for (const i of instructions) {
    const whole = (i.kind === 'delete' && i.target.paragraphs.length === 0 && i.target.item === undefined) || i.kind === 'moveArticle';
    const a = whole ? articles.get(key(i.target.article, i.target.sub)) : undefined;
    if (a) gone.add(a);
  }
  const kept = all.filter((a) => !gone.has(a));
  let placed = 0;
  return (article) => {
    const before = Math.min(article - 1 - placed++, kept.length);
    return before > 0 ? { previous: kept[before - 1] } : { next: kept[0] ?? all[0] };
  };
}

/** An article's text after its label, as the base writes it (a moved article keeps its words and line breaks). */
function bodyOf(base: ParseResult, a: StructureNode): string {
  const first = paragraphsOf(a)[0];
  return base.source.slice(first ? first.textStart : a.labelEnd, a.spanEnd);
}

/** Drops an instruction whose edits overlap an earlier one's (delete then modify, two replacements of one unit). */
function withoutConflicts(planned: Planned[], problems: Problem[]): TextEdit[] {
  const kept: Planned[] = [];
  const dropped = new Set<Instruction>();
  const sorted = planned.map((p, n) => ({ p, n })).sort((a, b) => a.p.edit.span.start - b.p.edit.span.start || a.p.edit.span.end - b.p.edit.span.end || a.n - b.n);
  // One pass in text order: an edit overlaps only those still open where it starts.
  let open: { p: Planned; n: number } | undefined;
  for (const x of sorted) {
    const e = x.p.edit.span;
    if (open && open.p.from !== x.p.from && overlaps(open.p.edit.span, e)) {
      const [first, later] = open.n < x.n ? [open.p, x.p] : [x.p, open.p];
      if (!dropped.has(later.from) && !dropped.has(first.from)) {
        dropped.add(later.from);
        problems.push({
          kind: 'conflict',
          span: later.from.span,
          other: first.from.span,
          message: { zh: '本项修改与前面的修改涉及同一处文字，无法同时适用', en: 'This instruction changes the same words as an earlier one: both cannot apply' },
        });
      }
    }
    if (!open || e.end > open.p.edit.span.end) open = x;
  }
  for (const p of planned) if (!dropped.has(p.from)) kept.push(p);
  return kept.map((p) => p.edit);
}

/** Two edits touch the same text: ranges that share a character, or an insertion strictly inside a changed range. */
function overlaps(a: Span, b: Span): boolean {
  if (a.start === a.end && b.start === b.end) return false;
  if (a.start === a.end) return a.start > b.start && a.start < b.end;
  if (b.start === b.end) return b.start > a.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/** The base text an instruction's target names, and the 款 that holds its items. */
function locate(base: ParseResult, article: StructureNode, paras: StructureNode[], t: Target): (Located & { holder: StructureNode }) | undefined {
  const first = paras[0];
  if (!first) return undefined;
  let holder = first;
  if (t.within !== undefined) {
    const words = t.within;
    const found = paras.find((p) => base.folded.slice(p.textStart, p.spanEnd).includes(words));
    if (!found) return undefined;
    holder = found;
  }
  const named = t.paragraphs.map((n) => paras[n - 1]);
  if (named.some((p) => !p)) return undefined;
  const from = named[0];
  const to = named[named.length - 1];
  if (from && to) holder = from;
  else if (t.item !== undefined && t.within === undefined) holder = paras.find((p) => itemsOf(p).length > 0) ?? first;
  if (t.item !== undefined) {
    const item = itemsOf(holder).find((x) => x.number === t.item);
    if (!item) return undefined;
    return { span: { start: item.spanStart, end: item.spanEnd }, folded: base.folded.slice(item.spanStart, item.spanEnd), holder };
  }
  if (from && to) return { span: { start: from.textStart, end: to.spanEnd }, folded: base.folded.slice(from.textStart, to.spanEnd), holder };
  if (t.within !== undefined) return { span: { start: holder.textStart, end: holder.spanEnd }, folded: base.folded.slice(holder.textStart, holder.spanEnd), holder };
  return { span: { start: first.textStart, end: article.spanEnd }, folded: base.folded.slice(first.textStart, article.spanEnd), holder };
}

/** Every place the quoted words stand in the unit (an instrument's 中的“A”修改为“B” changes each). */
function occurrences(unit: Located, words: Quote): Span[] {
  const out: Span[] = [];
  // Folded like the base, so a quotation in either script finds its words.
  const w = words.folded;
  if (w === '') return out;
  let at = unit.folded.indexOf(w);
  while (at >= 0) {
    out.push({ start: unit.span.start + at, end: unit.span.start + at + w.length });
    at = unit.folded.indexOf(w, at + w.length);
  }
  return out;
}

/**
 * How the base lays out its text: what separates articles and 款 (a line break, a blank line, indentation;
 * each falls back on the other, then on the items' line breaks) and a label from its text.
 */
function layoutOf(base: ParseResult): Layout {
  let paragraph: string | undefined;
  let item: string | undefined;
  let labelSep: string | undefined;
  for (const a of base.articles) {
    const ps = paragraphsOf(a);
    const first = ps[0];
    if (labelSep === undefined && first && first.textStart > a.labelEnd) labelSep = base.source.slice(a.labelEnd, first.textStart);
    paragraph ??= separatorIn(base, ps);
    for (const p of ps) item ??= separatorIn(base, itemsOf(p));
    if (paragraph !== undefined && labelSep !== undefined) break;
  }
  const between = separatorIn(base, base.articles);
  return {
    paragraph: paragraph ?? item ?? between ?? '\n',
    between: between ?? paragraph ?? '\n',
    label: labelSep ?? '　',
    article: base.jurisdiction === 'tw' || base.script === 'traditional' ? '條' : '条',
  };
}

interface Layout {
  paragraph: string;
  between: string;
  label: string;
  article: string;
}

/** The whitespace between two consecutive units of `units` as the base writes it. */
function separatorIn(base: ParseResult, units: readonly StructureNode[]): string | undefined {
  for (let n = 1; n < units.length; n++) {
    const a = units[n - 1] as StructureNode;
    const b = units[n] as StructureNode;
    const between = base.source.slice(a.spanEnd, b.kind === 'paragraph' ? b.textStart : b.spanStart);
    if (/^\s+$/u.test(between) && between.includes('\n')) return between;
  }
  return undefined;
}

function articleText(n: number, sub: number, paragraphs: readonly string[], layout: Layout): string {
  return `第${toChineseNumeral(n)}${layout.article}${sub ? `之${toChineseNumeral(sub)}` : ''}${layout.label}${paragraphs.join(layout.paragraph)}`;
}

/** A 款 or item removed with the line break before it (or, for the first, the one after it). */
function removal(source: string, span: Span): Span {
  let start = span.start;
  while (start > 0 && /[ \t\u3000]/u.test(source[start - 1] as string)) start--;
  let before = start;
  while (before > 0 && /\s/u.test(source[before - 1] as string)) before--;
  if (before < start && source.slice(before, start).includes('\n')) return { start: before, end: span.end };
  return { start: span.start, end: nextStart(source, span.end) };
}

/** Where the next non-blank text starts after `at`. */
function nextStart(source: string, at: number): number {
  let end = at;
  while (end < source.length && /\s/u.test(source[end] as string)) end++;
  return end;
}

function unitName(level: 'book' | 'subbook' | 'chapter' | 'section'): string {
  return { book: '编', subbook: '分编', chapter: '章', section: '节' }[level];
}

function point(at: number): Span {
  return { start: at, end: at };
}

function key(article: number, sub: number): string {
  return `${article}:${sub}`;
}

/** 第X条之一第二款第三项, as the instrument names it. */
export function label(t: Pick<Target, 'article' | 'sub' | 'paragraphs' | 'item'>): string {
  const paras = t.paragraphs.map((p) => `第${toChineseNumeral(p)}款`).join('、');
  return `第${toChineseNumeral(t.article)}条${t.sub ? `之${toChineseNumeral(t.sub)}` : ''}${paras}${t.item ? `第${toChineseNumeral(t.item)}项` : ''}`;
}

function english(t: Pick<Target, 'article' | 'sub' | 'paragraphs' | 'item'>): string {
  const parts = [`article ${t.article}${t.sub ? `-${t.sub}` : ''}`];
  if (t.paragraphs.length) parts.push(`paragraph ${t.paragraphs.join(', ')}`);
  if (t.item) parts.push(`item ${t.item}`);
  return parts.join(' ');
}
