/** reference.deleted-target: the note renumbering leaves after a reference to a deleted article, and its quick fixes. */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse, applyEdits, renumber, type Finding } from '../src/core';
import { FIXTURES } from './golden';

const MARKED = readFileSync(join(FIXTURES, 'checks', 'reference.deleted-target', 'marked-after-renumbering.txt'), 'utf8');

function fixes(text: string, line: number): { title: string; text: string }[] {
  const a = analyse(text);
  const f = a.findings.find((x) => x.code === 'reference.deleted-target' && text.slice(0, x.span.start).split('\n').length === line) as Finding;
  return (f.suggestions ?? []).map((s) => ({ title: s.title.zh, text: applyEdits(text, s.edits ?? []).split('\n')[line - 1] as string }));
}

describe('reference.deleted-target quick fixes', () => {
  it('offers the article in the deleted one’s place, the one before it, and removal keeping the list', () => {
    assert.deepEqual(fixes(MARKED, 5), [
      { title: '改为引用第三条', text: '第四条 违反本条例第三条、第三条规定的，依照第五条处理。' },
      { title: '改为引用第二条', text: '第四条 违反本条例第二条、第三条规定的，依照第五条处理。' },
      { title: '删除该引用', text: '第四条 违反本条例第三条规定的，依照第五条处理。' },
    ]);
  });

  it('after the last article was deleted, offers the last article and removal of the whole reference', () => {
    assert.deepEqual(fixes(MARKED, 7), [
      { title: '改为引用第六条', text: '第六条 违反本条例第六条规定的，依照前条处理。' },
      { title: '删除该引用', text: '第六条 违反规定的，依照前条处理。' },
    ]);
  });

  it('a fixed text has no finding left, and renumbering never marks a reference twice', () => {
    const fixed = fixes(MARKED, 5)[1]?.text as string;
    const text = MARKED.split('\n').map((l, i) => (i === 4 ? fixed : l)).join('\n');
    assert.equal(analyse(text).findings.filter((f) => f.code === 'reference.deleted-target').length, 1); // line 7 still
    const again = renumber(analyse(MARKED));
    assert.deepEqual(again.edits, []);
    assert.deepEqual(again.findings, []);
  });

  it('the Traditional note is read the same', () => {
    const trad = MARKED.replace(/〔原条文已删除〕/gu, '〔原條文已刪除〕');
    assert.equal(analyse(trad).findings.filter((f) => f.code === 'reference.deleted-target').length, 2);
  });
});
