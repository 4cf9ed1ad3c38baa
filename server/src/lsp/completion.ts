/** Completion of the next label at a line start, and of reference targets after 第. */
import { type CompletionItem, CompletionItemKind, type Position } from 'vscode-languageserver';
import { toChineseNumeral, type StructureNode } from '../core';
import type { CachedAnalysis } from './cache';

const PARTIAL_LABEL = /^[\s\u3000]*第[零〇一二两三四五六七八九十百千]*$/u;
const PARTIAL_REF = /第[零〇一二两三四五六七八九十百千]*$/u;

function preview(entry: CachedAnalysis, n: StructureNode): string {
  const t = entry.analysis.text.slice(n.labelEnd, n.spanEnd).replace(/\s+/gu, ' ').trim();
  return t.length > 120 ? `${t.slice(0, 120)}……` : t;
}

export function completion(entry: CachedAnalysis, pos: Position): CompletionItem[] {
  const a = entry.analysis;
  const offset = entry.lines.offsetAt(pos);
  const lineStart = entry.lines.offsetAt({ line: pos.line, character: 0 });
  const before = a.text.slice(lineStart, offset);
  const j = a.jurisdiction;
  if (before.trim() === '' || PARTIAL_LABEL.test(before)) {
    const from = lineStart + (before.length - before.trimStart().length);
    const range = entry.lines.range({ start: from, end: offset });
    const prev = [...a.articles].reverse().find((x) => x.labelStart < lineStart);
    const sep = prev ? a.text.slice(prev.labelEnd, prev.textStart) || ' ' : ' ';
    const items: CompletionItem[] = [];
    const next = prev ? prev.number + 1 : 1;
    items.push({ label: `第${toChineseNumeral(next, j)}条`, kind: CompletionItemKind.Keyword, detail: '下一条 / next article', textEdit: { range, newText: `第${toChineseNumeral(next, j)}条${sep}` }, sortText: '0' });
    const prevChapter = [...a.divisions].reverse().find((d) => d.kind === 'chapter' && d.number > 0 && d.labelStart < lineStart);
    const chapterNo = prevChapter ? prevChapter.number + 1 : 1;
    items.push({ label: `第${toChineseNumeral(chapterNo, j)}章`, kind: CompletionItemKind.Module, detail: '下一章 / next chapter', textEdit: { range, newText: `第${toChineseNumeral(chapterNo, j)}章 ` }, sortText: '1' });
    if (prevChapter) {
      const sections = prevChapter.children.filter((c) => c.kind === 'section' && c.labelStart < lineStart);
      const s = (sections[sections.length - 1]?.number ?? 0) + 1;
      items.push({ label: `第${toChineseNumeral(s, j)}节`, kind: CompletionItemKind.Class, detail: '本章下一节 / next section', textEdit: { range, newText: `第${toChineseNumeral(s, j)}节 ` }, sortText: '2' });
    }
    return items;
  }
  const m = PARTIAL_REF.exec(before);
  if (!m) return [];
  const range = entry.lines.range({ start: offset - m[0].length, end: offset });
  return a.articles.slice(0, 3000).map((n, i) => {
    const label = `第${toChineseNumeral(n.number, j)}条${n.sub ? `之${toChineseNumeral(n.sub, j)}` : ''}`;
    return { label, kind: CompletionItemKind.Reference, detail: n.title || undefined, documentation: preview(entry, n), textEdit: { range, newText: label }, sortText: String(i).padStart(5, '0') };
  });
}
