/** reference.self — an absolute reference to the article it stands in: write 本条 / 前款 instead. */
import type { Check } from './types';
import { labelSpanOf } from '../parse/nodes';

export const referenceSelf: Check = {
  id: 'reference.self',
  title: { zh: '以条号引用本条', en: 'An article cites itself by number' },
  defaultSeverity: 'warning',
  run({ references }, report) {
    for (const ref of references) {
      if ((ref.scope !== 'internal-doc' && ref.scope !== 'internal-bare') || !ref.article) continue;
      for (const el of ref.elements) {
        if (el.path.article === undefined || el.rangeEnd) continue;
        if (el.path.article !== ref.article.number || (el.path.articleSub ?? 0) !== ref.article.sub) continue;
        report({
          span: el.span,
          message: {
            // (Readers found an article citing its own number where the number was left stale by an amendment
            // — 第九条 in what became 第八条, meaning 第九条 — so the message names both readings.)
            zh: `${ref.article.label}引用了自身的条号：引用本条时宜写“本条”“前款”或“本条第X款”；如是修改后未更新的条号，应改为所指条文的条号`,
            en: `${ref.article.label} cites its own number: write 本条, 前款 or 本条第X款 — or, if the number was left stale by an amendment, the number of the article meant`,
          },
          related: [{ span: labelSpanOf(ref.article), message: { zh: '本条', en: 'This article' } }],
        });
      }
    }
  },
};
