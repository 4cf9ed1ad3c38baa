/**
 * Defined terms: the definitions articles (本条例下列用语的含义：, Taiwan 本法用词，定义如下：)
 * with their item or line definitions, inline 本条例所称X，是指…… (and 所指, 前款所称, 称X者，谓), a paragraph or
 * item that opens with X，是指……, and abbreviations （以下简称X） / （以下统称X）. Read from the script-folded text,
 * so Traditional drafts give the same table.
 */
import { documentTitle, spanOf, textSpanOf, walk } from '../parse/nodes';
import type { ParseResult } from '../parse/parse';
import { selfScope } from '../refs/scope';
import { sentenceAround } from '../text/lines';
import type { Span, StructureNode } from '../types';
import { ABBREVIATION, abbreviations, inArticles, uncornered } from './abbreviations';

export type { DefinedTerm, DefinitionForm } from './defined-term';
import type { DefinedTerm, DefinitionForm } from './defined-term';

// 本章下列用语的含义 (a chapter's own list), 本法及所附《…》下列用语的含义, 含意 and 定义 are all in the laws; Taiwan
// writes 本法用词，定义如下： (folded from 用詞，定義如下).
export const LEAD_IN =
  /本(?:条例|规定|办法|法|细则|决定|实施办法|实施条例|实施细则|章|节)[^，。；：:\n]{0,16}?(?:下列|以下)[\u4e00-\u9fff]{1,4}?的?(?:含义|含意|定义)(?:是指|是|为)?[:：]|本(?:法|条例|细则|办法|规则|通则)(?:第[零〇一二三四五六七八九十百千0-9]+(?:条|款|项))*(?:所用|专用)?(?:用词|用语|名词)[，,]?定义如下[:：]/u;
/**
 * 本法第十五条用词，定义如下：, 本條例第六條第一項用詞，定義如下：, 本条例第六条第一款下列用语的含义：: a list that
 * explains the words of one provision of the law (法 or 条例, the act the group names).
 */
const LEAD_IN_PROVISION = /^本(法|条例)(?:第[零〇一二三四五六七八九十百千0-9]+(?:条|款|项))+(?:中)?(?:下列|所用|专用)?(?:用词|用语|名词)/u;
/** Every LEAD_IN holds one of these: the few places they occur lead to the articles worth testing. */
const LEAD_IN_ANCHOR = /含义|含意|定义/gu;

/** A word starting with 指 (指标, 指定 …) is no 指 that defines: 飞行区指标为4E的运输机场是指…… defines the whole. */
export const ZHI = '指(?![标数定导挥引出南令明示派责纹])';
/**
 * What joins a term to its definiens: 是指, 系指 (Taiwan 係指), 是特指, ，指 / ：指, 谓, 包括, 分为, 是, 属于, and 如下：
 * before the items that set it out (本办法所称自来水设备如下：).
 */
const PREDICATE = `(?:[，,：:]?(?:分别|主要|具体)?(?:是指|系指|是特指|特指|${ZHI}|谓)|[，,]?(?:不包括|包括|分为|是|属于)|如下(?=[：:]))`;
/** A list item may repeat the lead's 本条例所称 (（一）本条例所称城市设计，是指……): not part of the term. */
const OWN_NAMES = '本(?:条例|规定|办法|法|细则|实施办法|实施细则)所(?:称|指)(?:的)?';
/** Quoted terms defined together, written side by side: “三轮车”“四轮车”，是指. */
const QUOTED_NEXT = '[^，。；“”"：:（(\\n]{1,30}?[”"](?:、|和|及|或者)?[“"]';
const QUOTED_SEP = /[”"](?:、|和|及|或者)?[“"]/gu;
// Straight quotes as pasted ("…") are read like curly ones; punctuation.straight-quotes reports them.
const LIST_DEF = new RegExp(`(?:${OWN_NAMES})?[“"]?((?:${QUOTED_NEXT})*[^，。；“”"：:（(\\n]{1,30}?[”"]?[^，。；“”"：:（(\\n]{0,8}?)[”"]?(?:[（(][^）)\\n]*[）)])?(?:——|—)?(?:[，,：:]?(?:分别|具体)?(?:是指|系指|是特指|特指|${ZHI}|谓)|[，,]?(?:包括|是))`, 'duy');
/** A paragraph or item elsewhere that opens with a definition (X，是指……; 可回收物，指……; “染疫人”指……; X是……的统称). */
const OPENING_DEF = new RegExp(`[“"]?([^，。；“”"：:（(、\\n本前第依按如但除对在为其该各称][^，。；“”"：:（(\\n]{1,24}?)(?:[”"][，,：:]?(?:是指|系指|是特指|${ZHI}|谓)|[”"]?(?:[，,：:](?:是指|系指|是特指|${ZHI}|谓)|是指|系指|是特指|[，,]?是[^。；\\n]{1,80}?的(?:统称|总称)))`, 'duy');
/**
 * What may follow a quoted word inside the term: a noun (“一业一证”改革，是指), never a modal or a verb (票据法第六十二条
 * 所称“拒绝证明”应当包括 explains 拒绝证明).
 */
const QUOTED_TAIL = '[^，。；“”"：:（(\\n应可须得是包由将]{1,8}?';
/** 本辦法所稱餐飲從業人員之定義如下：: the word's definition named after it, no part of the word. */
const OF_IT = '(?:[之的]定义)?';
/** X所称 / X所指的 Y，是指……; a paren after the term is its abbreviation, read apart. Who X is decides (OWN, CITED). */
const INLINE_DEF = new RegExp(`所(?:称|指|说)(?:的|之)?[“"]?([^，。；“”"：:（(\\n]{1,30}?(?:[”"]${QUOTED_TAIL})?)[”"]?(?:[（(][^）)\\n]*[）)])?${OF_IT}${PREDICATE}`, 'gdu');
const N = '[零〇一二三四五六七八九十百千0-9]+';
/** This text names the term (本条例所称, 本条第一款所称), or another act does (企业所得税法第九条所称, 《集会游行示威法》第二条所称). */
const OWN_ACT = new RegExp(`本(?:条例|规定|办法|法|细则|决定|实施办法|实施条例|实施细则|施行法|章|节|条|款|编|分编)(?:第${N}(?:条|款|项))*(?:中)?$`, 'u');
const CITED_ACT = new RegExp(`(?:法|》|条例|规定|办法|细则)(?:[、和]?第${N}(?:条|款|项))*(?:中)?$`, 'u');
/** The provision a scope names last (……法第二条第一项所称). */
const PROVISION = new RegExp(`(?:第${N}(?:条|款|项))+(?:中)?$`, 'u');
/** 本法所称, 本法第二条所称: the law, whichever law that is. */
const THE_LAW = new RegExp(`本法(?:第${N}(?:条|款|项))*(?:中)?$`, 'u');
/** A part of this text (前款所称, 第三条所称), when no act is named before it. */
const OWN_PART = new RegExp(`(?:前(?:款|两款|三款|条|项)|第${N}(?:条|款|项|目))(?:中)?$`, 'u');
/**
 * 本条第一款所称, 本条第二项所称: words written in a named place of this very article. A bare 本条所称 or 本款所称 may
 * define a word for what follows, and is not read as pointing back.
 */
const THIS_ARTICLE = new RegExp(`本(?:条(?!例)|款)(?:第${N}(?:款|项))+(?:中)?$`, 'u');
/** …及第二十七条所称: a second term of the same definition, named with its own place. */
const NAMED_ELSEWHERE = new RegExp(`(?:及|和|、|以及)(?:第${N}(?:条|款|项))+所称`, 'gu');
/** 本章所称, 本条第一款所称: this text's own, for a part of it. */
const PART_OF_ACT = /本(?:章|节|条(?!例)|款)[^，。；]*$/u;
/**
 * A lead that explains words of a provision of another act (or, in a text that is no law, of 本法): 本法第八十八条所称,
 * and a list of that provision's words (本法第二條第五款之名詞定義如下：) — the act's words, which the text may use before
 * the list explains them.
 */
const EXPLAINS_CITED = new RegExp(`^((?:本法|[^本，。；：:\\n]{1,20}?(?:法|条例))(?:第${N}(?:条|款|项))+)(?:所称|之?(?:用词|用语|名词)[，,]?定义如下)`, 'u');
/** 本条文规定：「本法第一百零二条第二项所称: a provision's words quoted after 规定：, up to 所称. */
const QUOTES_PROVISION = /规定[：:]\s*[「“][^「」“”。；]*$/u;
/** How far before 所称 the quotation's opening is looked for. */
const QUOTE_WINDOW = 40;
/** How far before 所称 its scope is read. */
const SCOPE_WINDOW = 24;
/**
 * A 称 that names a word, not one that ends a word of its own (名称, 简称, 所称 read by INLINE_DEF, 又称 …).
 * What it follows is the scope the word is read in (本施行法称, 总预算称岁入、岁出者).
 */
const CALLS = '(?<![所名简统又俗通合并声宣号自对堪职亦也或])称';
/** Taiwan: 本施行法称修正民事诉讼法者，谓……; 总预算称岁入、岁出者，指……. */
const CALLED_DEF = new RegExp(`${CALLS}[“"]?([^，。；“”"\\n]{1,20}?)[”"]?者[，,]?(?:谓|系指|是指|指)`, 'gdu');
/** 总预算称岁入者: a paragraph that opens with 称X者, read by CALLED_DEF without the scope and the 称 and 者. */
const CALLED_OPENING = new RegExp(`${CALLS}.+者$`, 'u');
/**
 * 过渡银行应编制之财务报表系指……: a subject, 应 and a verb state what must be done, a rule, not a word (供应, 相应
 * and 应收, 应付, 应纳 are words of their own).
 */
const RULE_SUBJECT = /^[^应]{2,}(?<![供反对相适响效回感呼答])应(?![收付纳税])[\u4e00-\u9fff]{1,6}?[之的]/u;
/**
 * 本办法所称辐射灾害潜势资料种类及区域如下：, 本法所稱傳染病及其分類如下：: the kinds of a thing, set out, are no word to
 * use again.
 */
const KINDS_OF = /种类|类别|分类/u;
/**
 * 本条例所称课程或教育宣导内容如下：: what a thing holds, set out (its content, items, matters, extent), is the rule
 * itself, no word for later use.
 */
const CONTENTS_OF = /(?:内容|项目|事项|范围)$/u;
/**
 * An adverb before 包括 that widens a word defined elsewhere (业主还包括, 也包括), or says what every instance
 * holds (“以下”均包括本数): neither defines a word.
 */
const WIDENS = /[还也亦均都]$/u;
/** A lead whose items are circumstances, not words. */
const CIRCUMSTANCES = /下列[^。；\n]{0,6}情形/u;
/**
 * ……之请求权可行使之日，规定如下：一、一次退休金……部分，指……: items of rules that give the lead's one thing case by
 * case; the case is no word.
 */
const RULED = /规定如下[：:]\s*$/u;
/**
 * A lead that sorts what it names into kinds (分类如下, 种类如下, 分为), says what it covers (指下列, 包括下列), or lists
 * what it holds (资产负债表之内容如下, 本办法所称自来水设备如下).
 */
const KINDS = /(?:分类|种类|类别|分为|分成|[指括][^。；\n]{0,40}(?:下列|以下(?![简统]?称))|之内容如下|所称[^。；：:\n]{1,20}如下)[^。；\n]{0,40}[：:]\s*$/u;
/**
 * A rule over what its items list (以供下列设施使用：, 应考量下列因素：): an item saying what its word holds explains it
 * where the rule uses it, not for later. A lead listing words to define (本条下列用语的含义：) is no rule.
 */
const LISTED = /下列[^。；：:\n]{1,10}[：:]\s*$/u;
const DEFINES = /用语|用词|名词|术语|词语|含义|含意|定义/u;
/** 常用密码学演算法如下：, 网路型态区分如下：: an item naming what it sets out, with no definition of its own. */
const SORTING_ITEM = /^\s*[^，。；：:指谓\n]{2,30}如下[：:]\s*$/u;
/**
 * 回馈金之用途如下：一、公益活动之补助：指……; 办理左列数据通信业务：一、出租数据电路业务：指……; 委员之组成如下：……
 * 三、学者及专家三人至五人，指……: items under a lead that is no definitions form (用词、定义、含义, 所称) are the
 * rule itself, each glossed, and cited by their number; not words introduced to be used again. Only items whose
 * lead introduces them with a colon (a paragraph that ends its sentence leads no list), and only items: a
 * subitem under a word and a colon (二、诊所：（一）中医诊所，指……) is read with its heading.
 */
function glossed(node: StructureNode, lead: string): boolean {
  return node.kind === 'item' && /[：:]\s*$/u.test(lead) && !DEFINES.test(lead) && !/所(?:称|指)/u.test(lead);
}
/** An item whose definition ends by setting out its subitems as its parts: ……之服务，作业机制如下：. */
const SETS_OUT = /如下[：:]\s*$/u;
/** An item that is a word and a colon (八、热处理法：) heads the kinds its subitems define (焚化法：指……). */
export const HEADED = /^([^，。；：:\s]{2,20})[：:]\s*$/u;
/** A lead that gives one thing by rules (依下列规定认定：). */
const CASE_LEAD = /下列[^。；：:\n]{0,4}规定/u;
/** （一）中华民国一百十四年二月二十八日以前：指……: a time is a condition, never a word. */
const DATED = /^(?:中华民国)?[零〇一二三四五六七八九十百千0-9]+年[^，。；]*(?:以前|以后|之前|之后|起)$/u;

/**
 * 第一项所定支出总金额……依下列规定认定：一、向他人购买取得者，指……; 九、购置成本：（一）自行制造者，指……: under a
 * lead that gives one thing by rules, or under a word and a colon, an item opening with what 者 closes is a case
 * (where it is so) of that thing, no word of its own (使用者：指…… in a list of words is one).
 */
function isCase(term: string, lead: string): boolean {
  // 死亡或傷害，指……因下列情形之一所致者：(二) 該人直接觸及航空器之任何部位，包括……: under a lead of circumstances
  // a subitem is one of them, and its 包括 widens it, naming no word.
  return DATED.test(term) || CIRCUMSTANCES.test(lead) || (term.endsWith('者') && (CASE_LEAD.test(lead) || HEADED.test(lead)));
}
/**
 * A lead whose items are rules of computing (其销售额依左列规定计算：): what they say an amount is, is no word of the
 * text. 下列规定 alone may lead in definitions (……的定义及列示应当遵循下列规定：).
 */
const RULES = /[下左]列[^。；\n]{0,6}计算[：:]\s*$/u;
/**
 * Around a written term, what is not part of it: spaces and the lead-in 所谓 (所谓权责发生制，系指 defines 权责发生制)
 * before it, an alias (期刊又称杂志) after it.
 */
const LEADING = /^(?:\s|所谓)+/u;
/**
 * 前项军事设施或国防工程，包括……: a place named before the word points back to where the word was written; it is no
 * part of the word, and the words there are its use (as 前项所称 makes them).
 */
const POINTS_BACK = /^(?:前[两二三]?(?:项|条|款)|本(?:条(?!例)|项|款))(?=[\u4e00-\u9fff]{2})/u;
/**
 * 本法所称机关者，指……: a 者 after a word for a body or a person holding a post marks the topic and is no part of the
 * word; after a verb it makes the word (经营者, 投资者, 因公死亡者), and stays.
 */
const TOPIC_ZHE = /(?<=机关|机构|学校|部队|单位|团体|人员|公务员)者$/u;
/**
 * 每月退休所得，依……种类，定义如下：（三）于支领一次退休金人员，指……: an item that defines its own word case by case;
 * the cases (于X，指 is "for X, it is") define that word, not X.
 */
const BY_CASES = /[“"]?([^，。；“”"：:（(\n]{2,20}?)[”"]?[，,][^。；：:\n]*定义如下[：:]/dyu;
const CASE = /^于[\u4e00-\u9fff]{2}/u;
/** 适用本法之植物种类，指……: a sentence on what the text applies to names the text itself, and is no word to use again. */
const SELF_NAMED = /(?<!日)本(?:法|条例|规定|办法|细则|准则|标准|规则)/u;
/**
 * 路肩︰指……: a colon that ends the term before 指, in any of its forms (︰ U+FE30 as well as ： and :), is no part of
 * it; LIST_DEF stops before ： and : only.
 */
const ALIAS = /(?:又称|亦称|也称|或称).*$|[︰：:]?\s*$/u;

function trimmed(p: { term: string; at: number }): { term: string; at: number } {
  const lead = LEADING.exec(p.term)?.[0].length ?? 0;
  return uncornered(p.term.slice(lead).replace(ALIAS, '').replace(TOPIC_ZHE, ''), p.at + lead);
}

/** The article whose text opens with 本条例下列用语的含义：, if any (the last such article). */
export function definitionsArticle(parsed: ParseResult, lists = definitionsArticles(parsed)): StructureNode | undefined {
  return lists[lists.length - 1];
}

/** The opening LEAD_IN is looked for in: the first characters of an article's text. */
const LEAD_IN_WINDOW = 60;

/** Every article whose text opens with a lead-in (a code may have one per chapter: 本章下列用语的含义). */
export function definitionsArticles(parsed: ParseResult): StructureNode[] {
  // LEAD_IN contains 含义, 含意 or 定义, so only articles whose opening holds one can match: their occurrences
  // (few) lead to them, instead of a slice and a pattern for each article of a code, nearly all in vain.
  const f = parsed.folded;
  const articles = parsed.articles;
  const out: StructureNode[] = [];
  let k = 0;
  for (const m of f.matchAll(LEAD_IN_ANCHOR)) {
    const at = m.index ?? 0;
    while (k < articles.length && (articles[k] as StructureNode).spanEnd <= at) k++;
    const a = articles[k];
    if (!a) break;
    if (out[out.length - 1] === a) continue;
    const end = Math.min(a.spanEnd, a.textStart + LEAD_IN_WINDOW);
    if (at >= a.textStart && at + 2 <= end && LEAD_IN.test(f.slice(a.textStart, end))) out.push(a);
  }
  return out;
}

/**
 * The terms of one written term: 长期、常驻 and X以及Y are two terms (each defined, each used on its own), and
 * X和Y，分别是指 too; 烈士、因公牺牲军人、病故军人的遗属 is one (的 makes the last part hold the others).
 */
function split(term: string, respectively: boolean): { term: string; at: number }[] {
  // 因执行公务致成失能者及第二十七条所称因公死亡者: two terms, the second named with its own place.
  if (term.search(NAMED_ELSEWHERE) >= 0) {
    const out: { term: string; at: number }[] = [];
    let from = 0;
    for (const m of term.matchAll(NAMED_ELSEWHERE)) {
      out.push(...split(term.slice(from, m.index), respectively).map((p) => ({ term: p.term, at: p.at + from })));
      from = (m.index ?? 0) + m[0].length;
    }
    return [...out, ...split(term.slice(from), respectively).map((p) => ({ term: p.term, at: p.at + from }))];
  }
  // 在中华民国境内销售房屋、土地、特种劳务: a clause on a place whose object is a list is one term, not three (its
  // parts are not words of their own). 被保险人和受益人 are two words that happen to open with a preposition.
  if (/^在[^、]{4,}、/u.test(term)) return [{ term, at: 0 }];
  const joint = respectively ? /、|以及|和|及/gu : /、|以及/gu;
  const parts: { term: string; at: number }[] = [];
  let from = 0;
  for (const m of term.matchAll(joint)) {
    parts.push({ term: term.slice(from, m.index), at: from });
    from = (m.index ?? 0) + m[0].length;
  }
  parts.push({ term: term.slice(from), at: from });
  // A phrase (个人将其所得对教育、扶贫、济困等公益慈善事业进行捐赠) is one term: only a list of short words splits.
  if (parts.length === 1 || (!respectively && parts.some((p) => p.term.length > 10 || /[的等对将]/u.test(p.term)))) return [{ term, at: 0 }];
  return parts.filter((p) => p.term.length > 0);
}

/** “三轮车”“四轮车”: the quoted terms written side by side, each with its offset in `raw`. */
function quotedApart(raw: string): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  let from = 0;
  for (const m of raw.matchAll(QUOTED_SEP)) {
    out.push({ text: raw.slice(from, m.index), at: from });
    from = (m.index ?? 0) + m[0].length;
  }
  out.push({ text: raw.slice(from), at: from });
  return out;
}

/** What a definition's place says of each term it defines (DefinedTerm's marks of the same names). */
interface Marks {
  cited?: boolean;
  part?: boolean;
  refersBack?: boolean;
  kind?: boolean;
  provision?: string;
  under?: { term: string; at: number };
}

export function extractDefinitions(parsed: ParseResult, lists = definitionsArticles(parsed)): DefinedTerm[] {
  const f = parsed.folded;
  const out: DefinedTerm[] = [];
  const add = (m: RegExpMatchArray, form: DefinitionForm, sentence: Span, definiens: string, article: StructureNode, marks: Marks = {}): void => {
    const [at, end] = m.indices?.[1] ?? [0, 0];
    for (const q of quotedApart(f.slice(at, end))) {
      // “领跑者”标准，是指: the quoted word and what follows it are one term, and its uses are written with the quotes.
      const text = q.text.replace(/[”"]$/u, '');
      const open = f[at + q.at - 1] === '“' || f[at + q.at - 1] === '"' ? (f[at + q.at - 1] as string) : '';
      const written = /[”"]/u.test(text) ? `${open}${text}` : undefined;
      for (const whole of split(q.text.replace(/[“”"]/gu, ''), m[0].includes('分别'))) {
        const t = trimmed(whole);
        const back = POINTS_BACK.exec(t.term)?.[0].length ?? 0;
        const p = { term: t.term.slice(back), at: t.at + back };
        if (p.term.length === 0) continue;
        const start = at + q.at + p.at;
        const d: DefinedTerm = { term: p.term, form, span: { start, end: start + p.term.length }, sentence, definiens, article };
        if (written && p.at === 0 && written.replace(/[“”"]/gu, '') === p.term) d.written = written;
        if (marks.cited) d.cited = true;
        if (marks.part) d.part = true;
        if (marks.refersBack || back > 0) d.refersBack = true;
        if (marks.kind) d.kind = true;
        if (marks.provision) d.provision = marks.provision;
        if (marks.under) d.under = marks.under;
        out.push(d);
      }
    }
  };
  // 本法 in a text that is no law (a Taiwan 认定标准 or 办法 under its law) is the law it implements: the reading
  // references make of 本法 (refs/scope.ts).
  const self = selfScope(documentTitle(parsed));
  const parentLaw = !self('法');
  for (const list of lists) {
    // 著作权法和本条例中下列用语的含义: the list explains the cited act's words as well as its own; a 办法's 本法第十五条
    // 用词，定义如下 explains its law's.
    const opening = f.slice(list.textStart, Math.min(list.spanEnd, list.textStart + LEAD_IN_WINDOW));
    // 本條例 in a 辦法 made under it is that act, as 本法 is.
    const act = LEAD_IN_PROVISION.exec(opening.trimStart())?.[1];
    const ofParent = act !== undefined && !self(act);
    const cited = /法和本/u.test(opening) || ofParent;
    const part = /本(?:章|节)/u.test(opening) || (act !== undefined && !ofParent);
    // 二、约定连结存款帐户付款：指……，作业机制如下：（一）直接连结机制：指……: a subitem defines a kind of the word its
    // item defines.
    let head: { term: string; at: number; end: number } | undefined;
    // 六、常用密码学演算法如下：（一）杂凑函数：指……: an item that defines nothing and sets out what a thing holds
    // gives its kinds, each glossed: the list is the rule, not words to use again.
    let sorts = false;
    let item: StructureNode | undefined;
    for (const node of walk(list.children)) {
      if (node.kind !== 'paragraph' && node.kind !== 'item' && node.kind !== 'subitem') continue;
      if (node.kind !== 'subitem') [head, item, sorts] = [undefined, node.kind === 'item' ? node : undefined, false];
      const under = node.kind === 'subitem' && head && node.spanStart < head.end ? { term: head.term, at: head.at } : undefined;
      const before = out.length;
      const own = f.slice(node.textStart, node.textEnd);
      if (LEAD_IN.test(own)) continue;
      if (node.kind === 'item' && SORTING_ITEM.test(own)) sorts = true;
      BY_CASES.lastIndex = node.textStart;
      const cases = BY_CASES.exec(f);
      if (cases && f.slice(cases.index + cases[0].length, node.textEnd).trim() === '') {
        // Its cases are its definition: uses inside them are not uses.
        add(cases, 'list', spanOf(node), f.slice(cases.index + cases[0].length, node.spanEnd), list, { cited, part });
        continue;
      }
      if (CASE.test(own)) continue;
      LIST_DEF.lastIndex = node.textStart;
      const m = LIST_DEF.exec(f);
      if (!m || m.index + m[0].length > node.textEnd) continue;
      // 前项第三款第七目所称研究机构，包括……: read with its place as an inline definition of 研究机构.
      if (/所(?:称|指)/u.test(m[1] ?? '')) continue;
      const itemLead = node.kind === 'subitem' && item ? f.slice(item.textStart, Math.min(item.textEnd, node.spanStart)) : '';
      if (isCase(m[1] ?? '', itemLead)) continue;
      add(m, 'list', textSpanOf(node), f.slice(m.index + m[0].length, node.textEnd), list, { cited, part, under, kind: node.kind === 'subitem' && sorts });
      const defined = out[before];
      // Only where the item sets its subitems out as parts of its own definition (作业机制如下：); 使用者：指……，包括：
      // （一）个人使用者 splits the word into kinds the text defines to tell apart, each a word to use.
      if (node.kind === 'item' && out.length === before + 1 && defined && SETS_OUT.test(own)) head = { term: defined.term, at: defined.span.start, end: node.spanEnd };
    }
  }
  // Paragraphs and items elsewhere that open with a definition (生活垃圾分为以下四类：（一）可回收物，指……).
  let l = 0;
  for (const unit of parsed.units) {
    const node = unit.node;
    while (l < lists.length && (lists[l] as StructureNode).spanEnd <= node.textStart) l++;
    if (l < lists.length && (lists[l] as StructureNode).spanStart <= node.textStart) continue;
    OPENING_DEF.lastIndex = node.textStart;
    const m = OPENING_DEF.exec(f);
    // 企业所得税法第九条所称X，是指: read below, with its scope.
    // 民事诉讼法第一百五十七条第一款第七项规定的笔误是指: another act's word, explained in passing.
    if (!m || m.index + m[0].length > node.textEnd || /所(?:称|指|说)|第[零〇一二三四五六七八九十百千0-9]+条|规定的/u.test(m[1] ?? '') || SELF_NAMED.test(m[1] ?? '')) continue;
    if (CALLED_OPENING.test(m[1] ?? '') || RULE_SUBJECT.test(m[1] ?? '')) continue;
    // 票上仅载月初、月中、月底者，谓……: a case that 者 closes, whose meaning 谓 gives, not a word (作业者，是指 names one).
    if (m[0].endsWith('者，谓') || m[0].endsWith('者,谓')) continue;
    // An item's lead says what its items are: circumstances (有下列情形之一的) define nothing (当事人知他造之住居所，
    // 指为所在不明 is a ground, 指为 a verb); kinds of what the lead names need no later use.
    const parent = node.kind === 'subitem' ? unit.item : node.kind === 'item' ? unit.paragraph : undefined;
    const lead = parent ? f.slice(parent.textStart, Math.min(parent.textEnd, node.spanStart)) : '';
    if (CIRCUMSTANCES.test(lead) || RULED.test(lead) || isCase(m[1] ?? '', lead)) continue;
    // 医疗机构分类如下：……二、诊所：（一）中医诊所，指……: a subitem sorts further what its paragraph sorted.
    const top = node.kind === 'subitem' ? f.slice(unit.paragraph.textStart, Math.min(unit.paragraph.textEnd, node.spanStart)) : '';
    const sentence = sentenceAround(f, node.textStart, textSpanOf(node));
    if (RULES.test(lead) || RULES.test(top)) continue;
    const heading = node.kind === 'subitem' && parent ? HEADED.exec(lead) : null;
    const under = heading && parent ? { term: heading[1] as string, at: parent.textStart } : undefined;
    // 本法第八十八条所称……，指下列事项：（一）重要争点，指……: the items explain the words of the provision the lead
    // names, the law's words.
    const explains = EXPLAINS_CITED.exec((top || lead).trimStart());
    const cited = explains !== null && (parentLaw || !explains[0].startsWith('本法'));
    add(m, 'inline', sentence, f.slice(m.index + m[0].length, sentence.end), unit.article, {
      kind: KINDS.test(lead) || KINDS.test(top) || (LISTED.test(lead) && !DEFINES.test(lead)) || glossed(node, lead), under, cited, provision: cited ? PROVISION.exec(explains?.[1] ?? '')?.[0] : undefined,
    });
  }
  const shortCited = citedShorts(parsed);
  for (const re of [INLINE_DEF, CALLED_DEF]) {
    for (const { m, article } of inArticles(parsed, re)) {
      const at = m.index ?? 0;
      const scope = re === INLINE_DEF ? f.slice(Math.max(article.spanStart, at - SCOPE_WINDOW), at) : '';
      // 本条例所称业主还包括：…… widens a word defined elsewhere; 业主还 is no term.
      if (re === INLINE_DEF && WIDENS.test(m[1] ?? '')) continue;
      // 法源资讯编：本条文规定：「本法……所称医疗急迫情形，系指……」: an article quoted in a note is its words, not a
      // second definition.
      if (QUOTES_PROVISION.test(f.slice(Math.max(article.spanStart, at - QUOTE_WINDOW), at))) continue;
      if (re === INLINE_DEF && m[0].endsWith('如下') && (KINDS_OF.test(m[1] ?? '') || CONTENTS_OF.test(m[1] ?? ''))) continue;
      // 本款所称 where 本款 stands for another act's provision (依……法第二条第一项第十二款（以下简称本款）).
      const short = SHORT_SCOPE.exec(scope)?.[0];
      const shortFor = short !== undefined ? shortCited.get(short) : undefined;
      const cited = (!OWN_ACT.test(scope) && CITED_ACT.test(scope)) || (parentLaw && THE_LAW.test(scope)) || shortFor !== undefined;
      if (re === INLINE_DEF && !cited && !OWN_ACT.test(scope) && !OWN_PART.test(scope)) continue;
      const sentence = sentenceAround(f, at, spanOf(article));
      const part = !cited && (OWN_PART.test(scope) || PART_OF_ACT.test(scope));
      const back = !cited && (OWN_PART.test(scope) || THIS_ARTICLE.test(scope));
      const provision = cited ? (PROVISION.exec(scope)?.[0] ?? shortFor?.provision) : undefined;
      add(m, 'inline', sentence, f.slice(at + m[0].length, sentence.end), article, { cited, part, refersBack: back, provision });
    }
  }
  out.push(...abbreviations(parsed));
  // （一）本条例所称城市设计，是指……: an item of the list that is also read as an inline definition is one definition.
  const sorted = out.filter((d) => d.term.length > 0).sort((a, b) => a.span.start - b.span.start);
  return sorted.filter((d, i) => i === 0 || (sorted[i - 1] as DefinedTerm).span.start !== d.span.start || (sorted[i - 1] as DefinedTerm).term !== d.term);
}

/** The words a text abbreviates places to (本款, 本项, 本条): what 本款所称 names when it is another act's. */
const SHORT_SCOPE = /本(?:条|款|项)$/u;

/**
 * The short forms of another act's provision the text introduces (本标准依……法第二条第一项第十二款（以下简称本款）
 * 规定订定之), with that provision.
 */
function citedShorts(parsed: ParseResult): Map<string, { provision?: string }> {
  const f = parsed.folded;
  const out = new Map<string, { provision?: string }>();
  for (const { m, article } of inArticles(parsed, ABBREVIATION)) {
    const term = m[1] ?? '';
    if (!/^本(?:条|款|项)$/u.test(term)) continue;
    const open = m.index ?? 0;
    const before = f.slice(sentenceAround(f, open, spanOf(article)).start, open);
    if (!OWN_ACT.test(before) && CITED_ACT.test(before) && PROVISION.test(before)) out.set(term, { provision: PROVISION.exec(before)?.[0] });
  }
  return out;
}
