/**
 * department.undeclared — a specific department given a duty (or named at all) that the responsibilities
 * article never names (DEP-01); department.no-responsibilities-article — none was found (DEP-07).
 */
import { departmentTable, type ResolvedMention } from '../departments';
import type { ParseResult } from '../parse/parse';
import type { Message, StructureNode, Suggestion } from '../types';
import type { Check } from './types';
import { labelSpanOf } from '../parse/nodes';

/** 第五条、第六条 */
export function respLabels(articles: readonly StructureNode[]): string {
  return articles.map((a) => a.label).join('、');
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
  run({ parsed, options }, report) {
    const t = departmentTable(parsed, options.departments);
    if (t.respArticles.length === 0) return;
    const where = respLabels(t.respArticles);
    for (const [canonical, uses] of mentionsByCanonical(t.mentions)) {
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
        suggestions: suggestions(parsed, t.respArticles, [...t.declared.values()], t.mentions, first),
      });
    }
  },
};

function suggestions(parsed: ParseResult, resp: readonly StructureNode[], declared: readonly ResolvedMention[], all: readonly ResolvedMention[], m: ResolvedMention): Suggestion[] {
  const out: Suggestion[] = [];
  const article = resp[resp.length - 1] as StructureNode;
  // The longest open list in the responsibilities articles (……、大数据等部门): add the department before 等.
  const lists = new Map<number, ResolvedMention[]>();
  for (const d of all) if (d.inResp && !d.generic && d.openList) lists.set(d.listEnd, [...(lists.get(d.listEnd) ?? []), d]);
  const longest = [...lists.values()].sort((a, b) => b.length - a.length)[0];
  const last = longest?.[longest.length - 1];
  if (longest && last && longest.length >= 2) {
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
  for (const d of declared) {
    if (d.core === m.core || !(d.core.includes(m.core) || m.core.includes(d.core))) continue;
    out.push({ title: msg(`视为“${d.core}”的别称（写入 .lexdraft.json）`, `Treat it as another name of “${d.core}” (in .lexdraft.json)`), config: { path: 'departments.aliases', key: m.core, value: d.core } });
  }
  out.push({ title: msg(`不再检查“${m.core}”（写入 .lexdraft.json）`, `Do not check “${m.core}” (in .lexdraft.json)`), config: { path: 'departments.ignore', value: m.core } });
  return out;
}

const msg = (zh: string, en: string): Message => ({ zh, en });

export const departmentNoRespArticle: Check = {
  id: 'department.no-responsibilities-article',
  title: { zh: '未识别到部门职责条款', en: 'No responsibilities article found' },
  defaultSeverity: 'information',
  run({ parsed, options }, report) {
    const t = departmentTable(parsed, options.departments);
    if (t.respArticles.length > 0) return;
    const specific = t.mentions.filter((m) => !m.generic && m.entry);
    const first = specific[0];
    if (!first || new Set(specific.map((m) => m.canonical)).size < 2) return;
    report({
      span: { start: first.start, end: first.end },
      message: {
        zh: t.configured
          ? '设置中指定的职责条款不存在，部门检查已跳过'
          : `正文规定了${new Set(specific.map((m) => m.canonical)).size}个部门的职责，但未识别到部门职责条款；部门检查已跳过，可在设置 departments.responsibilitiesArticles 中指定`,
        en: t.configured
          ? 'The configured responsibilities articles do not exist; department checks are skipped'
          : `The text gives duties to ${new Set(specific.map((m) => m.canonical)).size} departments but no responsibilities article was found; department checks are skipped (set departments.responsibilitiesArticles)`,
      },
    });
  },
};
