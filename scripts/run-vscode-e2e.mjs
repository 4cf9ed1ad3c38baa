#!/usr/bin/env node
// End-to-end tests in a real VS Code: code-server (VS Code 1.139 server + web workbench) driven by Debian's
// headless chromium through playwright-core. Install first: bash scripts/install-vscode-e2e.sh
//  1. the extension's mocha suite (out/e2e/index.js) runs in code-server's real Node extension host, with
//     the extension loaded from this checkout (as @vscode/test-electron's runTests would);
//  2. a UI check opens the sample draft in the workbench, reads the status bar and the Problems panel,
//     compares a 修改稿 with it in the comparison panel, and saves screenshots (e2e-artifacts/; UPDATE_SCREENSHOTS=1 also copies them to docs/images/);
//  3. with VSIX=path, a fresh code-server installs the packaged .vsix and the UI check runs against it.
// Prints `N passed, N failed` last; exit 0 only when everything passed.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import util from 'node:util';
import iconv from 'iconv-lite';
import { chromium } from 'playwright-core';

const env = process.env;
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const E2E_DIR = path.resolve(ROOT, env.E2E_DIR ?? '.vscode-e2e');
const CODE_SERVER = path.join(E2E_DIR, 'cs/node_modules/.bin/code-server');
const NODE24_BIN = path.join(E2E_DIR, 'node24/bin'); // made by scripts/install-vscode-e2e.sh
const TESTS = path.join(ROOT, 'out/e2e/index.js');
const TIMEOUT = Number(env.TEST_TIMEOUT_MS ?? 300_000);
const ARTIFACTS = path.resolve(ROOT, env.ARTIFACTS ?? 'e2e-artifacts');
const t0 = Date.now();
const log = (...a) => console.log(`[e2e ${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
fs.mkdirSync(ARTIFACTS, { recursive: true });

for (const [what, p] of [['code-server', CODE_SERVER], ['Node 24', path.join(NODE24_BIN, 'node')], ['the e2e bundle (npm run build)', TESTS]]) {
  if (!fs.existsSync(p)) {
    console.error(`[e2e] ${what} not found at ${p}: run bash scripts/install-vscode-e2e.sh and npm run build`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

// A fresh workspace: the sample draft, a broken copy for the Problems panel, a 修改稿 of the sample to compare, the sample as
// a Word document with automatic numbering, a draft saved in GBK (which VS Code opens as UTF-8). No settings: the messages must be Chinese by default under the English display
// language, as a drafter first meets them.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lexdraft-e2e-'));
const WS = path.join(tmp, 'workspace');
fs.mkdirSync(path.join(WS, '.vscode'), { recursive: true });
const sample = fs.readFileSync(path.join(ROOT, 'test-fixtures/jinan-digital-economy-draft.txt'), 'utf8');
fs.writeFileSync(path.join(WS, 'jinan.law.txt'), sample);
fs.writeFileSync(path.join(WS, 'broken.law.txt'), sample.split('\n').filter((l) => !l.startsWith('第二十条 ')).join('\n'));
fs.writeFileSync(path.join(WS, 'jinan-revised.law.txt'), fs.readFileSync(path.join(ROOT, 'test-fixtures/compare/jinan-revised.txt'), 'utf8'));
fs.copyFileSync(path.join(ROOT, 'test-fixtures/docx/sample-numbered.docx'), path.join(WS, '草案.docx'));
fs.writeFileSync(path.join(WS, 'legacy-gbk.txt'), iconv.encode(['旧稿条例', '第一条 为了规范管理，制定本条例。', '第二条 本条例自公布之日起施行。', '第四条 依照第一条处理。', ''].join('\n'), 'gbk'));
const freshSettings = () => fs.writeFileSync(path.join(WS, '.vscode/settings.json'), '{}\n');
freshSettings();

const userSettings = {
  'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'update.mode': 'none',
  'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false,
  // A folder opened for the first time is not trusted (Restricted Mode): LexDraft must work there. No
  // start-up prompt (it would wait for a click); the folder simply stays untrusted.
  'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never',
  'workbench.tips.enabled': false, 'workbench.enableExperiments': false, 'chat.disableAIFeatures': true, 'git.enabled': false,
  'workbench.colorTheme': 'Default Light Modern',
};

/**
 * Starts code-server in its own process group with fresh user data and extensions dirs. It listens on a port
 * the OS picks (port 0) and says which in its log: on a shared machine a fixed port may be another code-server,
 * and the tests must only ever talk to the one started here.
 */
async function startCodeServer(name, extensionsDir) {
  const dir = path.join(tmp, name);
  fs.mkdirSync(path.join(dir, 'data/User'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'data/User/settings.json'), JSON.stringify(userSettings, null, 2));
  fs.writeFileSync(path.join(dir, 'config.yaml'), `bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n`);
  const logFile = path.join(ARTIFACTS, `code-server-${name}.log`);
  const out = fs.openSync(logFile, 'w');
  const cs = spawn(CODE_SERVER, [
    '--config', path.join(dir, 'config.yaml'), '--user-data-dir', path.join(dir, 'data'), '--extensions-dir', extensionsDir,
    '--disable-telemetry', '--disable-update-check', '--reconnection-grace-time', '5',
    '--vscode-option', 'enable-smoke-test-driver', WS,
  ], {
    detached: true,
    stdio: ['ignore', out, out],
    env: { ...env, PATH: `${NODE24_BIN}:${env.PATH}`, XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir, EXTENSIONS_GALLERY: '{}' },
  });
  const stop = () => {
    try {
      process.kill(-cs.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.on('exit', stop);
  let port;
  for (let i = 0; ; i++) {
    port ??= /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)\//.exec(fs.readFileSync(logFile, 'utf8'))?.[1];
    try {
      if (port && (await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (i > 300 || cs.exitCode !== null) {
      stop();
      throw new Error(`code-server did not start, see ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const base = `http://127.0.0.1:${port}`;
  log(`code-server (${name}) up at ${base}`);
  return {
    remote: (p) => `vscode-remote://127.0.0.1:${port}${p}`,
    workbench: (payload) => `${base}/?folder=${encodeURIComponent(WS)}&payload=${encodeURIComponent(JSON.stringify(payload))}`,
    stop: async () => {
      stop();
      for (let i = 0; i < 100 && cs.exitCode === null; i++) await new Promise((r) => setTimeout(r, 50));
    },
  };
}

/** Runs the mocha suite inside the extension host; returns [passed, failed]. */
async function extensionTests(ctx, server) {
  const page = await ctx.newPage();
  let done;
  let counts = [0, 1];
  const finished = new Promise((r) => (done = r));
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = util.format(...(Array.isArray(args) ? args : [args]));
    if (env.VERBOSE) return console.log(`[vscode ${type}] ${line}`);
    if (/^(Resolving connection token|Resolved connection token|Creating a socket|Ignoring fetching|Updating additional builtin|\[Service Worker\]|\[AgentHost|\[AccountPolicyGate\]|\[reconnection-grace-time\]|Canceled)/.test(line)) return;
    console.log(type === 'error' ? `[vscode error] ${line.split('\n').slice(0, 4).join('\n')}` : line);
    const m = /^\s*(\d+) passed, (\d+) failed/.exec(line);
    if (m) counts = [Number(m[1]), Number(m[2])];
  });
  await page.exposeFunction('codeAutomationExit', (code) => done(code));
  await page.goto(server.workbench([['extensionDevelopmentPath', server.remote(ROOT)], ['extensionTestsPath', server.remote(TESTS)], ['skipWelcome', 'true']]));
  const code = await Promise.race([finished, new Promise((r) => setTimeout(() => r('timeout'), TIMEOUT))]);
  log(`extension tests exited with ${code}`);
  await page.screenshot({ path: path.join(ARTIFACTS, 'extension-tests.png') });
  await page.close();
  if (code === 'timeout' || (code !== 0 && counts[1] === 0)) counts = [counts[0], counts[1] + 1];
  return counts;
}

/**
 * Opens the sample and a broken copy in a normal window; reads the status bar and the Problems panel once the
 * findings are in (the screenshots in the README show them). Then opens the GBK draft and takes the offer to
 * reopen it as GBK, from the notification center: headless, the workbench shows no toasts.
 */
async function uiCheck(ctx, server, name, payload) {
  const ui = await ctx.newPage();
  try {
    await ui.goto(server.workbench([...payload, ['skipWelcome', 'true']]));
    await ui.locator('.monaco-workbench .explorer-folders-view').waitFor({ timeout: 60000 });
    await ui.locator('.statusbar-item', { hasText: 'Restricted Mode' }).waitFor(); // as a newly opened folder is
    const openFile = async (file) => {
      await ui.locator('.explorer-folders-view .monaco-list-row', { hasText: file }).first().click();
      await ui.locator('.tab.active', { hasText: file }).waitFor();
    };
    await openFile('jinan.law.txt');
    // The status item can show before the findings have reached the workbench's own problem count: wait for
    // both to count the sample's warnings (department.undeclared), so the screenshot shows them.
    const counted = await ui.waitForFunction(() => {
      const page = globalThis.document; // runs in the workbench page
      const text = (e) => e?.innerText.replace(/\s+/g, ' ').trim() ?? '';
      const ours = [...page.querySelectorAll('.statusbar-item')].map(text).find((t) => /\b65\b/.test(t));
      const problems = text(page.getElementById('status.problems'));
      return ours && /\b0 [1-9]\d*$/.test(ours) && /[1-9]/.test(problems) ? [ours, problems] : undefined;
    }, undefined, { timeout: 60000 });
    const [statusText, problemsText] = await counted.jsonValue();
    await ui.screenshot({ path: path.join(ARTIFACTS, `${name}-sample.png`) });
    await openFile('broken.law.txt');
    await ui.keyboard.press('Control+Shift+M');
    const row = ui.locator('.markers-panel .monaco-list-row', { hasText: '缺少第二十条' }).first();
    await row.waitFor({ timeout: 60000 });
    const problem = (await row.innerText()).replace(/\s+/g, ' ').trim();
    await ui.screenshot({ path: path.join(ARTIFACTS, `${name}-problems.png`) });
    await openFile('legacy-gbk.txt');
    // Open the center once the offer is in it (the bell gets its dot): opened before, it may close empty.
    await ui.locator('[id="status.notifications"] .codicon-bell-dot').waitFor({ timeout: 60000 });
    await ui.locator('[id="status.notifications"]').click();
    const offer = ui.locator('.notifications-center .notification-list-item', { hasText: 'GBK' });
    await offer.waitFor({ timeout: 60000 });
    const offerText = (await offer.locator('.notification-list-item-message').innerText()).trim();
    await offer.getByRole('button', { name: /GBK/ }).click();
    const reopened = ui.locator('.statusbar-item', { hasText: /\b3 articles\b/ });
    await reopened.waitFor({ timeout: 60000 });
    const reopenedText = (await reopened.innerText()).replace(/\s+/g, ' ').trim();
    const compared = await compareShot(ui, openFile, name);
    const word = await wordShot(ui, openFile, name);
    log(`UI check (${name}) ok: status bar “${statusText}”, problems “${problemsText}”, problem “${problem}”, offer “${offerText}”, reopened “${reopenedText}”, compared “${compared}”, Word “${word}”`);
    return true;
  } catch (e) {
    console.error(`[e2e] UI check (${name}) FAILED:`, e);
    await ui.screenshot({ path: path.join(ARTIFACTS, `${name}-failure.png`) }).catch(() => {});
    return false;
  } finally {
    await ui.close();
  }
}

/**
 * The sample as a numbered Word document, opened from the Explorer as any file is: LexDraft's Word view shows
 * its paragraphs with their findings; screenshot with the filter to flagged paragraphs on.
 */
async function wordShot(ui, openFile, name) {
  await ui.keyboard.press('F1');
  await ui.locator('.quick-input-widget input').fill('>View: Close All Editors');
  await ui.locator('.quick-input-widget .monaco-list-row', { hasText: 'Close All Editors' }).first().click();
  await ui.keyboard.press('Control+Shift+E');
  await ui.locator('.explorer-folders-view').waitFor();
  await openFile('草案.docx');
  const page = ui.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  const summary = page.locator('p.summary');
  await summary.waitFor({ timeout: 60000 });
  await page.locator('section.flagged', { hasText: '段落 92' }).waitFor();
  await page.locator('#only').check();
  await ui.mouse.move(1100, 120);
  await ui.screenshot({ path: path.join(ARTIFACTS, `${name}-word.png`) });
  return (await summary.innerText()).trim();
}

/**
 * The 修改稿 compared with the sample through the command palette, the quick pick and the file dialog (the
 * workbench's own, a path typed in), as a drafter does it; the panel is screenshot once its table shows, and
 * its table exported as Markdown through the save dialog.
 */
async function compareShot(ui, openFile, name) {
  await openFile('jinan-revised.law.txt');
  const input = ui.locator('.quick-input-widget input');
  const command = async (title) => {
    await ui.keyboard.press('F1');
    await input.fill(`>${title}`);
    await ui.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().click();
  };
  // Room for the draft and the panel side by side: the Problems panel and the side bars, if shown, are closed.
  for (const [part, keys] of [['.part.panel', 'Control+J'], ['.part.sidebar', 'Control+B'], ['.part.auxiliarybar', 'Control+Alt+B']]) {
    if (!(await ui.locator(part).isVisible())) continue;
    await ui.keyboard.press(keys);
    await ui.locator(part).waitFor({ state: 'hidden' });
  }
  await command('与其他版本对照');
  await ui.locator('.quick-input-widget .monaco-list-row', { hasText: 'Compare with a file' }).click();
  // The dialog starts at the folder, its path in the box: typed over once it is there.
  await ui.waitForFunction((ws) => globalThis.document.querySelector('.quick-input-widget input')?.value.startsWith(ws), WS, { timeout: 60000 });
  await input.fill(path.join(WS, 'jinan.law.txt'));
  await input.press('Enter');
  const page = ui.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  const summary = page.locator('p.summary');
  await summary.waitFor({ timeout: 60000 });
  await page.locator('a.article', { hasText: '第十一条' }).waitFor();
  await ui.mouse.move(1100, 120); // off the tabs: no tooltip in the picture
  await ui.screenshot({ path: path.join(ARTIFACTS, `${name}-compare.png`) });
  // 导出 Markdown: the save dialog proposes a name beside the draft; saved, the file holds the table.
  const saved = path.join(WS, 'jinan-revised.对照表.md');
  await page.locator('button[data-action="md"]').click();
  await ui.waitForFunction((file) => globalThis.document.querySelector('.quick-input-widget input')?.value === file, saved, { timeout: 60000 });
  await input.press('Enter');
  for (let i = 0; i < 300 && !fs.existsSync(saved); i++) await new Promise((r) => setTimeout(r, 100));
  const written = fs.readFileSync(saved, 'utf8');
  fs.rmSync(saved);
  if (written !== fs.readFileSync(path.join(ROOT, 'test-fixtures/compare/jinan.table.markdown'), 'utf8')) throw new Error(`the exported table differs from lexdraft compare's:\n${written.slice(0, 300)}`);
  return (await summary.innerText()).trim();
}

async function browser() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'chromium-profile-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 850 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

let passed = 0;
let failed = 0;
const record = (ok, what) => {
  if (ok) passed++;
  else {
    failed++;
    console.log(`[e2e] failed: ${what}`);
  }
};

try {
  // 1: the suite, extension loaded from this checkout.
  {
    const server = await startCodeServer('tests', path.join(tmp, 'extensions-dev'));
    const ctx = await browser();
    try {
      const [p, f] = await extensionTests(ctx, server);
      passed += p;
      failed += f;
    } finally {
      await ctx.close().catch(() => {});
      await server.stop();
    }
  }
  // 2: the UI check in a fresh window (no editors restored from the test run).
  for (const f of ['draft.txt', 'notes.txt', 'inserted.law.txt', 'range.law.txt', 'gbk-draft.txt']) fs.rmSync(path.join(WS, f), { force: true });
  freshSettings();
  {
    const server = await startCodeServer('ui', path.join(tmp, 'extensions-dev'));
    const ctx = await browser();
    try {
      record(await uiCheck(ctx, server, 'ui', [['extensionDevelopmentPath', server.remote(ROOT)]]), 'UI check with the extension from source');
    } finally {
      await ctx.close().catch(() => {});
      await server.stop();
    }
  }
  // 3: the packaged .vsix, installed like a user would, in Restricted Mode: VS Code disables an installed
  // extension there unless it declares untrustedWorkspaces (one loaded from source never is).
  if (env.VSIX) {
    const extDir = path.join(tmp, 'extensions-vsix');
    execFileSync(CODE_SERVER, ['--extensions-dir', extDir, '--install-extension', path.resolve(env.VSIX)], {
      env: { ...env, PATH: `${NODE24_BIN}:${env.PATH}`, XDG_CONFIG_HOME: tmp, XDG_DATA_HOME: tmp },
      stdio: 'inherit',
    });
    const server = await startCodeServer('vsix', extDir);
    const ctx = await browser();
    try {
      record(await uiCheck(ctx, server, 'vsix', []), 'the installed .vsix activates');
    } finally {
      await ctx.close().catch(() => {});
      await server.stop();
    }
  }
  if (env.UPDATE_SCREENSHOTS === '1') {
    fs.mkdirSync(path.join(ROOT, 'docs/images'), { recursive: true });
    for (const f of ['ui-sample.png', 'ui-problems.png', 'ui-compare.png', 'ui-word.png']) fs.copyFileSync(path.join(ARTIFACTS, f), path.join(ROOT, 'docs/images', f));
    log('screenshots copied to docs/images/');
  }
} catch (e) {
  console.error('[e2e] FAILED:', e);
  failed++;
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
log(`total ${((Date.now() - t0) / 1000).toFixed(1)}s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
