// Bundles the client, the server and the CLI. `node esbuild.mjs [--production] [--watch]`.
import * as esbuild from 'esbuild';
import { chmodSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const require = createRequire(import.meta.url);

/** Leaves `name` out of a bundle, which requires `file` (a bundle beside it) in its place at run time. */
const besideBundle = (name, file) => ({
  name: `beside:${name}`,
  setup(build) {
    build.onResolve({ filter: new RegExp(`^${name.replace(/[.]/g, '\\.')}$`) }, () => ({ path: file, external: true }));
  },
});

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
  // Also the code of the thread that indexes the user's libraries (server/src/main.ts).
  { ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js', plugins: [besideBundle('fast-xml-parser', './xml.js'), besideBundle('../word', './word.js')] },
  // opencc's dictionaries and iconv's code tables were nine tenths of the CLI's code, and reading and
  // compiling them most of its start-up: they go to files of their own beside it, read only when a text
  // needs them (text/convert.ts, text/mojibake.ts), never for --version or --help. The XML parser likewise,
  // read only for a Word document (docx/xml.ts), and Word output (docx, jszip): only `--format docx` and
  // `export` load dist/word.js.
  { ...common, entryPoints: ['server/src/cli/start.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [besideBundle('opencc-js', './opencc.js'), besideBundle('iconv-lite', './iconv.js'), besideBundle('fast-xml-parser', './xml.js'), besideBundle('../word', './word.js')] },
  { ...common, entryPoints: ['server/src/word/index.ts'], outfile: 'dist/word.js', sourcemap: false },
  { ...common, entryPoints: [require.resolve('opencc-js')], outfile: 'dist/opencc.js', sourcemap: false },
  { ...common, entryPoints: [require.resolve('iconv-lite')], outfile: 'dist/iconv.js', sourcemap: false },
  { ...common, entryPoints: [require.resolve('fast-xml-parser')], outfile: 'dist/xml.js', sourcemap: false },
];

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  chmodSync('dist/cli.js', 0o755);
}
