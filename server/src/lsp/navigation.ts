/** Go to definition, hover and find references on cross-references and labels. */
import { type Hover, type Location, type LocationLink, MarkupKind, type Position } from 'vscode-languageserver';
import { departmentAt, labelSpanOf, nodeAt, referenceAt, referencesTo, sentenceAround, spanOf, targetsOf, termAt, textSpanOf, type StructureNode } from '../core';
import type { Libraries } from '../laws/library';
import { markdownText } from './markdown';
import type { CachedAnalysis } from './cache';
import { citationDefinition, citationHover } from './citations';

const PREVIEW = 240;

function selection(node: StructureNode): { start: number; end: number } {
  if (node.label) return labelSpanOf(node);
  return node.textEnd > node.textStart ? textSpanOf(node) : spanOf(node);
}

/** The label or heading under the cursor (a unit whose label contains the offset). */
export function labelAt(entry: CachedAnalysis, offset: number): StructureNode | undefined {
  const path = nodeAt(entry.analysis, offset);
  return [...path].reverse().find((n) => n.label && n.labelStart <= offset && offset <= n.labelEnd);
}

export function definition(entry: CachedAnalysis, pos: Position, libraries?: () => Libraries | undefined): LocationLink[] {
  const offset = entry.lines.offsetAt(pos);
  const cited = citationDefinition(entry, offset, libraries);
  if (cited) return cited;
  const hit = referenceAt(entry.analysis, offset);
  if (!hit) return termOrDepartmentDefinition(entry, offset);
  const origin = entry.lines.range(hit.element?.span ?? hit.ref.span);
  return targetsOf(hit.ref, hit.element).map((n) => ({
    originSelectionRange: origin,
    targetUri: entry.uri,
    targetRange: entry.lines.range(spanOf(n)),
    targetSelectionRange: entry.lines.range(selection(n)),
  }));
}

function describe(entry: CachedAnalysis, n: StructureNode): string {
  const text = entry.analysis.text;
  const body = text.slice(n.kind === 'article' ? n.labelStart : n.spanStart, n.spanEnd).replace(/\s+/gu, ' ').trim();
  return body.length > PREVIEW ? `${body.slice(0, PREVIEW)}……` : body;
}

export function hover(entry: CachedAnalysis, pos: Position, lang: 'zh' | 'en', libraries?: () => Libraries | undefined): Hover | null {
  const offset = entry.lines.offsetAt(pos);
  const cited = citationHover(entry, offset, lang, libraries);
  if (cited) return cited;
  const hit = referenceAt(entry.analysis, offset);
  if (hit) {
    const range = entry.lines.range(hit.element?.span ?? hit.ref.span);
    if (hit.ref.scope === 'external') {
      const value = lang === 'zh' ? '外部引用：指向其他法律文件，不在本文件中检查。' : 'External reference: it points at another instrument and is not checked against this draft.';
      return { contents: { kind: MarkupKind.Markdown, value }, range };
    }
    const problem = (hit.element ? [hit.element] : hit.ref.elements).map((e) => e.resolved?.problem).find((p) => p);
    if (problem) return { contents: { kind: MarkupKind.Markdown, value: `⚠ ${problem[lang]}` }, range };
    const targets = targetsOf(hit.ref, hit.element);
    if (targets.length === 0) return null;
    const value = targets.map((n) => `> ${markdownText(describe(entry, n))}`).join('\n>\n');
    return { contents: { kind: MarkupKind.Markdown, value }, range };
  }
  const label = labelAt(entry, offset);
  if (!label) return termOrDepartmentHover(entry, offset, lang);
  const count = referencesTo(entry.analysis, label).length;
  const value = lang === 'zh' ? `**${markdownText(label.label)}**${label.title ? ` ${markdownText(label.title)}` : ''} · 本文件内被引用 ${count} 次` : `**${markdownText(label.label)}**${label.title ? ` ${markdownText(label.title)}` : ''} · cited ${count} time(s) in this document`;
  return { contents: { kind: MarkupKind.Markdown, value }, range: entry.lines.range(labelSpanOf(label)) };
}

/** Who cites this unit: on a label, the references to it; on a reference, the references to its target. */
export function references(entry: CachedAnalysis, pos: Position, includeDeclaration: boolean): Location[] {
  const offset = entry.lines.offsetAt(pos);
  const hit = referenceAt(entry.analysis, offset);
  const target = hit ? targetsOf(hit.ref, hit.element)[0] : labelAt(entry, offset);
  if (!target) return [];
  const out: Location[] = referencesTo(entry.analysis, target).map((r) => ({ uri: entry.uri, range: entry.lines.range(r.element?.span ?? r.ref.span) }));
  if (includeDeclaration) out.unshift({ uri: entry.uri, range: entry.lines.range(selection(target)) });
  return out;
}

/** A defined term jumps to its definition; a department to the responsibilities article that names it. */
function termOrDepartmentDefinition(entry: CachedAnalysis, offset: number): LocationLink[] {
  const link = (origin: { start: number; end: number }, target: { start: number; end: number }, whole: { start: number; end: number }): LocationLink[] => [
    { originSelectionRange: entry.lines.range(origin), targetUri: entry.uri, targetRange: entry.lines.range(whole), targetSelectionRange: entry.lines.range(target) },
  ];
  const term = termAt(entry.analysis, offset);
  if (term && term.span.start !== term.term.span.start) return link(term.span, term.term.span, term.term.sentence);
  const dep = departmentAt(entry.analysis, offset);
  if (dep?.declared && dep.declared !== dep.mention) return link({ start: dep.mention.start, end: dep.mention.end }, { start: dep.declared.start, end: dep.declared.end }, spanOf(dep.declared.article));
  return [];
}

/** Hover on a defined term: its definition. On a department: how it is named in the responsibilities article. */
function termOrDepartmentHover(entry: CachedAnalysis, offset: number, lang: 'zh' | 'en'): Hover | null {
  const text = entry.analysis.text;
  const term = termAt(entry.analysis, offset);
  if (term) {
    const d = term.term;
    const sentence = text.slice(d.sentence.start, d.sentence.end).replace(/\s+/gu, ' ').trim();
    const head = lang === 'zh' ? `**术语** “${markdownText(d.term)}” · ${d.article.label}${d.form === 'abbreviation' ? '引入的简称' : '定义'}` : `**Term** “${markdownText(d.term)}” · ${d.form === 'abbreviation' ? 'short form introduced' : 'defined'} in ${d.article.label}`;
    return { contents: { kind: MarkupKind.Markdown, value: `${head}\n\n> ${markdownText(sentence.length > PREVIEW ? `${sentence.slice(0, PREVIEW)}……` : sentence)}` }, range: entry.lines.range(term.span) };
  }
  const dep = departmentAt(entry.analysis, offset);
  if (!dep) return null;
  const { mention, declared } = dep;
  const range = entry.lines.range({ start: mention.start, end: mention.end });
  if (!declared) {
    const value = lang === 'zh' ? `**部门** “${markdownText(mention.core)}” · 职责条款未列明` : `**Department** “${markdownText(mention.core)}” · not named in the responsibilities article`;
    return { contents: { kind: MarkupKind.Markdown, value }, range };
  }
  const article = declared.article;
  const sentence = sentenceOf(text, declared.start, spanOf(article));
  const head = lang === 'zh' ? `**部门** “${markdownText(declared.core)}” · ${article.label}（职责条款）` : `**Department** “${markdownText(declared.core)}” · ${article.label} (responsibilities article)`;
  return { contents: { kind: MarkupKind.Markdown, value: `${head}\n\n> ${markdownText(sentence)}` }, range };
}

function sentenceOf(text: string, at: number, within: { start: number; end: number }): string {
  const span = sentenceAround(text, at, within);
  const s = text.slice(span.start, span.end).trim();
  return s.length > PREVIEW ? `${s.slice(0, PREVIEW)}……` : s;
}
