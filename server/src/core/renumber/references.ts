/**
 * Rewriting internal references to the new numbers, in their original surface style (drafting-rules §3.2,
 * §4.3–4.5). Only numeral tokens change; 本条例, bracket style and separators stay as written. External and
 * opaque references are never touched; a reference to a deleted unit is reported, never rewritten.
 */
import { childrenOfKind, paragraphsOf } from '../parse/nodes';
import { lastStartingAtOrBefore, positionIn } from '../text/offsets';
import type { Analysis, Finding, PathNumeral, Reference, ReferencePath, Span, StructureNode } from '../types';
import { joinEdits, type TextEdit } from './edit';
import { keyOf } from './identity';
import type { Plan } from './plan';
import { renderNumeral, renderSub } from './render';

interface Located {
  nodes: Partial<Record<PathNumeral['level'], StructureNode>>;
  uncertain: boolean;
  missing?: { numeral: PathNumeral; what: string };
}

const AMBIGUOUS = { zh: '引用的条文编号有重复或顺序错乱，已按最可能的对象改写，请确认', en: 'The cited label is duplicated or out of order; rewritten to the most likely target, please confirm' };

function lookup(list: readonly StructureNode[] | undefined, plan: Plan, n: number, sub = 0): { node: StructureNode; certain: boolean } | undefined {
  if (!list) return undefined;
  return plan.identities.get(list)?.byKey.get(keyOf(n, sub));
}

/**
 * The scope list of a parent's children of a kind, by its first such child (childrenOfKind is computed
 * once per node: looking through a chapter of 9,000 articles for its first section, per reference, was
 * quadratic).
 */
function listOfChildren(parent: StructureNode | undefined, kind: StructureNode['kind'], plan: Plan): readonly StructureNode[] | undefined {
  const first = parent && childrenOfKind(parent, kind)[0];
  return first ? plan.listOf.get(first) : undefined;
}

/** The chapters of a text, made when a reference first asks for the chapter around its article. */
type Chapters = () => readonly StructureNode[];

/**
 * The chapter an old number names in the first chapter list (one per book when chapters restart) that has
 * it: for a reference whose own book has no such chapter. Made once, when first asked, not by looking in
 * every list per reference (9,000 books each citing a chapter it lacks: 2.6 s to renumber).
 */
type ChapterAnywhere = (n: number) => { node: StructureNode; certain: boolean } | undefined;

function chapterAnywhere(a: Analysis, plan: Plan): ChapterAnywhere {
  let byKey: Map<number, { node: StructureNode; certain: boolean }> | undefined;
  return (n) => {
    if (!byKey) {
      byKey = new Map();
      for (const list of a.scopes.chapters) for (const [k, hit] of plan.identities.get(list)?.byKey ?? []) if (!byKey.has(k)) byKey.set(k, hit);
    }
    return byKey.get(keyOf(n));
  };
}

/**
 * The chapter around an article: chapters stand in text order and do not nest, so the last one starting
 * before the article holds it, if any does (searching all divisions per reference was quadratic: 20,000
 * chapters, each cited, 1 s).
 */
function ancestorChapter(chapters: Chapters, article: StructureNode | undefined): StructureNode | undefined {
  if (!article) return undefined;
  const c = lastStartingAtOrBefore(chapters(), article.spanStart);
  return c && article.spanEnd <= c.spanEnd ? c : undefined;
}

/**
 * The item each old number names in an article whose paragraph is not named: the first paragraph's item of
 * that number. Made once per article, not by looking in every paragraph per reference.
 */
type ItemsIn = (article: StructureNode) => Map<number, { node: StructureNode; certain: boolean }>;

function itemsByNumber(plan: Plan): ItemsIn {
  const memo = new Map<StructureNode, Map<number, { node: StructureNode; certain: boolean }>>();
  return (article) => {
    let byKey = memo.get(article);
    if (!byKey) {
      byKey = new Map();
      for (const p of paragraphsOf(article)) {
        const list = listOfChildren(p, 'item', plan);
        for (const [k, hit] of (list && plan.identities.get(list)?.byKey) ?? []) if (!byKey.has(k)) byKey.set(k, hit);
      }
      memo.set(article, byKey);
    }
    return byKey;
  };
}

/** Finds the nodes a path named under the OLD numbering. */
function locate(a: Analysis, ref: Reference, path: ReferencePath, plan: Plan, chapters: Chapters, itemsIn: ItemsIn, anywhere: ChapterAnywhere): Located {
  const out: Located = { nodes: {}, uncertain: false };
  const numeral = (level: PathNumeral['level']): PathNumeral | undefined => path.numerals.find((x) => x.level === level);
  const fail = (level: PathNumeral['level'], what: string): Located => {
    const n = numeral(level);
    if (n) out.missing = { numeral: n, what };
    return out;
  };
  if (path.chapter !== undefined) {
    const own = ancestorChapter(chapters, ref.article);
    const lists = a.scopes.chapters;
    // The list the reference's own chapter was numbered in (plan.listOf holds every scope list's nodes).
    const preferred = (own && plan.listOf.get(own)) || lists[0];
    const hit = lookup(preferred, plan, path.chapter) ?? anywhere(path.chapter);
    if (!hit) return fail('chapter', `第${path.chapter}章`);
    out.nodes.chapter = hit.node;
    out.uncertain ||= !hit.certain;
  }
  if (path.section !== undefined) {
    const chapter = out.nodes.chapter ?? ancestorChapter(chapters, ref.article);
    const hit = lookup(listOfChildren(chapter, 'section', plan), plan, path.section);
    if (!hit) return fail('section', `第${path.section}节`);
    out.nodes.section = hit.node;
    out.uncertain ||= !hit.certain;
  }
  let article: StructureNode | undefined;
  if (path.article !== undefined) {
    const hit = lookup(a.scopes.articles, plan, path.article, path.articleSub ?? 0);
    if (!hit) return fail('article', `第${path.article}条`);
    article = hit.node;
    out.uncertain ||= !hit.certain;
  } else if (path.chapter === undefined && path.section === undefined) {
    article = ref.article;
    if (ref.relative?.startsWith('前') && ref.relative.endsWith('条') && ref.article) {
      article = a.articles[positionIn(a.articles, ref.article) - (ref.relativeCount ?? 1)];
    }
  }
  if (article) out.nodes.article = article;
  if (!article || (path.item === undefined && path.subitem === undefined)) return out;
  const paragraphs = paragraphsOf(article);
  let paragraph: StructureNode | undefined;
  if (path.paragraph !== undefined) paragraph = paragraphs[path.paragraph - 1];
  else if (ref.relative?.startsWith('前') && ref.relative.endsWith('款') && ref.paragraph && ref.article === article) {
    paragraph = paragraphs[ref.paragraph.number - 1 - (ref.relativeCount ?? 1)];
  }
  if (path.item !== undefined) {
    const hit = paragraph ? lookup(listOfChildren(paragraph, 'item', plan), plan, path.item) : itemsIn(article).get(keyOf(path.item, 0));
    if (!hit) return fail('item', `第${path.item}项`);
    out.nodes.item = hit.node;
    out.uncertain ||= !hit.certain;
  }
  if (path.subitem !== undefined && out.nodes.item) {
    const hit = lookup(listOfChildren(out.nodes.item, 'subitem', plan), plan, path.subitem);
    if (!hit) return fail('subitem', `第${path.subitem}目`);
    out.nodes.subitem = hit.node;
  }
  return out;
}

/** The edits of one path: one per label, the article's numeral and 之N joined (joinEdits). */
function pathEdits(a: Analysis, path: ReferencePath, loc: Located, plan: Plan): TextEdit[] {
  const edits: TextEdit[] = [];
  const article: TextEdit[] = [];
  for (const n of path.numerals) {
    const level = n.level === 'articleSub' ? 'article' : n.level;
    const node = loc.nodes[level];
    const l = node ? plan.labels.get(node) : undefined;
    if (!node || !l || n.level === 'paragraph') continue;
    const raw = a.text.slice(n.span.start, n.span.end);
    if (n.level === 'articleSub') {
      if (l.sub === 0) article.push({ span: n.removal ?? n.span, newText: '' });
      else if (l.sub !== n.value) article.push({ span: n.span, newText: renderNumeral(l.sub, n.style, raw, a.jurisdiction) });
      continue;
    }
    const into = n.level === 'article' ? article : edits;
    if (l.number !== n.value) into.push({ span: n.span, newText: renderNumeral(l.number, n.style, raw, a.jurisdiction) });
    if (n.level === 'article' && l.sub > 0 && !path.numerals.some((x) => x.level === 'articleSub')) {
      const at = n.span.end + 1; // after 条
      article.push({ span: { start: at, end: at }, newText: renderSub(l.sub, n.style, false, a.jurisdiction) });
    }
  }
  if (article.length > 0) edits.push(joinEdits(a.text, article));
  return edits;
}

function spanOf(n: PathNumeral): Span {
  return n.removal ? { start: Math.min(n.span.start, n.removal.start), end: Math.max(n.span.end, n.removal.end) } : n.span;
}

export function referenceEdits(a: Analysis, plan: Plan, findings: Finding[]): TextEdit[] {
  const edits: TextEdit[] = [];
  let articles: ArticlePositions | undefined;
  let chapterList: StructureNode[] | undefined;
  const chapters: Chapters = () => (chapterList ??= a.divisions.filter((d) => d.kind === 'chapter'));
  const itemsIn = itemsByNumber(plan);
  const anywhere = chapterAnywhere(a, plan);
  for (const ref of a.references) {
    if (ref.scope === 'external') continue;
    for (const el of ref.elements) {
      const ends = [el.path, ...(el.rangeEnd ? [el.rangeEnd.path] : [])];
      const located = ends.map((p) => locate(a, ref, p, plan, chapters, itemsIn, anywhere));
      const missing = located.find((l) => l.missing);
      if (missing?.missing) {
        findings.push({
          code: 'renumber.deleted-target',
          severity: 'error',
          span: spanOf(missing.missing.numeral),
          message: {
            zh: `引用的${el.text}指向的条文已不存在（可能已删除），未改写，请处理`,
            en: `“${el.text}” points at a unit that no longer exists (deleted?); not rewritten, please resolve`,
          },
        });
        continue;
      }
      let confirm = located.some((l) => l.uncertain) ? AMBIGUOUS : undefined;
      if (el.rangeEnd) {
        articles ??= articlePositions(a, plan);
        const note = rangeChange(articles, located[0]?.nodes.article, located[1]?.nodes.article);
        if (note) {
          findings.push({ code: 'renumber.range-changed', severity: 'warning', span: el.span, message: note });
          confirm = note;
        }
      }
      if (confirm && located.some((l) => l.uncertain)) {
        findings.push({ code: 'renumber.ambiguous', severity: 'warning', span: el.span, message: AMBIGUOUS });
      }
      ends.forEach((p, i) => {
        for (const e of pathEdits(a, p, located[i] as Located, plan)) edits.push(confirm ? { ...e, confirm } : e);
      });
    }
  }
  return edits;
}

/** The article list in text order, and how many new articles come before each position in it. */
interface ArticlePositions {
  list: readonly StructureNode[];
  /** newBefore[k]: the articles among the first k that are new here (prefix counts). */
  newBefore: number[];
}

/**
 * Once per renumbering: a range reference asks which articles lie between its ends, and looking that up in
 * the list for each one was quadratic (10,000 articles each citing 第一条至第N条: 3.5 s).
 */
function articlePositions(a: Analysis, plan: Plan): ArticlePositions {
  const list = a.scopes.articles;
  const id = plan.identities.get(list);
  const newBefore = [0];
  list.forEach((n, k) => {
    // A unit outside the anchored labels, or an inserted 之N article that now takes an integer, is new here.
    const isNew = !id?.anchored.has(n) || (n.sub > 0 && plan.labels.get(n)?.sub === 0);
    newBefore.push((newBefore[k] as number) + (isNew ? 1 : 0));
  });
  return { list, newBefore };
}

/** A new article inside 第十条至第十五条 widens the range; a deleted one narrows it (§4.5). */
function rangeChange(articles: ArticlePositions, from: StructureNode | undefined, to: StructureNode | undefined) {
  if (!from || !to) return undefined;
  const i = positionIn(articles.list, from);
  const j = positionIn(articles.list, to);
  if (i < 0 || j <= i) return undefined;
  const inserted = (articles.newBefore[j] as number) - (articles.newBefore[i + 1] as number) > 0;
  if (inserted) {
    return { zh: '范围内新增了条文，改写后的范围包含新条文，请确认', en: 'An article was inserted inside this range; the rewritten range now covers it, please confirm' };
  }
  return undefined;
}
