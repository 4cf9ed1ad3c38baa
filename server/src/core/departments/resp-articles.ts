/**
 * Which articles are the responsibilities articles of a text that does not say (departments/index.ts):
 * those of 总则 (or the first ten) that give a named department its field.
 */
import { documentTitle, foldedTitle, generalProvisions } from '../parse/nodes';
import type { ParseResult } from '../parse/parse';
import type { StructureNode } from '../types';
import type { DepartmentMention } from './types';
import { withoutBreaks, wrapBreaks } from './wraps';

/**
 * Words that give a department its field (not 主管的: 报请主管的保密行政管理部门批准 gives no duty). National laws
 * write it as 实施监督管理, 统一管理, 领导, 指导 as often as 负责 (国徽法, 血液制品管理条例, 学校体育工作条例), and
 * ministry rules as 对……管理工作实施监督, 对……活动实施监督, 对……实施行政保护; 由交通主管部门管理 (the name blanked, detectArticles) gives a field too.
 * 各负其责 gives each department listed its own field; 直接负责的主管人员 (a penalty's formula) gives none.
 */
const RESP_WORDS = /职责分工|各自职责|职责范围|各负其责|主管(?!的|部门|机关|人员|\uE000)|(?<!直接)负责|牵头|监督管理(?!部门|机关|机构|局)|监督检查|统一管理|征收管理|领导|指导|工作(?:实施|进行)?监督|对[^。；]{2,40}实施(?:行政)?(?:监督|保护)(?![\u4e00-\u9fff])|职责是|(?:依照|按照|依据|根据)[^。；]{0,12}职责|\uE000(?:统一|分级|分别)?管理(?=[。；，]|$)/u;
/** An article that defines terms is not a responsibilities article, whatever departments it names. */
export const DEFINES = /本(?:法|条例|规定|办法|细则|规则|决定)(?:中)?所称|下列用语的含义|用语的含义|是指/u;
export const DESIGNATES = /所称(?:主管)?(?:机关|部门)/u;
export const TITLES = /《[^》]*》/gu;

/** Detection: articles of 总则 (or the first ten) that name a specific department and a duty word. */
export function detectArticles(parsed: ParseResult, mentions: readonly DepartmentMention[]): StructureNode[] {
  if (organisationAct(parsed)) return [];
  const givesField = fieldGiver(parsed, mentions);
  const early = firstArticles(parsed);
  const first = new Set(early);
  // (And, wherever it stands, an article whose lead-in divides the duties among the departments it lists:
  // 有关部门按照下列规定履行大气污染防治监督管理职责：（一）……生态环境主管部门负责…… declares each of them.)
  const named = new Set(mentions.filter((m) => !m.generic).map((m) => m.article));
  return parsed.articles.filter((a) => (first.has(a) ? givesField(a) && !namesResponsibleParties(parsed.folded, a) : named.has(a) && dividesDuties(parsed.folded, a)));
}

/**
 * Whether article `a` opens by naming who answers for things (城市绿化的保护和管理按照下列规定确定责任人：), item by
 * item: departments among units and owners, each given the upkeep of its own, not a field.
 */
function namesResponsibleParties(folded: string, a: StructureNode): boolean {
  return RESPONSIBLE_PARTIES_LEAD.test(folded.slice(a.textStart, a.spanEnd).split('\n', 1)[0] ?? '');
}
const RESPONSIBLE_PARTIES_LEAD = /责任人[：:]\s*$/u;

/** Whether article `a` opens with a lead-in that divides duties among the departments it goes on to list. */
export function dividesDuties(folded: string, a: StructureNode): boolean {
  return DIVIDING_LEAD.test(folded.slice(a.textStart, a.spanEnd).split('\n', 1)[0] ?? '');
}
/** A lead-in that divides duties among the departments the article goes on to list. */
const DIVIDING_LEAD = /(?:按照|依照)下列(?:规定|分工)[^。；：:]{0,30}职责[：:]|按照下列分工/u;

/** The articles a responsibilities article is looked for in: those of 总则, or the first ten. */
function firstArticles(parsed: ParseResult): StructureNode[] {
  const general = generalProvisions(parsed.folded, parsed.divisions);
  return general ? parsed.articles.filter((a) => a.spanStart > general.spanStart && a.spanStart < general.spanEnd) : parsed.articles.slice(0, 10);
}

/** Whether an article names a specific department and gives one its field. */
function fieldGiver(parsed: ParseResult, mentions: readonly DepartmentMention[]): (a: StructureNode) => boolean {
  const specific = new Set(mentions.filter((m) => !m.generic).map((m) => m.article));
  const byArticle = new Map<StructureNode, DepartmentMention[]>();
  for (const m of mentions) if (specific.has(m.article)) listOf(byArticle, m.article).push(m);
  return (a) => specific.has(a) && dutyIn(parsed, a, byArticle.get(a) ?? []);
}

/** Whether article `a` gives one of its departments a field, in a sentence that defines no term. */
function dutyIn(parsed: ParseResult, a: StructureNode, mentions: readonly DepartmentMention[]): boolean {
  const source = parsed.folded.slice(a.spanStart, a.spanEnd);
  // (A sentence goes on across a hard wrap: 通报中央主管 / 机关 is no sentence ending in 主管.)
  const breaks = wrapBreaks(parsed, a);
  const raw = withoutBreaks(source, a.spanStart, breaks);
  // (Not words of a department's own name, read or not: 畜牧兽医主管部门会同……制定规划, 抄送安全生产监督管理部门
  // assign a task, not a field; only a designation reads its duty in the name: 是本市……的主管部门.)
  const blanked = withoutBreaks(withoutNames(source, a, mentions), a.spanStart, breaks);
  // (A Taiwan act gives the fields in its 主管機關 article; an article elsewhere gives a department its field only
  // where the duty word is that department's own (ownField). The specific departments' names alone are blanked.)
  const own = parsed.jurisdiction === 'tw' ? withoutBreaks(withoutNames(source, a, specificOf(mentions)), a.spanStart, breaks) : undefined;
  let duty = '';
  let named = '';
  for (const m of raw.matchAll(SENTENCE)) {
    // (A sentence that defines a term, or says what the text applies to, gives no duty, whatever departments
    // it names; the article's other sentences still may: 第三条 交通部负责……。……港口行政管理部门负责……。
    // 本规定所称港口行政管理部门，包括……. 本条例所称主管机关：在中央为…… is Taiwan's responsibilities article.)
    if ((DEFINES.test(m[0]) && !DESIGNATES.test(m[0])) || SCOPE.test(m[0])) continue;
    const at = m.index ?? 0;
    // (Not words inside a title: 依照《中华人民共和国税收征收管理法》 gives no duty.)
    const words = blanked.slice(at, at + m[0].length).replace(TITLES, '') + '。';
    if (own === undefined) duty += words;
    else if (ownField(words, own.slice(at, at + m[0].length).replace(TITLES, '') + '。')) return true;
    named += m[0].replace(TITLES, '') + '。';
  }
  return RESP_WORDS.test(duty) || NAMED_FIELD.test(named);
}
const SENTENCE = /[^。\n]+/gu;
const RESP_WORDS_ALL = new RegExp(RESP_WORDS.source, 'gu');

/**
 * Whether a duty word of the sentence `words` is a specific department's own: the department named before it in
 * its clause (……，由管線機構負責設計 is the pipeline owner's; 航政機關負責……), or opening the sentence as its
 * subject (港口管理機關……，經航政機關核准，得設置……，並負責維護及管理). `own` is the sentence with only the
 * specific departments' names blanked. Not a duty of a body the article sets up in a department
 * (在衛生機關內，得設優生保健委員會，指導人民……), nor of persons beside it (人事主管人員……，認真負責嚴密審查).
 */
function ownField(words: string, own: string): boolean {
  const opens = own.slice(0, firstClauseEnd(own)).includes(BLANK);
  for (const m of words.matchAll(RESP_WORDS_ALL)) {
    const at = m.index ?? 0;
    const clause = Math.max(own.lastIndexOf('，', at), own.lastIndexOf('；', at), own.lastIndexOf('：', at)) + 1;
    if (opens || own.slice(clause, at).includes(BLANK)) return true;
  }
  return false;
}
function firstClauseEnd(sentence: string): number {
  const end = sentence.search(/[，；：]/u);
  return end < 0 ? sentence.length : end;
}

function specificOf(mentions: readonly DepartmentMention[]): DepartmentMention[] {
  return mentions.filter((m) => !m.generic);
}
/** 本市……经营活动以及对经营活动实施的监督管理，适用本条例. */
const SCOPE = /适用本(?:法|条例|规定|办法|细则|规则)/u;

/** A chapter whose title says it gives the departments their duties, or names the bodies that hold them. */
const DUTY_CHAPTER = /职责|管理机构|组织机构|管理体制|组织体系/u;
/** A department given its whole field at its level: 负责本行政区域……监督管理工作, 负责全国……工作. */
// (A city's or province's act writes its level: 市科学技术行政部门负责全市科普工作; and a closing article may hand a
// department the act's day-to-day work: 本办法由各级人民政府组织实施，民政部门负责日常工作.)
const WHOLE_FIELD = /(?:负责|主管)(?:全国|全省|全市|全县|全区|本行政区域|本辖区|辖区|所辖区域)[^。；]{0,40}工作|负责日常工作/u;

/**
 * Whether a text with no responsibilities article in 总则 assigns its duties otherwise, so that none is missing
 * (department.no-responsibilities-article):
 * - later, in a chapter of its own or an article that gives a department its whole field (laterArticles);
 * - a procedure (行政复议, 行政处罚程序, 行政许可, 信访, 纠纷处理, 事故调查) or a chapter 管辖 / 实施机关: whichever
 *   body is competent conducts it, and its 管辖 articles say which;
 * - 实施细则 of a 条例 (营业性演出管理条例实施细则): the 条例 gives the departments their fields, and its rules
 *   follow it. A law's 实施细则 is where the State Council divides the law's duties, and is checked;
 * - a Taiwan 施行細則 (of a 法 or a 條例): its act designates the competent authority (本法所稱主管機關：……), and
 *   the rules name the agencies that act under it;
 * - an organisation act (organisationAct): it gives its one body its powers;
 * - in 总则 (or the first ten), a competent body designated (本法所称主管机关：在中央为教育部; 以财政部为主管机关;
 *   ……部门（以下简称登记主管机关）), or a field given to a body named as an agency (交通部负责……, 长江航道局负责……,
 *   老龄工作机构负责……) or to departments not named one by one (有关部门在各自的职责范围内……), or the work divided
 *   among the bodies an article names (分工如下：一、农业：……).
 */
export function assignedOtherwise(parsed: ParseResult, mentions: readonly DepartmentMention[]): boolean {
  const title = documentTitle(parsed).replace(/\s/gu, '');
  if (PROCEDURE.test(title) || IMPLEMENTING.test(title) || PEOPLES_ORGANISATION.test(title) || organisationAct(parsed)) return true;
  if (parsed.jurisdiction === 'tw' && TW_ENFORCEMENT_RULES.test(title)) return true;
  if (parsed.divisions.some((d) => d.kind === 'chapter' && JURISDICTION_CHAPTER.test(foldedTitle(parsed.folded, d)))) return true;
  const early = firstArticles(parsed);
  // (Titles are not taken out first: TITLES scans to the text's end from every unclosed 《, and none of these
  // forms starts inside one.)
  const assigns = early.some((a) => {
    const text = parsed.folded.slice(a.spanStart, a.spanEnd);
    return COMPETENT_BODY.test(text) || AGENCY_FIELD.test(text) || ALL_IN_THEIR_FIELDS.test(text) || DIVIDED.test(text) || CONGRESS_OVERSIGHT.test(parsed.folded.slice(a.textStart, a.spanEnd));
  });
  return assigns || laterArticles(parsed, new Set(early)).some(fieldGiver(parsed, mentions));
}

/**
 * Articles after 总则 (or the first ten) that may give the departments their fields: those of a chapter of
 * its own (第二章 职责分工, 保护职责, 管理机构, 组织机构与职责分工), and those that give a department the whole of
 * its field at its level (第十九条 各级新闻出版行政部门负责本行政区域内部资料的日常监督管理工作). They stand where
 * no drafting rule puts the responsibilities article, and the chapters so named as often give one body its powers
 * (监督管理职责, 监察机关及其职责): the text has one, but the other department checks are not run against them.
 */
function laterArticles(parsed: ParseResult, early: ReadonlySet<StructureNode>): StructureNode[] {
  const chapters = parsed.divisions.filter((d) => d.kind === 'chapter' && DUTY_CHAPTER.test(foldedTitle(parsed.folded, d)));
  return parsed.articles.filter(
    (a) => !early.has(a) && (chapters.some((c) => a.spanStart > c.spanStart && a.spanStart < c.spanEnd) || WHOLE_FIELD.test(parsed.folded.slice(a.spanStart, a.spanEnd))),
  );
}
/**
 * An organisation act (行政院环境保护署组织条例, 国务院组织法, 村民委员会组织法) sets up a body and gives it its
 * powers: the bodies it names beside it are those it supervises or works with, not departments given their
 * fields. Its title names a body before 组织 (not 农村集体经济组织法, a law on organisations of a kind).
 */
function organisationAct(parsed: ParseResult): boolean {
  return ORGANISATION.test(documentTitle(parsed).replace(/\s/gu, ''));
}
const ORGANISATION = /(?:院|署|部|会|局|厅|处|所|馆|队|中心|政府|机关)组织(?:条例|法|规程|通则)$/u;
/**
 * An act on a people's organisation (科学技术协会条例, 残疾人联合会条例): like an organisation act, it gives the
 * organisation its tasks, and the departments it names only support it.
 */
const PEOPLES_ORGANISATION = /(?:协会|联合会)条例$/u;
/**
 * An article that opens with a people's congress (or its standing committee) examining or overseeing
 * (市、区人民代表大会审查本级总预算草案……; 人大常委会监督……): the act is the congress's own procedure, and the
 * departments it names are those it oversees, not ones given fields. Only the article's opening: not a congress
 * that receives a report (人民政府应当向本级人民代表大会常务委员会报告), nor one named in a list of matters audited
 * ((一)全国人民代表大会批准的中央预算……).
 */
const CONGRESS_OVERSIGHT = /^[^。；，\n向受]{0,8}(?:人民代表大会|人大)(?:及其)?(?:常务委员会|常委会)?(?:审查|批准|监督|对)/u;
const PROCEDURE = /行政复议|行政处罚|处罚程序|行政许可|许可程序|信访|纠纷|事故调查/u;
const IMPLEMENTING = /条例实施细则$/u;
const TW_ENFORCEMENT_RULES = /施行细则$/u;
const JURISDICTION_CHAPTER = /^(?:管辖|实施机关)$/u;
const COMPETENT_BODY = /所称主管机关[：:]|为主管机关|主管机关为|（以下简称[^）]{0,12}主管机关）/u;
/**
 * A sentence that opens with an agency (the level before it optional) and gives it a field. The levels may be
 * listed before it (市、区（市）精神文明建设工作机构具体负责, 市和区县(市)……指导机构具体负责: each ends with 、 or
 * a bracket, so the run of ideographs is split one way only), and the body may be a committee's office
 * (精神文明建设指导委员会办事机构具体负责).
 */
const AGENCY_FIELD =
  /(?:^|[。；：\n\s])(?:(?:县级以上|省|市|区|县|国家|国务院)[^。；，\n]{0,16}?人民政府)?(?:[\u4e00-\u9fff]{1,4}(?:（[^）\n]{1,6}）|\([^)\n]{1,6}\)|、)){0,3}(?!本)[\u4e00-\u9fff]{1,12}?(?:部|局|总局|署|委员会|工作机构|办事机构|指导机构|负责[\u4e00-\u9fff]{2,10}的机构)(?:应当|具体)?(?:负责|主管|组织协调)(?!解释)/u;
/**
 * Departments given their fields together (有关部门在各自的职责范围内负责……; ……等部门应按照各自的职责), their names
 * not read; or by their share of the work (人民政府相关部门应当按照职责分工, ……及其部门应当按照职责和任务分工); or the
 * organs of a field that are no departments (人民武装部兼各该级人民政府的兵役机关，在……领导下，按照各自职责; not
 * 国家机关、社会团体、企业事业单位应当按照各自的职责, everyone's share of a common duty).
 */
const ALL_IN_THEIR_FIELDS = /部门[^。；]{0,6}(?:按照|依照|在|根据)?各自(?:的)?职责|部门[^。；，]{0,4}(?:按照|依照|根据)职责(?:和任务)?分工|(?<!国家)机关[^。；、]{0,20}(?:按照|依照|根据)各自(?:的)?职责/u;
/** The work divided among the bodies an article names, item by item (依其业务性质分工如下：一、农业：……). */
const DIVIDED = /分工如下[：:]/u;

/**
 * A designation, whose duty word is the name it gives: 是本市……的主管部门, 是……实施各项检验工作的主管机构,
 * ……为实施机关; or departments named by their fields: 兵役、人民防空等工作的主管部门.
 */
const NAMED_FIELD = /是[^。；，]{0,24}主管(?:部门|机关|机构)|工作的主管(?:部门|机关|机构)|实施机关/u;

/** What a department's name is blanked with: a private-use character, never in a text. */
const BLANK = '\uE000';

/** The text `raw` of article `a` with its department mentions (level to suffix) blanked out. */
function withoutNames(raw: string, a: StructureNode, mentions: readonly DepartmentMention[]): string {
  const chars = raw.split(''); // (UTF-16 units, as offsets are)
  for (const m of mentions) {
    for (let i = Math.max(0, m.start - m.level.length - a.spanStart); i < Math.min(chars.length, m.listEnd - a.spanStart); i++) chars[i] = BLANK;
  }
  return chars.join('');
}

function listOf<K, T>(map: Map<K, T[]>, key: K): T[] {
  let v = map.get(key);
  if (v === undefined) map.set(key, (v = []));
  return v;
}
