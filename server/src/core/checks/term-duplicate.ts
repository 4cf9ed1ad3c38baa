/** term.duplicate: a term defined a second time. */
import type { DefinedTerm } from '../terms';
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
      // 前款所称船舶，包括船舶属具 / 本章下列用语的含义: a part's own reading, or an extension (X包括……), of a
      // term defined for the whole is no second definition.
      if (first.part || d.part || EXTENDS.test(parsed.folded.slice(d.span.end, d.span.end + 4))) continue;
      const same = norm(first.definiens) === norm(d.definiens);
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

const EXTENDS = /^[”"]?[，,]?包括/u;

const norm = (s: string): string => s.replace(/[\s，。；、“”]/gu, '');
