/**
 * Laws named without 《》 before the provisions they cite: 依照刑法第十七条, 违反食品安全法第三十四条第一款,
 * and a short form introduced bare (（以下简称行政处罚法）) used later. Judicial interpretations and
 * implementing acts cite this way throughout. Only a name the law index holds (a title, a title without
 * 中华人民共和国, a short form, or a repealed law's name), standing right before an external reference,
 * is read: a word that merely ends in 法 is never a citation.
 */
import type { LawIndex } from '../laws';
import { normaliseLawName } from '../laws';
import type { ParseResult } from '../parse/parse';
import { isHan } from '../text/chars';
import type { Reference } from '../types';
import { isHistorical, type TitleMention } from './titles';

/** The longest name tried: 中华人民共和国 plus a long title. */
const LONGEST = 30;
/** The shortest: 刑法. */
const SHORTEST = 2;

/** Whether any external reference stands right after a Han character: the only place a bare name can be. */
export function mayCiteBare(parsed: ParseResult, references: readonly Reference[]): boolean {
  const s = parsed.folded;
  return references.some((r) => r.scope === 'external' && r.span.start > 0 && isHan(s[r.span.start - 1]));
}

/**
 * The bare names before external references, as title mentions (span: the name; after: the reference), in
 * text order. The longest name the index knows wins (中华人民共和国刑法 over 刑法); 本法, 该法 and the like are
 * never names of the index.
 */
export function readBareNames(parsed: ParseResult, references: readonly Reference[], index: LawIndex): TitleMention[] {
  const s = parsed.folded;
  const out: TitleMention[] = [];
  for (const ref of references) {
    const at = ref.span.start;
    if (ref.scope !== 'external' || at === 0 || !isHan(s[at - 1])) continue;
    let k = at;
    while (k > 0 && at - k < LONGEST && isHan(s[k - 1])) k--;
    for (let start = k; start <= at - SHORTEST; start++) {
      const name = s.slice(start, at);
      const n = normaliseLawName(name);
      if (!index.byName.has(n) && !index.repealedByName.has(n)) continue;
      const mention: TitleMention = { span: { start, end: at }, name, written: parsed.source.slice(start, at), after: at, bare: true };
      const unit = ref.article ?? ref.paragraph;
      if (isHistorical(s, start, at, unit?.spanStart ?? 0, unit?.spanEnd ?? s.length)) mention.historical = true;
      out.push(mention);
      break;
    }
  }
  return out;
}
