/**
 * Jurisdiction detection. Script does not decide it: PRC regulations circulate in
 * Traditional script with PRC semantics. The evidence is drafting convention.
 */
import type { Jurisdiction } from '../text/numerals';
import type { LineClass } from './classify';

/** Points for each jurisdiction; the larger wins (Taiwan only when strictly larger). */
export interface Evidence {
  tw: number;
  prc: number;
}

/** The jurisdiction from the structural evidence and the text's conventions. */
export function decide(structural: Evidence, foldedText: string): Jurisdiction {
  const c = conventionEvidence(foldedText);
  return structural.tw + c.tw > structural.prc + c.prc ? 'tw' : 'prc';
}

/** Evidence from the script and from how articles and their items are labelled. */
export function structuralEvidence(classes: readonly LineClass[], script: 'simplified' | 'traditional'): Evidence {
  let tw = 0;
  // Taiwan texts are written in Traditional script; Simplified script is strong PRC evidence.
  let prc = script === 'simplified' ? 10 : 0;
  let prev: LineClass['type'] | 'article-text' = 'text';
  let dun = 0;
  // A 一、 item seen in the current article: （一） after it is a Taiwan 目 under a 款, not PRC's （一） item.
  let dunInArticle = false;
  for (const c of classes) {
    if (c.type === 'article') {
      if (c.dashed || c.numeral.style === 'arabic') tw += 1;
      // 第 1 條, digits set off by spaces: the Taiwan database's own layout, not just Arabic digits.
      if (c.numeral.style === 'arabic' && !c.sub && c.labelEnd - c.numeral.end === 2) tw += 1;
      if (c.sub && c.numeral.style === 'arabic') tw += 1;
      prev = 'article';
      dunInArticle = false;
      continue;
    }
    if (c.type === 'marker' && (prev === 'article' || prev === 'article-text')) {
      if (c.marker === 'dun') {
        dun += 1;
        dunInArticle = true;
      } else if (c.marker === 'paren' && !dunInArticle) prc += 1;
    }
    if (c.type === 'text' && prev === 'article') prev = 'article-text';
    else if (c.type !== 'marker' && c.type !== 'text') prev = c.type;
  }
  // Older PRC regulations number their items 一、 too (全民所有制工业企业厂长工作条例, 水路货物运输合同实施
  // 细则): bounded, items alone never outweigh Simplified script, while Taiwan's 第 1 條 labels still do.
  return { tw: tw + Math.min(dun, DUN_BOUND), prc };
}

const DUN_BOUND = 8;

/** Evidence from textual conventions (「」, 主管机关, 本条例, “”, the institutions each names …). */
function conventionEvidence(foldedText: string): Evidence {
  // Textual conventions; bounded counts so that a long text's quoting habit does not swamp structure.
  // One pass of one pattern over the text, stopping once every count has reached its bound.
  const counts = new Map<string, number>();
  let open = CONVENTION_GROUPS;
  CONVENTIONS.lastIndex = 0;
  for (let m = CONVENTIONS.exec(foldedText); m && open > 0; m = CONVENTIONS.exec(foldedText)) {
    const group = groupOf(m[0]);
    const n = (counts.get(group) ?? 0) + 1;
    counts.set(group, n);
    if (n === boundOf(group)) open--;
  }
  const count = (group: string): number => Math.min(boundOf(group), counts.get(group) ?? 0);
  let tw = 0;
  let prc = 0;
  for (const g of TW_GROUPS) tw += count(g) * weightOf(g);
  for (const g of PRC_GROUPS) prc += count(g) * weightOf(g);
  return { tw, prc };
}

/** Each textual convention counts at most this many times. */
const CONVENTION_BOUND = 5;
/**
 * 本条例 (本办法, 本规定) counts once only: Taiwan 條例 and 辦法 say it as often as PRC ones do, so five of
 * them outweighed a Taiwan act's 中华民国 or 新台币 (妨害國幣懲治條例). It is kept at all because older PRC
 * 条例 that number their items 一、 (全民所有制工业企业厂长工作条例) have little other PRC evidence.
 */
const SELF_REFERENCE_BOUND = 1;
const boundOf = (group: string): number => (group === '本条例' ? SELF_REFERENCE_BOUND : CONVENTION_BOUND);
/**
 * 前项 and 公布日施行 count twice: the other side all but never writes them (see CONVENTION_GROUP), and a Taiwan
 * act that names no institution may say each once only, against its 本條例 (公設辯護人條例, 國庫券及短期借款條例).
 */
const weightOf = (group: string): number => (group === '前项' || group === '公布日施行' ? 2 : 1);
/**
 * A citation's path in each side's order of its levels: Taiwan cites 第二項第三款 (項 above 款), PRC 第二款第三项
 * (款 above 项). The numeral between is bounded, so that a match is never longer than CITATION_LENGTH.
 */
const CITATION_NUMERAL = '[〇零一二三四五六七八九十百]{1,6}';
const CITATION_LENGTH = 9;
const TW_PATH = '项第款';
const PRC_PATH = '款第项';
const CITATION_ORDER = `项第${CITATION_NUMERAL}款|款第${CITATION_NUMERAL}项`;
/**
 * Words of the textual conventions, each mapped to the group it counts for (本办法 and 本规定 count with 本条例).
 * Beyond quoting habits, the institutions and sanctions a text names are one side's: 新台币, 罚锾 (PRC says
 * 罚款), the 院 of Taiwan's five branches, 县（市） and 乡（镇、市） (some PRC texts write 县（市） too, nearly always
 * beside 人民政府, which weighs as much); 国务院, 人民政府, 县级以上, 罚款.
 * Taiwan acts as the Legislative Yuan lays them out often have neither 「」 nor 一、 items: without these
 * they read as PRC (三一九槍擊事件真相調查特別委員會條例).
 * Some name no institution either (民事訴訟合意選定法官審判暫行條例); how they refer and come into force is
 * still one side's: Taiwan's paragraph is a 項, so it says 前項 where PRC says 前款 (PRC's 前项 is an item
 * before, rare: 22 in 1388 texts; Taiwan's 前款 145 in 1149), its older texts list 左列 (none in PRC), and an act
 * 自公布日施行 where PRC's comes in force 自公布之日起 or from a date (none in PRC).
 */
const CONVENTION_GROUP: ReadonlyMap<string, string> = new Map([
  ['「', '「'], ['主管机关', '主管机关'], ['中华民国', '中华民国'],
  ['新台币', '新台币'], ['罚锾', '罚锾'], ['行政院', '院'], ['立法院', '院'], ['司法院', '院'], ['考试院', '院'], ['监察院', '院'],
  ['县（市）', '县（市）'], ['乡（镇、市）', '县（市）'],
  ['本条例', '本条例'], ['本办法', '本条例'], ['本规定', '本条例'], ['部门', '部门'], ['“', '“'], ['人民代表大会', '人民代表大会'],
  ['国务院', '国务院'], ['人民政府', '人民政府'], ['县级以上', '县级以上'], ['罚款', '罚款'],
  ['前项', '前项'], ['左列', '左列'], ['公布日施行', '公布日施行'], ['前款', '前款'],
]);
const TW_GROUPS = ['「', '主管机关', '中华民国', '新台币', '罚锾', '院', '县（市）', '前项', '左列', '公布日施行', TW_PATH];
const PRC_GROUPS = ['本条例', '部门', '“', '人民代表大会', '国务院', '人民政府', '县级以上', '罚款', '前款', PRC_PATH];
/** The group a match counts for: a convention word's, or the side whose order a citation's path is in. */
function groupOf(match: string): string {
  return CONVENTION_GROUP.get(match) ?? (match.startsWith('项') ? TW_PATH : PRC_PATH);
}
const CONVENTIONS = new RegExp([...CONVENTION_GROUP.keys(), CITATION_ORDER].join('|'), 'gu');
/** Any convention word (for telling whether an edit can change the counts). */
export const CONVENTION_WORD = new RegExp(CONVENTIONS.source, 'u');
/** The longest convention match: an edit changes the counts only when one stands this near it. */
export const CONVENTION_REACH = Math.max(CITATION_LENGTH, ...[...CONVENTION_GROUP.keys()].map((w) => w.length)) - 1;
const CONVENTION_GROUPS = TW_GROUPS.length + PRC_GROUPS.length;
