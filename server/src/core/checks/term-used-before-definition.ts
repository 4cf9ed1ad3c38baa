/** term.used-before-definition: a term, or an abbreviation before its （以下简称） introduction, used before it is defined. */
import { GENERIC_CORES, SUFFIXES } from '../departments/lexicon';
import { documentTitle, foldedTitle } from '../parse/nodes';
import { ARABIC_DIGIT_CLASS, CN_NUMERAL_CHARS, parseNumeral } from '../text/numerals';
import { lastStartingAtOrBefore } from '../text/offsets';
import { captionOfStatement } from '../terms/statement-captions';
import { partOfLongerName } from '../terms/longer-names';
import { inside, knownSpans } from '../terms/ranges';
import type { Span, StructureNode } from '../types';
import type { DefinedTerm } from '../terms';
import type { Check } from './types';

/** 本法所称以上、以下，包括本数: a convention on counting, not a term whose uses wait for it. */
const COUNTING = /^(?:以上|以下|以内|以外|不满|超过|不足|届满)$/u;
/**
 * 依证券交易法第三十五条, 财团法人法（以下简称本法）: the word opens the name of an act, which is no use of it. A
 * preposition or a conjunction after the word (本办法依据规费法第十条) starts a clause of its own. So does it open the
 * name of an instrument an agency issues (依行政院所屬各機關施政績效評估要點辦理, the wrap of a Ministry copy
 * perhaps inside 辦理), which the reference reader takes for
 * another text too; and a space may stand before a half-width bracket (農產品市場交易法 (以下簡稱本法)).
 */
const ACT_NAME = /^[^\P{Script=Han}依据按照由之的及和与或在为对向从将把被应得经并]{0,10}?(?:(?:法|条例|通则)(?:施行细则)?(?=第|\s*[（(]|规定|之规定|施行细则)|(?:要点|须知)(?=第|\s*[（(]|规定|之规定|办\s*理))/u;
/**
 * 圖書文獻處分設三科, 图书文献处下设二科: the words open the name of a unit of the body (a 处, 科, 室, 组 … that the
 * sentence gives its own sections or duties), which is no use of the short form made of the same words.
 */
const UNIT_NAME = /^(?:[处科室组司局股课]|中心)(?:分设|下设|掌理)/u;
/** 消极资格（以下简称一般消极资格）: the word ends the full name of another short form, which that form stands for. */
const FULL_NAME_OF = /^[”"]?[（(](?:以下)?(?:简称|统称)/u;
/** A verb naming whom or what a sentence appoints or sets up, right before a short form's full name (選派, 指定, 設置). */
const SAME_AS_OBJECT = /(?:选派|指派|推派|选任|遴选|推选|指定|设置|设立|成立)$/u;
/** 总则 and 附则, and a chapter of definitions (名词定义, 用语定义, 定义). */
const PLACES = /^(?:总则|附则|(?:名词|用语|用词)?定义)$/u;
/** How many characters before a use make it part of a longer name when the title holds them with it. */
const TITLE_CONTEXT = 2;
/** （一）协助安置学校：: a heading of the items that define it, not a use before them. */
const HEADING = /^[：:][ \t]*(?:\r?\n|$)/u;
/** 第一条 为了……，制定本条例: the purpose article, which opens a text. */
const PURPOSE = /^[ \t\u3000]*为了?/u;
/**
 * 第2條 民宿之管理，依本辦法之規定 / ……，以達成……之目的 / 本办法的适用范围: the article that says what the text
 * governs or is for, which Taiwan's texts put second, after the article of authority (本辦法依……訂定之). 本法 alone
 * is left out of 依本…: the article of authority cites its act so (本辦法依本法第十條規定訂定之).
 */
const SCOPE = /(?:依|适用)本(?:办法|条例|规则|规程|细则|准则|标准|要点)|本(?:法|办法|条例|规则|规程|细则|准则|标准|要点)[之的]?(?:目的|宗旨|适用范围)|之目的[。，；]/u;
/** How many articles open a text before its definitions: the purpose, the authority and the scope. */
const OPENING = 2;
/** Characters read either side of a use to tell where its words end. */
const WORD_CONTEXT = 6;

/**
 * A use whose last character begins a word with the character after it is no use (土地使用权出让方案: 出让 +
 * 方案, not the defined 出让方 + 案). The word breaks are those of the language's own dictionary (ICU), read
 * over a few characters around the use; only the end is asked — a defined term is often a phrase of several
 * words, so its own inner breaks say nothing.
 */
const words = new Intl.Segmenter('zh', { granularity: 'word' });
/** A particle or conjunction after a use ends it, whatever the dictionary joins it with (法定代表人的 read 人的). */
const ENDS_A_WORD = /^[的地得之和与及或等了在是为对以并]/u;
function endsInsideAWord(f: string, u: Span): boolean {
  if (ENDS_A_WORD.test(f.slice(u.end, u.end + 1))) return false;
  const from = Math.max(0, u.start - WORD_CONTEXT);
  for (const w of words.segment(f.slice(from, u.end + WORD_CONTEXT))) {
    const start = from + w.index;
    if (start >= u.start && start < u.end && start + w.segment.length > u.end) return true;
  }
  return false;
}

/**
 * 有关部门 made the short form of a list (市人民政府其他有关部门和浦东新区人民政府（以下统称“有关部门”）): before
 * that, 国家有关部门 and 组织有关部门 are the everyday phrase it was taken from, not the short form.
 */
function everydayDepartmentPhrase(term: string): boolean {
  return SUFFIXES.some((x) => term.endsWith(x) && GENERIC_CORES.has(term.slice(0, -x.length)));
}

/**
 * 提送本辦法第十七條之審查委員會: the use names the article that sets the body up (or defines the word), sending the
 * reader there — a forward reference, not a word used before it is explained. The cited article must be the defining
 * one, of this text (本办法, or no act named before 第; 本法 in a regulation is its act, so it is left out).
 */
const CITES_ARTICLE = new RegExp(`(?:本(?:办法|条例|规则|规程|细则|准则|标准|要点))?第([${CN_NUMERAL_CHARS}${ARABIC_DIGIT_CLASS}]+)条(?:之([${CN_NUMERAL_CHARS}${ARABIC_DIGIT_CLASS}]+))?(?:第[${CN_NUMERAL_CHARS}${ARABIC_DIGIT_CLASS}]+[项款])*(?:所定|所设|规定|所称)?[之的]?$`, 'u');
/** A character that ends an act's name: 法官法第九条之…… cites that act's article, not this text's. */
const ACT_END = /[法例则准标点程]$/u;
/**
 * How many characters before a use the citation is read in (whitespace of a hard wrap removed), from the start of
 * the article's text: its own label (第 7 條 圖書文獻處……) cites nothing.
 */
const CITATION_WINDOW = 20;
function citesDefiningArticle(f: string, d: DefinedTerm, u: Span, from: number): boolean {
  const before = f.slice(Math.max(from, u.start - CITATION_WINDOW), u.start).replace(/\s+/gu, '');
  const m = CITES_ARTICLE.exec(before);
  if (!m || (!m[0].startsWith('本') && ACT_END.test(before.slice(0, m.index)))) return false;
  return parseNumeral(m[1] ?? '')?.value === d.article.number && (m[2] ? parseNumeral(m[2])?.value : 0) === d.article.sub;
}

/** How far into an item's text its defined word may start (a bracket or a space before it). */
const OPENS_WITHIN = 2;

/** The deepest node of `node` (an article's paragraph, item or subitem) whose span holds `at`; the node itself if none. */
function innermost(node: StructureNode, at: number): StructureNode {
  for (const c of node.children) if (c.spanStart <= at && at < c.spanEnd) return innermost(c, at);
  return node;
}

export const termUsedBeforeDefinition: Check = {
  id: 'term.used-before-definition',
  title: { zh: '术语先使用后定义', en: 'Term used before it is defined' },
  defaultSeverity: 'information',
  run({ parsed, terms: t }, report) {
    const f = parsed.folded;
    // The last chapter starting at or before the offset (divisions are in text order).
    const chapters = parsed.divisions.filter((d) => d.kind === 'chapter');
    const chapterOf = (offset: number): StructureNode | undefined => lastStartingAtOrBefore(chapters, offset);
    // 总则 and 附则 are where terms used across chapters belong: a chapter of that name,
    // or a book (刑法 第一编 总则 defines 首要分子 in its 第五章 其他规定).
    // A chapter of definitions (第二章 名词定义) is such a place too.
    const placed = parsed.divisions.filter((d) => (d.kind === 'chapter' || d.kind === 'book') && PLACES.test(foldedTitle(f, d)));
    const inPlace = (at: number): boolean => placed.some((d) => d.spanStart <= at && at < d.spanEnd);
    const reported = new Set<string>();
    // 原机构 introduced in 第三条 and again in 第十条: the first introduction is the definition.
    const introduced = new Set<string>();
    // 关键信息基础设施 is no use of 信息基础设施, 专用停车位识别证明 none of 专用停车位识别证: a longer defined word is
    // itself, wherever it is written. Asked only of a term with early uses.
    const terms = [...new Set(t.defined.map((d) => d.term))];
    // 保安监督人与保安检查员训练专业机构登录及管理办法: 训练专业机构 is the name the title gives, whatever 专业机构 is
    // later made to stand for.
    const title = documentTitle(parsed);
    const notUse = (d: DefinedTerm, u: Span, longer: () => Span[]): boolean =>
      ACT_NAME.test(f.slice(u.end, u.end + 16)) || UNIT_NAME.test(f.slice(u.end, u.end + 4)) || FULL_NAME_OF.test(f.slice(u.end, u.end + 8))
      || (d.form === 'abbreviation' && u.start >= TITLE_CONTEXT && title.includes(f.slice(u.start - TITLE_CONTEXT, u.end)))
      // 金融業特別準備金運用管理辦法: the word runs on into the name the title gives (金融業特別準備金).
      || (d.form === 'abbreviation' && title.includes(f.slice(u.start, u.end + TITLE_CONTEXT)))
      || (d.article.spanStart <= u.start && u.start < d.article.spanEnd && HEADING.test(f.slice(u.end, u.end + 4)))
      || inside(longer(), u) || partOfLongerName(f, d, u) || endsInsideAWord(f, u) || inAnotherDefinition(d, u) || citesDefiningArticle(f, d, u, lastStartingAtOrBefore(parsed.articles, u.start)?.textStart ?? 0);
    // 三、比例核配臨時性配額：指……前一年度臨時性配額出口實績……之配額 before 六、紡織品出口實績 (以下簡稱出口實績)：
    // the definitions of one article explain each other's words in whatever order they are listed; a reader takes
    // the article whole. Only in an item or paragraph that opens by defining its word: a rule that introduces a short
    // form in passing (……擬具學校型態實驗教育計畫（以下簡稱實驗教育計畫）) is no definition the article lists.
    // The item (or paragraph) holding the use, not the sentence: a hard wrap may end a defining sentence's reading
    // at the line's end.
    const inAnotherDefinition = (d: DefinedTerm, u: Span): boolean => {
      if (u.start < d.article.spanStart || u.start >= d.article.spanEnd) return false;
      const unit = innermost(d.article, u.start);
      return unit !== d.article && t.defined.some((o) => o !== d && o.article === d.article && o.form !== 'abbreviation' && o.span.start >= unit.textStart
        && o.span.start <= unit.textStart + OPENS_WITHIN && innermost(d.article, o.span.start) === unit);
    };
    // Drafting order puts the purpose article first (为了……，根据……，制定本条例) and the scope and the
    // definitions after it: the purpose names its subject by the everyday word before anything can define it,
    // so a use there alone is the order every text follows, not a slip — for a defined word, or a short form
    // that names a class the text sets out (企业、民办非企业单位和……事业单位（以下称用人单位）). A short form
    // clipped from one full name (道路运输服务质量投诉（以下简称服务质量投诉）) is the text's own coinage: used in
    // the purpose article it is used before the reader is told what it stands for. A use there is still the
    // first use when later ones come early too.
    // The scope article (SCOPE) is of the same kind: it names what the text governs by the word the next article
    // defines (民宿之管理，依本辦法之規定 before 本辦法所稱民宿，指……).
    const opening = parsed.articles.slice(0, OPENING).filter((a, i) =>
      (i === 0 && PURPOSE.test(f.slice(a.textStart, a.textStart + 8))) || SCOPE.test(f.slice(a.textStart, a.spanEnd)));
    const inPurpose = (u: Span): boolean => opening.some((a) => a.spanStart <= u.start && u.start < a.spanEnd);
    // 第十九條 二、重大設計變更：指…… and again in 第五十三條之一 for parts: a use after the first definition of a word
    // (not another act's) has a definition before it, whichever of the two it reads by.
    const firstDefined = new Map<string, number>();
    for (const d of t.defined) if (!d.cited && !firstDefined.has(d.term)) firstDefined.set(d.term, d.span.start);
    for (const d of t.defined) {
      const where = chapterOf(d.span.start);
      // Abbreviations: any earlier use. Inline definitions outside 总则/附则: uses in earlier chapters.
      if (d.form === 'abbreviation' && introduced.has(d.term)) continue;
      if (d.form === 'abbreviation') introduced.add(d.term);
      if (d.form === 'list' || reported.has(d.term) || COUNTING.test(d.term)) continue;
      // 本章所称船舶: a chapter's own reading says nothing of the word elsewhere. 全民所有制小型工业企业（以下
      // 简称企业）: before the introduction, a short everyday word that heads the full name is that word — also where a
      // space stands before a half-width bracket (經濟部貿易調查委員會 (以下簡稱委員會)).
      // 本法第二十七条所称移转: a 施行细则 explains its act's words in the act's article order, so earlier uses are no
      // drafting slip. A full name quoted in corner brackets (「……審驗申請表」（以下簡稱申請表）) ends with the word too.
      if (d.part || d.cited || (d.form === 'abbreviation' && d.term.length <= 3 && d.definiens.replace(/[”"」』\s]+$/u, '').endsWith(d.term))) continue;
      // 選派團體會員代表（以下簡稱團體會員代表）: the bracket repeats the object of the verb before it, whole — the short
      // form is its full name, and the same words earlier mean the same.
      const full = d.definiens.replace(/\s/gu, '');
      if (d.form === 'abbreviation' && full.endsWith(d.term) && SAME_AS_OBJECT.test(full.slice(0, -d.term.length))) continue;
      if (d.form === 'abbreviation' && everydayDepartmentPhrase(d.term)) continue;
      if (d.form === 'inline' && (!where || where.number === 0 || inPlace(d.span.start))) continue;
      const limit = d.form === 'inline' ? (where?.spanStart ?? 0) : d.sentence.start;
      let longer: Span[] | undefined;
      const containing = (): Span[] => (longer ??= knownSpans(f, terms.filter((b) => b.length > d.term.length && b.includes(d.term)), 0));
      const before = Math.min(limit, firstDefined.get(d.term) ?? limit);
      const early = t.usesOf(d).filter((u) => u.start < before && !notUse(d, u, containing));
      const firstUse = early[0];
      if (!firstUse || ((d.form !== 'abbreviation' || d.definiens.includes('、')) && early.every(inPurpose))) continue;
      // 營運活動表……：一、收入：指……: the caption of a statement, not a word of the whole text (statement-captions.ts).
      if (d.form !== 'abbreviation' && captionOfStatement(parsed, d)) continue;
      // A term defined twice (民用机场管理条例 飞行区) is reported once, at its first definition.
      reported.add(d.term);
      report({
        span: firstUse,
        message: d.form === 'abbreviation'
          ? { zh: `简称“${d.term}”在${d.article.label}才引入，此前已使用`, en: `The short form “${d.term}” is used before ${d.article.label} introduces it` }
          : { zh: `术语“${d.term}”在${d.article.label}定义，但此前已使用；涉及多章节的术语宜在总则或附则定义`, en: `“${d.term}” is defined in ${d.article.label} but used earlier; define terms used across chapters in 总则 or 附则` },
        related: [{ span: d.span, message: { zh: '定义处', en: 'Defined here' } }],
        data: { term: d.term, count: early.length },
      });
    }
  },
};
