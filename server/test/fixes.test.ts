/**
 * Checks declare their fixes as data (Check.fix): the quick fixes, fix-all and the CLI read the
 * declaration, and name no check.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CodeActionKind, type CodeAction } from 'vscode-languageserver';
import { analyse, applyEdits, CHECKS, fixAll, fixDeclaration, type Check, type FixDeclaration } from '../src/core';
import { codeActions, FIX_ALL } from '../src/lsp/actions';
import { toDiagnostics } from '../src/lsp/diagnostics';
import { LineMap } from '../src/positions';
import { FIXTURES, fixtureAnalyseOptions, listFixtures } from './golden';

/** Runs `body` with the check `id` declaring `fix`, and puts its own declaration back. */
function declaring(id: string, fix: FixDeclaration, body: () => void): void {
  const check = CHECKS.find((c) => c.id === id) as Check;
  const own = check.fix;
  check.fix = fix;
  try {
    body();
  } finally {
    check.fix = own;
  }
}

function editorActions(text: string): { quick: CodeAction[]; all: CodeAction[] } {
  const analysis = analyse(text);
  const entry = { uri: 'file:///draft.txt', version: 1, analysis, lines: new LineMap(text, analysis.lineStarts), reduced: false };
  const diagnostics = toDiagnostics(entry, 'zh');
  const at = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return {
    quick: codeActions(entry, { textDocument: { uri: entry.uri }, range: at, context: { diagnostics, only: [CodeActionKind.QuickFix] } }, 'zh'),
    all: codeActions(entry, { textDocument: { uri: entry.uri }, range: at, context: { diagnostics: [], only: [FIX_ALL] } }, 'zh'),
  };
}

describe('fixes declared by checks', () => {
  // 苐 for 第: text.homoglyph declares a safe replacement.
  const text = '第一条 甲。\n苐二条 乙。\n';

  it('a safe replacement is a preferred quick fix and part of fix-all', () => {
    assert.deepEqual(fixAll(analyse(text)).map((e) => e.newText), ['第']);
    const { quick, all } = editorActions(text);
    assert.deepEqual(quick.map((a) => [a.title, a.isPreferred]), [['改为“第”', true]]);
    assert.equal(all.length, 1);
  });

  it('a check declaring its fix a suggestion is left out of fix-all, and its quick fix is offered but not preferred', () => {
    declaring('text.homoglyph', { kind: 'replace', applicability: 'suggestion' }, () => {
      assert.deepEqual(fixAll(analyse(text)), []);
      const { quick, all } = editorActions(text);
      assert.deepEqual(all, []);
      assert.deepEqual(quick.map((a) => [a.title, a.isPreferred]), [['改为“第”', undefined]]);
    });
  });

  it('a fix that needs confirmation is a preferred quick fix, never fix-all', () => {
    declaring('text.homoglyph', { kind: 'replace', applicability: 'confirm' }, () => {
      assert.deepEqual(fixAll(analyse(text)), []);
      const { quick, all } = editorActions(text);
      assert.deepEqual(all, []);
      assert.deepEqual(quick.map((a) => [a.title, a.isPreferred]), [['改为“第”', true]]);
    });
  });

  it('a check that declares no fix gets none, whatever its findings carry', () => {
    declaring('text.homoglyph', undefined as unknown as FixDeclaration, () => {
      assert.deepEqual(fixAll(analyse(text)), []);
      assert.deepEqual(editorActions(text).quick, []);
    });
  });

  // An article's number cited without its 条: the fix writes the counter of the text's script right after the numeral,
  // and a hard wrap inside the number (第一百二十⏎六第一項) stays where it was.
  it('reference.missing-counter writes 条 or 條 after the numeral, as a quick fix and in fix-all', () => {
    const text = '第一条 甲。\n乙。\n第二条 违反本办法第一第二款规定的，处以罚款。\n';
    assert.equal(applyEdits(text, fixAll(analyse(text))), text.replace('第一第二款', '第一条第二款'));
    assert.deepEqual(editorActions(text).quick.map((a) => [a.title, a.isPreferred]), [['改为“第一条”', true]]);
    const file = `${FIXTURES}/checks/reference.missing-counter/tw-wrapped-article-number.txt`;
    const wrapped = readFileSync(file, 'utf8');
    const fixed = applyEdits(wrapped, fixAll(analyse(wrapped, fixtureAnalyseOptions(file))));
    assert.equal(fixed, wrapped.replace('第一百二十\n六第一項', '第一百二十\n六條第一項').replace('第三十二第二項', '第三十二條第二項'));
  });

  it('every finding of the check fixtures that carries a replacement comes from a check declaring it', () => {
    const undeclared = new Set<string>();
    for (const file of listFixtures(`${FIXTURES}/checks`)) {
      for (const f of analyse(readFileSync(file, 'utf8'), fixtureAnalyseOptions(file)).findings) {
        const kind = fixDeclaration(f.code)?.kind;
        if (typeof f.data?.fix === 'string' && kind !== 'replace') undeclared.add(f.code);
      }
    }
    assert.deepEqual([...undeclared], []);
  });
});
