/**
 * Rewriting internal references to the new numbers, in their original surface style. Only numeral tokens
 * change; 本条例, bracket style and separators stay as written. External and
 * opaque references are never touched. A reference to a deleted article is marked (mark.ts) and reported; a
 * reference to any other unit that does not exist is reported, never rewritten.
 */
import { childrenOfKind, paragraphsOf } from '../parse/nodes';
import { foldScript } from '../text/fold';
import { lastStartingAtOrBefore, positionIn } from '../text/offsets';
import type { Analysis } from '../analysis';
import type { Finding, PathNumeral, Reference, ReferencePath, Span, StructureNode, TextEdit } from '../types';
import { joinEdits } from './edit';
import { keyOf } from './identity';
import { DELETED_MARK, deletedMark, markedAt } from './mark';
import type { NewLabel, Plan } from './plan';
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
 * once per node: looking through a chapter of thousands of articles for its first section, per reference,
 * was quadratic).
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
 * every list per reference, which is quadratic when many books each cite a chapter they lack.
 */
type ChapterAnywhere = (n: number, sub?: number) => { node: StructureNode; certain: boolean } | undefined;

function chapterAnywhere(a: Analysis, plan: Plan): ChapterAnywhere {
  let byKey: Map<number, { node: StructureNode; certain: boolean }> | undefined;
  return (n, sub) => {
    if (!byKey) {
      byKey = new Map();
      for (const list of a.scopes.chapters) for (const [k, hit] of plan.identities.get(list)?.byKey ?? []) if (!byKey.has(k)) byKey.set(k, hit);
    }
    return byKey.get(keyOf(n, sub));
  };
}

/**
 * The chapter around an article: chapters stand in text order and do not nest, so the last one starting
 * before the article holds it, if any does (searching all divisions per reference was quadratic when
 * every chapter is cited).
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
  if (path.book !== undefined) {
    const hit = lookup(a.scopes.books, plan, path.book, path.bookSub);
    if (!hit) return fail('book', `第${path.book}编`);
    out.nodes.book = hit.node;
    out.uncertain ||= !hit.certain;
  }
  if (path.chapter !== undefined) {
    const own = ancestorChapter(chapters, ref.article);
    const lists = a.scopes.chapters;
    // The list of the named book's chapters, or the one the reference's own chapter was numbered in
    // (plan.listOf holds every scope list's nodes).
    const preferred = listOfChildren(out.nodes.book, 'chapter', plan) || (own && plan.listOf.get(own)) || lists[0];
    const hit = lookup(preferred, plan, path.chapter, path.chapterSub) ?? anywhere(path.chapter, path.chapterSub);
    if (!hit) return fail('chapter', `第${path.chapter}章`);
    out.nodes.chapter = hit.node;
    out.uncertain ||= !hit.certain;
  }
  if (path.section !== undefined) {
    const chapter = out.nodes.chapter ?? ancestorChapter(chapters, ref.article);
    const hit = lookup(listOfChildren(chapter, 'section', plan), plan, path.section, path.sectionSub);
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

/** The unit a sub level's 之N belongs to. */
const SUB_OF: Partial<Record<PathNumeral['level'], PathNumeral['level']>> = { bookSub: 'book', chapterSub: 'chapter', sectionSub: 'section', articleSub: 'article' };

/** Levels that can carry 之N: their numeral and 之N are one label. */
const HAS_SUB = new Set<PathNumeral['level']>(['book', 'chapter', 'section', 'article']);

/**
 * The edits of one path: one per label, a unit's numeral and 之N joined (joinEdits). `place`: the label
 * to write for the article when it is not a node's (the place of a deleted one).
 */
function pathEdits(a: Analysis, path: ReferencePath, loc: Located, plan: Plan, place?: NewLabel): TextEdit[] {
  const edits: TextEdit[] = [];
  let label: TextEdit[] = [];
  const flush = () => {
    if (label.length > 0) edits.push(joinEdits(a.text, label));
    label = [];
  };
  for (const n of path.numerals) {
    const sub = SUB_OF[n.level];
    const level = sub ?? n.level;
    if (!sub) flush(); // a new unit's label starts
    const node = loc.nodes[level];
    const l = level === 'article' && place ? place : node ? plan.labels.get(node) : undefined;
    if (!l || n.level === 'paragraph') continue;
    const raw = a.text.slice(n.span.start, n.span.end);
    if (sub) {
      if (l.sub === 0) label.push({ span: n.removal ?? n.span, newText: '' });
      else if (l.sub !== n.value) label.push({ span: n.span, newText: renderNumeral(l.sub, n.style, raw, a.jurisdiction) });
      continue;
    }
    if (l.number !== n.value) label.push({ span: n.span, newText: renderNumeral(l.number, n.style, raw, a.jurisdiction) });
    if (HAS_SUB.has(n.level) && l.sub > 0 && !path.numerals.some((x) => SUB_OF[x.level] === n.level)) {
      const at = n.span.end + 1; // after 条 / 章
      label.push({ span: { start: at, end: at }, newText: renderSub(l.sub, n.style, false, a.jurisdiction) });
    }
  }
  flush();
  return edits;
}

function spanOf(n: PathNumeral): Span {
  return n.removal ? { start: Math.min(n.span.start, n.removal.start), end: Math.max(n.span.end, n.removal.end) } : n.span;
}

/**
 * Where a deleted article stood, in the new numbering: the label of the first anchored article after its
 * old key, or one past the last article when none follows. Undefined when the key is not a deletion.
 */
type PlaceOf = (key: number) => NewLabel | undefined;

function placeOf(a: Analysis, plan: Plan, deleted: ((key: number) => boolean) | undefined): PlaceOf {
  const list = a.scopes.articles;
  const anchored = plan.identities.get(list)?.anchored;
  const after = list.filter((n) => anchored?.has(n)); // increasing keys (a longest increasing run)
  const last = list.length > 0 ? plan.labels.get(list[list.length - 1] as StructureNode) : undefined;
  return (key) => {
    let lo = 0;
    let hi = after.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const m = after[mid] as StructureNode;
      if (keyOf(m.number, m.sub) < key) lo = mid + 1;
      else hi = mid;
    }
    const next = after[lo];
    // Without a baseline only a gap between anchored labels is a deletion; with one, an article it had.
    if (deleted ? !deleted(key) : lo === 0 || !next) return undefined;
    if (next) return plan.labels.get(next);
    return { number: (last?.number ?? 0) + 1, sub: 0 };
  };
}

/** The keys of the articles' new labels. */
function newArticleKeys(a: Analysis, plan: Plan): Set<number> {
  const keys = new Set<number>();
  for (const n of a.scopes.articles) {
    const l = plan.labels.get(n);
    if (l) keys.add(keyOf(l.number, l.sub));
  }
  return keys;
}

const MARKED = {
  zh: (t: string, mark: string) => `引用的${t}所指条文已删除，已在其后标注“${mark}”，编号改为原位置上的条文；请改为接替的条文或删除该引用`,
  en: (t: string) => `“${t}” cited an article that was deleted; marked 〔原条文已删除〕 and numbered for the article now in its place; point it at the article that took over, or remove it`,
};

/** `deleted(key)`: whether the baseline had an article with that key that the edit removed (no baseline: undefined). */
export function referenceEdits(a: Analysis, plan: Plan, findings: Finding[], deleted?: (key: number) => boolean): TextEdit[] {
  const edits: TextEdit[] = [];
  let place: PlaceOf | undefined;
  let newKeys: Set<number> | undefined;
  let chapterList: StructureNode[] | undefined;
  const chapters: Chapters = () => (chapterList ??= a.divisions.filter((d) => d.kind === 'chapter'));
  const itemsIn = itemsByNumber(plan);
  const newBefore = newBeforeIn(plan);
  const anywhere = chapterAnywhere(a, plan);
  for (const ref of a.references) {
    if (ref.scope === 'external') continue;
    for (const el of ref.elements) {
      const ends = [el.path, ...(el.rangeEnd ? [el.rangeEnd.path] : [])];
      const located = ends.map((p) => locate(a, ref, p, plan, chapters, itemsIn, anywhere));
      const missing = located.find((l) => l.missing);
      const end = Math.max(el.span.end, el.rangeEnd?.span.end ?? 0);
      if (missing && markedAt(foldScript(a.text.slice(end, end + DELETED_MARK.length)), 0)) continue; // reference.deleted-target reports it
      // Each missing end a deleted article: where it stood in the new numbering.
      const places = missing ? ends.map((p, i) => (located[i]?.missing?.numeral.level === 'article' && p.article !== undefined ? (place ??= placeOf(a, plan, deleted))(keyOf(p.article, p.articleSub ?? 0)) : undefined)) : [];
      if (missing?.missing && located.every((l, i) => !l.missing || places[i])) {
        const mark = deletedMark(a.script);
        findings.push({ code: 'renumber.deleted-target', severity: 'error', span: spanOf(missing.missing.numeral), message: { zh: MARKED.zh(el.text, mark), en: MARKED.en(el.text) } });
        ends.forEach((p, i) => {
          for (const e of pathEdits(a, p, located[i] as Located, plan, places[i])) edits.push(e);
        });
        edits.push({ span: { start: end, end }, newText: mark });
        continue;
      }
      if (missing?.missing) {
        // Left as written, it may name an article once the others are renumbered: say so, it will not show later.
        const p = ends[located.indexOf(missing)];
        const taken = missing.missing.numeral.level === 'article' && p?.article !== undefined && (newKeys ??= newArticleKeys(a, plan)).has(keyOf(p.article, p.articleSub ?? 0));
        findings.push({
          code: 'renumber.deleted-target',
          severity: 'error',
          span: spanOf(missing.missing.numeral),
          message: taken
            ? {
                zh: `引用的${el.text}指向的条文不存在，未改写；重新编号后这个编号属于另一条，引用会指向它，请处理`,
                en: `“${el.text}” points at no article; not rewritten, and after renumbering another article has that number: please resolve`,
              }
            : {
                zh: `引用的${el.text}指向的条文已不存在（可能已删除），未改写，请处理`,
                en: `“${el.text}” points at a unit that no longer exists (deleted?); not rewritten, please resolve`,
              },
        });
        continue;
      }
      let confirm = located.some((l) => l.uncertain) ? AMBIGUOUS : undefined;
      if (el.rangeEnd) {
        const note = rangeChange(plan, newBefore, rangeUnit(located[0]), rangeUnit(located[1]));
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

/** How many new units come before each position of a numbered list: newBefore[k] counts the first k. */
type NewBefore = (list: readonly StructureNode[]) => number[];

/**
 * Made once per list, when a range first asks: a range reference asks which units lie between its ends, and
 * looking that up in the list for each one was quadratic when many articles each cite a range such as
 * 第一条至第N条.
 */
function newBeforeIn(plan: Plan): NewBefore {
  const memo = new Map<readonly StructureNode[], number[]>();
  return (list) => {
    let newBefore = memo.get(list);
    if (newBefore) return newBefore;
    const id = plan.identities.get(list);
    newBefore = [0];
    list.forEach((n, k) => {
      // A unit outside the anchored labels, or an inserted 之N unit that now takes an integer, is new here.
      const isNew = !id?.anchored.has(n) || (n.sub > 0 && plan.labels.get(n)?.sub === 0);
      (newBefore as number[]).push(((newBefore as number[])[k] as number) + (isNew ? 1 : 0));
    });
    memo.set(list, newBefore);
    return newBefore;
  };
}

/** The unit a range end names, for what lies between the ends: its article, else its division. */
function rangeUnit(l: Located | undefined): StructureNode | undefined {
  return l && (l.nodes.article ?? l.nodes.section ?? l.nodes.chapter ?? l.nodes.book);
}

const INSERTED: Partial<Record<StructureNode['kind'], { zh: string; en: string }>> = {
  article: { zh: '条文', en: 'An article' },
  book: { zh: '编', en: 'A book' },
  chapter: { zh: '章', en: 'A chapter' },
  section: { zh: '节', en: 'A section' },
};

/** A new article inside 第十条至第十五条 (a new chapter inside 第二章至第四章) widens the range. */
function rangeChange(plan: Plan, newBefore: NewBefore, from: StructureNode | undefined, to: StructureNode | undefined) {
  const list = from && plan.listOf.get(from);
  if (!from || !to || !list || plan.listOf.get(to) !== list) return undefined;
  const i = positionIn(list, from);
  const j = positionIn(list, to);
  if (i < 0 || j <= i) return undefined;
  const counts = newBefore(list);
  const w = INSERTED[from.kind];
  if (!w || (counts[j] as number) - (counts[i + 1] as number) === 0) return undefined;
  return { zh: `范围内新增了${w.zh}，改写后的范围包含新${w.zh}，请确认`, en: `${w.en} was inserted inside this range; the rewritten range now covers it, please confirm` };
}
