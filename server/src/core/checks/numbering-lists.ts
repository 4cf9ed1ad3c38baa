/** numbering.item-sequence and numbering.subitem-sequence: （一）… per 款, 1. … per 项 (STR-06). */
import { walk } from '../parse/nodes';
import type { StructureNode } from '../types';
import { checkSequence } from './sequence';
import type { Check } from './types';

function childrenOfKind(node: StructureNode, kind: StructureNode['kind']): StructureNode[] {
  return node.children.filter((c) => c.kind === kind);
}

export const itemSequence: Check = {
  id: 'numbering.item-sequence',
  title: { zh: '项的序号在每款内连续', en: 'Items are numbered in sequence within each paragraph' },
  defaultSeverity: 'error',
  run({ parsed }, report) {
    for (const a of parsed.articles) {
      for (const p of childrenOfKind(a, 'paragraph')) {
        checkSequence(childrenOfKind(p, 'item'), { jurisdiction: parsed.jurisdiction, report, lostFirstSeverity: 'warning' });
      }
    }
  },
};

export const subitemSequence: Check = {
  id: 'numbering.subitem-sequence',
  title: { zh: '目的序号在每项内连续', en: 'Sub-items are numbered in sequence within each item' },
  defaultSeverity: 'error',
  run({ parsed }, report) {
    for (const n of walk(parsed.articles)) {
      if (n.kind === 'item' || n.kind === 'paragraph') {
        checkSequence(childrenOfKind(n, 'subitem'), { jurisdiction: parsed.jurisdiction, report, lostFirstSeverity: 'warning' });
      }
    }
  },
};
