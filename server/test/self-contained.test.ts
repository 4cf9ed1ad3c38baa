/**
 * The repository explains itself: no comment or document sends the reader to the drafting specification
 * kept outside it (its rule codes, its section numbers, its file), and every check's page states the rule
 * the check enforces in its own words.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHECKS } from '../src/core/checks/registry';

const ROOT = process.cwd();

/** A rule code (STR-01, DEF-04 …), a section number (§5.4; not an issue's, as in “issue #21 §4”), the file. */
const POINTER = /\b(?:NRM|STR|TOC|REF|RNB|DEF|DEP|PUN|STY|TC)-\d{2}\b|(?<!issue #\d+ )§\s?\d|drafting-rules|shared\/design/iu;


function filesUnder(dir: string, ext: RegExp): string[] {
  if (!existsSync(join(ROOT, dir))) return [];
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => ext.test(f))
    .map((f) => join(dir, f).split('\\').join('/'));
}

/** The lines of `text` that point at the specification, as `file:line: text`. */
function pointersIn(file: string, text: string): string[] {
  const out: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (POINTER.test(line)) out.push(`${file}:${i + 1}: ${line.trim()}`);
  });
  return out;
}

describe('the repository explains itself', () => {
  const SOURCES = ['server/src', 'server/test', 'client/src', 'client/test', 'bench', 'scripts']
    .flatMap((d) => filesUnder(d, /\.(?:ts|mjs|js|sh)$/u))
    .filter((f) => f !== 'server/test/self-contained.test.ts'); // its own patterns and examples
  const DOCS = ['README.md', 'CONTRIBUTING.md', 'ARCHITECTURE.md', ...filesUnder('docs', /\.md$/u)];

  it('no comment or document cites a rule code, section or file of the drafting specification', () => {
    const found = [...SOURCES, ...DOCS]
      .flatMap((f) => pointersIn(f, readFileSync(join(ROOT, f), 'utf8')));
    assert.deepEqual(found, [], 'say what the rule says instead (a check\'s page has it under 依据 / Rule)');
  });

  it('finds a rule code, a section number and the file, and lets an issue\'s section pass', () => {
    assert.equal(pointersIn('a.ts', '// 前款 in a first 款 (REF-04)').length, 1);
    assert.equal(pointersIn('a.ts', '/** scored as in §5.4 */').length, 1);
    assert.equal(pointersIn('a.md', 'see ../shared/design/drafting-rules.md').length, 1);
    assert.equal(pointersIn('a.ts', ' * kept as written (issue #21 §4)').length, 0);
    assert.equal(pointersIn('a.ts', 'UTF-16 code units; GB/T 15834—2011 B.3.4').length, 0);
  });

  it('every check page states the rule it enforces, in Chinese and English', () => {
    for (const c of CHECKS) {
      const page = readFileSync(join(ROOT, 'docs', 'checks', `${c.id}.md`), 'utf8');
      const rule = /^## 依据 \/ Rule\n\n(.+)\n\n(.+)\n\n## /mu.exec(page);
      assert.ok(rule, `docs/checks/${c.id}.md has no “## 依据 / Rule” section of two paragraphs`);
      assert.match(rule[1] as string, /\p{Script=Han}/u, `docs/checks/${c.id}.md: the rule in Chinese first`);
      assert.match(rule[2] as string, /[A-Za-z]{3}/u, `docs/checks/${c.id}.md: then in English`);
    }
  });
});
