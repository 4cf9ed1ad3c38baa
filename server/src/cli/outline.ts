/** The structure tree as JSON or an indented text outline (`lexdraft outline`). */
import type { Analysis, StructureNode } from '../core';

export interface OutlineNode {
  kind: StructureNode['kind'];
  label: string;
  number: number;
  title: string;
  /** 1-based line of the label. */
  line: number;
  children: OutlineNode[];
}

export function toOutline(nodes: readonly StructureNode[]): OutlineNode[] {
  return nodes.map((n) => ({
    kind: n.kind,
    label: n.label,
    number: n.number,
    title: n.title,
    line: n.line + 1,
    children: toOutline(n.children),
  }));
}

export function outlineJson(a: Analysis): string {
  return JSON.stringify(
    {
      title: a.title?.text ?? '',
      jurisdiction: a.jurisdiction,
      script: a.script,
      articles: a.articles.length,
      children: toOutline(a.children),
    },
    null,
    2,
  );
}

export function outlineText(a: Analysis): string {
  const lines: string[] = [];
  if (a.title) lines.push(a.title.text);
  const visit = (nodes: readonly StructureNode[], depth: number): void => {
    for (const n of nodes) {
      if (n.kind === 'paragraph' || n.kind === 'item' || n.kind === 'subitem') continue;
      lines.push(`${'  '.repeat(depth)}${n.label}${n.title ? ` ${n.title}` : ''}  (${n.line + 1})`);
      visit(n.children, depth + 1);
    }
  };
  visit(a.children, 0);
  return lines.join('\n');
}
