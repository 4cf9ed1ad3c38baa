/**
 * Defined terms (drafting-rules §5.2): the definitions article (本条例下列用语的含义：) with its item or line
 * definitions, inline 本条例所称X，是指……, and abbreviations （以下简称X） / （以下统称X）. Read from the
 * script-folded text, so Traditional drafts give the same table.
 */
import { perParse } from '../parse/memo';
import { spanOf, textSpanOf, walk } from '../parse/nodes';
import type { ParseResult } from '../parse/parse';
import { sentenceAround } from '../text/lines';
import type { Span, StructureNode } from '../types';

export type DefinitionForm = 'list' | 'inline' | 'abbreviation';

export interface DefinedTerm {
  /** The term, quotes removed (数字基础设施, 领跑者标准). */
  term: string;
  form: DefinitionForm;
  /** Where the term is written in its definition. */
  span: Span;
  /** The whole defining sentence or item (uses inside it do not count). */
  sentence: Span;
  /** What follows 是指 / 包括 (for hover and for comparing two definitions). */
  definiens: string;
  article: StructureNode;
}

export const LEAD_IN = /本(?:条例|规定|办法|法|细则|决定|实施办法)(?:中)?(?:下列|以下)(?:用语|术语)的?含义(?:是)?[:：]/u;
// Straight quotes as pasted ("…") are read like curly ones; punctuation.straight-quotes reports them.
const LINE_DEF = /^[“"]?([^，。；“”"：:（]{1,30}?)[”"]?([^，。；“”"：:（]{0,8}?)[，,]?(?:是指|指|包括)/u;
const INLINE_DEF = /本(?:条例|规定|办法|法|细则|决定)(?:中)?所称(?:的)?[“"]?([^，。；“”"]{1,30}?)[”"]?[，,]?(?:是指|指|包括)/gu;
const ABBREVIATION = /（以下(?:简称|统称)(?:为)?[“"]?([^）”"]{1,30})[”"]?）/gu;

/** The article whose text opens with 本条例下列用语的含义：, if any (the last such article). */
export function definitionsArticle(parsed: ParseResult): StructureNode | undefined {
  return definitionsArticleOnce(parsed) ?? undefined;
}

/** Once per parse (the term table and the definitions both ask); null when there is none, which perParse keeps. */
const definitionsArticleOnce = perParse((parsed: ParseResult) => findDefinitionsArticle(parsed) ?? null, {});

/** The opening LEAD_IN is looked for in: the first characters of an article's text. */
const LEAD_IN_WINDOW = 60;

function findDefinitionsArticle(parsed: ParseResult): StructureNode | undefined {
  // LEAD_IN contains 含义, so only articles whose opening holds one can match: the occurrences of 含义 (few)
  // lead to them, instead of a slice and a pattern for each of the 1,260 articles of a code.
  const f = parsed.folded;
  const articles = parsed.articles;
  let best: StructureNode | undefined;
  let k = 0;
  for (let at = f.indexOf('含义'); at >= 0; at = f.indexOf('含义', at + 1)) {
    while (k < articles.length && (articles[k] as StructureNode).spanEnd <= at) k++;
    const a = articles[k];
    if (!a) break;
    const end = Math.min(a.spanEnd, a.textStart + LEAD_IN_WINDOW);
    if (at >= a.textStart && at + 2 <= end && LEAD_IN.test(f.slice(a.textStart, end))) best = a;
  }
  return best;
}

/** Both inline definitions and abbreviations contain one of these; other articles are not read closely. */
const INLINE_OR_ABBREVIATION = /所称|（以下/gu;

/** The articles whose span holds a match of `re` (global), in order: one pass over the whole text. */
function articlesWith(parsed: ParseResult, re: RegExp): StructureNode[] {
  const out: StructureNode[] = [];
  const articles = parsed.articles;
  let k = 0;
  for (const m of parsed.folded.matchAll(re)) {
    const at = m.index ?? 0;
    while (k < articles.length && (articles[k] as StructureNode).spanEnd <= at) k++;
    const a = articles[k];
    if (!a) break;
    if (a.spanStart <= at && out[out.length - 1] !== a) out.push(a);
  }
  return out;
}

export function extractDefinitions(parsed: ParseResult): DefinedTerm[] {
  const f = parsed.folded;
  const out: DefinedTerm[] = [];
  const list = definitionsArticle(parsed);
  if (list) {
    for (const node of walk(list.children)) {
      if (node.kind !== 'paragraph' && node.kind !== 'item' && node.kind !== 'subitem') continue;
      if (node.kind === 'paragraph' && node.children.length > 0 && LEAD_IN.test(f.slice(node.textStart, node.textEnd))) continue;
      const text = f.slice(node.textStart, node.textEnd);
      const m = LINE_DEF.exec(text);
      if (!m || LEAD_IN.test(text)) continue;
      const term = `${m[1] ?? ''}${m[2] ?? ''}`.replace(/[“”"]/gu, '');
      const at = node.textStart + (/^[“"]/u.test(text) ? 1 : 0);
      out.push({ term, form: 'list', span: { start: at, end: at + term.length }, sentence: textSpanOf(node), definiens: text.slice(m[0].length), article: list });
    }
  }
  for (const article of articlesWith(parsed, INLINE_OR_ABBREVIATION)) {
    const text = f.slice(article.spanStart, article.spanEnd);
    for (const m of text.matchAll(INLINE_DEF)) {
      const term = (m[1] ?? '').replace(/（[^）]*）$/u, '');
      const start = article.spanStart + (m.index ?? 0) + m[0].indexOf(term);
      const sentence = sentenceAround(f, start, spanOf(article));
      out.push({ term, form: 'inline', span: { start, end: start + term.length }, sentence, definiens: f.slice(start + m[0].length - m[0].indexOf(term), sentence.end), article });
    }
    for (const m of text.matchAll(ABBREVIATION)) {
      const term = m[1] ?? '';
      const start = article.spanStart + (m.index ?? 0) + m[0].indexOf(term);
      const open = article.spanStart + (m.index ?? 0);
      const sentence = { start: sentenceAround(f, open, spanOf(article)).start, end: open + m[0].length };
      out.push({ term, form: 'abbreviation', span: { start, end: start + term.length }, sentence, definiens: f.slice(sentence.start, open), article });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
