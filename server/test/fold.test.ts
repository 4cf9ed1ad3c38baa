import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { foldScript } from '../src/core';

describe('script folding (Traditional to Simplified, for recognition only)', () => {
  it('folds Traditional keywords to Simplified without changing length', () => {
    const t = '第一百零一條 本條例第二款第（三）項、前兩款；第一編 總則 第二節 目錄 附則 衞生健康 刪除';
    const f = foldScript(t);
    assert.equal(f.length, t.length);
    assert.equal(f, '第一百零一条 本条例第二款第（三）项、前两款；第一编 总则 第二节 目录 附则 卫生健康 删除');
  });

  it('keeps 著 and 么, which Simplified laws write as they are (著作权, 显著, 什么)', () => {
    assert.equal(foldScript('著作權人顯著 什麼'), '著作权人显著 什么');
    assert.equal(foldScript('保护著作权，什么'), '保护著作权，什么');
  });

  it('the generated table is current with the installed opencc-js (npm run gen:fold)', async () => {
    const gen = (await import(pathToFileURL(join(process.cwd(), 'scripts', 'gen-fold-table.mjs')).href)) as { buildPairs(): [string, string][]; render(p: [string, string][]): string };
    const onDisk = readFileSync(join(process.cwd(), 'server', 'src', 'core', 'text', 'fold-table.generated.ts'), 'utf8');
    assert.equal(onDisk, gen.render(gen.buildPairs()));
  });
});
