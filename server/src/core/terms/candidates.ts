/**
 * The undefined terms a text may need to define: the words never taken (general vocabulary, superior-law
 * terms), the seed glossary, where candidates come from (the title's subject, headings, quoted phrases,
 * repeated domain phrases), their score, and the tests that set a candidate aside.
 */
import { documentTitle } from '../parse/nodes';
import type { ParseResult } from '../parse/parse';
import type { Span } from '../types';
import { ZHI } from './definitions';
import type { Ranges } from './ranges';

/** A word that may need a definition, where the body uses it, what made it a candidate, and its score. */
export interface TermCandidate {
  term: string;
  /** Occurrences in the body (outside headings, the title and definitions). */
  uses: Span[];
  sources: ('title' | 'heading' | 'quote' | 'glossary' | 'ngram')[];
  score: number;
}

const REGION_PREFIX = /^(?:中华人民共和国|[\u4e00-\u9fff]{2,8}?(?:省|市|自治区|自治州|县|区))/u;
const GENRE_SUFFIX = /(?:若干规定|实施办法|实施细则|条例|规定|办法|细则|法)$/u;
/** What a title says is done to its subject (doing words at the end of the subject). */
const ACTIVITY_TAIL =
  /(?:促进|管理|保护|发展|实施|防治|防制|防御|防控|监督|监管|管制|调度|发行|救济|救助|抚恤优待|优待|保健|登记|申报|审查|评价|考核|安置|褒扬|回收|屠宰|应急|援救|工作|督查|督导|公开|处罚|援助|检疫|检验|监察|统计|普查|征收|供养|治理|开发利用|利用|建设|投标|服务|移植|捐献|动员|出口管制|安全|保障|监测|预报|奖励|健身|绿化|国际化|标准化)$/u;
/** Doing words before it: 反垄断, 节约用水, 防范和处置非法集资, 缔结条约, 禁止燃放烟花爆竹. */
const ACTIVITY_HEAD = /^(?:反|节约|保障|防范和处置|防范|防止|预防|缔结|强迫|扫除|禁止|制定|控制|优化|促进|加强|推进|推动|规范|鼓励|支持)/u;
const HEADING_TAIL = /(?:建设|管理|发展|保障|促进|服务|利用|保护|应用|创新)+$/u;
const STRUCTURAL = /^(?:总则|附则|法律责任|保障措施|监督管理|监督检查|一般规定|其他规定|基本规定|罚则|奖励|附件|责任|措施|规划|管理|标准|程序|权利|义务|职责)$/u;
export const HEAD_NOUN = /(?:设施|平台|数据|资源|主体|系统|中心|产业|经济|技术|目录|清单|体系|场景|设备|网络|资产|要素|空间|园区|名录|档案|应用|生态|化)$/u;
export const BAD_EDGE = /^[的和与及或等对在将把由为以并应可不是其该本各有]|[的和与及或等对在将把由为以并应可不是其该本各]$/u;
export const DEPT_WORDS = /部门|人民政府|机关|委员会|机构|单位|企业|组织/u;

/** General legal vocabulary and slogans: never candidates. */
export const GENERAL = new Set([
  '单位', '个人', '组织', '自然人', '法人', '非法人组织', '公民', '行政区域', '人民政府', '国家秘密', '商业秘密', '公共利益', '合法权益',
  '法律法规', '本市', '本省', '社会公众', '经营者', '消费者', '一网通办', '双随机、一公开', '最多跑一次', '一站式', '互联网+', '放管服',
  '一件事', '一窗受理', '不见面', '证照分离', '多规合一', '河长制', '林长制', '首问负责', '容缺受理', '告知承诺',
]);
/** Terms defined by superior law: 数据安全法, 个人信息保护法, 网络安全法. */
export const SUPERIOR_LAW = ['数据', '数据处理', '数据安全', '个人信息', '敏感个人信息', '网络', '网络安全', '网络数据', '关键信息基础设施', '重要数据'];
/** The seed glossary (digital economy), extended by `terms.glossary`. */
export const GLOSSARY = [
  '数字经济', '数字基础设施', '算力基础设施', '新型基础设施', '信息基础设施', '融合基础设施', '数字产业化', '产业数字化', '数据要素',
  '数据资源', '公共数据', '政务数据', '数据资产', '数据产品', '数据交易', '数据要素市场', '工业互联网', '标识解析', '数字孪生', '智能制造',
  '平台经济', '数字政府', '首席数据官', '算力',
];

/** A trade or field named after what it deals in (电影产业, 快递行业, 慈善事业, 志愿服务活动). */
export const FIELD = /(?:产业|行业|事业|活动|市场)$/u;
export const QUOTED = /“([\u4e00-\u9fff]{3,14})”/gu;
/**
 * What follows a quoted phrase that names its words: 字样, 等字样, or more quoted words and then 字样 (标明“普通合伙”、
 * “特殊普通合伙”或者“有限合伙”字样): a wording, not a term.
 */
export const WORDING = /^(?:[、，,]?(?:或者|以及|和|及|或)?“[^“”\n]{1,14}”)*(?:等)?字/u;

/** Judicial interpretations, decisions and replies define nothing of their own: no term candidates. */
export const NOT_LEGISLATION = /(?:解释|决定|批复|答复|意见|通知|安排|纪要)\s*(?:[（(][^）)]*[）)])?\s*$/u;

/** A candidate is reported from this score on; how often it is used adds up to 3 (log2 of the count). */
export const THRESHOLD = 6;
export const MAX_FREQUENCY_SCORE = 3;

/**
 * A candidate inside a longer flagged one with the same uses is the same finding (数字经济 / 数字经济安全).
 * By the proper substrings of each candidate (at most 14 characters long), not by comparing every pair.
 */
export function notInsideLonger(list: TermCandidate[]): TermCandidate[] {
  if (list.length < 2) return list;
  const inside = new Set<string>();
  for (const o of list) {
    const t = o.term;
    for (let i = 0; i < t.length; i++) for (let j = i + 1; j <= t.length; j++) if (j - i < t.length) inside.add(`${o.uses.length}:${t.slice(i, j)}`);
  }
  return list.filter((c) => !inside.has(`${c.uses.length}:${c.term}`));
}

/** From this share of its uses continued (or preceded) by the same character, a candidate is part of a longer word. */
const FRAGMENT_SHARE = 0.8;

/**
 * A candidate nearly always written as part of the same longer word (未成年人网络 in 未成年人网络保护, 国家科学技术 in
 * 国家科学技术奖, 交易平台 in 公共资源交易平台) is a slice of that word, not a concept of its own.
 */
export function fragment(f: string, uses: readonly Span[]): boolean {
  if (uses.length < 3) return false;
  const next = new Map<number, number>();
  const prev = new Map<number, number>();
  const count = (m: Map<number, number>, c: number): void => {
    if (isHanCode(c)) m.set(c, (m.get(c) ?? 0) + 1);
  };
  for (const u of uses) {
    count(next, f.charCodeAt(u.end));
    count(prev, f.charCodeAt(u.start - 1));
  }
  let most = 0;
  for (const n of [...next.values(), ...prev.values()]) most = Math.max(most, n);
  return most >= FRAGMENT_SHARE * uses.length;
}

/** What makes a clause that opens with a word explain it: 是指, 系指, 即, 包括, 分为, 是……的统称 (the definition forms). */
const EXPLAINS = new RegExp(`^[”"]?(?:[，,：:]?(?:是指|系指|是特指|特指|${ZHI}|谓|即)|[，,]?(?:包括|分为)|是[^。；\n]{1,80}?的(?:统称|总称))`, 'u');
/** A colon and a list after the word: 城市排水设施：雨水管道、污水管道、明沟…… */
const LISTS = /^[：:][^。；\n]{1,40}?、/u;
/** An item's opening up to the word: its label and at most a few characters that narrow it (城市). */
const ITEM_NAMES = /\n[^\S\n]*(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、)[\u4e00-\u9fff]{0,4}$/u;
/** How far back the item's opening is looked for (its label and those few characters), never the whole line. */
const ITEM_REACH = 12;
/** A parenthesis after a word that says what it covers: 电力设施（包括发电设施、变电设施……下同）. */
const COVERS = /^[（(](?:包括|含|系指|是指|指|即)/u;

/**
 * Whether the text explains a candidate where it uses it, in a form the definitions reader does not take as a
 * definition: a clause opening with it (城市照明设施，包括……; 调度系统包括……; 本规定所称……“恐怖活动犯罪”，包括……),
 * a parenthesis after it, an item listing what it is, or a clause naming what it is (经商标局核准注册的商标为注册商标, ……的合理支出，为违法所得).
 */
export function explainedAt(f: string, uses: readonly Span[]): boolean {
  return uses.some((u) => {
    const quoted = f[u.start - 1] === '“' || f[u.start - 1] === '"';
    const start = quoted ? u.start - 1 : u.start;
    const after = f.slice(u.end, u.end + 90);
    const opens = start === 0 || /[。；：:\n\s）)]/u.test(f[start - 1] as string) || /所(?:称|指)(?:的)?$/u.test(f.slice(Math.max(0, start - 4), start));
    if ((opens || quoted) && EXPLAINS.test(after)) return true;
    if (COVERS.test(after)) return true;
    // （五）城市道路照明设施：道路、桥涵……等处的照明设施: an item that names it, or a kind of it, and lists what it is.
    if (LISTS.test(after) && ITEM_NAMES.test(`${start <= ITEM_REACH ? '\n' : ''}${f.slice(Math.max(0, start - ITEM_REACH), start)}`)) return true;
    const clause = f.slice(Math.max(0, start - 60), start);
    // ……扣除……的合理支出，为违法所得: the comma before 为 closes the subject, not the clause.
    return /^[”"]?[。；，]/u.test(after) && /的[^，。；：\n]*[，,]?为[“"]?$/u.test(clause);
  });
}

/**
 * A Taiwan 办法 made under a provision of an act (本办法依电业法第三十二条第五项规定订定之) takes its title from that
 * provision's words (用户用电设备检验办法): its subject is the act's word. PRC texts ask the law index whether a law
 * above defines it; Taiwan's acts are in none.
 */
export function delegated(parsed: ParseResult): boolean {
  const first = parsed.articles[0];
  return parsed.jurisdiction === 'tw' && first !== undefined && DELEGATED.test(parsed.folded.slice(first.labelEnd, first.spanEnd));
}
/**
 * 本辦法依電信管理法（以下簡稱本法）第五十二條第八項、第五十三條第⏎三項……規定訂定之: the article of authority, in one
 * sentence — the Ministry's copies wrap it at a fixed width, so a line break may stand anywhere in it.
 */
const DELEGATED = /^\s*本[\u4e00-\u9fff]{1,4}依[^。；]{0,80}?(?:法|条例|通则)[^。；]{0,120}?订\s*定/u;

/** The title's subject explains itself where a paragraph opens with it: 总会计师是……, 中药品种，包括……. */
export function explained(parsed: ParseResult, subject: string): boolean {
  const f = parsed.folded;
  return parsed.units.some((u) => f.startsWith(subject, u.node.textStart) && /^[，,]?(?:是|包括|分为)/u.test(f.slice(u.node.textStart + subject.length, u.node.textStart + subject.length + 3)));
}

/**
 * The subject is the concept of a superior law the text cites: 开封市文物保护条例 implements
 * 《中华人民共和国文物保护法》, and 文物 is what that law says it is; 济南市森林资源保护管理办法 cites
 * 《中华人民共和国森林法》, and 森林资源 is that law's own subject with a plain noun after it.
 */
export function citedLawHolds(f: string, titles: readonly Span[], subject: string): boolean {
  return titles.some((t) => {
    const name = f.slice(t.start + 1, t.end - 1);
    if (!/法$/u.test(name)) return false;
    const own = name.replace(/^中华人民共和国/u, '').slice(0, -1);
    return name.includes(subject) || (own.length >= 2 && subject.startsWith(own) && subject.length - own.length <= LAW_SUBJECT_TAIL);
  });
}

/** The longest plain noun after a cited law's subject that leaves the title's subject that law's (资源 of 森林资源). */
const LAW_SUBJECT_TAIL = 2;

/** 《济南市数字经济促进条例》 → 数字经济. Titles that name another act (实施《…》办法, 决定) have none. */
export function titleSubject(parsed: ParseResult): string | undefined {
  const raw = documentTitle(parsed);
  let t = raw.replace(/^#+\s*/u, '').replace(/[《》\s]/gu, '').replace(/[（(][^）)]*[）)]$/u, '');
  if (!t || /《|关于|决定|修正|修改|废止|实施|施行|\d/u.test(raw)) return undefined;
  t = t.replace(REGION_PREFIX, '');
  if (!GENRE_SUFFIX.test(t)) return undefined;
  t = t.replace(GENRE_SUFFIX, '');
  // 传染病防治, 反家庭暴力, 节约用水, 道路交通安全: the activity is not the concept; what it acts on may be.
  for (let before = ''; before !== t; ) {
    before = t;
    const tail = ACTIVITY_TAIL.exec(t);
    if (tail && tail.index >= 2) t = t.slice(0, tail.index).replace(/[和与及]$/u, '');
    const head = ACTIVITY_HEAD.exec(t);
    if (head && t.length - head[0].length >= 2) t = t.slice(head[0].length);
  }
  // 示例条例, 某某条例: a template's placeholder title names no concept.
  if (/^(?:示例|样例|范例|测试|某某|××|XX)$/u.test(t)) return undefined;
  // 国旗, 体育, 文物, 用水 (节约用水), 招标 (招标投标): a word of two characters is ordinary language, not a
  // concept the text coins; one of three to ten may be.
  return t.length >= 3 && t.length <= 10 ? t : undefined;
}

/** Chapter and section titles: 数字产业化与产业数字化 → 数字产业化, 产业数字化. */
export function headingTerms(title: string): string[] {
  const t = title.replace(/\s/gu, '');
  if (STRUCTURAL.test(t)) return [];
  return t.split(/与|和|及/u).map((p) => (p.length > 4 ? p.replace(HEADING_TAIL, '') : p)).filter((p) => p.length >= 3 && p.length <= 9 && !STRUCTURAL.test(p));
}

function isHanCode(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

/** The head nouns a repeated domain phrase ends in (the n-gram source, and the vocabulary generated from national law). */
export const NGRAM_HEADS = '设施|平台|数据|资源|体系|资产|要素|空间|场景|产业|经济|清单|目录';

/**
 * Repeated domain noun phrases (the n-gram source): Han runs of 4–8 characters ending in a head noun, seen at
 * least three times, kept only when no longer repeat that contains them is as frequent.
 */
export function ngrams(f: string, body: Ranges): string[] {
  const counts = new Map<string, number>();
  const heads = new RegExp(NGRAM_HEADS, 'gu');
  // One pass over the whole text; a head counts when it ends inside a body range, and its phrase may not
  // reach back out of that range.
  let r = 0;
  for (const m of f.matchAll(heads)) {
    const end = (m.index ?? 0) + m[0].length;
    while (r < body.ends.length && (body.ends[r] as number) < end) r++;
    if (r === body.ends.length) break;
    const start = body.starts[r] as number;
    if (m.index < start) continue;
    for (let len = 4; len <= 8; len++) {
      if (end - len < start) break;
      let han = true;
      for (let i = end - len; i < end && han; i++) han = isHanCode(f.charCodeAt(i));
      if (!han) break;
      const s = f.slice(end - len, end);
      counts.set(s, (counts.get(s) ?? 0) + 1);
    }
  }
  return notEndingLonger([...counts].filter(([s, n]) => n >= 3 && !BAD_EDGE.test(s)));
}

/**
 * The phrases (of at least 4 characters, with their counts) that no longer phrase ending in them matches
 * in count, in their order. By each phrase's proper suffixes noted with its count (at most four, as
 * phrases are 4–8 characters long): comparing every pair was quadratic, too slow on a pasted text of many
 * repeated phrases.
 */
export function notEndingLonger(phrases: readonly (readonly [string, number])[]): string[] {
  const covered = new Set<string>();
  for (const [o, m] of phrases) for (let len = 4; len < o.length; len++) covered.add(`${m}:${o.slice(o.length - len)}`);
  return phrases.filter(([s, n]) => !covered.has(`${n}:${s}`)).map(([s]) => s);
}
