/**
 * Which articles are the responsibilities articles of a text that does not say (departments/index.ts):
 * those of 总则 (or the first ten) that give a named department its field.
 */
import { generalProvisions } from '../parse/nodes';
import type { ParseResult } from '../parse/parse';
import type { StructureNode } from '../types';
import type { DepartmentMention } from './mentions';

/**
 * Words that give a department its field (not 主管的: 报请主管的保密行政管理部门批准 gives no duty). National laws
 * write it as 实施监督管理, 统一管理, 领导, 指导 as often as 负责 (国徽法, 血液制品管理条例, 学校体育工作条例), and
 * ministry rules as 对……管理工作实施监督; 由交通主管部门管理 (the name blanked, detectArticles) gives a field too.
 */
const RESP_WORDS = /职责分工|各自职责|职责范围|主管(?!的|部门|机关)|负责|牵头|监督管理(?!部门|机关|机构|局)|监督检查|统一管理|征收管理|领导|指导|工作(?:实施|进行)?监督|职责是|(?:依照|按照|依据|根据)[^。；]{0,12}职责|\uE000(?:统一|分级|分别)?管理(?=[。；，]|$)/u;
/** An article that defines terms is not a responsibilities article, whatever departments it names. */
export const DEFINES = /本(?:法|条例|规定|办法|细则|规则|决定)(?:中)?所称|下列用语的含义|用语的含义|是指/u;
export const DESIGNATES = /所称(?:主管)?(?:机关|部门)/u;
export const TITLES = /《[^》]*》/gu;

/** Detection: articles of 总则 (or the first ten) that name a specific department and a duty word. */
export function detectArticles(parsed: ParseResult, mentions: readonly DepartmentMention[]): StructureNode[] {
  const general = generalProvisions(parsed.folded, parsed.divisions);
  const pool = general
    ? parsed.articles.filter((a) => a.spanStart > general.spanStart && a.spanStart < general.spanEnd)
    : parsed.articles.slice(0, 10);
  const specific = new Set(mentions.filter((m) => !m.generic).map((m) => m.article));
  const byArticle = new Map<StructureNode, DepartmentMention[]>();
  for (const m of mentions) if (specific.has(m.article)) listOf(byArticle, m.article).push(m);
  return pool.filter((a) => {
    if (!specific.has(a)) return false;
    const raw = parsed.folded.slice(a.spanStart, a.spanEnd);
    // (Not words inside a title: 依照《中华人民共和国税收征收管理法》 gives no duty.)
    const text = raw.replace(TITLES, '');
    // (Nor words of a department's own name, read or not: 畜牧兽医主管部门会同……制定规划, 抄送安全生产监督管理部门
    // assign a task, not a field; only a designation reads its duty in the name: 是本市……的主管部门.)
    const duty = RESP_WORDS.test(withoutNames(raw, a, byArticle.get(a) ?? []).replace(TITLES, '')) || NAMED_FIELD.test(text);
    // (本条例所称主管机关：在中央为…… is Taiwan's responsibilities article.)
    return duty && (!DEFINES.test(text) || DESIGNATES.test(text));
  });
}

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
