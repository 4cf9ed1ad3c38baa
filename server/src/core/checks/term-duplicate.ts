/** term.duplicate: a term defined a second time. */
import type { DefinedTerm } from '../terms';
import { parseNumeral } from '../text/numerals';
import type { StructureNode } from '../types';
import type { Check } from './types';

export const termDuplicate: Check = {
  id: 'term.duplicate',
  title: { zh: '术语重复定义', en: 'Term defined twice' },
  defaultSeverity: 'warning',
  run({ parsed, terms }, report) {
    const seen = new Map<string, DefinedTerm>();
    for (const d of terms.defined) {
      const first = seen.get(d.term);
      if (!first) {
        seen.set(d.term, d);
        continue;
      }
      // （以下简称技防） then 本条例所称技防，是指……: an introduction and its definition, not two definitions.
      if (first.form === 'abbreviation' || d.form === 'abbreviation') continue;
      // 前款所称船舶，包括船舶属具 / 本章下列用语的含义: a part's own reading, or an extension (X包括……) or an
      // exclusion (本办法所称艺术品不包括文物), of a term defined for the whole is no second definition.
      // 本法第二十二条所称刊物 and 本法第一百二十二条所称刊物: a 施行细则 explains the word for each provision that uses it.
      if (first.provision !== undefined && d.provision !== undefined && first.provision !== d.provision) continue;
      if (first.part || d.part || EXTENDS.test(parsed.folded.slice(d.span.end, d.span.end + 4))) continue;
      // 三、广播、电视电台：指……: 广播 is the first part of a coordination that shares its head (广播电台 and
      // 电视电台), not 广播 defined again.
      if (parsed.folded[d.span.end] === '、') continue;
      // 三、大陆地区证券、期货机构 and 四、陆资证券、期货机构: the last conjunct shares the words before the first (大陆地区,
      // 陆资), so two lists with other first conjuncts define two words.
      const lead = (x: DefinedTerm): string => parsed.folded.slice(x.sentence.start, x.span.start).trim();
      if ((parsed.folded[d.span.start - 1] === '、' || parsed.folded[first.span.start - 1] === '、') && lead(d) !== lead(first)) continue;
      // 八、起火期间：（三）引擎机组：指……: under a heading word, a defined word names the case the heading word is given for.
      if (d.under && d.under.term !== first.under?.term) continue;
      // 第六条 and 第七条 each grade accidents of their own kind (……分为以下等级：（一）特别重大事故，指……): the
      // same grade names in two classifications are two scales, not one term defined twice.
      if (first.article !== d.article && inGrades(parsed.folded, first) && inGrades(parsed.folded, d)) continue;
      // 第十三条 and 第二十四条 each set out what their own inspection holds (……检查，包括下列项目：二、荷重试验：指……):
      // a kind a list sets out is read in that list, not a definition for the whole text.
      if (first.article !== d.article && first.kind && d.kind) continue;
      // 第三条 ……各阶段所指期间如下：一、设立阶段：指……; 前项事业纳管者，……各阶段所指期间如下：一、设立阶段：指……:
      // a paragraph whose lead names the subjects its list is for by the paragraph before (前项事业, 非属前二项之事业)
      // sets the word for those subjects; the same word of another paragraph of the article is read for its own.
      if (first.article === d.article && paragraphOf(first) !== paragraphOf(d) && scoped(parsed.folded, d)) continue;
      // 二、合格净值：指……减除第四条所规定应扣除金额 and 第四条 合格净值，指……减除下列各款金额: a definition that
      // points to the article spelling it out is one definition with it.
      if (pointsTo(first, d) || pointsTo(d, first)) continue;
      const same = norm(first.definiens) === norm(d.definiens);
      // 第五条 and 第十八条 each give a formula (费额＝……) and the legend of its symbols (二、排放水质：指……): a legend
      // repeated word for word explains its own formula, and agrees with the other.
      if (same && first.article !== d.article && legend(parsed.folded, first) && legend(parsed.folded, d)) continue;
      report({
        span: d.span,
        message: same
          ? { zh: `术语“${d.term}”已在${first.article.label}定义，此处重复定义`, en: `“${d.term}” is already defined in ${first.article.label}` }
          : { zh: `术语“${d.term}”已在${first.article.label}定义，此处定义不同`, en: `“${d.term}” is defined differently in ${first.article.label}` },
        related: [{ span: first.span, message: { zh: '首次定义', en: 'First definition' } }],
        data: { term: d.term },
      });
    }
  },
};

/** A paragraph that leads in a classification: ……分为以下等级：, 分为下列三类：. */
const GRADES = /分为[^。；：:]{0,6}(?:等级|级|类|档)[：:]\s*$/u;

/** Whether the definition is an item of a list that a classification leads in (read in the folded text: 分為以下等級). */
function inGrades(folded: string, d: DefinedTerm): boolean {
  return itemUnderLead(folded, d, GRADES);
}

/**
 * Whether the definition stands in an item below its paragraph's own text (the lead), and that lead, read in the
 * folded text, matches `lead`.
 */
function itemUnderLead(folded: string, d: DefinedTerm, lead: RegExp): boolean {
  const p = paragraphOf(d);
  return p !== undefined && d.span.start >= p.textEnd && lead.test(folded.slice(p.textStart, p.textEnd));
}

/**
 * A lead that names its subjects by the paragraphs before (前项事业, 前款企业, 非属前二项之事业) and opens a list (its
 * sentences may go on to say what the list is: ……分为设立阶段及营运阶段。各阶段所指期间如下：).
 */
const SCOPED_LEAD = /^[^：:]*前[二两三四五]?[项款][^：:]*[：:]\s*$/u;

function paragraphOf(d: DefinedTerm): StructureNode | undefined {
  return d.article.children.find((c) => c.kind === 'paragraph' && c.spanStart <= d.span.start && d.span.start < c.spanEnd);
}

/** Whether the definition is an item of a list whose paragraph's lead scopes it to the subjects of a paragraph before. */
function scoped(folded: string, d: DefinedTerm): boolean {
  return itemUnderLead(folded, d, SCOPED_LEAD);
}

/** 第四条, not 第四条之一 (another article). */
const ARTICLE_NAMED = /第([零〇一二三四五六七八九十百千0-9]+)条(?!之)/gu;

/** Whether the definiens of `a` names the article that holds `b`. */
function pointsTo(a: DefinedTerm, b: DefinedTerm): boolean {
  return a.article !== b.article && [...a.definiens.matchAll(ARTICLE_NAMED)].some((m) => parseNumeral(m[1] as string)?.value === b.article.number);
}

/** A paragraph whose last line is a formula (费额＝Σ……。, however wrapped): the items after it are its legend. */
const FORMULA = /[＝=][^。；：:]*。?\s*$/u;

/** Whether the definition is an item of a formula's legend. */
function legend(folded: string, d: DefinedTerm): boolean {
  return itemUnderLead(folded, d, FORMULA);
}

const EXTENDS = /^[”"]?[，,]?不?包括/u;

const norm = (s: string): string => s.replace(/[\s，。；、“”]/gu, '');
