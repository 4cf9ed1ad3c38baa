/** department.unused: a department the responsibilities article names but the text never gives a duty. */
import type { Check } from './types';
import type { ResolvedMention } from '../departments';
import { mentionsByCanonical, respLabels } from './department-undeclared';
import { coveredInResp } from '../departments/covered';
import { dividesDuties } from '../departments/resp-articles';

export const departmentUnused: Check = {
  id: 'department.unused',
  title: { zh: '职责条款列明的部门未在正文中规定职责', en: 'Department named in the responsibilities article but given no duty' },
  defaultSeverity: 'information',
  run({ parsed, departments: t }, report) {
    const used = mentionsByCanonical(t.mentions);
    // Given a duty in the responsibilities articles themselves, or in the body under a collective name.
    const covered = coveredInResp(t, parsed.folded, parsed.jurisdiction === 'tw');
    // Declared more than once in the responsibilities articles, and one of those is in a catch-all list: fine.
    const inCatchAll = new Set<string>();
    for (const m of t.mentions) if (m.inResp && m.catchAll) inCatchAll.add(m.canonical);
    const where = respLabels(t.respArticles);
    // The police a text hands cases to (移送公安机关依法惩处) have a role in it, though the hand-off is generic
    // for department.undeclared.
    const handedTo = new Set(t.mentions.filter((m) => m.handoff && !m.inResp).map((m) => m.canonical));
    for (const [canonical, d] of t.declared) {
      // A short name the article introduces (（以下简称市建管办）) may be used in forms not read as mentions.
      // (A department listed under two ids — split names, departments/index.ts — is reported under its own.)
      // (Nor one named there only in a definition: 本规定所称港口行政管理部门，包括……交通主管部门.)
      if (d.canonical !== canonical || used.has(canonical) || covered.has(canonical) || handedTo.has(canonical) || d.catchAll || inCatchAll.has(canonical) || d.cls === 'declared' || d.examined) continue;
      // (An article that divides the duties item by item gives each department it names its duty there.)
      if (dividesDuties(parsed.folded, d.article) || usedByItsShortName(parsed.folded, d)) continue;
      report({
        span: { start: d.start, end: d.end },
        message: {
          zh: `职责条款（${where}）列明的部门“${d.core}”在正文中未规定具体职责`,
          en: `“${d.core}”, named in the responsibilities article (${where}), is given no duty in the text`,
        },
        data: { department: d.core, canonical },
      });
    }
  },
};

/**
 * The department is designated by a short name the text uses later (市场监督管理部门是股权出质登记机关（以下简称
 * 登记机关）; 第十四条 登记机关对登记申请应当当场办理): its duties are given under that name.
 */
function usedByItsShortName(folded: string, d: ResolvedMention): boolean {
  const text = folded.slice(d.article.textStart, d.article.spanEnd);
  for (const m of text.matchAll(SHORT_NAME)) {
    if (m[1] === undefined || !m[1].endsWith(d.core)) continue;
    if (folded.indexOf(m[2] ?? '', d.article.textStart + (m.index ?? 0) + m[0].length) >= 0) return true;
  }
  return false;
}
/** X部门是……机关（以下简称Y）: the words before the suffix (ending in the department's core) and Y. */
const SHORT_NAME = /([\u4e00-\u9fff]{2,12})(?:行政)?(?:主管)?(?:部门|机关|机构)是[^，。；（]{1,24}（以下简称“?([^）”]{2,24})”?）/gu;
