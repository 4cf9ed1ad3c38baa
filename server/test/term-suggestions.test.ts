/** term.undefined's quick fixes: where the definition skeleton goes (checks/term-undefined.ts). */
import * as assert from 'node:assert/strict';
import { analyse, applyEdits } from '../src/core';

/** The text after applying the first suggestion of the only term.undefined finding. */
function fixed(text: string): string {
  const found = analyse(text).findings.filter((f) => f.code === 'term.undefined');
  assert.equal(found.length, 1, 'one undefined term');
  return applyEdits(text, found[0]?.suggestions?.[0]?.edits ?? []);
}

const USES = '第三条 “智能平台”应当建设，智能平台、智能平台、智能平台应当开放。';

describe('term.undefined suggestions', () => {
  it('adds the next item to a definitions article that lists items', () => {
    const text = ['第一条 为了促进发展，制定本条例。', '第二条 本条例下列用语的含义：', '（一）数据，是指记录；', '（二）设施，是指设备。', USES].join('\n');
    assert.equal(fixed(text), text.replace('设备。', '设备。\n（三）智能平台，是指……。'));
  });

  it('adds a definitions article before the last article, named by the text’s genre, and renumbers that one', () => {
    const text = ['第一条 为了促进发展，制定本办法。', '第二条 “智能平台”应当建设，智能平台、智能平台、智能平台应当开放。', '第三条 本办法自2025年1月1日起施行。'].join('\n');
    assert.equal(fixed(text), text.replace('第三条 本办法自', '第三条 本办法下列用语的含义：\n智能平台，是指……。\n第四条 本办法自'));
  });

  it('gives every candidate its own skeleton when there are several', () => {
    const text = ['第一条 本条例下列用语的含义：', '（一）数据，是指记录。', USES, '第四条 “算力网络”应当建设，算力网络、算力网络、算力网络应当开放。'].join('\n');
    const edits = analyse(text).findings.filter((f) => f.code === 'term.undefined').map((f) => f.suggestions?.[0]?.edits?.[0]?.newText);
    assert.deepEqual(edits, ['\n（二）智能平台，是指……。', '\n（二）算力网络，是指……。']);
  });
});
