/**
 * The Word documents as LibreOffice lays them out (scripts/render-docx.sh): the sample's table and the
 * exported sample draft become PDFs with pages, holding the title and 第一条. CI installs LibreOffice and
 * poppler (.ci/run); without soffice here the test is skipped and says so.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FIXTURES } from './golden';

const CLI = resolve(process.cwd(), 'dist', 'cli.js');
const OLD = join(FIXTURES, 'jinan-digital-economy-draft.txt');
const NEW = join(FIXTURES, 'compare', 'jinan-revised.txt');
const have = (tool: string): boolean => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

describe('Word documents rendered by LibreOffice', function () {
  before(function () {
    const missing = ['soffice', 'pdftoppm', 'pdftotext', 'pdfinfo'].filter((t) => !have(t));
    if (missing.length > 0) {
      console.log(`    (skipped: ${missing.join(', ')} not installed; .ci/run installs libreoffice-writer and poppler-utils)`);
      this.skip();
    }
  });

  const dir = mkdtempSync(join(tmpdir(), 'lexdraft-render-'));
  const cases: Array<[string, string[], string]> = [
    ['table', ['compare', '--format', 'docx', '--unchanged', OLD, NEW], '修改前后对照表'],
    ['draft', ['export', OLD], '济南市数字经济促进条例'],
  ];
  for (const [name, args, title] of cases) {
    it(`the ${name} becomes a PDF with the title and 第一条, and a PNG`, () => {
      const docx = join(dir, `${name}.docx`);
      const made = spawnSync(process.execPath, [CLI, ...args, '-o', docx], { encoding: 'utf8' });
      assert.equal(made.status, 0, made.stderr);
      const render = spawnSync('bash', ['scripts/render-docx.sh', docx, dir], { encoding: 'utf8', timeout: 120_000 });
      assert.equal(render.status, 0, render.stderr);
      const pages = Number(/^Pages:\s+(\d+)/m.exec(spawnSync('pdfinfo', [join(dir, `${name}.pdf`)], { encoding: 'utf8' }).stdout)?.[1]);
      assert.ok(pages > 0, `pages: ${pages}`);
      const text = spawnSync('pdftotext', ['-layout', join(dir, `${name}.pdf`), '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, '');
      assert.ok(text.includes(title), title);
      assert.ok(text.includes('第一条'), '第一条');
      assert.equal(spawnSync('test', ['-s', join(dir, `${name}.png`)]).status, 0, 'the PNG');
    });
  }
});
