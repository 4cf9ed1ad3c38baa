import * as assert from 'node:assert/strict';
import { messageLanguage, readSettings } from '../src/lsp/settings';

describe('settings: message language', () => {
  it('auto, missing or malformed means the draft\'s language: Chinese', () => {
    for (const raw of [{}, { messageLanguage: 'auto' }, { messageLanguage: 'fr' }, { messageLanguage: 7 }, null]) {
      assert.equal(messageLanguage(readSettings(raw)), 'zh', JSON.stringify(raw));
    }
  });

  it('English only when chosen', () => {
    assert.equal(messageLanguage(readSettings({ messageLanguage: 'en' })), 'en');
    assert.equal(messageLanguage(readSettings({ messageLanguage: 'zh' })), 'zh');
  });
});
