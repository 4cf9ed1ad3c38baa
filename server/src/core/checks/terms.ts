/**
 * term.undefined, term.unused, term.duplicate and term.used-before-definition (an abbreviation used
 * before its （以下简称） introduction, or a term defined inline in a chapter and used in an earlier one).
 */
import { foldedTitle, numeralSpanOf } from '../parse/nodes';
import type { ParseResult } from '../parse/parse';
import type { DefinedTerm, TermCandidate } from '../terms';
import { toChineseNumeral } from '../text/numerals';
import { lastStartingAtOrBefore } from '../text/offsets';
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
  const title = parsed.title ? parsed.folded.slice(parsed.title.span.start, parsed.title.span.end).replace(/[（(][^）)]*[）)]\s*$/u, '').trim() : '';
  return /(条例|规定|办法|细则|法)$/u.exec(title)?.[1] ?? /本(条例|规定|办法|细则|法)/u.exec(parsed.folded)?.[1] ?? '条例';
}

export const termUnused: Check = {
  id: 'term.unused',
  title: { zh: '定义的术语未使用', en: 'Defined term never used' },
  defaultSeverity: 'information',
  run({ parsed, terms: t }, report) {
    const implementing = IMPLEMENTS.test(titleOf(parsed));
    for (const d of t.defined) {
      // A cited act's term (著作权法所称作品) is that act's to use; 前款所称X explains words already written.
      if (d.cited || d.refersBack) continue;
      // An implementing text (实施条例, 实施细则, Taiwan 施行细则) defines the words of the act it implements
      // (企业所得税法实施条例 defines 成本加成法 for 企业所得税法第四十一条): their uses are in that act. Its own
      // abbreviations are its own to use.
      if (implementing && d.form !== 'abbreviation') continue;
      if (t.isUsed(d)) continue;
      report({
        span: d.span,
        message: d.form === 'abbreviation'
          ? { zh: `引入了简称“${d.term}”，但正文中未使用`, en: `The short form “${d.term}” is introduced but never used` }
          : { zh: `定义了术语“${d.term}”，但正文中未使用`, en: `“${d.term}” is defined but never used elsewhere` },
        data: { term: d.term },
      });
    }
  },
};

/** A title that says the text implements another act. */
const IMPLEMENTS = /实施(?:条例|细则|办法)|施行(?:细则|法)|实施《/u;

function titleOf(parsed: ParseResult): string {
  return parsed.title ? parsed.folded.slice(parsed.title.span.start, parsed.title.span.end) : '';
}

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

/** 本法所称以上、以下，包括本数: a convention on counting, not a term whose uses wait for it. */
const COUNTING = /^(?:以上|以下|以内|以外|不满|超过|不足|届满)$/u;

const norm = (s: string): string => s.replace(/[\s，。；、“”]/gu, '');

export const termUsedBeforeDefinition: Check = {
  id: 'term.used-before-definition',
  title: { zh: '术语先使用后定义', en: 'Term used before it is defined' },
  defaultSeverity: 'information',
  run({ parsed, terms: t }, report) {
    const f = parsed.folded;
    // The last chapter starting at or before the offset (divisions are in text order).
    const chapters = parsed.divisions.filter((d) => d.kind === 'chapter');
    const chapterOf = (offset: number): StructureNode | undefined => lastStartingAtOrBefore(chapters, offset);
    // 总则 and 附则 are where terms used across chapters belong: a chapter of that name,
    // or a book (刑法 第一编 总则 defines 首要分子 in its 第五章 其他规定).
    const placed = parsed.divisions.filter((d) => (d.kind === 'chapter' || d.kind === 'book') && /^(?:总则|附则)$/u.test(foldedTitle(f, d)));
    const inPlace = (at: number): boolean => placed.some((d) => d.spanStart <= at && at < d.spanEnd);
    const reported = new Set<string>();
    for (const d of t.defined) {
      const where = chapterOf(d.span.start);
      // Abbreviations: any earlier use. Inline definitions outside 总则/附则: uses in earlier chapters.
      if (d.form === 'list' || reported.has(d.term) || COUNTING.test(d.term)) continue;
      // 本章所称船舶: a chapter's own reading says nothing of the word elsewhere. 全民所有制小型工业企业（以下
      // 简称企业）: before the introduction, a short everyday word that heads the full name is that word.
      if (d.part || (d.form === 'abbreviation' && d.term.length <= 3 && d.definiens.replace(/[”"]$/u, '').endsWith(d.term))) continue;
      if (d.form === 'inline' && (!where || where.number === 0 || inPlace(d.span.start))) continue;
      const limit = d.form === 'inline' ? (where?.spanStart ?? 0) : d.sentence.start;
      const early = t.usesOf(d).filter((u) => u.start < limit);
      const first = early[0];
      if (!first) continue;
      // A term defined twice (民用机场管理条例 飞行区) is reported once, at its first definition.
      reported.add(d.term);
      report({
        span: first,
        message: d.form === 'abbreviation'
          ? { zh: `简称“${d.term}”在${d.article.label}才引入，此前已使用`, en: `The short form “${d.term}” is used before ${d.article.label} introduces it` }
          : { zh: `术语“${d.term}”在${d.article.label}定义，但此前已使用；涉及多章节的术语宜在总则或附则定义`, en: `“${d.term}” is defined in ${d.article.label} but used earlier; define terms used across chapters in 总则 or 附则` },
        related: [{ span: d.span, message: { zh: '定义处', en: 'Defined here' } }],
        data: { term: d.term, count: early.length },
      });
    }
  },
};
