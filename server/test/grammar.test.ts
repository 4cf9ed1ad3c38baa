/** The TextMate grammar, tokenized by vscode-textmate + vscode-oniguruma (the engine VS Code uses). */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

const ROOT = process.cwd();
let grammar: vsctm.IGrammar;

/** Scopes of the token that covers `needle` (its first character) in `line`. */
function scopesAt(tokens: vsctm.IToken[], line: string, needle: string): string[] {
  const at = line.indexOf(needle);
  assert.ok(at >= 0, `“${needle}” not in “${line}”`);
  const t = tokens.find((x) => x.startIndex <= at && at < x.endIndex);
  return t?.scopes ?? [];
}

function tokenize(lines: string[]): vsctm.IToken[][] {
  let stack = vsctm.INITIAL;
  return lines.map((l) => {
    const r = grammar.tokenizeLine(l, stack);
    stack = r.ruleStack;
    return r.tokens;
  });
}

describe('TextMate grammar (syntaxes/lexdraft.tmLanguage.json)', () => {
  before(async () => {
    const wasm = readFileSync(join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
    const registry = new vsctm.Registry({
      onigLib: Promise.resolve({ createOnigScanner: (s: string[]) => new oniguruma.OnigScanner(s), createOnigString: (s: string) => new oniguruma.OnigString(s) }),
      loadGrammar: async () => vsctm.parseRawGrammar(readFileSync(join(ROOT, 'syntaxes', 'lexdraft.tmLanguage.json'), 'utf8'), 'lexdraft.tmLanguage.json'),
    });
    const g = await registry.loadGrammar('text.lexdraft');
    assert.ok(g);
    grammar = g;
  });

  const cases: [string, string, string][] = [
    ['第一章 总则', '第一章', 'entity.name.section.division.lexdraft'],
    ['第一章 总则', '总则', 'markup.heading.title.lexdraft'],
    ['## 第二節　數字基礎設施', '第二節', 'entity.name.section.division.lexdraft'],
    ['第 一 章 總綱', '第 一 章', 'entity.name.section.division.lexdraft'],
    ['目　　录', '目', 'markup.heading.toc.lexdraft'],
    ['第九章 附　则', '附', 'markup.heading.title.lexdraft'],
    ['第一条【立法目的】为了……', '第一条', 'entity.name.tag.article.lexdraft'],
    ['第一条【立法目的】为了……', '【立法目的】', 'entity.other.attribute-name.caption.lexdraft'],
    ['第一百三十四条之一 在生产中……', '第一百三十四条之一', 'entity.name.tag.article.lexdraft'],
    ['第 6-1 條 本法所稱……', '第 6-1 條', 'entity.name.tag.article.lexdraft'],
    ['（三）其他情形。', '（三）', 'markup.list.numbered.item.lexdraft'],
    ['一、主管機關。', '一、', 'markup.list.numbered.item.lexdraft'],
    ['1.销售收入；', '1.', 'markup.list.numbered.subitem.lexdraft'],
    ['第五条 违反本条例第十二条第二款第（三）项规定的', '第十二条第二款第（三）项', 'markup.underline.link.reference.lexdraft'],
    ['第五条 违反本条例第十二条规定的', '本条例', 'variable.language.scope.lexdraft'],
    ['第五條 違反本條例第十二條規定的', '第十二條', 'markup.underline.link.reference.lexdraft'],
    ['有前款第二项行为的', '前款', 'variable.language.reference.relative.lexdraft'],
    ['依照《中华人民共和国数据安全法》第二十一条', '中华人民共和国', 'string.quoted.other.title.lexdraft'],
    ['本条例所称数字经济，是指……', '是指', 'keyword.operator.definition.lexdraft'],
    ['有关部门应当加强监督，不得收取费用', '应当', 'keyword.control.modal.lexdraft'],
    ['有关部门應當加强监督', '應當', 'keyword.control.modal.lexdraft'],
    ['“领跑者”标准，是指', '领跑者', 'string.quoted.double.term.lexdraft'],
  ];
  for (const [line, needle, scope] of cases) {
    it(`${needle} in “${line}” is ${scope}`, () => {
      const [tokens = []] = tokenize([line]);
      assert.ok(scopesAt(tokens, line, needle).includes(scope), `${needle}: ${scopesAt(tokens, line, needle).join(' ')}`);
    });
  }

  const negatives: [string, string, string][] = [
    ['第三章规定的罚款，依照……', '第三章', 'entity.name.section.division.lexdraft'],
    ['第十八届第二十次会议', '第十八届', 'markup.underline.link.reference.lexdraft'],
    ['合同条款和本项目', '条款', 'variable.language.reference.relative.lexdraft'],
    ['本项目应当', '本项', 'variable.language.reference.relative.lexdraft'],
    ['目前条件下', '前条', 'variable.language.reference.relative.lexdraft'],
  ];
  for (const [line, needle, scope] of negatives) {
    it(`${needle} in “${line}” is not ${scope}`, () => {
      const [tokens = []] = tokenize([line]);
      assert.ok(!scopesAt(tokens, line, needle).includes(scope), scopesAt(tokens, line, needle).join(' '));
    });
  }

  it('tokenizes the whole sample draft without error', () => {
    const lines = readFileSync(join(ROOT, 'test-fixtures', 'jinan-digital-economy-draft.txt'), 'utf8').split('\n');
    const all = tokenize(lines);
    const articles = all.filter((t, i) => scopesAt(t, lines[i] as string, lines[i]?.trim()[0] ?? '').includes('entity.name.tag.article.lexdraft') && (lines[i] ?? '').startsWith('第'));
    assert.equal(articles.length, 65);
  });
});
