/**
 * department.undeclared — a specific department given a duty (or named at all) that the responsibilities
 * article never names.
 */
import type { ResolvedMention } from '../departments';
import type { ParseResult } from '../parse/parse';
import type { Message, StructureNode, Suggestion } from '../types';
import type { Check } from './types';
import { labelSpanOf } from '../parse/nodes';
import { termMatcher } from '../terms/matcher';
import { isCentral } from '../departments/lexicon';
import { detectInstrument } from '../legality/instrument';

/**
 * Responsibilities articles named in a message in full up to this many (the dev corpus has at most five);
 * past it, the first three and 等N条.
 */
const LABELS_IN_FULL = 6;

/**
 * 第五条、第六条; 第二条、第三条、第四条等12条 past LABELS_IN_FULL (every message of a text with thousands
 * of responsibilities articles held all their labels).
 */
export function respLabels(articles: readonly StructureNode[]): string {
  if (articles.length <= LABELS_IN_FULL) return articles.map((a) => a.label).join('、');
  return `${articles.slice(0, 3).map((a) => a.label).join('、')}等${articles.length}条`;
}

/** Specific mentions outside the responsibilities articles, grouped by canonical id in document order. */
export function mentionsByCanonical(mentions: readonly ResolvedMention[]): Map<string, ResolvedMention[]> {
  const out = new Map<string, ResolvedMention[]>();
  for (const m of mentions) {
    if (m.generic || m.inResp) continue;
    const list = out.get(m.canonical);
    if (list) list.push(m);
    else out.set(m.canonical, [m]);
  }
  return out;
}

export const departmentUndeclared: Check = {
  id: 'department.undeclared',
  title: { zh: '部门未在职责条款中列明', en: 'Department not named in the responsibilities article' },
  defaultSeverity: 'warning',
  run({ parsed, departments: t, options }, report) {
    if (t.respArticles.length === 0) return;
    const where = respLabels(t.respArticles);
    // Read once for every finding's suggestions (once per finding was quadratic in the mentions).
    const list = longestOpenList(t.mentions);
    // (A department named only in a matter examined — what an audit covers — is given no duty to declare; nor,
    // in a local text, a national body (国务院地质矿产主管部门批准): no local text gives it its field.)
    const local = localText(parsed, options.instrumentType);
    const byCanonical = mentionsByCanonical(t.mentions.filter((m) => !m.examined && !(local && isCentral(m.level))));
    const similar = similarDeclared([...t.declared.values()], [...byCanonical.values()].map((uses) => (uses[0] as ResolvedMention).core));
    for (const [canonical, uses] of byCanonical) {
      if (t.declared.has(canonical)) continue;
      const first = uses[0] as ResolvedMention;
      // A legacy name whose current department is declared is department.legacy's business.
      if (first.cls === 'legacy' && t.declared.has(first.canonical)) continue;
      const name = first.cls === 'legacy' || first.cls === 'canonical' ? first.core : `${first.core}（${canonical}）`;
      const count = uses.length > 1 ? { zh: `，全文出现${uses.length}次`, en: `; ${uses.length} mentions` } : { zh: '', en: '' };
      report({
        span: { start: first.start, end: first.end },
        message: {
          zh: `部门“${name}”未在职责条款（${where}）中列明${count.zh}`,
          en: `The department “${name}” is not named in the responsibilities article (${where})${count.en}`,
        },
        related: [
          { span: labelSpanOf(t.respArticles[0] as StructureNode), message: { zh: '职责条款', en: 'Responsibilities article' } },
          ...uses.slice(1, 20).map((u) => ({ span: { start: u.start, end: u.end }, message: { zh: '又见', en: 'Also here' } })),
        ],
        data: { department: first.core, canonical, count: uses.length },
        suggestions: suggestions(parsed, t.respArticles, similar(first.core), list, first),
      });
    }
  },
};

/** A local regulation or rule (a province's, a city's), as its 题注 or title says. */
function localText(parsed: ParseResult, setting: Parameters<typeof detectInstrument>[1]): boolean {
  const type = detectInstrument(parsed, setting)?.type;
  return type === 'provincialRegulation' || type === 'cityRegulation' || type === 'provincialRule' || type === 'cityRule';
}

/**
 * The longest open list in the responsibilities articles (……、大数据等部门), where a department can be
 * added before 等; the first of the longest when several are as long. Undefined when none has two members.
 */
function longestOpenList(all: readonly ResolvedMention[]): ResolvedMention[] | undefined {
  const lists = new Map<number, ResolvedMention[]>();
  for (const d of all) {
    if (!d.inResp || d.generic || !d.openList) continue;
    const list = lists.get(d.listEnd);
    if (list) list.push(d);
    else lists.set(d.listEnd, [d]);
  }
  let longest: ResolvedMention[] | undefined;
  for (const l of lists.values()) if (!longest || l.length > longest.length) longest = l;
  return longest && longest.length >= 2 ? longest : undefined;
}

/**
 * For a core, the declared departments whose core holds it or is held in it (教育 / 教育体育), not the
 * same, in declared order: the alias suggestions. From two matchers built once (the declared cores, to
 * find in a core; the asked cores, to find in each declared one), not by comparing every undeclared
 * department with every declared one, which was quadratic when both are thousands.
 */
function similarDeclared(declared: readonly ResolvedMention[], asked: readonly string[]): (core: string) => ResolvedMention[] {
  const indexOfCore = new Map<string, number[]>();
  declared.forEach((d, i) => {
    const list = indexOfCore.get(d.core);
    if (list) list.push(i);
    else indexOfCore.set(d.core, [i]);
  });
  // The asked cores each declared core holds (an empty core is held by every core: the matchers skip it).
  const holders = new Map<string, number[]>();
  const askedMatcher = termMatcher(asked);
  declared.forEach((d, i) => {
    for (const core of askedMatcher.termsIn(d.core)) {
      const list = holders.get(core);
      if (list) list.push(i);
      else holders.set(core, [i]);
    }
  });
  const declaredMatcher = termMatcher(indexOfCore.keys());
  const emptyCores = indexOfCore.get('') ?? [];
  return (core) => {
    const at = new Set<number>(core === '' ? declared.keys() : [...(holders.get(core) ?? []), ...emptyCores]);
    for (const held of declaredMatcher.termsIn(core)) for (const i of indexOfCore.get(held) ?? []) at.add(i);
    return [...at].sort((a, b) => a - b).map((i) => declared[i] as ResolvedMention).filter((d) => d.core !== core);
  };
}

function suggestions(parsed: ParseResult, resp: readonly StructureNode[], similar: readonly ResolvedMention[], longest: readonly ResolvedMention[] | undefined, m: ResolvedMention): Suggestion[] {
  const out: Suggestion[] = [];
  const article = resp[resp.length - 1] as StructureNode;
  const last = longest?.[longest.length - 1];
  if (last) {
    out.push({
      title: msg(`加入${last.article.label}的部门列表`, `Add it to the list in ${last.article.label}`),
      edits: [{ span: { start: last.end, end: last.end }, newText: `、${m.core}` }],
    });
  }
  const level = m.level || (/^(?:市|区县|区|县|省)/u.exec(parsed.folded.slice(article.textStart, article.textStart + 2))?.[0] ?? '');
  out.push({
    title: msg(`在${article.label}中补充“${level}${m.core}部门负责……”`, `Add “${level}${m.core}部门负责……” to ${article.label}`),
    edits: [{ span: { start: article.spanEnd, end: article.spanEnd }, newText: `\n${level}${m.core}部门负责……工作。` }],
  });
  for (const d of similar) {
    out.push({ title: msg(`视为“${d.core}”的别称（写入 .lexdraft.json）`, `Treat it as another name of “${d.core}” (in .lexdraft.json)`), config: { path: 'departments.aliases', key: m.core, value: d.core } });
  }
  out.push({ title: msg(`不再检查“${m.core}”（写入 .lexdraft.json）`, `Do not check “${m.core}” (in .lexdraft.json)`), config: { path: 'departments.ignore', value: m.core } });
  return out;
}

const msg = (zh: string, en: string): Message => ({ zh, en });
