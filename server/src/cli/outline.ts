/** The structure tree as JSON or an indented text outline (`lexdraft outline`). */
import type { Analysis, StructureNode } from '../core';

export interface OutlineNode {
  kind: StructureNode['kind'];
  label: string;
  number: number;
  title: string;
  /** 1-based line of the label (in a Word document, its paragraph). */
  line: number;
  children: OutlineNode[];
}

/** The 1-based line reported for a 0-based line of the text: itself, or a Word document's paragraph. */
type LineOf = (line: number) => number;

const nextLine: LineOf = (line) => line + 1;

export function toOutline(nodes: readonly StructureNode[], lineOf: LineOf = nextLine): OutlineNode[] {
  return nodes.map((n) => ({
    kind: n.kind,
    label: n.label,
    number: n.number,
    title: n.title,
    line: lineOf(n.line),
    children: toOutline(n.children, lineOf),
  }));
}

export function outlineJson(a: Analysis, lineOf: LineOf = nextLine): string {
  return JSON.stringify(
    {
      title: a.title?.text ?? '',
      jurisdiction: a.jurisdiction,
      script: a.script,
      articles: a.articles.length,
      children: toOutline(a.children, lineOf),
    },
    null,
    2,
  );
}

export function outlineText(a: Analysis, lineOf: LineOf = nextLine): string {
  const lines: string[] = [];
  if (a.title) lines.push(a.title.text);
  const visit = (nodes: readonly StructureNode[], depth: number): void => {
    for (const n of nodes) {
      if (n.kind === 'paragraph' || n.kind === 'item' || n.kind === 'subitem') continue;
      lines.push(`${'  '.repeat(depth)}${n.label}${n.title ? ` ${n.title}` : ''}  (${lineOf(n.line)})`);
      visit(n.children, depth + 1);
    }
  };
  visit(a.children, 0);
  return lines.join('\n');
}
