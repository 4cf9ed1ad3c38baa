/** The national law index (issue #25): the committed data, its lookups, and the loader that reads it on first use. */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { articleKey, decodeArticles, encodeArticles, findLaw, latestVersion, lawsDefining, provisionExists, successorOf, versionAt, type LawIndex } from '../src/core';
import { generateLawIndex, readHistory, readLawText, renderLawIndex } from '../src/laws/generate';
import { bundledLawIndexFile, lawIndexLoader, readLawIndex } from '../src/laws/load';
import { generateVocabulary, librarySource, renderVocabulary } from '../src/laws/vocabulary';

const COMMITTED = join(process.cwd(), 'server', 'data', 'laws.json');
const LIBRARY = join(resolve(process.env.LEXDRAFT_SHARED ?? join(process.cwd(), '..', 'shared')), 'library');

function committedIndex(): LawIndex {
  const read = readLawIndex(COMMITTED);
  if (!('index' in read)) throw new Error(read.problem);
  return read.index;
}

describe('the national law index (server/data/laws.json)', () => {
  it('is current with the library (npm run gen:laws)', function () {
    if (!existsSync(join(LIBRARY, 'manifest.tsv'))) {
      console.log(`      skipped: library not found at ${LIBRARY}: the staleness test needs ../shared/library beside the checkout`);
      this.skip();
    }
    // Compared line by line (one law per line) so that a stale entry is named, not a 0.5 MB string.
    const fresh = renderLawIndex(generateLawIndex(LIBRARY)).split('\n');
    const onDisk = readFileSync(COMMITTED, 'utf8').split('\n');
    const stale = fresh.filter((line, i) => onDisk[i] !== line).map((l) => l.slice(0, 120));
    assert.deepEqual(stale, [], 'run `npm run gen:laws`');
    assert.equal(onDisk.length, fresh.length);
  });

  it('the vocabulary of national law is current with the library (npm run gen:vocabulary)', function () {
    if (!existsSync(join(LIBRARY, 'manifest.tsv'))) {
      console.log(`      skipped: library not found at ${LIBRARY}: the staleness test needs ../shared/library beside the checkout`);
      this.skip();
    }
    const onDisk = readFileSync(join(process.cwd(), 'server', 'src', 'core', 'terms', 'vocabulary.generated.ts'), 'utf8');
    assert.equal(onDisk, renderVocabulary(generateVocabulary(LIBRARY), librarySource(LIBRARY)), 'run `npm run gen:vocabulary`');
  });

  const index = committedIndex();

  it('knows the Civil Code: 1,260 articles, their 款 and 项', () => {
    const law = findLaw(index, '中华人民共和国民法典');
    assert.ok(law);
    const v = latestVersion(law);
    assert.ok(v);
    assert.equal(v.articles.size, 1260);
    assert.deepEqual(v.articles.get('18'), [0, 0]); // 成年人…；十六周岁以上的未成年人…
    assert.deepEqual(v.articles.get('179'), [11, 0, 0]); // 承担民事责任的方式主要有：（一）…（十一）
    assert.ok(provisionExists(v, { article: 1260 }));
    assert.ok(!provisionExists(v, { article: 1261 }));
    assert.ok(provisionExists(v, { article: 179, paragraph: 1, item: 11 }));
    assert.ok(!provisionExists(v, { article: 179, paragraph: 1, item: 12 }));
    assert.ok(!provisionExists(v, { article: 179, paragraph: 4 }));
    assert.ok(provisionExists(v, { article: 179, item: 3 }), 'a 项 named without its 款, as a draft’s own references resolve');
    assert.ok(!provisionExists(v, { article: 179, item: 12 }));
    assert.ok(!provisionExists(v, { article: 1260, item: 1 }), 'an article without 项');
    assert.equal(v.from, '2021-01-01');
  });

  it('knows articles numbered with 之N (刑法 第一百三十三条之一)', () => {
    const v = latestVersion(findLaw(index, '刑法')!)!;
    assert.deepEqual(v.articles.get(articleKey(133, 1)), [4, 0, 0]);
    assert.ok(provisionExists(v, { article: 133, sub: 1, item: 4 }), 'the 项 of its first 款, named without the 款');
    assert.ok(provisionExists(v, { article: 133, sub: 1, paragraph: 1, item: 4 }));
    assert.ok(!provisionExists(v, { article: 133, sub: 9 }));
  });

  it('says the 合同法 was repealed by the Civil Code on 2021-01-01 (第一千二百六十条)', () => {
    assert.equal(findLaw(index, '《中华人民共和国合同法》'), undefined, 'absent from the library');
    assert.deepEqual(successorOf(index, '《中华人民共和国合同法》'), [{ title: '中华人民共和国合同法', by: '中华人民共和国民法典', publish: '2020-05-28', article: '1260', date: '2021-01-01' }]);
    assert.equal(successorOf(index, '合同法')[0]?.by, '中华人民共和国民法典');
    assert.deepEqual(successorOf(index, '民法典'), []);
  });

  it('does not call an earlier edition of the same title repealed by its successor (专利法实施细则 1992 → 2001)', () => {
    assert.deepEqual(successorOf(index, '专利法实施细则'), []);
    assert.deepEqual(successorOf(index, '内河交通安全管理条例'), []);
  });

  it('reads the 行政处罚法 versions from its 题注: 修正 in 2009 and 2017, 修订 in 2021', () => {
    const law = findLaw(index, '行政处罚法');
    assert.ok(law);
    assert.deepEqual(law.history, [['1996-03-17', '制定'], ['2009-08-27', '修正'], ['2017-09-01', '修正'], ['2021-01-22', '修订']]);
    assert.deepEqual(law.versions.map((v) => [v.publish, v.from, v.kind]), [['2021-01-22', '2021-07-15', '修订']]);
    assert.equal(versionAt(law, '2021-07-15')?.publish, '2021-01-22');
    assert.equal(versionAt(law, '2021-07-14'), undefined, 'the version before is not in the library');
  });

  it('finds a law by its short form, in Traditional script and with spaces', () => {
    const title = '中华人民共和国行政处罚法';
    for (const name of ['行政处罚法', '行政處罰法', '中華人民共和國行政處罰法', '《中华人民共和国 行政处罚法》', '中华人民共和国　行政处罚法']) assert.equal(findLaw(index, name)?.title, title, name);
    assert.equal(findLaw(index, '土地管理法实施条例')?.implements, '中华人民共和国土地管理法');
    assert.equal(findLaw(index, '行政处罚'), undefined);
  });

  it('picks the version in force at a date, and marks the older one superseded', () => {
    const law = findLaw(index, '体育法');
    assert.ok(law);
    assert.deepEqual(law.versions.map((v) => [v.publish, v.superseded ?? false]), [['2016-11-07', true], ['2022-06-24', false]]);
    assert.equal(versionAt(law, '2022-12-31')?.publish, '2016-11-07');
    assert.equal(versionAt(law, '2023-01-01')?.publish, '2022-06-24');
    // The library's manifest leaves the 2017 会计法 unmarked beside the 2024 one.
    assert.deepEqual(findLaw(index, '会计法')?.versions.map((v) => [v.publish, v.superseded ?? false]), [['2017-11-04', true], ['2024-06-28', false]]);
  });

  it('says which laws define a term, and in which article', () => {
    const definers = lawsDefining(index, '行政处罚');
    assert.deepEqual(definers.map((l) => [l.title, l.defines['行政处罚']]), [['中华人民共和国行政处罚法', '2']]);
    assert.deepEqual(lawsDefining(index, '行政處罰').map((l) => l.title), ['中华人民共和国行政处罚法']);
  });

  it('reads 题注 events: 宪法 amendments are 修正, 通过 then 公布 is one enactment', () => {
    assert.deepEqual(readHistory('1982年12月4日 第五届全国人民代表大会第五次会议通过\n1988年4月12日 第七届全国人民代表大会第一次会议通过的《中华人民共和国宪法修正案》'), [['1982-12-04', '制定'], ['1988-04-12', '修正']]);
    assert.deepEqual(readHistory('2008年9月3日 国务院第25次常务会议通过\n2008年9月18日 中华人民共和国国务院令第535号公布\n2021年1月1日 施行'), [['2008-09-18', '制定']]);
    assert.deepEqual(readHistory('根据2011年1月8日《国务院关于废止和修改部分行政法规的决定》修订'), [['2011-01-08', '修订']]);
  });

  it("reads a user's text without the library's header marker: its bracketed one-line 题注, 根据 and all, either script", () => {
    const state = readLawText('某某条例\n\n（2001年11月16日中华人民共和国国务院令第321号公布　根据2013年7月18日《国务院关于废止和修改部分行政法规的决定》第一次修订　根据2016年2月6日《国务院关于修改部分行政法规的决定》第二次修订）\n\n第一条 为了规范管理，制定本条例。\n', 'a/某某条例.txt', undefined);
    assert.deepEqual(state.history, [['2001-11-16', '制定'], ['2013-07-18', '修订'], ['2016-02-06', '修订']]);
    const npc = readLawText('某某法\n\n（1996年3月17日第八届全国人民代表大会第四次会议通过　根据2009年8月27日第十一届全国人民代表大会常务委员会第十次会议《关于修改部分法律的决定》第一次修正　2021年1月22日第十三届全国人民代表大会常务委员会第二十五次会议修订）\n\n第一条 为了规范，制定本法。\n', 'b/某某法.md', undefined);
    assert.deepEqual(npc.history, [['1996-03-17', '制定'], ['2009-08-27', '修正'], ['2021-01-22', '修订']]);
    const tw = readLawText('某某條例\n\n（2004年6月23日某市人民代表大會常務委員會通過　2017年12月27日修正）\n\n第一條 為了規範，制定本條例。\n', 'c/某某條例.txt', undefined);
    assert.deepEqual(tw.history, [['2004-06-23', '制定'], ['2017-12-27', '修正']]);
  });

  it('encodes articles compactly and decodes them back', () => {
    const articles = [
      { number: 1, sub: 0, deleted: false, items: [0] },
      { number: 2, sub: 0, deleted: false, items: [3, 0] },
      { number: 2, sub: 1, deleted: false, items: [0] },
      { number: 3, sub: 0, deleted: true, items: [] },
      { number: 7, sub: 0, deleted: false, items: [0, 0] },
    ];
    const encoded = encodeArticles(articles);
    assert.equal(encoded, '0;3,0;2-1:0;d;7:0,0');
    assert.deepEqual([...decodeArticles(encoded)], [['1', [0]], ['2', [3, 0]], ['2-1', [0]], ['3', []], ['7', [0, 0]]]);
    assert.equal(decodeArticles('').size, 0);
  });
});

describe('the law index loader', () => {
  it('reads the file on first use only, and once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexdraft-laws-'));
    try {
      const file = join(dir, 'laws.json');
      const load = lawIndexLoader(file); // nothing there yet: making the loader reads nothing
      copyFileSync(COMMITTED, file);
      const first = load();
      assert.ok('index' in first, 'read when first asked');
      rmSync(file);
      assert.equal(load(), first, 'not read again');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a missing or malformed file instead of throwing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexdraft-laws-'));
    try {
      assert.match((readLawIndex(join(dir, 'none.json')) as { problem: string }).problem, /ENOENT/);
      writeFileSync(join(dir, 'bad.json'), '{"laws": 1}');
      assert.match((readLawIndex(join(dir, 'bad.json')) as { problem: string }).problem, /not a law index/);
      writeFileSync(join(dir, 'cut.json'), readFileSync(COMMITTED, 'utf8').slice(0, 1000));
      assert.ok('problem' in readLawIndex(join(dir, 'cut.json')));
      assert.ok('problem' in readLawIndex(dir), 'a folder');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lies beside the bundles, where the .vsix ships it', () => {
    assert.equal(bundledLawIndexFile(join(process.cwd(), 'dist')), COMMITTED);
  });

  it('a CLI run that never asks does not open the file (one whose term candidates ask does), and the bundles do not carry it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexdraft-laws-'));
    try {
      // Records every path the process stats or opens; the control below shows it sees the loader's read.
      const hook = join(dir, 'hook.js');
      writeFileSync(hook, `const fs = require('node:fs'); const seen = [];
for (const f of ['openSync', 'statSync', 'readFileSync']) { const o = fs[f]; fs[f] = function (p, ...r) { seen.push(String(p)); return o.call(this, p, ...r); }; }
process.on('exit', () => require('node:fs').writeSync(2, '\\nopened: ' + seen.filter((p) => p.endsWith('laws.json')).length + '\\n'));`);
      const opened = (args: string[]): number => Number(/opened: (\d+)\n/.exec(spawnSync(process.execPath, ['-r', hook, ...args], { encoding: 'utf8' }).stderr)?.[1] ?? NaN);
      // A draft with no word left to ask about reads nothing; the sample draft's term candidates ask once.
      const plain = join(dir, 'plain.txt');
      writeFileSync(plain, '某条例\n第一条 甲。\n第二条 本条例自公布之日起施行。\n');
      assert.equal(opened([join(process.cwd(), 'dist', 'cli.js'), 'check', plain]), 0);
      assert.equal(opened([join(process.cwd(), 'dist', 'cli.js'), 'outline', plain]), 0);
      const sample = join(process.cwd(), 'test-fixtures', 'jinan-digital-economy-draft.txt');
      assert.ok(opened([join(process.cwd(), 'dist', 'cli.js'), 'check', sample]) > 0, 'the term candidates ask the index');
      const loader = join(process.cwd(), 'out', 'server', 'src', 'laws', 'load.js');
      const make = `const l = require(${JSON.stringify(loader)}).lawIndexLoader(${JSON.stringify(COMMITTED)});`;
      assert.equal(opened(['-e', make]), 0, 'making the loader');
      const once = opened(['-e', `${make} l();`]);
      assert.ok(once > 0, 'the hook sees the read');
      assert.equal(opened(['-e', `${make} l(); l();`]), once, 'asked twice, read once');
      for (const bundle of ['cli.js', 'server.js']) assert.ok(!readFileSync(join(process.cwd(), 'dist', bundle), 'utf8').includes('LawRefBook/Laws@'), bundle);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
