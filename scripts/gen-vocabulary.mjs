// Generates server/src/core/terms/vocabulary.generated.ts, the domain phrases national law uses everywhere,
// from the library beside the checkout (../shared/library, or the folder given): `npm run gen:vocabulary`.
// The generator is TypeScript (server/src/laws/vocabulary.ts), so it is bundled first. A unit test fails
// while the committed file differs from a fresh generation.
import * as esbuild from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const library = resolve(process.argv[2] ?? join(root, '..', 'shared', 'library'));
const bundle = join(root, 'out', 'gen-vocabulary.cjs');
mkdirSync(dirname(bundle), { recursive: true });
await esbuild.build({ entryPoints: [join(root, 'server', 'src', 'laws', 'vocabulary.ts')], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile: bundle, logLevel: 'warning' });
const { generateVocabulary, renderVocabulary, librarySource } = createRequire(import.meta.url)(bundle);
const words = generateVocabulary(library);
const out = join(root, 'server', 'src', 'core', 'terms', 'vocabulary.generated.ts');
writeFileSync(out, renderVocabulary(words, librarySource(library)));
console.log(`${out}: ${words.length} phrases`);
