/** The extension manifest as a Chinese drafter meets it, whatever VS Code's display language. */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const read = (file: string): Record<string, unknown> => JSON.parse(readFileSync(join(process.cwd(), file), 'utf8')) as Record<string, unknown>;

describe('extension manifest', () => {
  const manifest = read('package.json') as { capabilities?: { untrustedWorkspaces?: { supported?: unknown } }; contributes: { commands: { command: string; title: string }[] } };

  // Without it VS Code disables the extension in a folder not yet trusted (Restricted Mode, the default
  // for a newly opened folder) and the draft opens as plain text. Nothing in a workspace is executed: the
  // settings and .lexdraft.json are data, and .lexdraft.json is written only by a quick fix the user picks.
  it('works in Restricted Mode (untrusted workspaces supported)', () => {
    assert.equal(manifest.capabilities?.untrustedWorkspaces?.supported, true);
  });

  // Under an English display language the palette matches only package.nls.json's text: a title that is
  // English there is not found by typing >重新编号.
  for (const nls of ['package.nls.json', 'package.nls.zh-cn.json']) {
    it(`every command is titled Chinese first in ${nls}`, () => {
      const strings = read(nls);
      for (const c of manifest.contributes.commands) {
        const title = /^%(.+)%$/u.exec(c.title) ? strings[c.title.slice(1, -1)] : c.title;
        assert.equal(typeof title, 'string', `${c.command}: ${c.title} in ${nls}`);
        assert.match(title as string, /^\p{Script=Han}/u, `${c.command} in ${nls}: ${String(title)}`);
      }
    });
  }
});
