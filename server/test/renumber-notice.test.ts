import * as assert from 'node:assert/strict';
import { renumberNotice } from '../../client/src/renumber-notice';

describe('renumber command notice (client)', () => {
  it('discarding the refactor preview is no failure: not applied, no reason, nothing to report', () => {
    // VS Code answers a discarded preview with applied: false and no reason; "Could not renumber: " with
    // an empty reason told the drafter something had gone wrong.
    assert.deepEqual(renumberNotice({ applied: false, mapping: '', changed: 0 }), { kind: 'discarded' });
  });

  it('a refusal keeps its reason; a renumbering shows the summary, or the count when no 条 or division moved', () => {
    assert.deepEqual(renumberNotice({ applied: false, reason: 'stale', mapping: '', changed: 0 }), { kind: 'failed', reason: 'stale' });
    assert.deepEqual(renumberNotice({ applied: true, mapping: '', changed: 0 }), { kind: 'unchanged' });
    const summary = '第二十一条至第六十五条依次改为第二十条至第六十四条。';
    assert.deepEqual(renumberNotice({ applied: true, mapping: '第二十一条→第二十条；…', summary, changed: 45 }), { kind: 'renumbered', summary, changed: 45 });
    assert.deepEqual(renumberNotice({ applied: true, mapping: '', summary: '', changed: 2 }), { kind: 'renumbered', summary: '', changed: 2 });
  });
});
