/**
 * reference.missing-counter: an article's number cited without its 条 (第二十六第一項), fixed by writing the
 * counter after the numeral. The reference scan finds the slip where it reads the path after it (CounterSlip);
 * this check only reports what it handed over.
 */
import type { Check } from './types';

/** Layout a hard wrap puts inside a quoted stretch (the line break and the next line's indent). */
const LAYOUT = /[\s\u3000]+/gu;

export const referenceMissingCounter: Check = {
  id: 'reference.missing-counter',
  title: { zh: '引用条文时条号后缺少“条”字', en: 'An article cited without 条 after its number' },
  defaultSeverity: 'warning',
  // One character, where the scan read a path going on from the article: right wherever it is reported.
  fix: { kind: 'replace', applicability: 'safe' },
  run({ parsed, counterSlips }, report) {
    const counter = parsed.script === 'traditional' ? '條' : '条';
    const src = parsed.source;
    for (const { span, path } of counterSlips) {
      const written = src.slice(span.start, span.end);
      const number = written.replace(LAYOUT, '');
      const after = src.slice(path.start, path.end).replace(LAYOUT, '');
      report({
        span,
        message: {
          zh: `“${number}”后缺少“${counter}”字：“${number}${after}”应为“${number}${counter}${after}”`,
          en: `“${number}” lacks “${counter}”: “${number}${after}” should read “${number}${counter}${after}”`,
        },
        // The numeral as written (a hard wrap inside it kept), the counter after it: an insertion of one character.
        data: { fix: written + counter },
      });
    }
  },
};
