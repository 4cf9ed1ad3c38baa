/** reference.relative — 前款 in a first 款, 前条 in the first article, 前两款 without two. */
import { toChineseNumeral } from '../text/numerals';
import type { Message } from '../types';
import type { Check } from './types';

/** A paragraph's own text ends in a full stop: it leads in no list. */
const CLOSED = /。[”’」』）)]*\s*$/u;

/**
 * Items after a paragraph that closes with a full stop (各大学……加盖机关之印信。 一、前项所指之大学……) do
 * not list its content but gloss it: their 前项 is that paragraph, not one before it. After a lead-in
 * (……下列情形之一：) the items are the paragraph's own words, and 前项 there still needs one before.
 */
function closesBeforeItems(text: string | undefined): boolean {
  return text !== undefined && CLOSED.test(text);
}

/** 前項公式, 前項計算式: what follows 前项 is a formula. */
const FORMULA_AFTER = /^(?:之|所[列定示])?(?:公式|计算式|算式)/u;
/** A formula written out: its equals sign, or the legend of its symbols (式中：). */
const FORMULA_ABOVE = /[=＝]|式中/u;

/**
 * 前項公式 in a first 項 whose own text already sets out a formula (d＝…, 式中：d 為艉軸之直徑): it names that
 * formula, which the copy sets in under the 項's first line, not a 項 before this one. The reading chosen: the
 * formula above, as a reader of the text takes it; with no formula before it in the unit, 前項公式 still needs a
 * 項 before it and is reported.
 */
function namesFormulaAbove(folded: string, unitStart: number, refStart: number, refEnd: number): boolean {
  return FORMULA_AFTER.test(folded.slice(refEnd, refEnd + 5)) && FORMULA_ABOVE.test(folded.slice(unitStart, refStart));
}

export const referenceRelative: Check = {
  id: 'reference.relative',
  title: { zh: '相对引用没有可指向的对象', en: 'Relative reference with nothing to point at' },
  defaultSeverity: 'error',
  run({ parsed, references, index }, report) {
    const tw = parsed.jurisdiction === 'tw';
    // The words the text numbers with: Taiwan calls the paragraph 项 and the item 款.
    const u = tw ? { paragraph: '项', item: '款' } : { paragraph: '款', item: '项' };
    for (const ref of references) {
      if (ref.scope !== 'internal-relative' || !ref.relative || !ref.article || !ref.relative.startsWith('前')) continue;
      const n = ref.relativeCount ?? 1;
      const unitChar = ref.relative[ref.relative.length - 1];
      const isParagraph = tw ? unitChar === '项' || unitChar === '項' : unitChar === '款';
      const isItem = tw ? unitChar === '款' : unitChar === '项' || unitChar === '項';
      let problem: Message | undefined;
      if (unitChar === '条' || unitChar === '條') {
        const at = index.order(ref.article) ?? 0;
        if (at < n) {
          problem = at === 0
            ? { zh: `“${ref.text}”位于第一条，之前没有其他条`, en: `“${ref.text}” is in the first article; there is no article before it` }
            : { zh: `“${ref.text}”之前只有${toChineseNumeral(at)}条`, en: `Only ${at} article(s) precede “${ref.text}”` };
        }
      } else if (isParagraph && ref.paragraph && !(ref.item && closesBeforeItems(ref.paragraph.text))) {
        const k = ref.paragraph.number;
        if (k <= n) {
          problem = k === 1
            ? { zh: `“${ref.relative}”位于本条第一${u.paragraph}，之前没有其他${u.paragraph}`, en: `“${ref.relative}” is in the first paragraph; there is no paragraph before it` }
            : { zh: `“${ref.relative}”位于第${toChineseNumeral(k)}${u.paragraph}，之前只有${toChineseNumeral(k - 1)}${u.paragraph}`, en: `“${ref.relative}” is in paragraph ${k}; only ${k - 1} paragraph(s) precede it` };
        }
      } else if (isItem && ref.item) {
        const k = ref.item.number;
        if (k <= n) {
          problem = { zh: `“${ref.relative}”位于第${toChineseNumeral(k)}${u.item}，之前没有足够的${u.item}`, en: `“${ref.relative}” is in item ${k}; not enough items precede it` };
        }
      }
      if (!problem) continue;
      const host = ref.item ?? ref.paragraph;
      if (isParagraph && host !== undefined && namesFormulaAbove(parsed.folded, host.textStart, ref.span.start, ref.span.start + ref.relative.length)) continue;
      // 前款 after a full stop inside a first 款 suggests several paragraphs were merged into one line.
      const merged = isParagraph && host !== undefined && parsed.folded.slice(host.textStart, ref.span.start).includes('。');
      report({
        span: { start: ref.span.start, end: ref.span.start + ref.relative.length },
        severity: merged ? 'warning' : undefined,
        message: merged ? { zh: `${problem.zh}（此段可能由多${u.paragraph}合并而成，请分段）`, en: `${problem.en} (this line may hold several merged paragraphs; split them)` } : problem,
      });
    }
  },
};
