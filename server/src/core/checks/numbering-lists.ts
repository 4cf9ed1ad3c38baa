/** numbering.item-sequence and numbering.subitem-sequence: （一）… per 款, 1. … per 项. */
import { checkSequence } from './sequence';
import type { Check } from './types';

export const itemSequence: Check = {
  id: 'numbering.item-sequence',
  title: { zh: '项的序号在每款内连续', en: 'Items are numbered in sequence within each paragraph' },
  defaultSeverity: 'error',
  fix: { kind: 'renumber' },
  run({ parsed, scopes }, report) {
    for (const list of scopes.items) checkSequence(list, { jurisdiction: parsed.jurisdiction, report, lostFirstSeverity: 'warning' });
  },
};

export const subitemSequence: Check = {
  id: 'numbering.subitem-sequence',
  title: { zh: '目的序号在每项内连续', en: 'Sub-items are numbered in sequence within each item' },
  defaultSeverity: 'error',
  fix: { kind: 'renumber' },
  run({ parsed, scopes }, report) {
    for (const list of scopes.subitems) checkSequence(list, { jurisdiction: parsed.jurisdiction, report, lostFirstSeverity: 'warning' });
  },
};
