/**
 * The index of Taiwan acts (server/data/taiwan-acts.json): its generation from the Ministry's data, its lookups, the
 * acts a regulation is made under, and reference.dangling asking it.
 */
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { actHolds, analyse, decodeTaiwanActs, type TaiwanActs } from '../src/core';
import { enablingActs } from '../src/core/citations/enabling';
import { parse } from '../src/core/parse/parse';
import { bundledTaiwanActsFile, readTaiwanActs, taiwanActsOption } from '../src/laws/load';
import { generateTaiwanActs, readTaiwanAct, renderMojAct, renderTaiwanActs } from '../src/laws/taiwan-acts';

const COMMITTED = join(process.cwd(), 'server', 'data', 'taiwan-acts.json');

function committed(): TaiwanActs {
  const read = readTaiwanActs(COMMITTED);
  if (!('acts' in read)) throw new Error(read.problem);
  return read.acts;
}

/** One file of the Ministry's data, as kong0107/mojLawSplitJSON publishes it. */
const act = (title: string, articles: [string, string][], extra: Record<string, string> = {}) => ({
  法規性質: '法律',
  法規名稱: title,
  ...extra,
  法規內容: [{ 編章節: '第 一 章 總則' }, ...articles.map(([n, body]) => ({ 條號: n, 條文內容: body }))],
});

describe('the index of Taiwan acts (server/data/taiwan-acts.json)', () => {
  it('is current with the data it names (npm run gen:taiwan-acts), when LEXDRAFT_MOJLAW points at a copy of it', function () {
    this.timeout(300000);
    const folder = process.env.LEXDRAFT_MOJLAW;
    if (!folder || !existsSync(join(folder, 'FalVMingLing'))) {
      console.log('      skipped: LEXDRAFT_MOJLAW is not set to a copy of kong0107/mojLawSplitJSON (a folder holding FalVMingLing/): the staleness test needs it');
      this.skip();
    }
    const onDisk = readFileSync(COMMITTED, 'utf8');
    const source = /"source":"([^"]*)"/u.exec(onDisk)?.[1] ?? '';
    const fresh = renderTaiwanActs(generateTaiwanActs(resolve(folder), source)).split('\n');
    const lines = onDisk.split('\n');
    const stale = fresh.filter((line, i) => lines[i] !== line).map((l) => l.slice(0, 120));
    assert.deepEqual(stale, [], 'run `npm run gen:taiwan-acts -- <folder> <source>` and commit server/data/taiwan-acts.json');
    assert.equal(fresh.length, lines.length);
  });

  it('knows the Civil Code and the Criminal Code, under 刑法 as under 中華民國刑法, in either script', () => {
    const acts = committed();
    const civil = acts.shape('民法');
    assert.ok(civil && civil.size > 1200, 'about 1,300 articles');
    // 第184條: two 項; 第1030條之1: inserted.
    assert.equal(civil.get('184')?.length, 2);
    assert.ok(civil.has('1030-1'));
    assert.ok(acts.shape('刑法')?.has('185-3'));
    assert.deepEqual(acts.shape('中華民國刑法'), acts.shape('刑法'));
    assert.deepEqual(acts.shape('就业服务法'), acts.shape('就業服務法'));
    assert.equal(acts.shape('某某不存在法'), undefined);
  });

  it('says whether an act holds an article, its 項 and its 款', () => {
    const acts = decodeTaiwanActs({ source: 't', acts: [{ title: '示例法', articles: '0;3,0;d;5-1:2' }] });
    const shape = acts.shape('示例法');
    assert.ok(shape);
    assert.ok(actHolds(shape, { article: 2 }));
    assert.ok(actHolds(shape, { article: 2, paragraph: 1, item: 3 }));
    assert.ok(actHolds(shape, { article: 2, item: 3 }), 'a 款 named without its 項: some 項 has that many');
    assert.ok(!actHolds(shape, { article: 2, paragraph: 1, item: 4 }));
    assert.ok(!actHolds(shape, { article: 2, paragraph: 3 }));
    assert.ok(!actHolds(shape, { article: 3 }), 'a deleted article holds nothing');
    assert.ok(actHolds(shape, { article: 5, articleSub: 1, item: 2 }));
    assert.ok(!actHolds(shape, { article: 9 }));
    assert.ok(!actHolds(shape, { paragraph: 1 }), 'a path without an article is this text’s');
  });
});

describe('the acts a Taiwan regulation is made under', () => {
  const of = (text: string) => enablingActs(parse(text, { jurisdiction: 'tw' }));

  it('reads the act a 施行細則 carries out from its title', () => {
    assert.deepEqual(of('就業服務法施行細則\n第 1 條 本細則自發布日施行。\n'), [{ name: '就業服務法', cite: '本法' }]);
    assert.deepEqual(of('示例條例施行細則\n第 1 條 本細則依示例條例第三十條規定訂定之。\n'), [{ name: '示例條例', cite: '本條例' }]);
  });

  it('reads the acts the first article rests on, as written, and not 本法', () => {
    assert.deepEqual(of('示例辦法\n第 1 條 本辦法依據兒童及少年福利與權益保障法（以下簡稱本法）第五十條規定訂定之。\n'), [{ name: '兒童及少年福利與權益保障法', cite: '本法' }]);
    assert.deepEqual(of('示例辦法\n第 1 條 本辦法依國有財產法第十三條及其施行細則第十條規定訂定。\n'), [{ name: '國有財產法', cite: '國有財產法' }]);
    assert.deepEqual(of('示例規則\n第 1 條 本規則依本法第十條規定訂定之。\n'), []);
    assert.deepEqual(of('示例辦法\n第 1 條 為促進就業，特訂定本辦法。\n'), []);
  });
});

describe('reference.dangling and the index of Taiwan acts', () => {
  const rule = '示例辦法\n第 1 條 本辦法依示例法第十條規定訂定之。\n第 2 條 依第八條第二項規定申請者，應檢附申請書。\n第 3 條 本辦法自發布日施行。\n';
  const index = decodeTaiwanActs({ source: 't', acts: [{ title: '示例法', articles: '0;0;0;0;0;0;0;0,0;0;0' }] });

  const dangling = (text: string, taiwanActs?: () => TaiwanActs | undefined) => analyse(text, { jurisdiction: 'tw', taiwanActs }).findings.filter((f) => f.code === 'reference.dangling');

  it('says when the act the regulation rests on has the article it cites bare, and offers to name the act', () => {
    assert.equal(dangling(rule)[0]?.message.zh, '引用错误：本文件没有第八条', 'without the index');
    const [f] = dangling(rule, () => index);
    assert.match(f!.message.zh, /所依据的示例法有此规定，如指该法，应写作“示例法第八條第二項”/u);
    assert.equal(f!.data?.fix, '示例法第八條第二項');
    // A 施行細則, or a rule that says 以下簡稱本法, calls its act 本法.
    const shortened = rule.replace('依示例法第十條', '依示例法（以下簡稱本法）第十條');
    assert.equal(dangling(shortened, () => index)[0]!.data?.fix, '本法第八條第二項');
    assert.equal(dangling(rule.replace('示例辦法', '示例法施行細則'), () => index)[0]!.data?.fix, '本法第八條第二項');
  });

  it('says when neither the regulation nor its act has it', () => {
    const [f] = dangling(rule.replace('第八條第二項', '第八條第三項'), () => index);
    assert.match(f!.message.zh, /在所依据的示例法中也找不到/u);
    assert.equal(f!.data?.fix, undefined);
  });

  it('reads a path into an article the regulation has as its own, whatever its act holds', () => {
    const own = rule.replace('依第八條第二項規定申請者', '依第一條第二項規定申請者');
    assert.equal(dangling(own, () => index)[0]?.message.zh, '引用错误：第 1 條只有一项，没有第二项');
  });

  it('asks the index only for a Taiwan text that names the act it rests on', () => {
    let asked = 0;
    const taiwanActs = () => (asked++, index);
    analyse(rule.replace('本辦法依示例法第十條規定訂定之', '為促進示例，特訂定本辦法'), { jurisdiction: 'tw', taiwanActs });
    assert.equal(asked, 0, 'no act named');
    analyse(rule, { jurisdiction: 'prc', taiwanActs });
    assert.equal(asked, 0, 'a PRC text');
    analyse(rule, { jurisdiction: 'tw', taiwanActs });
    assert.ok(asked > 0);
  });
});

describe('generating the index of Taiwan acts', () => {
  it('reads an act in force as LexDraft parses it: hard-wrapped lines joined, items counted', () => {
    const j = act('示例法', [
      ['第 1 條', '為示例，特制定本法。'],
      ['第 2 條', '本法所稱主管機關，在中央為示例部；在直轄市為直轄市政府；在縣（市）為\r\n縣（市）政府。\r\n前項主管機關應辦理下列事項：\r\n一、甲事項。\r\n二、乙事項。'],
      ['第 2-1 條', '（刪除）'],
    ]);
    assert.match(renderMojAct(j), /^示例法\n\n第 一 章 總則\n\n第 1 條 為示例/u);
    assert.deepEqual(readTaiwanAct(j), { title: '示例法', articles: '0;0,2;2-1:d' });
  });

  it('leaves out regulations, repealed acts and files without articles', () => {
    assert.equal(readTaiwanAct({ ...act('示例辦法', [['第 1 條', '本辦法依示例法訂定之。']]), 法規性質: '命令' }), undefined);
    assert.equal(readTaiwanAct(act('示例法', [['第 1 條', '本法廢止。']], { 廢止註記: '廢' })), undefined);
    assert.equal(readTaiwanAct({ 法規性質: '法律', 法規名稱: '空法', 法規內容: [] }), undefined);
  });

  it('reads a folder of the data into a sorted file, one act a line, that the loader reads back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexdraft-moj-'));
    try {
      mkdirSync(join(dir, 'FalVMingLing'));
      writeFileSync(join(dir, 'FalVMingLing', 'B0000002.json'), `\uFEFF${JSON.stringify(act('乙法', [['第 1 條', '本法甲。'], ['第 2 條', '本法乙。']]))}`);
      writeFileSync(join(dir, 'FalVMingLing', 'A0000001.json'), JSON.stringify(act('丁法', [['第 1 條', '本法丙。']])));
      writeFileSync(join(dir, 'FalVMingLing', 'C0000003.json'), JSON.stringify({ ...act('丙辦法', [['第 1 條', '本辦法丁。']]), 法規性質: '命令' }));
      const data = generateTaiwanActs(dir, 'test@1');
      assert.deepEqual(data.acts.map((a) => a.title), ['丁法', '乙法']);
      const file = join(dir, 'taiwan-acts.json');
      writeFileSync(file, renderTaiwanActs(data));
      assert.equal(readFileSync(file, 'utf8').split('\n').length, 6, 'source, acts, two acts, close, end');
      const read = readTaiwanActs(file);
      assert.ok('acts' in read && read.acts.shape('乙法')?.size === 2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the Taiwan acts loader', () => {
  it('reports a missing or malformed file instead of throwing, and gives no index', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexdraft-twacts-'));
    try {
      assert.ok('problem' in readTaiwanActs(join(dir, 'none.json')));
      writeFileSync(join(dir, 'bad.json'), '{"acts": [{"title": 1}]}');
      assert.match((readTaiwanActs(join(dir, 'bad.json')) as { problem: string }).problem, /not an index of Taiwan acts/u);
      writeFileSync(join(dir, 'broken.json'), '{');
      assert.ok('problem' in readTaiwanActs(join(dir, 'broken.json')));
      const bundleDir = join(dir, 'dist');
      assert.equal(taiwanActsOption(bundleDir)(), undefined);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lies beside the bundles, where the .vsix ships it', () => {
    assert.equal(bundledTaiwanActsFile(join(process.cwd(), 'dist')), COMMITTED);
    assert.match(readFileSync(join(process.cwd(), '.vscodeignore'), 'utf8'), /^!server\/data\/taiwan-acts\.json$/mu);
  });
});
