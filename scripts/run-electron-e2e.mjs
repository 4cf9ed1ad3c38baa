#!/usr/bin/env node
// The same end-to-end suite in a desktop VS Code, for contributors who have one (CI uses code-server:
// scripts/run-vscode-e2e.mjs). Uses VSCODE_EXECUTABLE when set, else lets @vscode/test-electron download
// VS Code (which needs internet access). Run `npm run build` first.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const ws = mkdtempSync(path.join(tmpdir(), 'lexdraft-e2e-'));
writeFileSync(path.join(ws, 'jinan.law.txt'), readFileSync(path.join(root, 'test-fixtures/jinan-digital-economy-draft.txt')));
try {
  await runTests({
    vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'out/e2e/index.js'),
    launchArgs: [ws, '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (err) {
  console.error(err);
  process.exit(1);
}
