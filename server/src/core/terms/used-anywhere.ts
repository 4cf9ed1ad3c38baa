/** Whether a defined term is used anywhere: term.unused's question. */
import { joinedText } from '../parse/joined';
import { documentTitle, foldedTitle } from '../parse/nodes';
import type { ParseResult } from '../parse/parse';
import { parseNumeral, toChineseNumeral } from '../text/numerals';
import type { Span } from '../types';
import { HEADED, type DefinedTerm } from './definitions';
import { termMatcher } from './matcher';
import { inside } from './ranges';
import { appliedPhrases } from './subject-phrase';
import { distributedUses, gappedUses, looseUses, qualifiedUses } from './uses';

/**
 * 黄河三角洲范围包括本市全部行政区域: a definition of a word's extent; a use of the word (黄河三角洲) is a use of
 * it. What is left must still be a word of two characters or more.
 */
const EXTENT = /(?<=[\u4e00-\u9fff]{2})范围$/u;
/**
 * The shortest owner a term may share with the title (立法委员 of 立法委员关系人 in 立法委员行为法), and the
 * shortest head left after it (关系人).
 */
const OWNER = 3;
const HEAD = 2;
/**
 * What may stand before a head written without its owner: a pronoun or a conjunction (其关系人, 本人或关系人), or
 * no word at all; 利害关系人 is another word.
 */
const OWNED = /[其或及与和之该]$|[^\u4e00-\u9fff]$|^$/u;
/**
 * 总预算岁入、岁出，系指……; 少年保护之学识、经验：指……: the first of two words defined together holds what the
 * second shares (总预算, 少年保护之), so that its own word is as long as the second; written alone, that word (岁入,
 * 学识) is the term.
 */
const PAIRED = /^(?:、|及|和|与)([\u4e00-\u9fff]{2,4})(?=[，,：:]|系指|是指|指|谓)/u;
/**
 * 一、交通事业：指经营下列事业之公司：（一）港埠业：指……: an item whose word is defined as what its subitems list
 * (the parts of an umbrella term).
 */
const UMBRELLA = /^([^，。；：:\s]{2,20})[：:]指[^。；：:\n]{0,12}下列[^。；：:\n]{0,12}[：:]\s*$/u;
/**
 * 本法所称通信纪录者，谓……: 者 before the 谓 (系指, 是指) of a definition marks the topic; the word without it
 * (three characters at least: 经营者, 投资者 are words of their own) is what the text uses.
 */
const TOPIC = /^[，,]?(?:谓|系指|是指|指)/u;
const TOPIC_STEM = 3;
/** 证明标章之使用: an act on a thing, written as verb and object where it is done (使用证明标章). */
const NOMINAL = /^([\u4e00-\u9fff]{2,})之([\u4e00-\u9fff]{2})$/u;
/**
 * 被避险项目之风险 used as 被避险项目风险: the 之 (的) that links two words of two characters or more may be left
 * out. Only a term with one such link, so that what is left is read one way.
 */
const LINKED = /^((?:(?![之的])[\u4e00-\u9fff]){2,})[之的]((?:(?![之的])[\u4e00-\u9fff]){2,})$/u;
/**
 * 验证机关、构 used as 验证机关（构）: a character written after 、 in place of the last one (机关 or 机构) is the
 * other notation of that alternative, the bracket.
 */
const ALTERNATIVE = /^([\u4e00-\u9fff]{2,})、([\u4e00-\u9fff])$/u;
/** The shortest modifier and head of a term stated as a predicate (撐縫片為懸垂式者: 懸垂式 and 撐縫片). */
const STATED_PART = 2;
/**
 * 懸垂式撐縫片 written as 撐縫片為懸垂式者: the head said to be of the modifier's kind is the term, in a case the text
 * sets (為……者 closes it). Every cut of the term into a modifier and a head of two characters or more.
 */
function stated(term: string): string[] {
  if (term.length < 2 * STATED_PART || !/^[\u4e00-\u9fff]+$/u.test(term)) return [];
  const out: string[] = [];
  for (let i = STATED_PART; i <= term.length - STATED_PART; i++) out.push(`${term.slice(i)}为${term.slice(0, i)}者`);
  return out;
}
/** A citation of a paragraph's items as a whole (第三条第二项各款, 第三条第二款各项), numerals as written. */
const ITEMS_CITED = /第[零〇一二三四五六七八九十百千0-9]+条第[零〇一二三四五六七八九十百千0-9]+(?:项各款|款各项)/gu;
/**
 * 第二条第七款及第八款, 第三条第二款第一项至第三项: items cited one by one for what they say (Taiwan numbers items 款
 * and paragraphs 项, the PRC the other way round), numerals as written; the paragraph may go unnamed.
 */
const ITEM_LIST = /第([零〇一二三四五六七八九十百千0-9]+)条((?:(?:、|及|和|或|以及|至)?第[零〇一二三四五六七八九十百千0-9]+[项款])+)/gu;
const LISTED_ITEM = /(、|及|和|或|以及|至)?第([零〇一二三四五六七八九十百千0-9]+)([项款])/gu;
/**
 * 第十六条至第二十二条之非流动资产: a range of articles cited for what they name, numerals as written. Only with
 * 之 or 所定, 所称, 所列 before a word (之一 numbers an article): 依第十六条至第二十二条规定 cites rules, no word.
 */
const ARTICLES_CITED = /第([零〇一二三四五六七八九十百千0-9]+)条至第([零〇一二三四五六七八九十百千0-9]+)条(?:所[定称列]之?|之)(?![一二三四五六七八九十])(?=[\u4e00-\u9fff])/gu;
/** A row of a drawn table: its cells stand between box-drawing bars. */
const TABLE_ROW = /^[^\n]*[│┃][^\n]*$/gmu;
/** The longest term a table's header spreads over its cell with spaces (夜  间). */
const SPREAD = 4;
/** 前项以外之, 前款以外的: what the paragraph before does not hold. */
const COMPLEMENT = /前[项款]以外[之的]?/gu;
/** What joins the terms of a coordinated one (固定式平台和移动式平台, 实际完成数和预算收入数). */
const JOINS = /以及|或者|和|及|与|或|、/gu;

/**
 * term.unused's question, answered for all defined terms at its first asking (a check that is off never
 * asks): is the term used anywhere from the first heading or article on, outside its own defining sentence
 * and outside 《》 — in a heading, before its definition, inside another definition (饲料，是指……包括精料补充料
 * uses 精料补充料) — written whole, by each of its coordinated parts, loosely (uses.ts), with words inside it
 * (一类疫病 as 一类动物疫病), or by its abbreviation.
 */
export function usedAnywhere(parsed: ParseResult, defined: readonly DefinedTerm[], titles: readonly Span[], shortFor: (d: DefinedTerm) => DefinedTerm | undefined): (d: DefinedTerm) => boolean {
  let answers: Map<DefinedTerm, boolean> | undefined;
  return (d) => {
    answers ??= answerAll(parsed, defined, titles, shortFor);
    return answers.get(d) ?? false;
  };
}

function answerAll(parsed: ParseResult, defined: readonly DefinedTerm[], titles: readonly Span[], shortFor: (d: DefinedTerm) => DefinedTerm | undefined): Map<DefinedTerm, boolean> {
  const f = parsed.folded;
  // Divisions are in text order: the first heading or article opens the body (the title and 目录 are not uses).
  const from = Math.min(parsed.articles[0]?.spanStart ?? f.length, parsed.divisions[0]?.spanStart ?? f.length);
  // 盐或盐产品: a part of one character is a word when another part opens with it.
  const partsOf = (term: string): string[] => {
    const parts = term.split(JOINS);
    return parts.length > 1 && parts.every((p) => p.length >= 2 || (p.length === 1 && parts.some((q) => q.length > 1 && q.startsWith(p)))) ? parts : [];
  };
  const alsoAs = (d: DefinedTerm): string[] => {
    const act = NOMINAL.exec(d.term);
    const pair = PAIRED.exec(f.slice(d.span.end, d.span.end + 8))?.[1];
    const own = pair && d.form !== 'abbreviation' && d.term.length >= pair.length + 2 ? [d.term.slice(-pair.length)] : [];
    // 设立……函授学校（以下称简本校）: 以下简称 with two characters swapped; the text uses 本校.
    const swapped = d.form === 'abbreviation' && d.term.length >= 3 && d.term.startsWith('简') && f.startsWith('以下称', d.span.start - 3) ? [d.term.slice(1)] : [];
    const topic = d.form !== 'abbreviation' && d.term.endsWith('者') && d.term.length > TOPIC_STEM && TOPIC.test(f.slice(d.span.end, d.span.end + 3)) ? [d.term.slice(0, -1)] : [];
    const linked = LINKED.exec(d.term);
    const alternative = ALTERNATIVE.exec(d.term);
    const other = [...(linked ? [`${linked[1]}${linked[2]}`] : []), ...(alternative ? [`${alternative[1]}（${alternative[2]}）`, `${alternative[1]}(${alternative[2]})`] : [])];
    return [...own, ...swapped, ...topic, ...other, ...stated(d.term), ...(d.written ? [d.written] : []), ...(EXTENT.test(d.term) ? [d.term.replace(EXTENT, '')] : []), ...(act ? [`${act[2]}${act[1]}`] : [])];
  };
  // Where each subitem's text starts, the umbrella word of its item, when the item's word is defined as what its
  // subitems list (one pass over the units, not a search of the tree per term).
  const umbrellaAt = new Map<number, { term: string; at: number }>();
  for (const u of parsed.units) {
    const item = u.item;
    const m = u.node.kind === 'subitem' && item ? UMBRELLA.exec(f.slice(item.textStart, Math.min(item.textEnd, u.node.spanStart))) : null;
    if (m && item) umbrellaAt.set(u.node.textStart, { term: m[1] as string, at: item.textStart });
  }
  const umbrellas = new Map<DefinedTerm, { term: string; at: number }>();
  const words = new Set<string>();
  for (const d of defined) {
    const u = d.form === 'abbreviation' ? undefined : (umbrellaAt.get(d.span.start) ?? umbrellaAt.get(d.span.start - 1));
    if (u) umbrellas.set(d, u);
    if (u) words.add(u.term);
    words.add(d.term);
    for (const p of [...partsOf(d.term), ...alsoAs(d), ...(d.under ? [d.under.term] : [])]) words.add(p);
  }
  const found = termMatcher(words).occurrences(f, from);
  const outside = (d: DefinedTerm, term: string, u: Span): boolean =>
    !(u.start < d.sentence.end && u.end > d.sentence.start) && (term.startsWith('《') || isTitle(f, u) || !inside(titles, u)) && !(d.form === 'abbreviation' && insideFullName(f, d, u));
  const written = (d: DefinedTerm, term: string): boolean => (found.get(term) ?? []).some((at) => outside(d, term, { start: at, end: at + term.length }));
  // 焚化法 under 八、热处理法：: a kind listed in the word's definition is used where the word is (issue #21 §3), the
  // heading itself aside.
  // 交通事业：指经营下列事业之公司：（一）港埠业: a part of an umbrella term is used where that term is (issue #21 §3:
  // what a definition lists is defined and used with it).
  const headingUsed = (d: DefinedTerm): boolean => {
    const u = d.under ?? umbrellas.get(d);
    return u !== undefined && (found.get(u.term) ?? []).some((at) => at !== u.at && outside(d, u.term, { start: at, end: at + u.term.length }));
  };
  let citedItems: { text: string; at: number }[] | undefined;
  // 第六条 第三条第二项各款所定水体: a reference to the items of a paragraph uses the word each of them opens by
  // defining (二、地下水体：指……); an abbreviation inside an item is no word the items stand for.
  const itemsCited = (d: DefinedTerm): boolean => {
    const a = d.article;
    const p = a.children.find((c) => c.kind === 'paragraph' && c.spanStart <= d.span.start && d.span.start < c.spanEnd);
    const opens = p?.children.some((c) => c.kind === 'item' && c.textStart <= d.span.start && d.span.start <= c.textStart + 1);
    if (d.form === 'abbreviation' || a.sub > 0 || !p || !opens) return false;
    const j = parsed.jurisdiction;
    const named = `第${toChineseNumeral(a.number, j)}条第${toChineseNumeral(p.number, j)}`;
    // (The text's citations of a paragraph's items are read once, not once per term: a glossary may leave many open.)
    citedItems ??= [...f.matchAll(ITEMS_CITED)].filter((m) => (m.index ?? 0) >= from).map((m) => ({ text: m[0], at: m.index ?? 0 }));
    return citedItems.some((c) => (c.text === `${named}项各款` || c.text === `${named}款各项`) && !(c.at >= a.spanStart && c.at < a.spanEnd));
  };
  let citedOne: { article: number; paragraph?: number; items: { from: number; to: number }[]; at: number }[] | undefined;
  // 八、处理费用或收入：指…… and 依本办法第二条第七款及第八款之规定分帐列管: an item that opens by defining its word is
  // used where the text cites that item; the paragraph may go unnamed only in an article of one paragraph.
  const itemCited = (d: DefinedTerm): boolean => {
    const a = d.article;
    const paragraphs = a.children.filter((c) => c.kind === 'paragraph');
    const p = paragraphs.find((c) => c.spanStart <= d.span.start && d.span.start < c.spanEnd);
    const item = p?.children.find((c) => c.kind === 'item' && c.textStart <= d.span.start && d.span.start <= c.textStart + 1);
    if (d.form === 'abbreviation' || a.sub > 0 || !p || !item || item.sub > 0) return false;
    const paragraphWord = parsed.jurisdiction === 'tw' ? '项' : '款';
    citedOne ??= [...f.matchAll(ITEM_LIST)].filter((m) => (m.index ?? 0) >= from).map((m) => {
      const items: { from: number; to: number }[] = [];
      let paragraph: number | undefined;
      for (const n of (m[2] ?? '').matchAll(LISTED_ITEM)) {
        const v = parseNumeral(n[2] ?? '')?.value ?? 0;
        if (n[3] === paragraphWord && n.index === 0) {
          paragraph = v;
          continue;
        }
        // 第一项第二款及第二项第三款: the items of a second paragraph are not told apart here.
        if (n[3] === paragraphWord) break;
        // 第一项至第三项: a range holds the items between.
        const last = items[items.length - 1];
        if (n[1] === '至' && last) last.to = Math.max(last.to, v);
        else items.push({ from: v, to: v });
      }
      return { article: parseNumeral(m[1] ?? '')?.value ?? 0, paragraph, items, at: m.index ?? 0 };
    });
    return citedOne.some((c) => c.article === a.number && (c.paragraph === undefined ? paragraphs.length === 1 : c.paragraph === p.number)
      && c.items.some((r) => r.from <= item.number && item.number <= r.to) && !(c.at >= a.spanStart && c.at < a.spanEnd));
  };
  const answers = new Map<DefinedTerm, boolean>();
  const open: DefinedTerm[] = [];
  for (const d of defined) {
    const parts = partsOf(d.term);
    const yes = written(d, d.term) || (parts.length > 0 && parts.every((p) => written(d, p))) || alsoAs(d).some((w) => written(d, w)) || headingUsed(d);
    answers.set(d, yes);
    if (!yes) open.push(d);
  }
  // Loose readings only for the few terms still unused.
  if (open.length > 0) {
    const terms = open.map((d) => d.term);
    // 研考\n會, 本條\n例: a use cut by a hard wrap, read in the text with the wraps inside units taken out.
    const joined = joinedText(f, parsed.units);
    if (joined) {
      const cut = termMatcher(new Set(terms)).occurrences(joined.text, joined.viewOf(from));
      for (const d of open) {
        const uses = cut.get(d.term) ?? [];
        if (uses.some((v) => outside(d, d.term, { start: joined.sourceStart(v), end: joined.sourceEnd(v + d.term.length) }))) answers.set(d, true);
      }
    }
    // 防治污染设备或\n技术 uses 防治污染技术: the loose readings too read across a hard wrap (the joined view holds
    // every character of the folded text but those breaks), their spans mapped back to the source.
    const text = joined?.text ?? f;
    const start = joined ? joined.viewOf(from) : from;
    const source = (u: { start: number; end: number }): Span => (joined ? { start: joined.sourceStart(u.start), end: joined.sourceEnd(u.end) } : u);
    const loose = looseUses(text, terms, start);
    const gapped = gappedUses(text, terms.filter((t) => t.length >= 4), start);
    const distributed = distributedUses(text, terms.filter((t) => t.length >= 4), start);
    const qualified = qualifiedUses(text, terms, start);
    for (const d of open) {
      const spans = [...(loose.get(d.term) ?? []), ...(gapped.get(d.term) ?? []), ...(distributed.get(d.term) ?? []), ...(qualified.get(d.term) ?? [])];
      if (spans.some((u) => outside(d, d.term, source(u)))) answers.set(d, true);
    }
  }
  const title = documentTitle(parsed).replace(/^#+\s*/u, '');
  const shorter = otherForms(parsed, open.filter((d) => !answers.get(d)), defined, from, outside);
  for (const d of open) {
    // 妨害国币惩治条例 with 本条例所称国币，系指……: a definition of what the title names sets what the whole text is
    // about, and the title is its use. A short form is the text's own shorthand, and must be used in it.
    if (d.form !== 'abbreviation' && d.term.length >= 2 && title.includes(d.term)) answers.set(d, true);
    if (shorter.has(d)) answers.set(d, true);
  }
  // The text is about what its title opens with: a term that opens so too names that owner's thing, and the
  // head alone (其关系人) is the term. So does a term that opens with another word the text defines (发泡塑胶容器营业量
  // where 本办法所称发泡塑胶容器 is defined: its 营业量); a short form is already the short one.
  const owners = new Set(defined.filter((o) => o.form !== 'abbreviation' && !o.cited && o.term.length >= OWNER).map((o) => o.term));
  const heads = new Map<DefinedTerm, string[]>();
  for (const d of open) {
    if (answers.get(d)) continue;
    let k = 0;
    while (k < d.term.length && d.term[k] === title[k]) k++;
    const own: string[] = k >= OWNER && d.term.length - k >= HEAD ? [d.term.slice(k)] : [];
    // 行政诉讼之被告 in 行政诉讼法: the title's words and 之 only set the scope the whole text has; the head (被告) is
    // the word.
    if (k >= OWNER && d.term[k] === '之' && d.term.length - k - 1 >= HEAD) own.push(d.term.slice(k + 1));
    for (let o = d.term.length - HEAD; o >= OWNER && d.form !== 'abbreviation'; o--) {
      if (!owners.has(d.term.slice(0, o))) continue;
      own.push(d.term.slice(o));
      break;
    }
    if (own.length > 0) heads.set(d, own);
  }
  if (heads.size > 0) {
    const at = termMatcher(new Set([...heads.values()].flat())).occurrences(f, from);
    for (const [d, own] of heads) {
      const used = (head: string): boolean => (at.get(head) ?? []).some((s) => OWNED.test(f.slice(Math.max(0, s - 1), s)) && outside(d, head, { start: s, end: s + head.length }));
      if (own.some(used)) answers.set(d, true);
    }
  }
  // 本办法所称积极非金融机构实体，指……; 前项以外之非金融机构实体，为消极非金融机构实体: the other kind is named as
  // what the paragraph before defines is not, a use of the term it defines.
  const complemented = (d: DefinedTerm): boolean => {
    const a = d.article;
    for (const m of f.slice(d.sentence.end, a.spanEnd).matchAll(COMPLEMENT)) {
      const at = d.sentence.end + (m.index ?? 0) + m[0].length;
      for (let k = d.term.length - 1; k >= 2; k--) if (f.startsWith(d.term.slice(-k), at)) return true;
    }
    return false;
  };
  // 一、财务报表：……（六）附注或附表。 and 第二十二条 财务报表附注，指……: a subitem under an item that is a word and a
  // colon names a part of that word; the two together are the term.
  let headed: Set<string> | undefined;
  const underHeading = (d: DefinedTerm): boolean => {
    headed ??= new Set(parsed.units.flatMap((u) => {
      const item = u.item;
      const h = u.node.kind === 'subitem' && item && u.node.textStart >= from ? HEADED.exec(f.slice(item.textStart, Math.min(item.textEnd, u.node.spanStart))) : null;
      return h ? f.slice(u.node.textStart, u.node.textEnd).replace(/[。；\s]+$/u, '').split(JOINS).map((part) => `${h[1] as string}${part}`) : [];
    }));
    return headed.has(d.term);
  };
  // 第二十二条 递延所得税资产，指……; 其他非流动资产，指不能归属于第十六条至第二十二条之非流动资产: an article that
  // opens by defining its word is cited, with the others of the range, for what they all name.
  let rangesCited: { from: number; to: number; at: number }[] | undefined;
  const articleCited = (d: DefinedTerm): boolean => {
    const a = d.article;
    if (d.form === 'abbreviation' || a.sub > 0 || f.slice(a.textStart, d.span.start).trim() !== '') return false;
    rangesCited ??= [...f.matchAll(ARTICLES_CITED)].filter((m) => (m.index ?? 0) >= from).map((m) => ({
      from: parseNumeral(m[1] ?? '')?.value ?? 0, to: parseNumeral(m[2] ?? '')?.value ?? 0, at: m.index ?? 0,
    }));
    return rangesCited.some((c) => c.from <= a.number && a.number <= c.to && !(c.at >= a.spanStart && c.at < a.spanEnd));
  };
  // │管制区│早、晚│日  间│夜  间│: a drawn table's header spreads a short word over its cell, spaces between the
  // characters.
  let rows: { text: string; at: number }[] | undefined;
  const spread = (d: DefinedTerm): boolean => {
    if (d.term.length < 2 || d.term.length > SPREAD || !/^[\u4e00-\u9fff]+$/u.test(d.term)) return false;
    rows ??= [...f.matchAll(TABLE_ROW)].filter((m) => (m.index ?? 0) >= from).map((m) => ({ text: m[0], at: m.index ?? 0 }));
    const spaced = new RegExp([...d.term].join('[ \\u3000]+'), 'u');
    return rows.some((r) => {
      const m = spaced.exec(r.text);
      return m !== null && outside(d, d.term, { start: r.at + m.index, end: r.at + m.index + m[0].length });
    });
  };
  // 本规则所称之视听歌唱、理发……及特种咖啡茶室业（以下简称各该营利事业）其定义如下：一、视听歌唱业：指……: a short
  // form for a coordination stands for each conjunct, the last one's head shared (视听歌唱 + 业); where the short
  // form is used, each is. Only in the article that defines them, and only once the short form is used: the
  // lead naming them is their definition's, no use.
  // The full name is read back to the clause's start across hard wraps (特种\n咖啡茶室业).
  let collectives: { a: DefinedTerm; name: string }[] | undefined;
  const named = (): { a: DefinedTerm; name: string }[] => collectives ??= defined.filter((a) => a.form === 'abbreviation').map((a) => ({
    a, name: f.slice(a.article.textStart, a.span.start).replace(/[（(][^（(]*$/u, '').replace(/\s+/gu, '').split(/[，。；：:,;]/u).pop() ?? '',
  }));
  const collective = (d: DefinedTerm): boolean => d.form !== 'abbreviation'
    && named().some(({ a, name }) => a.article === d.article && answers.get(a) === true && namesConjunct(name, d.term));
  for (const d of open) {
    if (!answers.get(d) && (itemsCited(d) || itemCited(d) || complemented(d) || underHeading(d) || articleCited(d) || spread(d) || collective(d))) answers.set(d, true);
    const short = shortFor(d);
    if (short && answers.get(short)) answers.set(d, true);
  }
  // 貨品由第三國直接輸往進口國之原產地證明書申請人，指……: a long subject phrase, applied through the word it narrows
  // or a pointer back (subject-phrase.ts).
  const still = open.filter((d) => !answers.get(d));
  for (const d of appliedPhrases(f, parsed.articles, still, defined, (w) => answers.get(w) === true, outside, from)) answers.set(d, true);
  return answers;
}

/**
 * 改作权 used as 改作之权, 编辑权 as 编辑、翻译、出租等权利: a right named by what it lets one do, the act and then 之权,
 * or the act listed with others before 等权利 / 之权利 in one clause (权限, 权益, 权责 are other words).
 */
const RIGHT_OF = /^(?:[、及和与或][^，。；：:\n]{0,40}?)?(?:等|之)权(?![限益责属])/u;
/** What a term may open with that names the division it stands in: 第七章 海上保险 … 海上保险之委付. */
const CONTEXT_OF = /^([\u4e00-\u9fff]{2,})之([\u4e00-\u9fff]{2,})$/u;

/**
 * The terms of `open` used in a shorter form that their place or the text's short forms give, each such use
 * outside the defining sentence:
 * - a right 改作权 written as the act and 之权, or the act listed before 等权利 (RIGHT_OF);
 * - 海上保险之委付 defined in the chapter 海上保险: the thing the term names in that context (委付), used in the same
 *   division;
 * - 技能检定术科测试监评人员之训练 where 技能检定术科测试监评人员（以下简称监评人员） is the text's short form: the
 *   term with its full name replaced by the short form (监评人员之训练, 监评人员训练).
 * One matcher over the text for all of them; the terms are the few still open.
 */
function otherForms(parsed: ParseResult, open: readonly DefinedTerm[], defined: readonly DefinedTerm[], from: number,
  outside: (d: DefinedTerm, term: string, u: Span) => boolean): Set<DefinedTerm> {
  const f = parsed.folded;
  const used = new Set<DefinedTerm>();
  if (open.length === 0) return used;
  const asks: { d: DefinedTerm; word: string; ok: (at: number) => boolean }[] = [];
  // The short forms by the last two characters of the full name they stand for (what stands before the bracket).
  // 公共危險物品 (以下簡稱六類物品): the full name as read, without the space before a half-width bracket or a hard
  // wrap inside it (neither is part of the name, and either hid its ending).
  const fulls = new Map<string, { a: DefinedTerm; name: string }[]>();
  for (const a of defined) {
    const name = a.definiens.replace(/\s+/gu, '');
    if (a.form !== 'abbreviation' || name.length < 2) continue;
    const key = name.slice(-2);
    let list = fulls.get(key);
    if (!list) fulls.set(key, (list = []));
    list.push({ a, name });
  }
  const anywhere = (): boolean => true;
  for (const d of open) {
    if (d.form === 'abbreviation') continue;
    if (d.term.length >= 3 && d.term.endsWith('权')) {
      const act = d.term.slice(0, -1);
      asks.push({ d, word: act, ok: (at) => RIGHT_OF.test(f.slice(at + act.length, at + act.length + 48)) });
    }
    const context = CONTEXT_OF.exec(d.term);
    if (context) {
      const division = parsed.divisions.find((v) => v.spanStart <= d.span.start && d.span.start < v.spanEnd && foldedTitle(f, v) === context[1]);
      if (division) asks.push({ d, word: context[2] as string, ok: (at) => at >= division.spanStart && at < division.spanEnd });
    }
    for (let k = d.term.length - 2; k >= 3; k--) {
      const full = d.term.slice(0, k);
      const a = fulls.get(full.slice(-2))?.find((x) => x.a.term.length < full.length && x.name.endsWith(full))?.a;
      if (!a) continue;
      const tail = d.term.slice(k);
      for (const t of tail.startsWith('之') && tail.length >= 3 ? [tail, tail.slice(1)] : [tail]) asks.push({ d, word: `${a.term}${t}`, ok: anywhere });
      break;
    }
  }
  if (asks.length === 0) return used;
  const found = termMatcher(new Set(asks.map((q) => q.word))).occurrences(f, from);
  for (const { d, word, ok } of asks) {
    if (!used.has(d) && (found.get(word) ?? []).some((at) => ok(at) && outside(d, word, { start: at, end: at + word.length }))) used.add(d);
  }
  return used;
}

/**
 * Whether the coordination that ends `name` holds `term` as a conjunct sharing the last conjunct's head (视听歌唱、
 * 理发……及特种咖啡茶室业 holds 视听歌唱业 and 理发业): the term is a conjunct (the first may have words before it) and
 * an ending of the last one. Its own part is two characters at least, as in looseUses.
 */
function namesConjunct(name: string, term: string): boolean {
  const parts = name.split(JOINS);
  const last = parts.pop() ?? '';
  for (let k = 1; k < last.length && term.length - k >= 2; k++) {
    if (!term.endsWith(last.slice(-k))) break;
    const stem = term.slice(0, -k);
    if (parts.some((p, i) => p === stem || (i === 0 && p.endsWith(stem)))) return true;
  }
  return false;
}

/** 《ＶＴＳ用户指南》 where “ＶＴＳ用户指南” is defined: the title is the term, not a longer name holding it. */
function isTitle(f: string, u: Span): boolean {
  return f[u.start - 1] === '《' && f[u.end] === '》';
}

/**
 * An abbreviation written inside a repeat of the full name it stands for is the full name, not the
 * abbreviation: 宁波杭州湾新区 holds 新区 of 宁波杭州湾新区（以下简称新区）, 现役军官 holds 军官. The full name ends
 * just before the parenthesis; the characters next to the use are compared with those next to the
 * abbreviation inside it.
 */
export function insideFullName(f: string, d: DefinedTerm, u: Span): boolean {
  // The full name as read, without the hard wraps of a Ministry copy (配合計畫之規劃及執 / 行策略 (以下簡稱……)) and
  // the space before a half-width bracket: neither is part of the name, and either hid the short form in it.
  const full = d.definiens.replace(/[ \t\u3000]*\r?\n[ \t\u3000]*/gu, '').trimEnd();
  // 社区互助教保服务中心或部落互助教保服务中心（以下简称互助教保服务中心）: each name it stands for holds it.
  for (let j = full.indexOf(d.term); j >= 0; j = full.indexOf(d.term, j + 1)) {
    const before = Math.min(j, 2);
    if (before > 0 && f.slice(u.start - before, u.start) === full.slice(j - before, j)) return true;
    const after = Math.min(full.length - j - d.term.length, 2);
    if (after > 0 && f.slice(u.end, u.end + after) === full.slice(j + d.term.length, j + d.term.length + after)) return true;
  }
  return false;
}
