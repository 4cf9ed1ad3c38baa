/** client/src/encoding.ts: which legacy encoding a draft that is not UTF-8 is in. */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as iconv from 'iconv-lite';
import { guessLegacyEncoding } from '../../client/src/encoding';
import { FIXTURES } from './golden';

const sample = readFileSync(join(FIXTURES, 'jinan-digital-economy-draft.txt'), 'utf8');
const TAIWAN = [
  '個人資料保護法',
  '第一條 為規範個人資料之蒐集、處理及利用，以避免人格權受侵害，並促進個人資料之合理利用，特制定本法。',
  '第二條 本法用詞，定義如下：',
  '一、個人資料：指自然人之姓名、出生年月日、國民身分證統一編號、護照號碼、特徵、指紋、婚姻、家庭、教育、職業。',
  '第三條 當事人就其個人資料依本法規定行使之下列權利，不得預先拋棄或以特約限制之。',
  '',
].join('\n');

describe('legacy encoding of a draft (client/src/encoding.ts)', () => {
  it('tells GBK, GB18030 and Big5 drafts apart', () => {
    assert.equal(guessLegacyEncoding(iconv.encode(sample, 'gbk')), 'gbk');
    // 𠮷 is outside GBK: only GB18030 (four bytes) holds it.
    assert.equal(guessLegacyEncoding(iconv.encode(`${sample}\n第六十六条 𠮷。\n`, 'gb18030')), 'gb18030');
    assert.equal(guessLegacyEncoding(iconv.encode(TAIWAN, 'cp950')), 'cp950');
    // A Simplified draft that happens to be saved in Big5 territory still reads as GBK, and the other way round.
    assert.equal(guessLegacyEncoding(iconv.encode(sample.slice(0, 200), 'gbk')), 'gbk');
    assert.equal(guessLegacyEncoding(iconv.encode(TAIWAN.slice(0, 40), 'cp950')), 'cp950');
  });

  it('says nothing for UTF-8, ASCII and bytes that are no Chinese text', () => {
    assert.equal(guessLegacyEncoding(Buffer.from(sample, 'utf8')), undefined);
    assert.equal(guessLegacyEncoding(Buffer.from('plain ASCII\n')), undefined);
    assert.equal(guessLegacyEncoding(readFileSync(join(process.cwd(), 'docs', 'images', 'ui-sample.png'))), undefined);
    assert.equal(guessLegacyEncoding(iconv.encode('これは日本語の文章です。第一条を参照してください。', 'shiftjis')), undefined);
  });
});
