/**
 * The units a comparison reads from one version: each article as lines (its 款 and their 项 and 目, as
 * written), and each division heading. Read from the analysis's flat lists, never by re-parsing.
 */
import type { Analysis } from '../analysis';
import type { NodeKind, StructureNode } from '../types';

/** One line of an article: a 款, or a 项 or 目 with its marker, and where it sits (1-based). */
export interface ArticleLine {
  kind: 'paragraph' | 'item' | 'subitem';
  paragraph: number;
  item: number;
  text: string;
}

export interface VersionArticle {
  /** Position among the version's articles. */
  index: number;
  /** The label as written (第十二条, 第十二条之一, 第 6-1 條). */
  label: string;
  number: number;
  sub: number;
  /** Offset of the label in the version's text (orders headings among articles). */
  start: number;
  lines: ArticleLine[];
  /** The lines joined with line breaks: what the table shows and the word diff reads. */
  body: string;
  /** The body without white space: equal keys are the same article text whatever its number. */
  key: string;
}

export interface VersionHeading {
  kind: NodeKind;
  /** 第二章, or '' for an unnumbered 附则. */
  label: string;
  number: number;
  title: string;
  start: number;
  /** Kind and title without white space: what headings are matched on. */
  key: string;
}

const SPACE = /[\s\u3000]+/g;

export function versionArticles(a: Analysis): VersionArticle[] {
  return a.articles.map((article, index) => {
    const lines: ArticleLine[] = [];
    let paragraph = 0;
    for (const p of article.children) {
      if (p.kind !== 'paragraph') continue;
      paragraph++;
      lines.push({ kind: 'paragraph', paragraph, item: 0, text: p.text });
      addItems(p, paragraph, lines);
    }
    const body = lines.map((l) => l.text).join('\n');
    return { index, label: article.label, number: article.number, sub: article.sub, start: article.spanStart, lines, body, key: body.replace(SPACE, '') };
  });
}

function addItems(p: StructureNode, paragraph: number, lines: ArticleLine[]): void {
  for (const item of p.children) {
    if (item.kind !== 'item') continue;
    lines.push({ kind: 'item', paragraph, item: item.number, text: item.label + item.text });
    for (const s of item.children) if (s.kind === 'subitem') lines.push({ kind: 'subitem', paragraph, item: item.number, text: s.label + s.text });
  }
}

export function versionHeadings(a: Analysis): VersionHeading[] {
  return a.divisions.map((d) => ({
    kind: d.kind,
    label: d.label,
    number: d.number,
    title: d.title,
    start: d.spanStart,
    key: `${d.kind}:${d.title.replace(SPACE, '')}`,
  }));
}
