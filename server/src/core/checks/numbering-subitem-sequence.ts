/** numbering.subitem-sequence: 1. … numbered in sequence per 项. */
import { checkSequence } from './sequence';
import type { Check } from './types';

export const subitemSequence: Check = {
  id: 'numbering.subitem-sequence',
  title: { zh: '目的序号在每项内连续', en: 'Sub-items are numbered in sequence within each item' },
  defaultSeverity: 'error',
  fix: { kind: 'renumber' },
  run({ parsed, scopes }, report) {
    for (const list of scopes.subitems) checkSequence(list, { jurisdiction: parsed.jurisdiction, report, lostFirstSeverity: 'warning' });
  },
};
