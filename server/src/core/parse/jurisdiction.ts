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

/** Evidence from textual conventions (「」, 主管机关, 本条例, “” …). */
function conventionEvidence(foldedText: string): Evidence {
  let tw = 0;
  let prc = 0;
  // Textual conventions; bounded counts so that a long text's quoting habit does not swamp structure.
  // One pass of one pattern over the text, stopping once every count has reached its bound.
  const counts = new Map<string, number>();
  let open = CONVENTION_GROUPS;
  CONVENTIONS.lastIndex = 0;
  for (let m = CONVENTIONS.exec(foldedText); m && open > 0; m = CONVENTIONS.exec(foldedText)) {
    const group = CONVENTION_GROUP.get(m[0]) as string;
    const n = (counts.get(group) ?? 0) + 1;
    counts.set(group, n);
    if (n === CONVENTION_BOUND) open--;
  }
  const count = (group: string): number => Math.min(CONVENTION_BOUND, counts.get(group) ?? 0);
  tw += count('「') + count('主管机关') + count('中华民国');
  prc += count('本条例') + count('部门') + count('“') + count('人民代表大会');
  return { tw, prc };
}

/** Each textual convention counts at most this many times. */
const CONVENTION_BOUND = 5;
/** Words of the textual conventions, each mapped to the group it counts for (本办法 and 本规定 count with 本条例). */
const CONVENTION_GROUP: ReadonlyMap<string, string> = new Map([
  ['「', '「'], ['主管机关', '主管机关'], ['中华民国', '中华民国'],
  ['本条例', '本条例'], ['本办法', '本条例'], ['本规定', '本条例'], ['部门', '部门'], ['“', '“'], ['人民代表大会', '人民代表大会'],
]);
const CONVENTIONS = new RegExp([...CONVENTION_GROUP.keys()].join('|'), 'gu');
/** Any convention word (for telling whether an edit can change the counts). */
export const CONVENTION_WORD = new RegExp(CONVENTIONS.source, 'u');
/** The longest convention word: an edit changes the counts only when one stands this near it. */
export const CONVENTION_REACH = Math.max(...[...CONVENTION_GROUP.keys()].map((w) => w.length)) - 1;
const CONVENTION_GROUPS = new Set(CONVENTION_GROUP.values()).size;
