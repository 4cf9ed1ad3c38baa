// Generates server/data/laws.json, the national law index, from the library beside the checkout
// (../shared/library, or the folder given): `npm run gen:laws`. The generator is TypeScript
// (server/src/laws/generate.ts) and reads the texts with the core's own parser, so it is bundled first.
// A unit test fails while the committed file differs from a fresh generation.
import * as esbuild from 'esbuild';
import { Buffer } from 'node:buffer';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const library = resolve(process.argv[2] ?? join(root, '..', 'shared', 'library'));
const bundle = join(root, 'out', 'gen-laws.cjs');
mkdirSync(dirname(bundle), { recursive: true });
await esbuild.build({ entryPoints: [join(root, 'server', 'src', 'laws', 'generate.ts')], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile: bundle, logLevel: 'warning' });
const { generateLawIndex, renderLawIndex } = createRequire(import.meta.url)(bundle);
const started = Date.now();
const data = generateLawIndex(library);
const text = renderLawIndex(data);
const out = join(root, 'server', 'data', 'laws.json');
writeFileSync(out, text);
const versions = data.laws.reduce((n, l) => n + l.versions.length, 0);
console.log(`${out}: ${data.laws.length} laws, ${versions} versions, ${data.repealed.length} repeals; ${Buffer.byteLength(text)} bytes; ${Date.now() - started} ms`);
