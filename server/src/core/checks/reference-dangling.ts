/** reference.dangling — an internal reference to an article, 款, 项 or division that does not exist. */
import { indexedEnablingActs, type IndexedAct } from '../citations/enabling';
import { actHolds } from '../laws/taiwan';
import { markedAt } from '../renumber/mark';
import type { Message, ReferenceElement } from '../types';
import type { Check } from './types';

export const referenceDangling: Check = {
  id: 'reference.dangling',
  title: { zh: '引用的条、款、项不存在', en: 'Reference to a unit that does not exist' },
  defaultSeverity: 'error',
  // 依第五十條 in a 施行細則 whose act has a 第五十條: 本法第五十條, one reading among others.
  fix: { kind: 'replace', applicability: 'suggestion' },
  run(ctx, report) {
    const { parsed, references, index } = ctx;
    let enabling: IndexedAct[] | undefined;
    for (const ref of references) {
      if (ref.scope === 'external') continue;
      for (const el of ref.elements) {
        const problem = el.resolved?.problem;
        // A reference marked 〔原条文已删除〕 is reference.deleted-target's, not reported twice.
        if (!problem || markedAt(parsed.folded, Math.max(el.span.end, el.rangeEnd?.span.end ?? 0))) continue;
        const plain: Message = { zh: `引用错误：${problem.zh}`, en: `Broken reference: ${problem.en}` };
        // A path to an article this text has is its own, whatever its act holds; so is one that names none.
        const article = el.path.article;
        const acts = ref.scope === 'internal-bare' && article !== undefined && !index.article(article, el.path.articleSub ?? 0) ? (enabling ??= indexedEnablingActs(ctx.parsed, ctx.options.taiwanActs)) : [];
        if (acts.length === 0) {
          report({ span: el.span, message: plain, data: { reference: el.text } });
          continue;
        }
        const holder = acts.find((act) => holds(act, el));
        if (holder) {
          // The path as written, for the fix (a hard wrap inside it is kept) and, without the break, for the message.
          const written = parsed.source.slice(el.span.start, el.span.end);
          const shown = written.replace(/\s+/gu, '');
          // Labelled right by reviewers: the act's article written bare in a regulation is a slip (本法 left out), not a reading.
          report({
            span: el.span,
            message: { zh: `${plain.zh}；所依据的${holder.name}有此规定，如指该法，应写作“${holder.cite}${shown}”`, en: `${plain.en}; ${holder.name}, the act it is made under, has this provision: if that is meant, write “${holder.cite}${shown}”` },
            data: { reference: el.text, fix: `${holder.cite}${written}` },
          });
        } else {
          const names = acts.map((a) => a.name).join('、');
          report({ span: el.span, message: { zh: `${plain.zh}；在所依据的${names}中也找不到`, en: `${plain.en}; not found in ${names}, the act it is made under, either` }, data: { reference: el.text } });
        }
      }
    }
  },
};

/** Whether the act holds the element's path (both ends of a range). */
function holds(act: IndexedAct, el: ReferenceElement): boolean {
  return actHolds(act.articles, el.path) && (!el.rangeEnd || actHolds(act.articles, el.rangeEnd.path));
}
