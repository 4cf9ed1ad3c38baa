/** toc.mismatch — 目录 entries equal the body headings one to one, in order. */
import { stripSpaces } from '../text/chars';
import { foldScript } from '../text/fold';
import type { DivisionKind, StructureNode, TocEntry } from '../types';
import { labelZh } from './labels';
import type { Check } from './types';

/** Whitespace, script and Markdown folded: 第九章 附则 equals 第九章\u3000附\u3000則. */
export function normaliseTitle(title: string): string {
  return foldScript(stripSpaces(title.replace(/[*#_]/gu, '')));
}

const RANK: Record<DivisionKind, number> = { book: 0, subbook: 1, chapter: 2, section: 3 };

/** Keys such as `b2/c3/s1` from a sequence of headings, so that chapters restarting per book stay distinct. */
function keyed<T extends { kind: DivisionKind; number: number; sub: number }>(items: readonly T[]): { key: string; item: T }[] {
  const stack: { rank: number; part: string }[] = [];
  return items.map((item) => {
    const rank = item.number === 0 ? -1 : RANK[item.kind];
    if (rank < 0) {
      stack.length = 0;
      return { key: 'appendix', item };
    }
    while (stack.length > 0 && (stack[stack.length - 1] as { rank: number }).rank >= rank) stack.pop();
    stack.push({ rank, part: `${item.kind[0]}${item.kind === 'subbook' ? 'b' : ''}${item.number}${item.sub > 0 ? `-${item.sub}` : ''}` });
    return { key: stack.map((s) => s.part).join('/'), item };
  });
}

function headingSpan(node: StructureNode): { start: number; end: number } {
  return { start: node.labelStart, end: node.titleSpan?.end ?? node.labelEnd };
}

function describe(kind: DivisionKind, number: number, sub: number, title: string): string {
  return number === 0 ? title : `${labelZh(kind, number, 'prc', sub)} ${title}`;
}

export const tocMismatch: Check = {
  id: 'toc.mismatch',
  title: { zh: '目录应与正文标题一致', en: 'The table of contents matches the headings' },
  defaultSeverity: 'warning',
  run({ parsed }, report) {
    const toc = parsed.toc;
    if (!toc) return;
    for (const span of toc.articleEntries) {
      report({ span, message: { zh: '条、款、项、目不列入目录', en: 'Articles, paragraphs and items are not listed in the table of contents' } });
    }
    const body = keyed(parsed.divisions.map((d) => ({ kind: d.kind as DivisionKind, number: d.number, sub: d.sub, node: d })));
    const entries = keyed(toc.entries);
    const bodyIndex = new Map<string, { i: number; node: StructureNode }>();
    body.forEach((b, i) => {
      if (!bodyIndex.has(b.key)) bodyIndex.set(b.key, { i, node: b.item.node });
    });
    const listed = new Set<string>();
    let lastBody = -1;
    let lastEntry: TocEntry | undefined;
    for (const { key, item: e } of entries) {
      listed.add(key);
      const target = bodyIndex.get(key);
      if (!target) {
        report({
          span: e.span,
          message: { zh: `目录中的“${describe(e.kind, e.number, e.sub, e.title)}”在正文中没有对应标题`, en: `The TOC entry “${describe(e.kind, e.number, e.sub, e.title)}” has no heading in the text` },
        });
        continue;
      }
      const node = target.node;
      const related = [{ span: headingSpan(node), message: { zh: '正文标题', en: 'The heading in the text' } }];
      if (normaliseTitle(e.title) !== normaliseTitle(node.title)) {
        report({
          span: e.span,
          message: {
            zh: `目录标题“${e.title}”与正文标题“${node.title}”不一致`,
            en: `The TOC title “${e.title}” differs from the heading “${node.title}”`,
          },
          related,
          data: { bodyTitle: node.title },
        });
      }
      if (target.i < lastBody) {
        report({
          span: e.span,
          message: { zh: '目录条目的顺序与正文不一致', en: 'The TOC entries are in a different order from the headings' },
          related: lastEntry ? [...related, { span: lastEntry.span, message: { zh: '前一目录条目', en: 'The previous TOC entry' } }] : related,
        });
      }
      lastBody = Math.max(lastBody, target.i);
      lastEntry = e;
    }
    for (const { key, item } of body) {
      if (listed.has(key)) continue;
      listed.add(key);
      const node = item.node;
      report({
        span: headingSpan(node),
        message: { zh: `目录中缺少“${describe(item.kind, item.number, item.sub, node.title)}”`, en: `The table of contents lacks “${describe(item.kind, item.number, item.sub, node.title)}”` },
        related: [{ span: toc.headerSpan, message: { zh: '目录', en: 'The table of contents' } }],
      });
    }
  },
};
