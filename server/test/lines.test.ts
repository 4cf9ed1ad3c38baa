/**
 * The parser reads line offsets and content bounds in place (lineOffsets, contentFrom, contentTo) instead
 * of making a Line and a bounds object per line; they must split where the line breaks are and agree with
 * contentBounds read on the line's own text, whatever the line breaks and leading marks.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { contentBounds, contentFrom, contentTo, lineOffsets, splitLines } from '../src/core/text/lines';

const piece = fc.constantFrom(
  '第一条', '甲', ' ', '\u3000', '\t', '\u00A0', '\u2003', '\uFEFF', '\n', '\r', '\r\n', '\n\n', '#', '## ', '####### ', '**', '__', '*', '_', '\uD83D', '\uDE00', '\uD800', 'a', '。',
);
const text = fc.array(piece, { maxLength: 80 }).map((p) => p.join(''));

describe('line offsets and content bounds read in place', () => {
  it('split where the line breaks are, and read bounds as contentBounds does on the line alone (property)', () => {
    fc.assert(
      fc.property(text, (t) => {
        const lines = splitLines(t);
        const { starts, ends } = lineOffsets(t);
        // An independent reading of the line breaks: the texts between them, in order.
        assert.deepEqual(starts.map((s, i) => t.slice(s, ends[i])), t.split(/\r\n|\r|\n/u));
        assert.deepEqual(lines.map((l) => l.text), t.split(/\r\n|\r|\n/u));
        for (const l of lines) {
          const from = contentFrom(t, l.start, l.end);
          assert.deepEqual({ from, to: contentTo(t, l.start, from, l.end) }, contentBounds(l.text), JSON.stringify(l.text));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('stop at the line break even when the next line starts with marks', () => {
    const t = '  \n## **第一条';
    assert.equal(contentFrom(t, 0, 2), 2);
    assert.equal(contentTo(t, 0, 2, 2), 2);
    assert.equal(contentFrom(t, 3, t.length), 5);
  });
});
