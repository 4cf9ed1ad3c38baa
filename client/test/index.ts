// Loaded by VS Code's extension host (extensionTestsPath), by code-server (scripts/run-vscode-e2e.mjs) and
// by @vscode/test-electron (scripts/run-electron-e2e.mjs) alike. Must export run(): Promise<void>.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60000, color: false, reporter: 'spec' });
  for (const f of fs.readdirSync(__dirname).sort()) if (f.endsWith('.e2e.test.js')) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const s = runner.stats;
      console.log(`${s?.passes ?? 0} passed, ${s?.failures ?? 0} failed${s?.pending ? `, ${s.pending} skipped` : ''}`);
      if (failures) reject(new Error(`${failures} tests failed.`));
      else resolve();
    });
  });
}
