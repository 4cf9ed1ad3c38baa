/**
 * The 修改对照表 as data: one row per article identity (an article renumbered or moved is one row; a split
 * or merged article one row with two articles on one side), heading rows for the divisions, word-level
 * diff spans, and the counts of the summary line. Renderers and the instrument writer read this model.
 */
import type { Analysis } from '../analysis';
import type { NodeKind, Script } from '../types';
import type { Jurisdiction } from '../text/numerals';
import { alignArticles, type Match } from './align';
import { versionArticles, versionHeadings, type ArticleLine, type VersionArticle, type VersionHeading } from './articles';
import { diffWords, type DiffSpan } from './diff';
import { alignHeadings, type HeadingPair } from './headings';

export type RowKind = 'unchanged' | 'modified' | 'added' | 'deleted' | 'moved' | 'split' | 'merged';

export interface ArticleRef {
  label: string;
  number: number;
  sub: number;
  text: string;
  lines: ArticleLine[];
}

export interface ArticleRow {
  type: 'article';
  kind: RowKind;
  old: ArticleRef[];
  new: ArticleRef[];
  /** The article's number changed (原第十二条). */
  renumbered: boolean;
  /** Its words changed (always for modified, split and merged; for a move, when it was edited too). */
  changed: boolean;
  /** The old text against the new (each side's articles joined by a line break). */
  diff: DiffSpan[];
}

export interface HeadingRef {
  kind: NodeKind;
  label: string;
  number: number;
  title: string;
}

export interface HeadingRow {
  type: 'heading';
  kind: 'unchanged' | 'modified' | 'added' | 'deleted';
  level: NodeKind;
  old?: HeadingRef;
  new?: HeadingRef;
  diff: DiffSpan[];
}

export type Row = ArticleRow | HeadingRow;

export interface Summary {
  modified: number;
  added: number;
  deleted: number;
  moved: number;
  split: number;
  merged: number;
  unchanged: number;
  renumbered: number;
}

export interface Comparison {
  title: { old: string; new: string };
  jurisdiction: Jurisdiction;
  script: Script;
  rows: Row[];
  summary: Summary;
}

export interface CompareOptions {
  /** Unchanged articles (and headings over nothing changed) are left out unless this is true. */
  unchanged?: boolean;
}

export function compareVersions(before: Analysis, after: Analysis, options: CompareOptions = {}): Comparison {
  const a = versionArticles(before);
  const b = versionArticles(after);
  const articleRows = rowsOf(a, b);
  const rows = placeHeadings(articleRows, alignHeadings(versionHeadings(before), versionHeadings(after)));
  const summary: Summary = { modified: 0, added: 0, deleted: 0, moved: 0, split: 0, merged: 0, unchanged: 0, renumbered: 0 };
  for (const r of articleRows.map((x) => x.row)) {
    summary[r.kind]++;
    if (r.renumbered) summary.renumbered++;
  }
  return {
    title: { old: before.title?.text ?? '', new: after.title?.text ?? '' },
    jurisdiction: after.jurisdiction,
    script: after.script,
    rows: options.unchanged ? rows : shown(rows),
    summary,
  };
}

/** A comparison made with its unchanged rows, as shown without them: one alignment serves the table and the instrument. */
export function changesOnly(c: Comparison): Comparison {
  return { ...c, rows: shown(c.rows) };
}

/** A row with where its articles stand in each version (headings are placed by these). */
interface Placed {
  row: ArticleRow;
  oldStart?: number;
  newStart?: number;
}

function ref(x: VersionArticle): ArticleRef {
  return { label: x.label, number: x.number, sub: x.sub, text: x.body, lines: x.lines };
}

/** Article rows in the new version's order, each deleted article after the old article before it. */
function rowsOf(a: VersionArticle[], b: VersionArticle[]): Placed[] {
  const { matches, deleted } = alignArticles(a, b);
  const ofNew = new Int32Array(b.length).fill(-1);
  matches.forEach((m, k) => m.new.forEach((j) => (ofNew[j] = k)));
  const isDeleted = new Uint8Array(a.length);
  for (const i of deleted) isDeleted[i] = 1;
  const out: Placed[] = [];
  let nextOld = 0;
  const deletedUpTo = (end: number): void => {
    for (; nextOld < end; nextOld++) if (isDeleted[nextOld]) out.push({ row: articleRow('deleted', [a[nextOld] as VersionArticle], []), oldStart: a[nextOld]?.start });
  };
  b.forEach((x, j) => {
    const m = matches[ofNew[j] as number];
    if (!m) {
      out.push({ row: articleRow('added', [], [x]), newStart: x.start });
      return;
    }
    if (m.new[0] !== j) return;
    const olds = m.old.map((i) => a[i] as VersionArticle);
    if (!m.moved) {
      deletedUpTo(m.old[0] as number);
      nextOld = Math.max(nextOld, (m.old[m.old.length - 1] as number) + 1);
    }
    out.push({ row: articleRow(kindOf(m), olds, m.new.map((k) => b[k] as VersionArticle)), newStart: x.start, oldStart: m.moved ? undefined : olds[0]?.start });
  });
  deletedUpTo(a.length);
  return out;
}

function kindOf(m: Match): RowKind {
  if (m.moved) return 'moved';
  if (m.kind === 'split' || m.kind === 'merged') return m.kind;
  return m.kind === 'same' ? 'unchanged' : 'modified';
}

function articleRow(kind: RowKind, olds: VersionArticle[], news: VersionArticle[]): ArticleRow {
  const before = olds.map((x) => x.body).join('\n');
  const after = news.map((x) => x.body).join('\n');
  const [o, n] = [olds[0], news[0]];
  const renumbered = olds.length === 1 && news.length === 1 && !!o && !!n && (o.number !== n.number || o.sub !== n.sub);
  return {
    type: 'article',
    kind,
    old: olds.map(ref),
    new: news.map(ref),
    renumbered,
    changed: olds.length > 0 && news.length > 0 && olds.map((x) => x.key).join('') !== news.map((x) => x.key).join(''),
    // Equal texts need no diff: a version compared with itself diffs nothing.
    diff: before === after ? [{ op: 'equal', text: before }] : diffWords(before, after),
  };
}

function headingRef(h: VersionHeading): HeadingRef {
  return { kind: h.kind, label: h.label, number: h.number, title: h.title };
}

function headingRow(p: HeadingPair): HeadingRow {
  const text = (h?: VersionHeading): string => (h ? `${h.label}${h.label && h.title ? ' ' : ''}${h.title}` : '');
  const kind = !p.old ? 'added' : !p.new ? 'deleted' : p.old.key === p.new.key && p.old.label === p.new.label ? 'unchanged' : 'modified';
  return { type: 'heading', kind, level: (p.new ?? p.old)?.kind ?? 'chapter', old: p.old && headingRef(p.old), new: p.new && headingRef(p.new), diff: diffWords(text(p.old), text(p.new)) };
}

/**
 * Each heading goes before the first article row it precedes: by the new version's offsets where both
 * have a new side, else by the old version's (a deleted article stays under its old heading).
 */
function placeHeadings(articles: Placed[], headings: HeadingPair[]): Row[] {
  const out: Row[] = [];
  let k = 0;
  const before = (h: HeadingPair, r: Placed): boolean => {
    if (h.new && r.newStart !== undefined) return h.new.start < r.newStart;
    if (h.old && r.oldStart !== undefined) return h.old.start < r.oldStart;
    return false;
  };
  for (const r of articles) {
    while (k < headings.length && before(headings[k] as HeadingPair, r)) out.push(headingRow(headings[k++] as HeadingPair));
    out.push(r.row);
  }
  for (; k < headings.length; k++) out.push(headingRow(headings[k] as HeadingPair));
  return out;
}

const RANK: Partial<Record<NodeKind, number>> = { book: 0, subbook: 1, chapter: 2, section: 3 };

/**
 * Without unchanged rows (an article only renumbered included: the closing formula of the instrument
 * covers it); an unchanged heading stays only over something shown, before the next heading of its rank
 * or above.
 */
function shown(rows: Row[]): Row[] {
  const keep = rows.map((r) => r.kind !== 'unchanged');
  for (let k = rows.length - 1; k >= 0; k--) {
    const r = rows[k] as Row;
    if (r.type !== 'heading' || keep[k]) continue;
    const rank = RANK[r.level] ?? 2;
    for (let q = k + 1; q < rows.length; q++) {
      const s = rows[q] as Row;
      if (s.type === 'heading' && (RANK[s.level] ?? 2) <= rank) break;
      if (keep[q]) {
        keep[k] = true;
        break;
      }
    }
  }
  return rows.filter((_, k) => keep[k]);
}
