// Bundles the client, the server and the CLI. `node esbuild.mjs [--production] [--watch]`.
import * as esbuild from 'esbuild';
import { chmodSync, readFileSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  define: { LEXDRAFT_VERSION: JSON.stringify(version) },
};

// The end-to-end suite runs inside VS Code's extension host: `vscode` and `mocha` come from there / node_modules.
const e2e = { ...common, entryPoints: ['client/test/index.ts', 'client/test/extension.e2e.test.ts'], outdir: 'out/e2e', external: ['vscode', 'mocha'], minify: false };

const builds = [
  e2e,
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  chmodSync('dist/cli.js', 0o755);
}
