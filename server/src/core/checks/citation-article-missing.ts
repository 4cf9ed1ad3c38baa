/**
 * citation.article-missing — a provision cited with a law that the law's version in force at the text's date
 * (the newest, for a draft) does not have. A law whose index entry holds no such version, or no articles
 * (the 修正案 instruments), is not checked. In a Taiwan regulation, the provisions it cites of the act it is made
 * under (本法第十條 in a 施行細則, 依就業服務法第四十八條) are checked against that act in force (the index of Taiwan
 * acts holds no earlier version).
 */
import type { CitedProvision } from '../citations';
import { enablingCitations } from '../citations/enabling';
import type { Jurisdiction } from '../types';
import { articleKey, provisionExists, type LawVersion } from '../laws';
import { toChineseNumeral } from '../text/numerals';
import { labelZh } from './labels';
import type { Check } from './types';

export const citationArticleMissing: Check = {
  id: 'citation.article-missing',
  title: { zh: '引用的条文不存在', en: 'Cited provision does not exist' },
  defaultSeverity: 'warning',
  run({ citations: { citations, date }, parsed, references, options }, report) {
    for (const c of enablingCitations(parsed, references, options.taiwanActs)) {
      if (c.held) continue;
      const what = missing(c.articles, { span: c.span, article: c.path.article as number, sub: c.path.articleSub ?? 0, paragraph: c.path.paragraph, item: c.path.item }, 'tw');
      report({ span: c.span, message: { zh: `所依据的${c.act.name}（现行文本）${what.zh}`, en: `${c.act.name}, the act it is made under (in force): ${what.en}` } });
    }
    for (const c of citations) {
      const v = c.version;
      if (!c.law || !v || c.historical || v.articles.size === 0) continue;
      const which = date === undefined ? `现行文本（${v.from || v.publish}起施行）中` : `${date}时施行的文本中`;
      const whichEn = date === undefined ? `the version in force (from ${v.from || v.publish})` : `the version in force on ${date}`;
      for (const p of c.provisions) {
        if (provisionExists(v, p)) continue;
        const what = missing(v.articles, p);
        report({
          span: p.span,
          message: { zh: `《${c.written}》${which}${what.zh}`, en: `《${c.written}》, ${whichEn}: ${what.en}` },
          related: [{ span: c.span, message: { zh: '所引法律', en: 'The law cited' } }],
        });
      }
    }
  },
};

/**
 * What is missing, from the article down: 没有第九十条 / 第三条没有第二款（该条共一款）/ 第九条没有第七项. In Taiwan text
 * the 項 is the paragraph and the 款 the item.
 */
function missing(articles: LawVersion['articles'], p: CitedProvision, j: Jurisdiction = 'prc'): { zh: string; en: string } {
  const n = (x: number): string => toChineseNumeral(x, j);
  const [paragraphWord, itemWord] = j === 'tw' ? ['项', '款'] : ['款', '项'];
  const article = labelZh('article', p.article, j, p.sub);
  const shape = articles.get(articleKey(p.article, p.sub));
  if (!shape) return { zh: `没有${article}`, en: `there is no ${article}` };
  if (shape.length === 0) return { zh: `${article}已删除`, en: `${article} is deleted` };
  if (p.paragraph !== undefined && p.paragraph > shape.length) {
    return { zh: `${article}没有第${n(p.paragraph)}${paragraphWord}（该条共${n(shape.length)}${paragraphWord}）`, en: `${article} has no paragraph ${p.paragraph} (it has ${shape.length})` };
  }
  const items = p.paragraph !== undefined ? (shape[p.paragraph - 1] ?? 0) : shape.reduce((a, b) => Math.max(a, b), 0);
  const where = p.paragraph !== undefined ? `${article}第${n(p.paragraph)}${paragraphWord}` : article;
  return {
    zh: `${where}没有第${n(p.item ?? 0)}${itemWord}${items ? `（共${n(items)}${itemWord}）` : ''}`,
    en: `${where} has no item ${p.item ?? 0}${items ? ` (it has ${items})` : ''}`,
  };
}
