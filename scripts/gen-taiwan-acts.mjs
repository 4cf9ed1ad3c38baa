// Generates server/data/taiwan-acts.json, the index of Taiwan acts in force, from a copy of
// kong0107/mojLawSplitJSON (a folder holding FalVMingLing/<PCode>.json): `npm run gen:taiwan-acts -- <folder> <source>`,
// where <source> names the data, e.g. kong0107/mojLawSplitJSON@<commit>. The generator is TypeScript
// (server/src/laws/taiwan-acts.ts) and reads the acts with the core's own parser, so it is bundled first.
import * as esbuild from 'esbuild';
import { Buffer } from 'node:buffer';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const [folder, source] = process.argv.slice(2);
if (!folder || !source) {
  console.error('usage: npm run gen:taiwan-acts -- <folder with FalVMingLing/> <source, e.g. kong0107/mojLawSplitJSON@commit>');
  process.exit(2);
}
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'out', 'gen-taiwan-acts.cjs');
mkdirSync(dirname(bundle), { recursive: true });
await esbuild.build({ entryPoints: [join(root, 'server', 'src', 'laws', 'taiwan-acts.ts')], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile: bundle, logLevel: 'warning' });
const { generateTaiwanActs, renderTaiwanActs } = createRequire(import.meta.url)(bundle);
const started = Date.now();
const data = generateTaiwanActs(resolve(folder), source);
const text = renderTaiwanActs(data);
const out = join(root, 'server', 'data', 'taiwan-acts.json');
writeFileSync(out, text);
console.log(`${out}: ${data.acts.length} acts; ${Buffer.byteLength(text)} bytes; ${Date.now() - started} ms`);
