/** term.undefined: a word used often enough to need a definition that the text never defines. */
import { documentTitle, numeralSpanOf } from '../parse/nodes';
import type { ParseResult } from '../parse/parse';
import type { TermCandidate } from '../terms';
import { toChineseNumeral } from '../text/numerals';
import type { StructureNode, Suggestion } from '../types';
import type { Check } from './types';

export const termUndefined: Check = {
  id: 'term.undefined',
  title: { zh: '术语未定义', en: 'Term not defined' },
  defaultSeverity: 'information',
  run({ parsed, terms: t }, report) {
    if (t.undefinedTerms.length === 0) return;
    // Read once, not per candidate: a pasted glossary makes both the candidates and the definitions list
    // long (and a text with no 本条例 sends genreOf through all of it), so per candidate was quadratic.
    const genre = genreOf(parsed);
    const skeleton = definitionSkeleton(parsed, t.definitionsArticle, genre);
    for (const c of t.undefinedTerms) {
      const first = c.uses[0];
      if (!first) continue;
      const title = c.sources.includes('title');
      report({
        span: first,
        message: title
          ? { zh: `名称中的核心概念“${c.term}”未作定义（文中出现${c.uses.length}次）`, en: `The core concept of the title, “${c.term}”, is not defined (${c.uses.length} uses)` }
          : { zh: `术语“${c.term}”在文中出现${c.uses.length}次，未在用语含义条款或“本${genre}所称……”中定义`, en: `“${c.term}” is used ${c.uses.length} times but not defined` },
        data: { term: c.term, count: c.uses.length, score: c.score },
        suggestions: [...skeleton(c), {
          title: { zh: `不再提示“${c.term}”（写入 .lexdraft.json）`, en: `Do not report “${c.term}” (in .lexdraft.json)` },
          config: { path: 'terms.ignore', value: c.term },
        }],
      });
    }
  },
};

/**
 * For a candidate: insert `X，是指……。` into the definitions article, or create one before the last (施行)
 * article. What does not depend on the candidate is read once.
 */
function definitionSkeleton(parsed: ParseResult, list: StructureNode | undefined, genre: string): (c: TermCandidate) => Suggestion[] {
  const title = (c: TermCandidate): Suggestion['title'] => ({ zh: `在用语含义条款中添加“${c.term}”的定义`, en: `Add a definition of “${c.term}” to the definitions article` });
  if (list) {
    let items = 0;
    for (const p of list.children) for (const n of p.children) if (n.kind === 'item') items++;
    const marker = items > 0 ? `（${toChineseNumeral(items + 1)}）` : '';
    return (c) => [{ title: title(c), edits: [{ span: { start: list.spanEnd, end: list.spanEnd }, newText: `\n${marker}${c.term}，是指……。` }] }];
  }
  const last = parsed.articles[parsed.articles.length - 1];
  if (!last || last.sub !== 0 || parsed.jurisdiction !== 'prc') return () => [];
  const sep = parsed.source.slice(last.labelEnd, last.labelEnd + 1) === '\u3000' ? '\u3000' : ' ';
  return (c) => [{
    title: { zh: `在${last.label}前新增用语含义条款并定义“${c.term}”`, en: `Add a definitions article before ${last.label} defining “${c.term}”` },
    edits: [
      { span: { start: last.spanStart, end: last.spanStart }, newText: `${last.label}${sep}本${genre}下列用语的含义：\n${c.term}，是指……。\n` },
      { span: numeralSpanOf(last), newText: toChineseNumeral(last.number + 1) },
    ],
  }];
}

/** 条例, 法, 规定 …: how the text names itself (本条例所称). */
function genreOf(parsed: ParseResult): string {
  const title = documentTitle(parsed).replace(/[（(][^）)]*[）)]\s*$/u, '').trim();
  return /(条例|规定|办法|细则|法)$/u.exec(title)?.[1] ?? /本(条例|规定|办法|细则|法)/u.exec(parsed.folded)?.[1] ?? '条例';
}
