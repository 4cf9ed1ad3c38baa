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
  const counts = new Array<number>(CONVENTION_TABLE.length).fill(0);
  let open = CONVENTION_TABLE.length;
  CONVENTIONS.lastIndex = 0;
  for (let m = CONVENTIONS.exec(foldedText); m && open > 0; m = CONVENTIONS.exec(foldedText)) {
    // Each convention is one capture group of CONVENTIONS, in the table's order.
    const i = m.findIndex((g, k) => k > 0 && g !== undefined) - 1;
    const n = (counts[i] ?? 0) + 1;
    counts[i] = n;
    if (n === CONVENTION_TABLE[i]?.bound) open--;
  }
  const evidence: Evidence = { tw: 0, prc: 0 };
  CONVENTION_TABLE.forEach((c, i) => (evidence[c.side] += Math.min(c.bound, counts[i] ?? 0) * c.weight));
  return evidence;
}

/** One textual convention: the side it is evidence for, what counts for it, how often at most, how much each. */
interface Convention {
  readonly side: keyof Evidence;
  /** A regular expression's source: the words (or the citation path) that count for it. */
  readonly source: string;
  /** The longest text it matches. */
  readonly longest: number;
  readonly bound: number;
  readonly weight: number;
}

/** Each textual convention counts at most this many times. */
const CONVENTION_BOUND = 5;

/** A convention of words (all literal: none is special in a regular expression). */
function words(side: keyof Evidence, list: readonly string[], over: { bound?: number; weight?: number } = {}): Convention {
  return { side, source: list.join('|'), longest: Math.max(...list.map((w) => w.length)), bound: over.bound ?? CONVENTION_BOUND, weight: over.weight ?? 1 };
}

/**
 * A citation's path in one side's order of its levels: Taiwan cites 第二項第三款 (項 above 款), PRC 第二款第三项
 * (款 above 项). The numeral between is bounded, so that a match is never longer than CITATION_LENGTH.
 */
function path(side: keyof Evidence, upper: string, lower: string): Convention {
  return { side, source: `${upper}第[〇零一二三四五六七八九十百]{1,6}${lower}`, longest: CITATION_LENGTH, bound: CONVENTION_BOUND, weight: 1 };
}
const CITATION_LENGTH = 9;

/**
 * The textual conventions, each declared once. Beyond quoting habits, the institutions and sanctions a text names
 * are one side's: 新台币, 罚锾 (PRC says 罚款), the 院 of Taiwan's five branches, 县（市） and 乡（镇、市） (some PRC
 * texts write 县（市） too, nearly always beside 人民政府, which weighs as much); 国务院, 人民政府, 县级以上, 罚款.
 * Taiwan acts as the Legislative Yuan lays them out often have neither 「」 nor 一、 items: without these they read
 * as PRC (三一九槍擊事件真相調查特別委員會條例).
 * Some name no institution either (民事訴訟合意選定法官審判暫行條例); how they refer and come into force is still
 * one side's: Taiwan's paragraph is a 項, so it says 前項 where PRC says 前款 (PRC's 前项 is an item before, rare: 22
 * in 1388 texts; Taiwan's 前款 145 in 1149), its older texts list 左列 (none in PRC), and an act 自公布日施行 where
 * PRC's comes in force 自公布之日起 or from a date (none in PRC). 前项 and 公布日施行 count twice: the other side all
 * but never writes them, and a Taiwan act that names no institution may say each once only, against its 本條例
 * (公設辯護人條例, 國庫券及短期借款條例).
 * 本条例 (本办法, 本规定) counts once only: Taiwan 條例 and 辦法 say it as often as PRC ones do, so five of them
 * outweighed a Taiwan act's 中华民国 or 新台币 (妨害國幣懲治條例). It is kept at all because older PRC 条例 that
 * number their items 一、 (全民所有制工业企业厂长工作条例) have little other PRC evidence.
 */
const CONVENTION_TABLE: readonly Convention[] = [
  words('tw', ['「']),
  words('tw', ['主管机关']),
  words('tw', ['中华民国']),
  words('tw', ['新台币']),
  words('tw', ['罚锾']),
  words('tw', ['行政院', '立法院', '司法院', '考试院', '监察院']),
  words('tw', ['县（市）', '乡（镇、市）']),
  words('tw', ['前项'], { weight: 2 }),
  words('tw', ['左列']),
  words('tw', ['公布日施行'], { weight: 2 }),
  path('tw', '项', '款'),
  words('prc', ['本条例', '本办法', '本规定'], { bound: 1 }),
  words('prc', ['部门']),
  words('prc', ['“']),
  words('prc', ['人民代表大会']),
  words('prc', ['国务院']),
  words('prc', ['人民政府']),
  words('prc', ['县级以上']),
  words('prc', ['罚款']),
  words('prc', ['前款']),
  path('prc', '款', '项'),
];
const CONVENTIONS = new RegExp(CONVENTION_TABLE.map((c) => `(${c.source})`).join('|'), 'gu');
/** Any convention word (for telling whether an edit can change the counts). */
export const CONVENTION_WORD = new RegExp(CONVENTIONS.source, 'u');
/** The longest convention match: an edit changes the counts only when one stands this near it. */
export const CONVENTION_REACH = Math.max(...CONVENTION_TABLE.map((c) => c.longest)) - 1;
