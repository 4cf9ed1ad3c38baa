/**
 * citation.article-missing — a provision cited with a law that the law's version in force at the text's date
 * (the newest, for a draft) does not have. A law whose index entry holds no such version, or no articles
 * (the 修正案 instruments), is not checked.
 */
import type { CitedProvision } from '../citations';
import { articleKey, provisionExists, type LawVersion } from '../laws';
import { toChineseNumeral } from '../text/numerals';
import { labelZh } from './labels';
import type { Check } from './types';

export const citationArticleMissing: Check = {
  id: 'citation.article-missing',
  title: { zh: '引用的条文不存在', en: 'Cited provision does not exist' },
  defaultSeverity: 'warning',
  run({ citations: { citations, date } }, report) {
    for (const c of citations) {
      const v = c.version;
      if (!c.law || !v || c.historical || v.articles.size === 0) continue;
      const which = date === undefined ? `现行文本（${v.from || v.publish}起施行）中` : `${date}时施行的文本中`;
      const whichEn = date === undefined ? `the version in force (from ${v.from || v.publish})` : `the version in force on ${date}`;
      for (const p of c.provisions) {
        if (provisionExists(v, p)) continue;
        const what = missing(v, p);
        report({
          span: p.span,
          message: { zh: `《${c.written}》${which}${what.zh}`, en: `《${c.written}》, ${whichEn}: ${what.en}` },
          related: [{ span: c.span, message: { zh: '所引法律', en: 'The law cited' } }],
        });
      }
    }
  },
};

/** What is missing, from the article down: 没有第九十条 / 第三条没有第二款（该条共一款）/ 第九条没有第七项. */
function missing(v: LawVersion, p: CitedProvision): { zh: string; en: string } {
  const n = (x: number): string => toChineseNumeral(x);
  const article = labelZh('article', p.article, 'prc', p.sub);
  const shape = v.articles.get(articleKey(p.article, p.sub));
  if (!shape) return { zh: `没有${article}`, en: `there is no ${article}` };
  if (shape.length === 0) return { zh: `${article}已删除`, en: `${article} is deleted` };
  if (p.paragraph !== undefined && p.paragraph > shape.length) {
    return { zh: `${article}没有第${n(p.paragraph)}款（该条共${n(shape.length)}款）`, en: `${article} has no paragraph ${p.paragraph} (it has ${shape.length})` };
  }
  const items = p.paragraph !== undefined ? (shape[p.paragraph - 1] ?? 0) : shape.reduce((a, b) => Math.max(a, b), 0);
  const where = p.paragraph !== undefined ? `${article}第${n(p.paragraph)}款` : article;
  return {
    zh: `${where}没有第${n(p.item ?? 0)}项${items ? `（共${n(items)}项）` : ''}`,
    en: `${where} has no item ${p.item ?? 0}${items ? ` (it has ${items})` : ''}`,
  };
}
