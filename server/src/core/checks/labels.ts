/** Chinese labels for messages (第十三条, 第（二）项), always in the canonical form. */
import { toChineseNumeral, type Jurisdiction } from '../text/numerals';
import type { NodeKind } from '../types';

const UNIT: Partial<Record<NodeKind, string>> = { book: '编', subbook: '分编', chapter: '章', section: '节', article: '条' };
const UNIT_EN: Record<NodeKind, string> = {
  book: 'book', subbook: 'sub-book', chapter: 'chapter', section: 'section', article: 'article',
  paragraph: 'paragraph', item: 'item', subitem: 'sub-item',
};

export function labelZh(kind: NodeKind, n: number, j: Jurisdiction = 'prc', sub = 0): string {
  if (kind === 'item') return j === 'tw' ? `第${toChineseNumeral(n, j)}款` : `第（${toChineseNumeral(n, j)}）项`;
  if (kind === 'subitem') return `第${n}目`;
  if (kind === 'paragraph') return `第${toChineseNumeral(n, j)}款`;
  return `第${toChineseNumeral(n, j)}${UNIT[kind] ?? ''}${sub ? `之${toChineseNumeral(sub, j)}` : ''}`;
}

/** An article key of the law index (`1260`, `133-1`: articleKey) as its label, 第一千二百六十条, 第一百三十三条之一. */
export function articleKeyLabel(key: string): string {
  const [n, sub] = key.split('-');
  return labelZh('article', Number(n), 'prc', Number(sub ?? 0));
}

export function labelEn(kind: NodeKind, n: number, sub = 0): string {
  return `${UNIT_EN[kind]} ${n}${sub ? `-${sub}` : ''}`;
}

export function unitZh(kind: NodeKind): string {
  return UNIT[kind] ?? (kind === 'item' ? '项' : kind === 'subitem' ? '目' : '款');
}
