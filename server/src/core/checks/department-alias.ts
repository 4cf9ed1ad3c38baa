/** department.alias: one department written under two names, against the responsibilities article's. */
import { ENFORCEMENT, type ResolvedMention } from '../departments';
import { isCentral } from '../departments/lexicon';
import type { Check } from './types';

/**
 * A name without the words a suffix may take or leave (司法行政部门 read as 司法 + 行政部门 or as 司法行政 +
 * 部门; 统计机构, 公安机关; 价格主管、审计等部门, where the list shares 主管部门): two mentions that differ only
 * there are written the same.
 */
const sameWritten = (a: string, b: string): boolean => a.replace(TAIL_WORDS, '') === b.replace(TAIL_WORDS, '');
const TAIL_WORDS = /(?:行政|管理|工作|主管|机构|机关|部门)+$/u;
const weak = (cls: string): boolean => cls === 'probable' || cls === 'legacy';

/**
 * Two writings of one official name: one is the other with characters left out, in order, the suffix words
 * aside (市场监管 of 市场监督管理, 住房城乡建设 of 住房和城乡建设, 科技 of 科学技术, 文旅 of 文化旅游, 退役军人工作 of
 * 退役军人事务). Names the lexicon joins otherwise — a department and the one that took over its work
 * (价格 and 发展改革, 工商 and 市场监督管理), or two a city may or may not merge (林业, 园林绿化) — are as often
 * two departments, or words that named no department when the text was made: the text does not say which.
 */
function oneWrittenShort(m: ResolvedMention, d: ResolvedMention): boolean {
  const a = forms(m);
  const b = forms(d);
  return a.some((x) => b.some((y) => (x.length <= y.length ? leftOutOf(y, x) : leftOutOf(x, y))));
}
/**
 * A name as written and as looked up (市场监督 before a shared 管理部门 is 市场监督管理), each with and without its
 * suffix words (城管 of 城市管理, 退役军人(工作) of 退役军人事务), its conjunctions aside (自然资源与规划).
 */
const forms = (m: ResolvedMention): string[] => [m.core, m.key].flatMap((s) => [s, s.replace(TAIL_WORDS, '') || s]).map((s) => s.replace(CONJUNCTIONS, ''));
const CONJUNCTIONS = /[和与及]/gu;
function leftOutOf(long: string, short: string): boolean {
  const want = [...short];
  let i = 0;
  for (const c of long) if (c === want[i]) i++;
  return i === want.length;
}

/** `name` written at the place of `m`, around its core. */
function writtenAround(f: string, name: string, m: { start: number; end: number }): boolean {
  for (let at = Math.max(0, m.end - name.length); at <= m.start; at++) if (f.startsWith(name, at)) return true;
  return false;
}

export const departmentAlias: Check = {
  id: 'department.alias',
  title: { zh: '同一部门名称不统一', en: 'One department under two names' },
  defaultSeverity: 'information',
  run({ departments: t, parsed, options }, report) {
    // (Names the settings join are one department, however written: 数据资源 → 大数据.)
    const joined = options.departments?.aliases ?? {};
    for (const m of t.mentions) {
      const d = t.declared.get(m.canonical);
      // (The full name that introduces the short form the responsibilities article writes is no second name.)
      // (Declared under another id — a name of an id whose names the article keeps apart, or a bracketed
      // equivalent: which of them it is the text does not say, so no second writing to report.)
      if (m.generic || !d || d.canonical !== m.canonical || m.cls === 'declared' || m.cls === 'legacy' || m.cls === 'part' || m.namesShortForm || m.key === d.key || sameWritten(m.core, d.core)) continue;
      // A central body (国务院X部门, 中央X部门) is not the local department the article declares under that name.
      if (isCentral(m.level) !== isCentral(d.level)) continue;
      // Two city-dependent names of one id (园林 / 林业) are as often two departments: an inconsistency only
      // against the id's own name or a strong alias, or where one name holds the other (金融 / 金融监管).
      if (weak(m.cls) && weak(d.cls) && !m.key.includes(d.key) && !d.key.includes(m.key)) continue;
      // An enforcement body and the department of its field (城市管理综合执法 / 城市管理): a city's 城管执法局 and its
      // 城管委 as often as one department, and a text that names only one of them does not say which.
      const oneName = oneWrittenShort(m, d) && ENFORCEMENT.test(m.key) === ENFORCEMENT.test(d.key);
      if (!oneName && !Object.hasOwn(joined, m.key) && !Object.hasOwn(joined, d.key)) continue;
      // The place writes the declared name in full (根据市公安机关交通管理部门): the reader took only a part of it.
      if (writtenAround(parsed.folded, d.core, m)) continue;
      // The place glosses its name with the declared one (农业（农业机械化）行政主管部门): the two are given as one.
      if (parsed.folded.startsWith(`（${d.core}）`, m.end)) continue;
      // 妇联和教育行政部门: one department or two the text does not say (department.ambiguous asks), so neither
      // 妇联 nor 教育 is a short form of it.
      if (m.ambiguous || d.ambiguous) continue;
      report({
        span: { start: m.start, end: m.end },
        message: {
          zh: `同一部门名称不统一：职责条款（${d.article.label}）写作“${d.core}”，此处写作“${m.core}”`,
          en: `One department, two names: the responsibilities article (${d.article.label}) writes “${d.core}”, this place “${m.core}”`,
        },
        related: [{ span: { start: d.start, end: d.end }, message: { zh: '职责条款的写法', en: 'As the responsibilities article writes it' } }],
        data: { department: m.core, canonical: m.canonical, declaredAs: d.core },
        suggestions: [{ title: { zh: `改为“${d.core}”`, en: `Write “${d.core}”` }, edits: [{ span: { start: m.start, end: m.end }, newText: d.core }] }],
      });
    }
  },
};
