/**
 * Reads an amendment instrument (修改决定, 刑法修正案, 宪法修正案) into instructions, each with the range it is
 * written in. Read from the folded text, so a Traditional instrument reads as a Simplified one, offsets kept.
 * A clause that is not understood becomes an `unparsed` entry, never skipped (docs/apply.md lists the forms).
 */
import { parseNumeral } from '../text/numerals';
import type { Span } from '../types';

/** A unit of the base text an instruction names, in the base's own numbering. */
export interface Target {
  article: number;
  /** The N of 第X条之N; 0 for an integer article. */
  sub: number;
  /** 款 named (several for 第一款、第二款); empty for the whole article. */
  paragraphs: number[];
  item?: number;
  /** A quotation (folded) that names the 款 (宪法第六十二条“全国人民代表大会行使下列职权”中增加一项). */
  within?: string;
  /** Where the instrument names it. */
  span: Span;
}

/** A quotation in the instrument: its words (source text, without the quotation marks) and where they are. */
export interface Quote {
  text: string;
  /** The words script-folded (what is looked for in the folded base). */
  folded: string;
  span: Span;
}

export type Instruction = { span: Span } & (
  | { kind: 'replace'; target: Target; paragraphs: string[] }
  | { kind: 'replaceWords'; target: Target; from: Quote; to: Quote }
  | { kind: 'deleteWords'; target: Target; words: Quote }
  | { kind: 'insertWords'; target: Target; anchor: Quote; words: Quote; before: boolean }
  | { kind: 'delete'; target: Target }
  | { kind: 'insertArticle'; after?: Target; article: number; sub: number; paragraphs: string[] }
  /** 原第X条作为第Y条（，修改为：“……”）: the base's article X taken out and put where Y is; its own words unless rewritten. */
  | { kind: 'moveArticle'; target: Target; article: number; sub: number; paragraphs?: string[] }
  | { kind: 'insertParagraph'; target: Target; at: number; paragraphs: string[] }
  | { kind: 'insertItem'; target: Target; at: number; paragraphs: string[] }
  /** 将第六章的章名修改为“……”: a division's title, the division named in the base's numbering. */
  | { kind: 'retitle'; level: 'book' | 'subbook' | 'chapter' | 'section'; number: number; title: Quote }
  | { kind: 'renumber' }
);

export interface ReadInstrument {
  instructions: Instruction[];
  /** Clauses not understood (one entry per clause, its range trimmed). */
  unparsed: Span[];
}

/** One clause: its text with every quotation replaced by Q and whitespace dropped, and where each character came from. */
interface Clause {
  skeleton: string;
  /** Source offset of each skeleton character. */
  at: number[];
  quotes: Quote[];
  span: Span;
  /** The clause opens an item (一、 / 1. / 第N条 of a 宪法修正案): what 该条 means starts again. */
  opensItem: boolean;
}

const N = '[零〇一二两三四五六七八九十百千0-9]+';
/** The start of a numbered instruction: 二十四、将刑法第X条…, 五、在…, 三、删去… */
const NEXT_ITEM = new RegExp(`^${N}、(?:将|在|删去|删除|增加|刑法|宪法|第${N}条)`, 'u');
const ITEM_LABEL = new RegExp(`^(?:${N}[、.．]|第${N}条(?=\\s*(?:宪法|刑法|将|在|删)))`, 'u');

/** Reads the instrument `text` (`folded`: its script-folded form, same length). */
export function readInstrument(text: string, folded: string = text): ReadInstrument {
  const instructions: Instruction[] = [];
  const unparsed: Span[] = [];
  let context: Target | undefined;
  for (const clause of clauses(text, folded, bodyStart(folded))) {
    if (clause.opensItem) context = undefined;
    const read = readClause(clause, context);
    if (read === 'note') continue;
    if (!read) {
      unparsed.push(clause.span);
      continue;
    }
    for (const i of read) {
      instructions.push(i);
      const named = 'target' in i ? i.target : i.kind === 'insertArticle' ? i.after : undefined;
      if (named) context = named;
    }
  }
  return { instructions, unparsed };
}

/** After a Markdown header (`<!-- INFO END -->`) when there is one, else from the start. */
function bodyStart(folded: string): number {
  const m = /<!--\s*INFO END\s*-->/u.exec(folded);
  return m ? m.index + m[0].length : 0;
}

/**
 * Splits the text into clauses at ；and 。 and at line ends outside quotations (a line that ends with a
 * colon goes on). A paragraph that opens with “ inside a quotation continues it (each quoted 款 opens with “,
 * only the last closes). An unclosed quotation ends the clause at the end of the text.
 */
function clauses(text: string, folded: string, from: number): Clause[] {
  const out: Clause[] = [];
  let skeleton = '';
  let at: number[] = [];
  let quotes: Quote[] = [];
  let start = -1;
  let depth = 0;
  let quoteStart = 0;
  let lineStart = true;
  let opensItem = false;
  const close = (end: number): void => {
    if (start >= 0 && skeleton !== '') out.push({ skeleton, at, quotes, span: { start, end }, opensItem });
    skeleton = '';
    at = [];
    quotes = [];
    start = -1;
    opensItem = false;
  };
  for (let i = from; i < folded.length; i++) {
    const c = folded[i] as string;
    // A line opening the next numbered instruction ends a quotation the copy left unclosed.
    if (depth > 0 && lineStart && c !== '“' && NEXT_ITEM.test(folded.slice(i, i + 24))) {
      let end = i;
      while (end > quoteStart && /\s/u.test(folded[end - 1] as string)) end--;
      quotes.push({ text: text.slice(quoteStart, end), folded: folded.slice(quoteStart, end), span: { start: quoteStart, end } });
      skeleton += 'Q';
      at.push(quoteStart - 1);
      depth = 0;
      close(end);
    }
    if (depth > 0) {
      if (c === '“' && !lineStart) depth++;
      else if (c === '”' && --depth === 0) {
        quotes.push({ text: text.slice(quoteStart, i), folded: folded.slice(quoteStart, i), span: { start: quoteStart, end: i } });
        skeleton += 'Q';
        at.push(quoteStart - 1);
      }
      if (c === '\n') lineStart = true;
      else if (!/\s/u.test(c)) lineStart = false;
      continue;
    }
    if (c === '\n') {
      if (!/[：:]$/u.test(skeleton)) close(i);
      lineStart = true;
      continue;
    }
    if (/\s/u.test(c)) continue;
    if (lineStart) {
      const label = ITEM_LABEL.exec(folded.slice(i, i + 16));
      if (label) {
        close(i);
        opensItem = true;
        i += label[0].length - 1;
        lineStart = false;
        continue;
      }
    }
    lineStart = false;
    if (start < 0) start = i;
    if (c === '；' || c === '。' || c === ';') {
      close(i + 1);
      continue;
    }
    if (c === '“') {
      depth = 1;
      quoteStart = i + 1;
      continue;
    }
    skeleton += c === ':' ? '：' : c === ',' ? '，' : c;
    at.push(i);
  }
  // An unclosed quotation: the clause keeps what was read, without the quotation (it is unparsed).
  if (depth > 0) skeleton += '“';
  close(folded.length);
  return out;
}

/** Clauses that change nothing: title, dates, the opening formula, the commencement and republication lines. */
const NOTES = [
  /^#/u,
  /^<!--/u,
  /作如下[^Q]*(?:修改|补充|修正)[^Q]*：?$/u,
  /^(?:中华人民共和国)?.*(?:修正案|决定)(?:（.*）)?$/u,
  /^（?\d{4}年.*(?:通过|公布|修正)）?$/u,
  /^本(?:决定|修正案)自.*施行$/u,
  /(?:重新公布|公布施行)$/u,
  /^这一(?:自然段|款|条|项)相应地?修改为：?Q$/u,
  /^原P作为P$/u,
  /^原?P(?:至P)?(?:相应地?)?改为P(?:至P)?$/u,
];

const PATH = new RegExp(
  `该条|该款|(?:刑法|宪法|本法|《[^》]*》)?(?:第(${N})条(?:之(${N}))?)?((?:(?:、|和)?第${N}款)*)((?:(?:、|和)?第${N}项)*)`,
  'gu',
);

/** The skeleton with every path replaced by P, and the paths in order. */
function paths(clause: Clause, before: Target | undefined): { shape: string; found: (Target | undefined)[] } {
  const found: (Target | undefined)[] = [];
  // 该条 and a bare 第二款 continue the article named last, in this clause or before it.
  let context = before;
  const shape = clause.skeleton.replace(PATH, (whole: string, art?: string, sub?: string, paras?: string, items?: string, offset?: number) => {
    if (!whole.includes('第') && whole !== '该条' && whole !== '该款') return whole;
    const o = offset ?? 0;
    const span = { start: clause.at[o] ?? clause.span.start, end: (clause.at[o + whole.length - 1] ?? clause.span.start) + 1 };
    if (whole === '该条' || whole === '该款') {
      found.push(context && { ...context, paragraphs: whole === '该条' ? [] : context.paragraphs, item: undefined, span });
      return 'P';
    }
    const nums = (s: string | undefined, unit: string): number[] => [...(s ?? '').matchAll(new RegExp(`第(${N})${unit}`, 'gu'))].map((m) => parseNumeral(m[1] as string)?.value ?? 0);
    const article = art ? (parseNumeral(art)?.value ?? 0) : (context?.article ?? 0);
    const itemList = nums(items, '项');
    const target = {
      article: art ? article : -article,
      sub: art ? (sub ? (parseNumeral(sub)?.value ?? 0) : 0) : (context?.sub ?? 0),
      paragraphs: nums(paras, '款'),
      item: itemList[0],
      span,
    };
    found.push(target);
    if (art) context = target;
    return 'P';
  });
  return { shape, found };
}

type Read = Instruction[] | 'note' | undefined;

/**
 * One clause against the forms of docs/apply.md. A path without an article (第二款, 第七项) continues the
 * article named before (its article is stored negated until a form accepts it as relative).
 */
function readClause(clause: Clause, context: Target | undefined): Read {
  const { shape: raw, found } = paths(clause, context);
  // The purpose clause of a 刑法修正案 that is also its only instruction: 为了……，将刑法第X条修改为：
  const shape = raw.replace(/^为了[^Q]*?，(?=(?:将|在|删去|删除)?P|对)/u, '').replace(/，?(?:即|规定)：/u, '：').replace(/^(?:此外，)?/u, '');
  if (/条文顺序作相应调整/u.test(shape)) return [{ kind: 'renumber', span: clause.span }];
  // 原第十四条作为第十八条: an article moved (原第二款作为第三款, a 款 restated after an insertion, is a note).
  const moved = /^原P作为P(?:，修改为：?Q)?$/u.test(shape) ? found.filter((t) => t && t.article > 0 && t.paragraphs.length === 0 && t.item === undefined) : [];
  if (moved.length === 2) {
    const [from, to] = moved as [Target, Target];
    return [{ kind: 'moveArticle', target: from, article: to.article, sub: to.sub, paragraphs: clause.quotes[0] ? paragraphsOf(clause.quotes[0].text) : undefined, span: clause.span }];
  }
  if (NOTES.some((re) => re.test(shape))) return 'note';
  const q = clause.quotes;
  const span = clause.span;
  const abs = (t: Target | undefined): Target | undefined => (t && t.article !== 0 ? { ...t, article: Math.abs(t.article) } : undefined);
  const whole = (t: Target | undefined): Target | undefined => t && t.article > 0 ? t : undefined;
  const texts = (quote: Quote | undefined): string[] => (quote ? paragraphsOf(quote.text) : []);
  let m: RegExpExecArray | null;
  // 将第六章的章名修改为“数字政府建设”
  if ((m = new RegExp(`^将第(${N})(编|分编|章|节)的\\2名修改为：?Q$`, 'u').exec(shape)) && q[0]) {
    const level = ({ 编: 'book', 分编: 'subbook', 章: 'chapter', 节: 'section' } as const)[m[2] as '编' | '分编' | '章' | '节'];
    return [{ kind: 'retitle', level, number: parseNumeral(m[1] as string)?.value ?? 0, title: q[0], span }];
  }
  // 将第X条（第Y款、第Z项）修改为：“……”
  if (/^将?P修改为：?Q$/u.test(shape)) {
    const t = abs(found[0]);
    return t ? [{ kind: 'replace', target: t, paragraphs: texts(q[0]), span }] : undefined;
  }
  // 在第X条中增加一款作为第Y款，将该条修改为：“……” — the whole article is written out again.
  if (/^在?P中?增加[一二两三四五]款，?作为(?:该条)?P(?:、P)?，将P修改为：?Q$/u.test(shape)) {
    const t = whole(found[0]);
    return t ? [{ kind: 'replace', target: { ...t, paragraphs: [], item: undefined }, paragraphs: texts(q[0]), span }] : undefined;
  }
  // 原第Y款作为第Z款，修改为：“……” — the base's 款 Y, moved by an insertion before it.
  if (/^原P作为P，修改为：?Q$/u.test(shape)) {
    const t = abs(found[0]);
    return t ? [{ kind: 'replace', target: t, paragraphs: texts(q[0]), span }] : undefined;
  }
  // 将第X条（第Y款）中的“A”修改为“B”; 宪法第三条第三款“A”修改为：“B”; 第六十七条“…”中第六项“A”修改为“B”
  if ((m = /^将?(P)?：?(?:Q中)?(P)?中?的?Q修改为：?Q$/u.exec(shape))) {
    const t = withinOf(found, m[1] !== undefined && m[2] !== undefined, shape, q, context);
    const [from, to] = q.slice(-2);
    return t && from && to ? [{ kind: 'replaceWords', target: t, from, to, span }] : undefined;
  }
  // 删去第X条（第Y款）（中|末尾）的“A”
  if ((m = /^删去(P)?(?:中|末尾)?的?Q$/u.exec(shape))) {
    const t = m[1] ? abs(found[0]) : context;
    return t && q[0] ? [{ kind: 'deleteWords', target: t, words: q[0], span }] : undefined;
  }
  // 在第X条中的“A”后增加“B”; 宪法第一条第二款“A”后增写一句，内容为：“B”; 在“A”前增写“B”
  if ((m = /^在?(P)?中?的?Q(后|前)(?:增加|增写)(?:一句，内容为)?：?Q$/u.exec(shape))) {
    const t = m[1] ? abs(found[0]) : context;
    return t && q[0] && q[1] ? [{ kind: 'insertWords', target: t, anchor: q[0], words: q[1], before: m[2] === '前', span }] : undefined;
  }
  // 删去第X条、第Y条 / 删去刑法第X条第Y款
  if (/^(?:删去|删除)P(?:、P)*$/u.test(shape)) {
    const ts = found.map(abs);
    return ts.every((t) => t) ? ts.map((t) => ({ kind: 'delete', target: t as Target, span })) : undefined;
  }
  // 在第X条后增加一条，作为第X条之一：“……”
  if (/^在?P后增加一条，?作为P：?Q$/u.test(shape)) {
    const after = whole(found[0]);
    const as = whole(found[1]);
    return after && as ? [{ kind: 'insertArticle', after, article: as.article, sub: as.sub, paragraphs: texts(q[0]), span }] : undefined;
  }
  // 在第X条之一后增加五条，作为第X条之二、……：“第X条之二 ……” — each article opens with its label.
  if (/^在?P后增加[二两三四五六七八九十]+条，?作为P(?:、P)+：?Q$/u.test(shape)) {
    const after = whole(found[0]);
    const labelled = splitArticles(q[0]?.text ?? '');
    const as = found.slice(1).map(whole);
    if (!after || labelled.length !== as.length || as.some((a) => !a)) return undefined;
    return as.map((a, n) => ({ kind: 'insertArticle', after, article: (a as Target).article, sub: (a as Target).sub, paragraphs: labelled[n] as string[], span }));
  }
  // 增加一条，作为第X条：“……”
  if (/^增加一条，?作为P：?Q$/u.test(shape)) {
    const as = whole(found[0]);
    return as ? [{ kind: 'insertArticle', article: as.article, sub: as.sub, paragraphs: texts(q[0]), span }] : undefined;
  }
  // 第X条增加一款，作为第Y款：“……” ; 在第X条中增加两款作为第Y款、第Z款：
  if ((m = /^在?(P)?中?增加[一二两三四五]款，?作为(?:该条)?P(?:、P)?：?Q(?:，?原?P(?:至P)?相应地?改为P(?:至P)?)?$/u.exec(shape))) {
    const t = m[1] ? abs(found[0]) : context;
    const at = found[m[1] ? 1 : 0]?.paragraphs[0];
    return t && at ? [{ kind: 'insertParagraph', target: { ...t, paragraphs: [], item: undefined }, at, paragraphs: texts(q[0]), span }] : undefined;
  }
  // 第X条增加一项，作为第Z项：“……” ; 宪法第六十二条“……”中增加一项，作为第七项“（七）……”，第七项至第十五项相应改为……
  if ((m = /^在?(P)?(Q中)?(P)?中?增加一项，?作为(?:该条|该款)?P：?Q(?:，?原?P(?:至P)?(?:相应)?改为P(?:至P)?)?$/u.exec(shape))) {
    let k = 0;
    const t = m[1] ? abs(found[k++]) : context;
    const holder = m[3] ? found[k++] : undefined;
    const at = found[k]?.item;
    if (!t || !at) return undefined;
    const within = m[2] ? q[0]?.folded : undefined;
    return [{ kind: 'insertItem', target: { ...t, paragraphs: holder?.paragraphs ?? t.paragraphs, item: undefined, within }, at, paragraphs: texts(q[q.length - 1]), span }];
  }
  return undefined;
}

/** The target of a words replacement: the path, narrowed by a quotation naming the 款 and by an item path after it. */
function withinOf(found: (Target | undefined)[], two: boolean, shape: string, q: Quote[], context: Target | undefined): Target | undefined {
  const first = found[0];
  if (!first) return shape.startsWith('Q') || shape.startsWith('将Q') ? context : undefined;
  const base = first.article !== 0 ? { ...first, article: Math.abs(first.article) } : undefined;
  if (!base) return undefined;
  if (!two) return base;
  // 第六十七条“全国人民代表大会常务委员会行使下列职权”中第六项：the quotation names the 款, the second path the item.
  const within = q.length > 2 ? q[0]?.folded : undefined;
  return { ...base, within, item: found[1]?.item, paragraphs: found[1]?.paragraphs.length ? (found[1]?.paragraphs ?? []) : base.paragraphs };
}

/** The articles of a quotation that writes several, each opening with its label (dropped: the instruction numbers them). */
function splitArticles(quoted: string): string[][] {
  const out: string[][] = [];
  for (const p of paragraphsOf(quoted)) {
    const m = new RegExp(`^第${N}条(?:之${N})?\\s*`, 'u').exec(p);
    if (m) out.push([p.slice(m[0].length)]);
    else out[out.length - 1]?.push(p);
  }
  return out;
}

/** The 款 of a quotation: one per line, the “ that opens each continued 款 dropped. */
export function paragraphsOf(quoted: string): string[] {
  return quoted
    .split('\n')
    .map((l) => l.trim().replace(/^“/u, '').trim())
    .filter((l) => l !== '');
}
