/**
 * The 修改决定 (or 修正案) from a comparison, in the phrasings real instruments use (docs/compare.md). Articles that stay are cited by their OLD numbers, as the instruments do (“第十三条后
 * 增加一条作为第十四条”: the law being amended is the one in force); an added article is placed by its
 * number in the new text, or, in insert-only mode, as 第X条之N after the old article before it.
 */
import { labelZh, unitZh } from '../checks/labels';
import { exactAnchors } from './align';
import type { ArticleLine } from './articles';
import { toChineseNumeral } from '../text/numerals';
import type { ArticleRef, ArticleRow, Comparison, HeadingRow, Row } from './table';
import { wordInstructions } from './words';

export interface AmendOptions {
  /** 修改决定 (default) or 修正案. */
  form?: 'decision' | 'amendment';
  /** Renumber the whole text (增加一条，作为第X条) or keep numbers (在第X条后增加一条，作为第X条之一). */
  mode?: 'renumber' | 'insertOnly';
  /** 删去 (NPC, 刑法修正案) or 删除 (SPC). */
  deleteWord?: '删去' | '删除';
}

interface Writer {
  o: Required<AmendOptions>;
  /** The old article before the current row (insert-only anchors), and how many were added after it. */
  anchor?: ArticleRef;
  inserted: number;
  renumbers: boolean;
}

const RANK: Record<string, number> = { book: 0, subbook: 1, chapter: 2, section: 3 };

/** The instrument's text. The comparison must include unchanged rows (they anchor insertions). */
export function writeInstrument(c: Comparison, options: AmendOptions = {}): string {
  const w: Writer = { o: { form: options.form ?? 'decision', mode: options.mode ?? 'renumber', deleteWord: options.deleteWord ?? '删去' }, inserted: 0, renumbers: false };
  const title = c.title.old || c.title.new;
  const law = title ? `《${title}》` : '本法规';
  const items: string[] = [];
  let deletions: string[] = [];
  const flush = (): void => {
    if (deletions.length) items.push(`${w.o.deleteWord}${deletions.join('、')}。`);
    deletions = [];
  };
  c.rows.forEach((row, k) => {
    if (row.type === 'article' && row.kind === 'deleted') {
      deletions.push(old(row.old[0] as ArticleRef));
      w.renumbers = true;
      return;
    }
    flush();
    for (const s of row.type === 'heading' ? headingInstructions(row, c.rows, k) : articleInstructions(row, w)) items.push(s);
    if (row.type === 'article' && row.old.length > 0 && row.kind !== 'moved') {
      w.anchor = row.old[row.old.length - 1];
      w.inserted = 0;
    }
    if (row.type === 'article' && row.renumbered) w.renumbers = true;
  });
  flush();
  const decision = w.o.form === 'decision';
  const head = decision ? [`关于修改${law}的决定`, '', `××××人民代表大会常务委员会第×次会议决定对${law}作如下修改：`, ''] : [`${law}修正案`, ''];
  const body = items.map((s, k) => `${toChineseNumeral(k + 1)}、${s}`);
  const closing: string[] = [];
  if (w.renumbers && w.o.mode === 'renumber') closing.push('此外，对条文顺序作相应调整。');
  closing.push(decision ? '本决定自　　年　　月　　日起施行。' : '本修正案自　　年　　月　　日起施行。');
  if (decision) closing.push(`${law}根据本决定作相应修改${w.renumbers && w.o.mode === 'renumber' ? '，并对条文顺序作相应调整' : ''}后重新公布。`);
  if (items.length === 0) return [...head, '（两个版本的条文相同，无需修改。）', ''].join('\n');
  return [...head, ...body.flatMap((s) => [s, '']), ...closing.flatMap((s) => [s, ''])].join('\n').replace(/\n$/, '');
}

/** 第十二条 in the canonical form, from the old text's number. */
function old(r: ArticleRef): string {
  return labelZh('article', r.number, 'prc', r.sub);
}

/** Lines quoted as the instruments quote them: each opens with “, only the last closes with ”. */
function quote(lines: readonly string[]): string {
  return lines.map((l, k) => `“${l}${k === lines.length - 1 ? '”' : ''}`).join('\n');
}

function texts(r: ArticleRef): string[] {
  return r.lines.map((l) => l.text);
}

/** 作为第X条 (renumber) or 在第X条后增加一条，作为第X条之N (insert-only). */
function addArticle(w: Writer, r: ArticleRef): string {
  if (w.o.mode === 'renumber' || !w.anchor) return `增加一条，作为${labelZh('article', r.number, 'prc', r.sub)}：${quote(texts(r))}`;
  w.inserted++;
  const at = old(w.anchor);
  return `在${at}后增加一条，作为${labelZh('article', w.anchor.number, 'prc', w.inserted)}：${quote(texts(r))}`;
}

function articleInstructions(row: ArticleRow, w: Writer): string[] {
  const [o, n] = [row.old[0], row.new[0]];
  switch (row.kind) {
    case 'unchanged':
      return [];
    case 'added':
      w.renumbers = true;
      return [addArticle(w, n as ArticleRef)];
    case 'modified':
      return modified(o as ArticleRef, n as ArticleRef, w);
    case 'moved':
      w.renumbers = true;
      if (w.o.mode === 'insertOnly') return [`${w.o.deleteWord}${old(o as ArticleRef)}。`, addArticle(w, n as ArticleRef)];
      return [`原${old(o as ArticleRef)}作为${labelZh('article', (n as ArticleRef).number, 'prc', (n as ArticleRef).sub)}${row.changed ? `，修改为：${quote(texts(n as ArticleRef))}` : '。'}`];
    case 'split':
      w.renumbers = true;
      return [`将${old(o as ArticleRef)}修改为：${quote(texts(n as ArticleRef))}`, ...row.new.slice(1).map((r) => addArticle({ ...w, anchor: o }, r))];
    case 'merged':
      w.renumbers = true;
      return [`将${old(o as ArticleRef)}修改为：${quote(texts(n as ArticleRef))}`, `${w.o.deleteWord}${row.old.slice(1).map(old).join('、')}。`];
    default:
      return [];
  }
}

/**
 * A rewritten article as narrow as it reads: one 款 or 项 added or deleted, words changed inside 款 and
 * 项 (将第X条第Y款中的“A”修改为“B”), a 款 or 项 rewritten, or else the whole article.
 */
function modified(o: ArticleRef, n: ArticleRef, w: Writer): string[] {
  const whole = [`将${old(o)}修改为：${quote(texts(n))}`];
  // Lines match on their words: an item renumbered by an item inserted before it is the same item.
  const pairs = exactAnchors(o.lines.map(words), n.lines.map(words));
  const at = (r: ArticleRef, l: ArticleLine): string | undefined => place(old(o), r, l);
  if (pairs.length === o.lines.length && n.lines.length === o.lines.length + 1) {
    const j = missing(pairs.map((p) => p[1]), n.lines.length);
    const l = n.lines[j] as ArticleLine;
    if (l.kind === 'paragraph' && n.lines.every((x) => x.paragraph !== l.paragraph || x === l)) return [`${old(o)}增加一款，作为第${toChineseNumeral(l.paragraph)}款：${quote([l.text])}`];
    if (l.kind === 'item') return [`${paragraphPlace(old(o), n, l.paragraph)}增加一项，作为第${toChineseNumeral(l.item)}项：${quote([l.text])}`];
    return whole;
  }
  if (pairs.length === n.lines.length && o.lines.length === n.lines.length + 1) {
    const l = o.lines[missing(pairs.map((p) => p[0]), o.lines.length)] as ArticleLine;
    const where = at(o, l);
    if (where && (l.kind === 'item' || o.lines.every((x) => x.paragraph !== l.paragraph || x === l))) return [`${w.o.deleteWord}${where}。`];
    return whole;
  }
  if (o.lines.length !== n.lines.length) return whole;
  const out: string[] = [];
  for (let k = 0; k < o.lines.length; k++) {
    const [lo, ln] = [o.lines[k] as ArticleLine, n.lines[k] as ArticleLine];
    if (lo.text === ln.text) continue;
    const where = at(o, lo);
    if (!where || lo.kind !== ln.kind) return whole;
    // 第X条第Y款 names the 款 with its items: quoted words must be unique there, and a 款 holding items is
    // not rewritten alone (将第Y款修改为 would drop them).
    const held = lo.kind === 'paragraph' ? o.lines.filter((x) => x.paragraph === lo.paragraph && x !== lo) : [];
    const words = wordInstructions(where, lo.text, ln.text, { deleteWord: w.o.deleteWord }, [lo.text, ...held.map((x) => x.text)].join('\n'));
    if (!words && held.length > 0) return whole;
    out.push(...(words ?? [`将${where}修改为：${quote([ln.text])}`]));
  }
  return out.length > 0 && out.length <= 3 ? out : whole;
}

const MARKER = /^(?:（[^）]*）|[0-9０-９]+[.．、])/u;

function words(l: ArticleLine): string {
  return l.kind === 'paragraph' ? l.text : l.text.replace(MARKER, '');
}

function missing(present: readonly number[], length: number): number {
  const set = new Set(present);
  for (let k = 0; k < length; k++) if (!set.has(k)) return k;
  return length - 1;
}

/** 第X条第Y款: the 款 is named only when the article has more than one (a lone 款 is the article). */
function paragraphPlace(article: string, r: ArticleRef, paragraph: number): string {
  const count = r.lines.reduce((n, l) => Math.max(n, l.paragraph), 0);
  return count > 1 ? `${article}第${toChineseNumeral(paragraph)}款` : article;
}

/** Where a line is (第X条第Y款, 第X条第Y款第Z项); undefined for a 目, which is rewritten with its article. */
function place(article: string, r: ArticleRef, l: ArticleLine): string | undefined {
  if (l.kind === 'paragraph') return paragraphPlace(article, r, l.paragraph);
  if (l.kind === 'item') return `${paragraphPlace(article, r, l.paragraph)}第${toChineseNumeral(l.item)}项`;
  return undefined;
}

/** 将第二章的章名修改为“……”; 增加一章，作为第N章“……”，包括第a条至第b条; 删去第N章的章名. */
function headingInstructions(row: HeadingRow, rows: readonly Row[], k: number): string[] {
  const unit = unitZh(row.level);
  if (row.kind === 'modified' && row.old && row.new) return [`将${labelZh(row.level, row.old.number)}的${unit}名修改为“${row.new.title}”。`];
  if (row.kind === 'deleted' && row.old) return [`删去${labelZh(row.level, row.old.number)}的${unit}名。`];
  if (row.kind !== 'added' || !row.new) return [];
  const covered: ArticleRef[] = [];
  for (let q = k + 1; q < rows.length; q++) {
    const r = rows[q] as Row;
    if (r.type === 'heading' && (RANK[r.level] ?? 2) <= (RANK[row.level] ?? 2)) break;
    if (r.type === 'article') covered.push(...r.new);
  }
  const [first, last] = [covered[0], covered[covered.length - 1]];
  const span = first && last ? `，包括${labelZh('article', first.number, 'prc', first.sub)}${last !== first ? `至${labelZh('article', last.number, 'prc', last.sub)}` : ''}` : '';
  return [`增加一${unit}，作为${labelZh(row.level, row.new.number)}“${row.new.title}”${span}。`];
}
