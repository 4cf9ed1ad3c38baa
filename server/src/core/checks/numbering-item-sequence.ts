/** numbering.item-sequence: （一）… numbered in sequence per 款. */
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
