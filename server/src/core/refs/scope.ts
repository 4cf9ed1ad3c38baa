/**
 * Deciding whether a path that starts with 第 refers to this draft or to another instrument. Works on
 * script-folded text.
 */
import { isHan } from '../text/chars';
import { coordinatePartOfAttachment, partOfAttachment } from './attachment';

export type PathScope = 'external' | 'internal-doc' | 'internal-bare';

/** Document-scope words: 本条例第十条 refers to this draft. */
export const DOC_SCOPE_WORDS = [
  '实施办法', '实施细则', '条例', '规定', '办法', '细则', '规则', '决定', '解释', '章程', '准则', '法',
] as const;

// 之 may join the name to the path (本法之第十条, 刑法之第一百八十六条之一), and 所定 and a verb of one or two
// characters (本法所定比照第二十八条第四项后段: compared with that act's provision, not this text's), and 修正 with
// its verb (自本法修正删除第八十五条之一: the named instrument's own article, which its amendment struck out). The 本 of
// 基本法 (教育基本法第十五条, 香港特别行政区基本法第十八条) is part of another law's name, not this text's 本.
const INTERNAL_TAIL = new RegExp(`(?<!基)本(${DOC_SCOPE_WORDS.join('|')})(?:之|所定[\\u4e00-\\u9fff]{1,2}|修正[\\u4e00-\\u9fff]{0,2})?$`, 'u');
/** 除本法另有规定与第五十四条……规定外: one 本法 names both members, its exceptions and the articles joined to them. */
const EXCEPTION_JOIN = new RegExp(`(?<!基)本(${DOC_SCOPE_WORDS.join('|')})另有规定[与及或和]$`, 'u');

/**
 * Genres a title may end in: those a text calls itself by, and a few more (标准, 规程 …) a text is named with
 * and cites its parent law from. Longest first, so 实施细则 is read before 细则.
 */
const GENRES = [...DOC_SCOPE_WORDS, '标准', '规程', '守则', '须知', '通则', '纲要'].sort((a, b) => b.length - a.length);
const TITLE_TAIL = /(?:[（(][^）)]*[）)]|\s)+$/u;

/** Whether 本<word> (本<word><part>: 本规则建筑设计施工编) names the text itself; see selfScope. */
export type SelfScope = ((word: string, part?: string) => boolean) & {
  /** The part of a code the title names (建筑设备编 of 建筑技术规则建筑设备编), when it names one. */
  readonly part?: string;
  /**
   * A titled text that neither is a part of a code nor is divided into books (编): every 编 it names is a part of
   * another code (本辦法依建築技術規則建築設計施工編（以下簡稱本編）…訂定: its 本编 and 同编 are that part).
   */
  readonly partless?: boolean;
};

/**
 * What 本<word> names in a text titled `title` (folded). A text calls itself by its own genre: 本细则 in a
 * 实施细则, whose 本法 is the law it implements, as a Taiwan 辦法's 本法 is the act it rests on (第1條 本辦法依
 * …法（以下簡稱本法）…訂定) — a reference into that act, not into this text. A text whose title ends in no known
 * genre (a draft pasted without its title) takes every such word as its own. `books`: whether the text is
 * divided into 编 (when not known, it may be).
 */
export function selfScope(title: string, books = true): SelfScope {
  let bare = title.replace(TITLE_TAIL, '');
  // 建筑技术规则总则编, published on its own: its 本规则 is the whole rules, of which 本规则建筑设计施工编 is
  // another part.
  const ownPart = OWN_PART.exec(bare)?.[0];
  if (ownPart !== undefined) bare = bare.slice(0, bare.length - ownPart.length);
  const genre = GENRES.find((g) => bare.endsWith(g));
  if (genre === undefined) return () => true;
  // 实施细则 and 细则, 实施办法 and 办法: one genre.
  const own = genre.replace(/^实施/u, '');
  return Object.assign((word: string, part?: string) => word.replace(/^实施/u, '') === own && (part === undefined || ownPart === undefined || part === ownPart), { part: ownPart, partless: ownPart === undefined && !books });
}
/**
 * 中小企业认定标准第二条: a 标准 named without 《》 is another instrument (本标准 is this one), and so is a 规程
 * (准用中央研究院研究所组织规程第二十一条 in another 组织规程) and a 规范 (依耐震规范第八章: a technical code's
 * chapter), a 要点 or 须知, and the 事项 an agency issues as rules (定型化契約應記載及不得記載事項第十二條, 授信作業注意事項
 * 第五條: 事项 alone is any matters, so only these two kinds). 之 may join name and path (刑法之第一百八十六条之一).
 */
const LAW_TAIL = /(?:法|法典|条例|规定|办法|细则|规则|决定|解释|章程|准则|公约|协定|条约|议定书|修正案|增修条文|宪章|通则|纲要|税则|(?<!本)标准|(?<!本)基准|(?<!本)规程|(?<!本)规范|(?<!本)要点|(?<!本)须知|(?:记载|注意)事项|(?<=[\u4e00-\u9fff])(?<![纳免课征退缴完报欠漏逃减抵扣补计应])税)之?$/u;
/**
 * A part of a code named between the code's name and the path: 民法亲属编第四章, 建筑技术规则建筑设计施工编第五十九条,
 * 刑法公共危险罪章第一百七十三条. Read with the name before it (本法总则编 is this text's).
 */
const PART_TAIL = /(?<=(?:法|法典|条例|规定|办法|细则|规则|准则|通则|标准))(?:总则|分则|附则|[\u4e00-\u9fff]{1,8}?编|[\u4e00-\u9fff]{1,10}?罪章)之?$/u;
/** A title that names one part of an instrument (建筑技术规则总则编): the part. */
const OWN_PART = /(?<=(?:法|法典|条例|规定|办法|细则|规则|准则|通则|标准))[\u4e00-\u9fff]{1,8}?编$/u;
/**
 * A chapter of crimes named by its title (故意犯公共危险罪章第一百七十三条, under 犯刑法下列之罪): a text cites its
 * own chapters by number, so the named one is a criminal code's.
 */
const CRIMES_CHAPTER_TAIL = /罪章之?$/u;
/**
 * An earlier version of this text: 修正前第六十六条, ……修正之条文施行前第五条之一, ……修正公布前第十条之一 (before the
 * amendment was promulgated), ……修正公布之第三十六条之二 (a
 * regulation's: 修正发布之, as its commencement article lists them; ……修正施行之第十条之一, the version a transitional
 * article keeps; 本条例中华民国一百零七年十二月二十八日修正之第三十五条, the version of a date), 依原第四条第三项, 尚未终结之原第五条案件, 已符合原第四条第一项第二款 (after any verb), 违反行为时
 * 第六十六条之五 (the text in force when the act was done), 现行条文第四十三条第二项 (in an amending text, the articles in
 * force before it) — what it said then, not now. Only words that end in 原
 * without meaning "former" (草原, 平原, 还原 …) keep the path this text's.
 */
const VERSION_TAIL = /修正(?:之条文)?(?:施行|公布|发布)?前之?$|(?:修正(?:公布|发布|施行)|[〇零一二三四五六七八九十]日修正)之$|(?<![草平高中病抗复还归燎荒雪冰])原$|行为时之?$|现行条文$/u;
/**
 * A law named without 《》 that leads in to the list or clause after it: 刑法下列之罪……第一百零九条,
 * 民事诉讼法有关……之规定，除第五百二十九条规定外. Words that end in 法 without naming a law are left out.
 */
const LAW_LEAD_IN = /([\u4e00-\u9fff]{0,12}(?:法|法典|条例|增修条文))之?(?:下列|有关|关于|所列|所定)/gu;
const NOT_A_LAW = /(?:^|[本该同此其])(?:法|条例)$|(?:依|违|合|非|执|立|司|守|方|办|做|用|说|设|无|不|犯|枉|算|手|疗)法$/u;
/**
 * 依公立高级中等以下学校教师成绩考核办法考列第四条第一项第一款: a law named after 依 and a verb of one or two
 * characters before the path — rated, listed, counted under that law's provision. A title names its subject
 * before its genre (four characters at least), which 有关办法 and 依法 do not.
 */
const LAW_THEN_VERB = /(?:依|依照|依据|按照|根据)((?![本该同此前其各])[\u4e00-\u9fff]{4,30}?(?:法|条例|办法|规则|细则|规定|标准|准则))[\u4e00-\u9fff]{1,2}$/u;
/**
 * 第七及 right before 第十条: an ordinal with no unit, joined to the path by a conjunction, or by 至 as the start of a
 * range (电联会无线电规则第三十至第三十四章); or a list of them that names 第 once (「师范教育法」第五、十一、十六及第十七条).
 * Read on the text, not the run of Han characters: the list's 、 ends that run.
 */
const BARE_ORDINAL_JOIN = /第[〇零一二三四五六七八九十百千]+(?:、[〇零一二三四五六七八九十百千]+)*[及或与和暨至]$/u;
/** How far back a list of bare ordinals may reach. */
const ORDINAL_LIST_REACH = 60;
/**
 * 违章建筑拆除认定基准第二点第十款: a 点 is how a 要点 or 基准 numbers its provisions, never a law or regulation (they
 * number 条), so a path after an instrument's named 点 is in that instrument.
 */
const POINT_TAIL = /第[〇零一二三四五六七八九十百千]+点$/u;
/** How far back in its sentence a lead-in may stand. */
const LEAD_IN_REACH = 60;
/**
 * 依「駐華外國機構及其人員特權暨豁免條例」第二條: Taiwan quotes a title in 「」 (or 『』) where PRC text writes 《》; the
 * quote's words decide whether it names an instrument (「」 also quotes terms). A hard wrap may fall inside the quote,
 * before its closing mark (特依「國營事業管理法⏎」第八條), which the joined view does not take out: the words are
 * read without it.
 */
const QUOTED_TITLE = /[「『]([^「」『』]{1,60})[」』]$/u;
const QUOTE_CLOSE = /[」』]/u;
/** Words that point back at an instrument named earlier: 该法第十条, 上述法律第二条. */
const ANAPHORIC_LAW_TAIL = /(?:该|同|上述|前述|原|其)(?:法|法律|条例|规定|办法|细则|规则|决定|解释|法规|规章)$/u;

/**
 * The scope of a path starting at `idx` in `text` (folded). `《…》第四十四条` and `依照刑法第十七条` are
 * external; `违反本条例第十三条` is internal with a document prefix; `违反第二十二条` is internal and bare.
 */
export function scopeBefore(text: string, idx: number, self: SelfScope = () => true): PathScope {
  let j = idx;
  // Skip one parenthesised qualifier such as 刑法修正案（九）第二条 or 民事诉讼法（2017年修正）第十条, and the spaces a
  // copy sets around it (技师法 （以下简称本法） 第五十八条), or the line break a hard wrap puts after it (依石油管理法
  // (以下簡稱本法)⏎第三十四條: the wrap cut the citation after the short form, which joinedText does not mend).
  const spaced = skipWrapAfterParenthesis(text, skipSpaces(text, j));
  const prev = text[spaced - 1];
  if (prev === '）' || prev === ')') {
    const open = Math.max(text.lastIndexOf('（', spaced - 1), text.lastIndexOf('(', spaced - 1));
    if (open >= 0 && spaced - open <= 24) j = skipSpaces(text, open);
  }
  if (text[j - 1] === '》' || text[j - 1] === '〉') return 'external';
  // 「低酸性食品罐头杀菌规范」中第五章: the quoted title's chapter, 中 (in) between.
  const quoteEnd = text[j - 1] === '中' && QUOTE_CLOSE.test(text[j - 2] ?? '') ? j - 1 : j;
  if (QUOTE_CLOSE.test(text[quoteEnd - 1] ?? '')) {
    const quoted = QUOTED_TITLE.exec(text.slice(Math.max(0, quoteEnd - 62), quoteEnd));
    const words = quoted?.[1]?.replace(/\s+/gu, '');
    if (words !== undefined && LAW_TAIL.test(words) && !INTERNAL_TAIL.test(words)) return 'external';
  }
  // 犯刑法伪造文书印文罪章、第三百三十九条之罪: a list after a part of another code continues that code.
  if (text[j - 1] === '、' && partScope(hanRunBefore(text, j - 1), self) === 'external') return 'external';
  const run = hanRunBefore(text, j);
  // 本院组织法第七及第十条: an ordinal without its unit joined to the path is the same unit of the same instrument,
  // so the path's scope is the one before it.
  const joined = BARE_ORDINAL_JOIN.exec(text.slice(Math.max(0, j - ORDINAL_LIST_REACH), j));
  if (joined) return scopeBefore(text, j - joined[0].length, self);
  const part = partScope(run, self);
  if (part) return part;
  // Before INTERNAL_TAIL, which takes 修正 and two characters: 本準則修正前第三條 is this text as it was.
  if (VERSION_TAIL.test(run)) return 'external';
  const internal = INTERNAL_TAIL.exec(run);
  if (internal) return self(internal[1] as string) ? 'internal-doc' : 'external';
  const exception = EXCEPTION_JOIN.exec(run);
  if (exception) return self(exception[1] as string) ? 'internal-doc' : 'external';
  if (ANAPHORIC_LAW_TAIL.test(run)) return 'external';
  if (LAW_TAIL.test(run) || LAW_TAIL.test(run.replace(POINT_TAIL, ''))) return 'external';
  if (LAW_THEN_VERB.test(run)) return 'external';
  if (partOfAttachment(run) || coordinatePartOfAttachment(text.slice(Math.max(0, j - run.length - 200), j - run.length), run)) return 'external';
  if (ledInByLaw(text, j)) return 'external';
  return 'internal-bare';
}

/** Where the spaces (ASCII or U+3000, at most four) that end at `idx` begin. */
function skipSpaces(text: string, idx: number): number {
  let k = idx;
  while (k > 0 && idx - k < 4 && (text[k - 1] === ' ' || text[k - 1] === '\u3000')) k--;
  return k;
}

/** Where a line break (and the spaces around it) that ends at `idx` begins, when a parenthesis stands before it; else `idx`. */
function skipWrapAfterParenthesis(text: string, idx: number): number {
  let k = idx;
  if (text[k - 1] === '\n') k--;
  if (text[k - 1] === '\r') k--;
  if (k === idx) return idx;
  k = skipSpaces(text, k);
  return text[k - 1] === '）' || text[k - 1] === ')' ? k : idx;
}

/** The run of Han characters (at most 40) that ends at `idx`. */
function hanRunBefore(text: string, idx: number): string {
  let k = idx;
  while (k > 0 && k > idx - 40 && isHan(text[k - 1])) k--;
  return text.slice(k, idx);
}

/** The scope of a path after `run` when `run` ends in a named part (编, 罪章) of an instrument. */
function partScope(run: string, self: SelfScope): PathScope | undefined {
  const part = PART_TAIL.exec(run);
  if (!part) return CRIMES_CHAPTER_TAIL.test(run) || otherPartOfCode(run, self) ? 'external' : undefined;
  const named = run.slice(0, part.index);
  const internal = INTERNAL_TAIL.exec(named);
  if (internal) return self(internal[1] as string, part[0].replace(/之$/u, '')) ? 'internal-doc' : 'external';
  return LAW_TAIL.test(named) || CRIMES_CHAPTER_TAIL.test(run) ? 'external' : undefined;
}

/**
 * 建筑设计施工编第一百六十二条……得与同编第一百八十二条 in 建筑技术规则建筑设备编: a text published as one part of a code
 * calls its own part 本编, so another part named on its own, or 同编 after it, is another text; in a partless text
 * (see SelfScope) every named 编 is.
 */
function otherPartOfCode(run: string, self: SelfScope): boolean {
  if (self.partless === true) return /(?:[\u4e00-\u9fff]{2,8}|同|本)编之?$/u.test(run);
  return self.part !== undefined && /(?:[\u4e00-\u9fff]{2,8}|同)编之?$/u.test(run) && !/本编之?$/u.test(run) && !run.replace(/之$/u, '').endsWith(self.part);
}

/**
 * A lead-in that announces a list of another instrument's provisions (并准用学校型态实验教育实施条例之下列规定：, 有本条例
 * 下列情形之一者，各记违规点数二点：): the items under it (三、第十四条第一项第一款第一目、第二目。) are that instrument's.
 */
const LAW_LIST_LEAD_IN = /([\u4e00-\u9fff]{2,30}?(?:法|法典|条例|增修条文|办法|规则|细则|规程|标准))之?下列[\u4e00-\u9fff]{0,6}(?:[，,][\u4e00-\u9fff]{1,16})?[：:]\s*$/u;
/**
 * A list's head that is nothing but an act's name (一、国土计画法 over （四）依第三十四条第一项提起之争议事件): the
 * items grouped under it are about that act, and their bare paths are its provisions.
 */
const LAW_NAME_HEAD = /^\s*([\u4e00-\u9fff]{2,30}?(?:法|法典|条例|办法|规则|细则|规程|标准))\s*$/u;

/** Whether the lead-in `text[start, end)` of an item list announces another instrument's provisions. */
export function leadsInOtherLaw(text: string, start: number, end: number, self: SelfScope = () => true): boolean {
  const m = LAW_LIST_LEAD_IN.exec(text.slice(Math.max(start, end - 60), end)) ?? (end - start <= 40 ? LAW_NAME_HEAD.exec(text.slice(start, end)) : null);
  if (!m) return false;
  const name = m[1] as string;
  const internal = INTERNAL_TAIL.exec(name);
  if (internal) return !self(internal[1] as string);
  return !NOT_A_LAW.test(name);
}

/**
 * 本準則依環境影響評估法（以下簡稱本法）第五自第二項規定訂定之: a regulation's enabling clause cites the act it is
 * made under, never the regulation itself, so a bare path in it (its article mistyped or left out) is the act's.
 */
const ENABLING_LEAD_IN = new RegExp(`本(?:${GENRES.join('|')})(?:依|依据|依照)[\\u4e00-\\u9fff]{2,30}(?:法|条例)`, 'u');
/** The rest of an enabling clause after the path: 规定订定之. */
const ENABLING_TAIL = /^[^。；]*订定/u;

/** Whether the sentence before `idx` names another law as a lead-in, with nothing naming this text since. */
function ledInByLaw(text: string, idx: number): boolean {
  let from = idx;
  while (from > 0 && idx - from < LEAD_IN_REACH && text[from - 1] !== '。' && text[from - 1] !== '\n') from--;
  const before = text.slice(from, idx);
  if (ENABLING_LEAD_IN.test(before) && ENABLING_TAIL.test(text.slice(idx, idx + LEAD_IN_REACH))) return true;
  let last: RegExpExecArray | undefined;
  LAW_LEAD_IN.lastIndex = 0;
  for (let m = LAW_LEAD_IN.exec(before); m; m = LAW_LEAD_IN.exec(before)) if (!NOT_A_LAW.test(m[1] as string)) last = m;
  if (!last) return false;
  // 本法 / 本条例 or a 《title》 after the lead-in names something else.
  const since = before.slice(last.index + last[0].length);
  return !/本(?:法|条例|规定|办法|细则)|[《》]/u.test(since);
}
