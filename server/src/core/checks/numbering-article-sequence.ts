/** numbering.article-sequence — articles run 1..N through the whole text (之N insertions follow their article and run 之一, 之二 …). */
import { labelZh } from './labels';
import { checkSequence } from './sequence';
import type { Check } from './types';
import { labelSpanOf, numeralSpanOf } from '../parse/nodes';
import { isBookOfCode } from '../parse/code-book';
import { ATTACHMENT_WORD } from '../text/attachments';
import type { StructureNode } from '../types';

export const articleSequence: Check = {
  id: 'numbering.article-sequence',
  title: { zh: '条的序号应全文连续', en: 'Articles are numbered continuously' },
  defaultSeverity: 'error',
  fix: { kind: 'renumber' },
  run({ parsed }, report) {
    const j = parsed.jurisdiction;
    const main = withoutAnnexArticles(parsed.folded, parsed.articles.filter((a) => a.sub === 0));
    // A 修正案 numbers its articles on from the earlier amendments of the same law (宪法修正案（1999年）
    // opens at 第十二条): the series it continues is not in this text, so it starts where its first article does.
    // So does one book of a code (code-book.ts): it numbers on from the book before.
    const continuesSeries = (parsed.kind === 'amendment' && /修正案/u.test(parsed.title?.text ?? '')) || isBookOfCode(parsed.title?.text);
    checkSequence(main, {
      jurisdiction: j,
      report,
      start: continuesSeries ? main[0]?.number : undefined,
      restartMessage: { zh: '条的序号应全文连续，不按章重新起算', en: 'Articles are numbered through the whole text, not restarted in each chapter' },
    });
    // 第X条之N: placed after X, ordinals 之一, 之二 … in order.
    let base: (typeof parsed.articles)[number] | undefined;
    let lastSub = 0;
    for (const a of parsed.articles) {
      if (a.sub === 0) {
        base = a;
        lastSub = 0;
        continue;
      }
      const expectedSub = lastSub + 1;
      if (!base || base.number !== a.number) {
        report({
          span: numeralSpanOf(a),
          message: {
            zh: `${labelZh('article', a.number, j, a.sub)}应紧接在${labelZh('article', a.number, j)}之后`,
            en: `Article ${a.number}-${a.sub} must follow article ${a.number}`,
          },
          related: base ? [{ span: labelSpanOf(base), message: { zh: '前一条', en: 'The preceding article' } }] : undefined,
        });
      } else if (a.sub !== expectedSub) {
        report({
          span: numeralSpanOf(a),
          message: {
            zh: `“之”序号应依次为之一、之二……：此处应为${labelZh('article', a.number, j, expectedSub)}`,
            en: `Inserted articles run -1, -2, …: expected article ${a.number}-${expectedSub}`,
          },
        });
      }
      lastSub = a.sub;
    }
  },
};

/**
 * A heading line of an annex or form the text prints (（附表）  ……申請書, 附件二：……, ……申請書 alone on its line): the
 * articles a form sets out after it (its 注意事項's 第一條……第七條) are the form's, not the text's.
 */
const ANNEX_HEADING = new RegExp(
  `^[ \\t\\u3000]*[（(]?${ATTACHMENT_WORD}[一二三四五六七八九十0-9０-９]*[）)]?(?:[ \\t\\u3000：:]|$)|^[ \\t\\u3000]*[^\\s。，；：]{2,30}(?:申请书|申请表)[ \\t\\u3000]*$`,
  'mu',
);

/**
 * The articles without those of an annex printed among or after them: an article that restarts the numbering at 1
 * after an annex's heading (the text's articles having passed 1) opens the annex's own, which run until one
 * continues the text's series (the next number, in the text's own numeral form — 第 3 條 after 第一條……第七條).
 */
function withoutAnnexArticles(folded: string, main: StructureNode[]): StructureNode[] {
  const own: StructureNode[] = [];
  let inAnnex = false;
  for (const a of main) {
    const last = own[own.length - 1];
    if (inAnnex) {
      if (last && a.number === last.number + 1 && a.numeralStyle === last.numeralStyle) inAnnex = false;
      else continue;
    } else if (last && a.number === 1 && last.number > 1 && ANNEX_HEADING.test(folded.slice(last.spanStart, a.spanStart))) {
      inAnnex = true;
      continue;
    }
    own.push(a);
  }
  return own;
}
