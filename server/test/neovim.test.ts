/** A second, non-VS Code LSP client: Debian's neovim starts the server over stdio (docs/neovim/README.md's snippet). */
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SERVER_NODE_FLAGS } from '../src/protocol';
import { FIXTURES } from './golden';

const ROOT = process.cwd();
const SNIPPET = join(ROOT, 'docs', 'neovim', 'lexdraft.lua');

describe('Neovim as an LSP client (docs/neovim/lexdraft.lua)', function () {
  before(function () {
    if (spawnSync('nvim', ['--version']).status !== 0) {
      console.log('      skipped: nvim not installed (bash scripts/install-vscode-e2e.sh installs it; CI runs this test)');
      this.skip();
    }
  });

  /** Opens `name` with `text` in Neovim under the snippet and runs one function of check.lua; its output. */
  const nvim = (name: string, text: string, run: 'lexdraft_check' | 'lexdraft_filetype'): string => {
    const file = join(mkdtempSync(join(tmpdir(), 'lexdraft-nvim-')), name);
    writeFileSync(file, text);
    return execFileSync('nvim', ['--headless', '--noplugin', '-u', join(ROOT, 'server', 'test', 'neovim', 'check.lua'), file, '-c', `lua ${run}()`], {
      env: { ...process.env, LEXDRAFT_SERVER: resolve(ROOT, 'dist', 'server.js'), LEXDRAFT_SNIPPET: SNIPPET },
      encoding: 'utf8',
      timeout: 60000,
    });
  };

  it('receives diagnostics and document symbols for a broken copy of the sample', () => {
    const sample = readFileSync(join(FIXTURES, 'jinan-digital-economy-draft.txt'), 'utf8');
    const out = nvim('broken.law.txt', sample.split('\n').filter((l) => !l.startsWith('第二十条 ')).join('\n'), 'lexdraft_check');
    // Line 41 is the article after the deleted one; Neovim reports byte columns (第 is 3 bytes in UTF-8).
    assert.match(out, /DIAGNOSTIC 41:4 numbering\.article-sequence 缺少第二十条/u);
    assert.match(out, /SYMBOL 第一章 10/u);
    assert.equal((out.match(/^SYMBOL /gmu) ?? []).length, 9);
  });

  it('attaches to a plain .txt draft (line-initial article labels, as the VS Code client detects) and not to other text', () => {
    const draft = ['示例条例', '第一条 为了规范管理，制定本条例。', '第二条 有下列情形之一的，不予登记：', '（一）材料不全的；', '第四条 依照第一条处理。', ''].join('\n');
    assert.match(nvim('draft.txt', draft, 'lexdraft_check'), /DIAGNOSTIC 5:4 numbering\.article-sequence 缺少第三条/u);
    assert.match(nvim('notes.txt', '会议纪要\n第一次会议在第三条街召开。\n', 'lexdraft_filetype'), /^FILETYPE (?!lexdraft)/mu);
  });
});

// What the snippet says, checked without Neovim.
describe('Neovim snippet (docs/neovim/lexdraft.lua)', () => {
  it('docs/neovim/README.md shows the same snippet the test loads', () => {
    assert.ok(readFileSync(join(ROOT, 'docs', 'neovim', 'README.md'), 'utf8').includes(readFileSync(SNIPPET, 'utf8').trim()));
  });

  it('starts the server with the flags the VS Code client passes (SERVER_NODE_FLAGS)', () => {
    const cmd = /cmd = \{([^}]*)\}/u.exec(readFileSync(SNIPPET, 'utf8'))?.[1] ?? '';
    const args = [...cmd.matchAll(/'([^']*)'/gu)].map((m) => m[1]);
    assert.deepEqual(args.slice(1, 1 + SERVER_NODE_FLAGS.length), [...SERVER_NODE_FLAGS], cmd);
  });
});
