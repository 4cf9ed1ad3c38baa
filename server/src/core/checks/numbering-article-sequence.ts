/** numbering.article-sequence — articles run 1..N through the whole text (之N insertions follow their article and run 之一, 之二 …). */
import { labelZh } from './labels';
import { checkSequence } from './sequence';
import type { Check } from './types';
import { labelSpanOf, numeralSpanOf } from '../parse/nodes';
import { foldScript } from '../text/fold';
import { CN_NUMERAL_CHARS } from '../text/numerals';

/**
 * A title that names one book of a code — `<code>第N编<name>` (民法第二編債, 民法第四编亲属): the Legislative Yuan keeps the
 * Taiwan Civil Code as one text per book, and a book numbers its articles on from the book before (債編 opens at
 * 第一百五十三條). Only the title says so: a code's own 第一编 heading in the body names no book of another text.
 * PRC copies split by book (民法典 合同编) keep the code's title and put the book in a heading of its own, so this
 * reads no PRC text today; written for both all the same, the title read folded.
 */
const BOOK_OF_CODE_TITLE = new RegExp(`^[\u4e00-\u9fff]{1,20}?(?:法典|法|条例)[ \u3000]*第[${CN_NUMERAL_CHARS}0-9]+编[ \u3000]*[\u4e00-\u9fff]{1,10}$`, 'u');

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
    const title = foldScript(parsed.title?.text ?? '');
    const continuesSeries = (parsed.kind === 'amendment' && /修正案/u.test(title)) || BOOK_OF_CODE_TITLE.test(title);
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
