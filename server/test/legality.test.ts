/**
 * Which instrument a text is (core/legality/instrument.ts): the issuing body in the 题注 decides the level,
 * the title's place decides province or city; anything else is unknown, and Taiwan texts are never read.
 */
import * as assert from 'node:assert/strict';
import { analyse } from '../src/core';
import { detectInstrument } from '../src/core/legality/instrument';
import { yuan } from '../src/core/legality/fines';
import { parse } from '../src/core/parse/parse';

const body = '\n\n第一条 为了规范管理，制定本办法。\n\n第二条 本办法自2025年1月1日起施行。\n';
const typeOf = (head: string): string | undefined => detectInstrument(parse(head + body))?.type;

describe('legality: the instrument type', () => {
  it('reads the issuing body and the place in the title', () => {
    assert.equal(typeOf('山东省养犬管理条例\n（2024年3月1日山东省第十四届人民代表大会常务委员会第八次会议通过）'), 'provincialRegulation');
    assert.equal(typeOf('上海口岸服务条例\n2020年5月14日 上海市第十五届人民代表大会常务委员会第二十一次会议通过'), 'provincialRegulation');
    assert.equal(typeOf('洛阳市政府投资项目管理条例\n2013年6月21日 洛阳市第十三届人民代表大会常务委员会第三十七次会议通过\n2013年8月1日 河南省第十二届人民代表大会常务委员会第三次会议批准'), 'cityRegulation');
    assert.equal(typeOf('山东省养犬管理办法\n（2024年3月1日山东省人民政府令第350号公布）'), 'provincialRule');
    assert.equal(typeOf('济南市养犬管理办法\n（2024年3月1日济南市人民政府令第50号公布）'), 'cityRule');
    assert.equal(typeOf('山东省济南市养犬管理办法\n（2024年3月1日济南市人民政府令第50号公布）'), 'cityRule');
    assert.equal(typeOf('宠物经营管理办法\n（2024年3月1日国家市场监督管理总局令第90号公布）'), 'departmentalRule');
    assert.equal(typeOf('不动产登记暂行条例\n2014年11月24日 中华人民共和国国务院令第656号公布'), 'administrativeRegulation');
    assert.equal(typeOf('中华人民共和国行政处罚法\n（1996年3月17日第八届全国人民代表大会第四次会议通过）'), 'law');
  });

  it('tells a province from a city of the same name, and 城市 in a title from a city', () => {
    assert.equal(typeOf('吉林市养犬管理条例'), 'cityRegulation');
    assert.equal(typeOf('吉林省养犬管理条例'), 'provincialRegulation');
    assert.equal(typeOf('山东省城市房地产开发经营管理条例\n1995年10月12日 山东省第八届人民代表大会常务委员会第十八次会议通过'), 'provincialRegulation');
    assert.equal(detectInstrument(parse(`广西壮族自治区养犬管理办法\n（广西壮族自治区人民政府令第1号）${body}`))?.province, '广西');
  });

  it('a congress the text only mentions is no issuing body; a national 条例 without one is unknown', () => {
    assert.equal(typeOf('山东省乡镇人民代表大会工作若干规定\n\n全国人民代表大会和地方各级人民代表大会是国家权力机关。'), undefined);
    assert.equal(typeOf('示例条例'), undefined);
    assert.equal(typeOf('城市市容和环境卫生管理条例'), undefined);
  });

  it('the setting wins; a Taiwan text is never read, whatever the setting', () => {
    assert.equal(detectInstrument(parse(`示例条例${body}`), 'departmentalRule')?.type, 'departmentalRule');
    const tw = '臺北市公園管理自治條例\n\n第 1 條 為管理本市公園，特制定本自治條例。\n\n第 2 條 違反前條規定者，處新臺幣一萬元罰鍰；情節重大者，吊銷營業執照。\n';
    assert.equal(detectInstrument(parse(tw), 'provincialRegulation'), undefined);
    assert.deepEqual(analyse(tw, { instrumentType: 'provincialRegulation' }).findings.filter((f) => f.code.startsWith('legality.')), []);
  });
});

describe('legality: fine amounts', () => {
  it('reads Arabic, full-width and Chinese amounts, with 万', () => {
    assert.equal(yuan('5000', undefined), 5000);
    assert.equal(yuan('５', '万'), 50000);
    assert.equal(yuan('1.5', '万'), 15000);
    assert.equal(yuan('五千', undefined), 5000);
    assert.equal(yuan('十五', '万'), 150000);
    assert.equal(yuan('两千', undefined), 2000);
    assert.equal(yuan('五十万零', undefined), undefined);
  });
});
