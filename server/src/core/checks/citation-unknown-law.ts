/**
 * citation.unknown-law — a draft's 《title》 shaped as a national law (中华人民共和国…法, or a …法 with no place
 * in it) that the national law index does not hold, not even as repealed. Local regulations, rules, standards
 * and decisions are not in the index and are never reported. Nor is an enacted text (one with a date): it
 * cites what was in force then, and a law repealed since that the index has no repeal for is not a typo.
 */
import { titleIn } from '../citations';
import { nearestLawTitles } from '../citations/nearest';
import type { Check } from './types';

/** 中华人民共和国…法, or a short …法 / …法典 that names no place and is no 办法. */
const NATIONAL = /^中华人民共和国[^《》]{1,40}法$|^[^《》]{1,20}法典?$/u;
const NOT_NATIONAL = /办法$|[省市县州旗盟]|自治区|特别行政区|草案|修正案|决定|意见|征求|示范|国际|公约|条约|协定/u;
/** A placeholder in an example or a template (《某某法》, 《中华人民共和国甲法》, 《××法》): not a title to look up. */
const PLACEHOLDER = /某|[甲乙丙丁戊]法|[×XＸ*＊…○]/u;

const NEAREST_FOR = 50;

export const citationUnknownLaw: Check = {
  id: 'citation.unknown-law',
  title: { zh: '引用的法律名称在国家法律索引中找不到', en: 'Cited law not found in the national law index' },
  defaultSeverity: 'warning',
  fix: { kind: 'replace', applicability: 'suggestion' },
  run({ citations: { citations, index, date }, parsed }, report) {
    if (!index || date !== undefined) return;
    const asked = new Map<string, string[]>();
    for (const c of citations) {
      if (c.law || c.repeal || c.known || c.historical || !NATIONAL.test(c.name) || NOT_NATIONAL.test(c.name) || PLACEHOLDER.test(c.name)) continue;
      let nearest = asked.get(c.name);
      // Each search reads every name of the index: a text of thousands of unknown titles gets it for the first few.
      if (!nearest) asked.set(c.name, (nearest = asked.size < NEAREST_FOR ? nearestLawTitles(index, c.name).map((t) => titleIn(parsed.script, t)) : []));
      const hint = nearest.length ? `；是否指${nearest.map((t) => `《${t}》`).join('、')}？` : '';
      const hintEn = nearest.length ? `; did you mean ${nearest.map((t) => `《${t}》`).join(', ')}?` : '';
      report({
        span: c.span,
        message: { zh: `现行法律、行政法规中没有《${c.written}》${hint}`, en: `No national law or administrative regulation is titled 《${c.written}》${hintEn}` },
        ...(nearest[0] ? { data: { fix: `《${nearest[0]}》` } } : {}),
        ...(nearest.length > 1
          ? { suggestions: nearest.slice(1).map((t) => ({ title: { zh: `改为《${t}》`, en: `Write 《${t}》` }, edits: [{ span: c.span, newText: `《${t}》` }] })) }
          : {}),
      });
    }
  },
};
