/** numbering.article-sequence — articles run 1..N through the whole text (之N insertions follow their article and run 之一, 之二 …). */
import { labelZh } from './labels';
import { checkSequence } from './sequence';
import type { Check } from './types';
import { labelSpanOf, numeralSpanOf } from '../parse/nodes';
import { isBookOfCode } from '../parse/code-book';

export const articleSequence: Check = {
  id: 'numbering.article-sequence',
  title: { zh: '条的序号应全文连续', en: 'Articles are numbered continuously' },
  defaultSeverity: 'error',
  fix: { kind: 'renumber' },
  run({ parsed }, report) {
    const j = parsed.jurisdiction;
    const main = parsed.articles.filter((a) => a.sub === 0);
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
