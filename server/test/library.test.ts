/**
 * A user's own libraries (setting `library`, `--library`): indexing a folder as the national index is made,
 * the on-disk cache, the merge with the national index, the text of one article, and folders that cannot be read.
 */
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { decodeArticles, findLaw, type LawIndexData, latestVersion, provisionExists } from '../src/core';
import { articleText, defaultCacheDir, indexInBackground, libraryLoader, mergeLawData, mergedLawIndex, openLibraries, resolveFolders } from '../src/laws/library';
import { lawsOption } from '../src/laws/load';

const LIBRARY = join(resolve(process.env.LEXDRAFT_SHARED ?? join(process.cwd(), '..', 'shared')), 'library');
const COMMITTED = join(process.cwd(), 'server', 'data', 'laws.json');
const CLI = join(process.cwd(), 'dist', 'cli.js');
/** The worker's code as compiled for the tests (the server runs its own bundle as the worker). */
const WORKER = join(__dirname, '..', 'src', 'laws', 'library-worker.js');

const OLD = `# 济南市示例保护条例

2018年1月1日济南市第十六届人民代表大会常务委员会第一次会议通过

<!-- INFO END -->

第一条 为了保护名城，制定本条例。

第二条 本条例自2018年3月1日起施行。
`;
const NEW = `# 济南市示例保护条例

2018年1月1日济南市第十六届人民代表大会常务委员会第一次会议通过

2021年6月1日济南市第十七届人民代表大会常务委员会第二次会议修正

<!-- INFO END -->

## 第一章 总则

第一条 为了保护名城，制定本条例。

第二条 本条例所称名城，是指历史文化名城。

第三条 有下列情形之一的，不得拆除：

（一）文物；

（二）历史建筑。

第四条 本条例自2021年7月1日起施行。
`;
const RULE = `济南市示例管理办法

第一条 为了管理示例，制定本办法。

第二条 本办法自公布之日起施行。
`;

/** A library folder: an old and a new version of a 条例 (dated by the file name), a 规章 in .txt, noise. */
function makeLibrary(root: string): string {
  const lib = join(root, 'lib');
  mkdirSync(join(lib, '地方性法规'), { recursive: true });
  mkdirSync(join(lib, '规章'), { recursive: true });
  mkdirSync(join(lib, '.git'), { recursive: true });
  writeFileSync(join(lib, '地方性法规', '济南市示例保护条例(2018-01-01).md'), OLD);
  writeFileSync(join(lib, '地方性法规', '济南市示例保护条例(2021-06-01).md'), NEW);
  writeFileSync(join(lib, '规章', '济南市示例管理办法.txt'), RULE);
  writeFileSync(join(lib, 'README.md'), '# 说明\n\n第一条 这不是法规。\n');
  writeFileSync(join(lib, '.git', 'x.md'), '# 济南市隐藏条例\n\n第一条 甲。\n');
  writeFileSync(join(lib, 'notes.json'), '{}');
  return lib;
}

describe('user law libraries', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lexdraft-library-'));
  });
  afterEach(() => {
    try {
      chmodSync(join(dir, 'locked'), 0o755);
    } catch {
      // only the unreadable-folder test makes it
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('indexes a folder as the national index is made: titles, levels, versions by date, articles, definitions', () => {
    const libs = openLibraries([makeLibrary(dir)], { cacheDir: undefined });
    assert.deepEqual(libs.problems, []);
    assert.deepEqual(
      libs.data.laws.map((l) => [l.title, l.level, l.versions.map((v) => [v.publish, v.superseded ?? false])]),
      [
        ['济南市示例保护条例', '地方性法规', [['2018-01-01', true], ['2021-06-01', false]]],
        ['济南市示例管理办法', '规章', [['', false]]],
      ],
    );
    const law = libs.data.laws[0]!;
    assert.deepEqual([...decodeArticles(law.versions[1]!.articles)], [['1', [0]], ['2', [0]], ['3', [2]], ['4', [0]]]);
    assert.deepEqual(law.history, [['2018-01-01', '制定'], ['2021-06-01', '修正']], 'the newest version records the history');
    assert.deepEqual(law.defines, { 名城: '2' });
    assert.equal(libs.texts.length, 3, 'README.md, hidden folders and other files are not texts');
  });

  it('a text without a title line is known by its file name', () => {
    const lib = join(dir, 'lib');
    mkdirSync(lib);
    writeFileSync(join(lib, '济南市无题条例(2020-05-01).txt'), '第一条 甲。\n\n第二条 乙。\n');
    const libs = openLibraries([lib], { cacheDir: undefined });
    assert.deepEqual(libs.data.laws.map((l) => [l.title, l.versions[0]!.publish]), [['济南市无题条例', '2020-05-01']]);
  });

  it('caches the index on disk: a second start reads the cache, a changed file is read again', () => {
    const lib = makeLibrary(dir);
    const cacheDir = join(dir, 'cache');
    const options = { cacheDir, version: '1.0.0' };
    const file = join(lib, '规章', '济南市示例管理办法.txt');
    const mtime = new Date(1_700_000_000_000); // whole seconds: set again exactly below
    utimesSync(file, mtime, mtime);
    openLibraries([lib], options);
    assert.equal(readdirSync(cacheDir).length, 1, 'one cache file per folder');
    // The same size and time with other words: a hit keeps what was indexed, so the cache was read.
    writeFileSync(file, RULE.replace('示例管理办法', '样本管理办法'));
    utimesSync(file, mtime, mtime);
    assert.deepEqual(openLibraries([lib], options).data.laws.map((l) => l.title), ['济南市示例保护条例', '济南市示例管理办法']);
    // Another modification time: read again.
    utimesSync(file, mtime, new Date(mtime.getTime() + 5000));
    assert.deepEqual(openLibraries([lib], options).data.laws.map((l) => l.title), ['济南市样本管理办法', '济南市示例保护条例']);
    // Another version of LexDraft does not trust it; nor does a torn cache file.
    writeFileSync(file, RULE.replace('示例管理办法', '第三管理办法'));
    utimesSync(file, mtime, new Date(mtime.getTime() + 5000));
    assert.ok(openLibraries([lib], { cacheDir, version: '1.0.1' }).data.laws.some((l) => l.title === '济南市第三管理办法'));
    const cacheFile = join(cacheDir, readdirSync(cacheDir)[0]!);
    writeFileSync(cacheFile, readFileSync(cacheFile, 'utf8').slice(0, 100));
    assert.equal(openLibraries([lib], options).data.laws.length, 2);
    assert.ok(JSON.parse(readFileSync(cacheFile, 'utf8')), 'written again whole');
    // A file gone is gone from the index.
    rmSync(file);
    assert.deepEqual(openLibraries([lib], options).data.laws.map((l) => l.title), ['济南市示例保护条例']);
  });

  it('reports what it cannot read and goes on: missing, a file, a loop, non-UTF-8, binary, too many texts', function () {
    const lib = makeLibrary(dir);
    symlinkSync(lib, join(lib, '地方性法规', 'loop')); // a link to a parent: walked once
    writeFileSync(join(lib, 'gbk.txt'), Buffer.from([0xbc, 0xc3, 0xc4, 0xcf, 0xca, 0xd0, 0xcc, 0xf5, 0xc0, 0xfd])); // 济南市条例 in GBK
    writeFileSync(join(lib, 'binary.md'), Buffer.from([0x23, 0x20, 0, 1, 2]));
    symlinkSync(join(dir, 'nowhere'), join(lib, 'broken.md'));
    const notFolder = join(dir, 'file.md');
    writeFileSync(notFolder, RULE);
    const libs = openLibraries([join(dir, 'missing'), notFolder, lib], { cacheDir: undefined });
    assert.equal(libs.texts.length, 3, 'the loop adds nothing, the unreadable files are left out');
    const problems = libs.problems.join('\n');
    assert.match(problems, /missing: 法规库无法读取 \/ cannot read library \(ENOENT\)/u);
    assert.match(problems, /file\.md: 法规库不是文件夹 \/ library is not a folder/u);
    assert.match(problems, /gbk\.txt: 不是 UTF-8 文本/u);
    assert.match(problems, /binary\.md: 二进制文件/u);
    assert.match(problems, /broken\.md: 无法读取 \/ cannot read \(ENOENT\)/u);
    assert.equal(libs.problems.length, 5, problems);
    const capped = openLibraries([makeLibrary(join(dir, 'clean'))], { cacheDir: undefined, maxFiles: 2 });
    assert.deepEqual(capped.texts.map((t) => t.file.slice(dir.length)), ['/clean/lib/地方性法规/济南市示例保护条例(2018-01-01).md', '/clean/lib/地方性法规/济南市示例保护条例(2021-06-01).md']);
    assert.match(capped.problems.join('\n'), /lib: 法规库超过 2 个文件，只索引前 2 个 \/ library has more than 2 texts: only the first 2 are indexed/u);
    // A folder one may not read (not testable as root, who reads anything).
    const locked = join(dir, 'locked');
    mkdirSync(join(locked, 'sub'), { recursive: true });
    chmodSync(locked, 0);
    if (process.getuid?.() === 0) console.log('      (running as root: the unreadable-folder case is not exercised)');
    else assert.match(openLibraries([locked], { cacheDir: undefined }).problems.join('\n'), /EACCES/u);
    // A cache folder that cannot be written: said, and the index is still made.
    const blocked = join(dir, 'blocked');
    writeFileSync(blocked, '');
    const uncached = openLibraries([lib], { cacheDir: join(blocked, 'cache') });
    assert.equal(uncached.texts.length, 3);
    assert.match(uncached.problems.join('\n'), /cannot write the library cache/u);
  });

  it('the loader opens the folders when first asked and reports their problems once', () => {
    const reported: string[] = [];
    const load = libraryLoader([join(dir, 'missing')], { cacheDir: undefined, report: (p) => reported.push(p) });
    assert.deepEqual(reported, [], 'nothing read before it is asked');
    assert.equal(load(), load());
    assert.equal(reported.length, 1);
  });

  it('indexes in a worker thread for the server: nothing until done, then the same as read here; the national index answers meanwhile', async () => {
    const folder = makeLibrary(dir);
    const job = indexInBackground([folder], { cacheDir: undefined }, WORKER);
    assert.equal(job.current(), undefined, 'not read on this thread');
    const laws = lawsOption(join(process.cwd(), 'dist'), job.current);
    const before = laws();
    assert.ok(before && findLaw(before, '行政处罚法') && !findLaw(before, '济南市示例保护条例'), 'the national index alone meanwhile');
    const libs = await job.done;
    assert.equal(job.current(), libs);
    const here = openLibraries([folder], { cacheDir: undefined });
    assert.deepEqual([libs.data, libs.texts, libs.problems], [here.data, here.texts, here.problems]);
    assert.ok(findLaw(laws()!, '济南市示例保护条例'), 'merged once the libraries are read');
    assert.equal(articleText(libs, '济南市示例保护条例', undefined, '3')?.title, '济南市示例保护条例', 'its texts can be read for hover');
  });

  it('a worker that cannot start leaves the folders read on this thread, with a note; a stopped job gives nothing', async () => {
    const job = indexInBackground([join(dir, 'missing')], { cacheDir: undefined }, join(dir, 'no-such-worker.js'));
    const libs = await job.done;
    assert.match(libs.problems[0] ?? '', /libraries indexed on the main thread/u);
    assert.match(libs.problems[1] ?? '', /cannot read library \(ENOENT\)/u);
    const stopped = indexInBackground([makeLibrary(dir)], { cacheDir: undefined }, WORKER);
    stopped.stop();
    const settled = await Promise.race([stopped.done.then(() => 'settled'), new Promise((r) => setTimeout(() => r('pending'), 300))]);
    assert.equal(settled, 'pending');
    assert.equal(stopped.current(), undefined);
  });

  it('merges with the national index: a new law is added; on the same title versions join and the user text wins on its date', () => {
    const national: LawIndexData = {
      source: 'test',
      laws: [
        { title: '中华人民共和国示例法', short: ['示例法'], level: '法律', history: [['2000-01-01', '制定']], versions: [{ publish: '2000-01-01', from: '', kind: '制定', articles: '0;0' }], defines: { 甲: '1' } },
        { title: '中华人民共和国别的法', short: ['别的法'], level: '法律', history: [], versions: [{ publish: '2001-01-01', from: '', kind: '制定', articles: '0' }], defines: {} },
      ],
      repealed: [{ title: '旧法', by: '中华人民共和国别的法', publish: '2001-01-01', article: '1', date: '2001-01-01' }],
    };
    const own: Omit<LawIndexData, 'source'> = {
      laws: [
        { title: '中华人民共和国示例法', short: [], level: '法律', history: [['2000-01-01', '制定'], ['2024-01-01', '修正']], versions: [{ publish: '2000-01-01', from: '', kind: '制定', articles: '0;0;0', superseded: true }, { publish: '2024-01-01', from: '', kind: '修正', articles: '0;0;0;0' }], defines: { 乙: '2' } },
        { title: '济南市示例保护条例', short: [], level: '地方性法规', history: [], versions: [{ publish: '2021-06-01', from: '', kind: '修正', articles: '0;0;2;0' }], defines: {} },
      ],
      repealed: [],
    };
    const merged = mergeLawData(national, own);
    assert.deepEqual(merged.laws.map((l) => l.title), ['中华人民共和国别的法', '中华人民共和国示例法', '济南市示例保护条例']);
    const law = merged.laws[1]!;
    assert.deepEqual(law.versions.map((v) => [v.publish, v.articles, v.superseded ?? false]), [['2000-01-01', '0;0;0', true], ['2024-01-01', '0;0;0;0', false]]);
    assert.deepEqual([law.short, law.defines, law.history.length], [['示例法'], { 乙: '2' }, 2], 'the newest version speaks for the law; short names join');
    assert.equal(merged.repealed.length, 1);
    // A national version newer than the library's keeps the national law's own fields.
    const older = mergeLawData(national, { laws: [{ ...own.laws[0]!, versions: [{ publish: '1990-01-01', from: '', kind: '制定', articles: '0' }] }], repealed: [] });
    assert.deepEqual(older.laws[1]!.versions.map((v) => [v.publish, v.superseded ?? false]), [['1990-01-01', true], ['2000-01-01', false]]);
    assert.deepEqual(older.laws[1]!.defines, { 甲: '1' });
    // A copy of the same version that gives no effective date and no 题注 keeps the national ones.
    const dated: LawIndexData = { ...national, laws: [{ ...national.laws[0]!, versions: [{ publish: '2000-01-01', from: '2000-07-01', kind: '制定', articles: '0;0' }] }] };
    const copy = mergeLawData(dated, { laws: [{ ...own.laws[0]!, history: [], versions: [{ publish: '2000-01-01', from: '', kind: '制定', articles: '0;0;0' }] }], repealed: [] });
    assert.deepEqual(copy.laws[0]!.versions.map((v) => [v.publish, v.from, v.articles]), [['2000-01-01', '2000-07-01', '0;0;0']]);
    assert.deepEqual(copy.laws[0]!.history, [['2000-01-01', '制定']]);
  });

  it('the analysis option gives the national index and the libraries as one, read when first asked', () => {
    const libs = libraryLoader([makeLibrary(dir)], { cacheDir: undefined, report: () => undefined });
    const laws = lawsOption(join(process.cwd(), 'dist'), libs);
    const index = laws();
    assert.equal(laws(), index, 'made once');
    assert.ok(index && findLaw(index, '行政处罚法'), 'the national index');
    const local = findLaw(index, '济南市示例保护条例');
    assert.equal(local?.level, '地方性法规');
    assert.ok(provisionExists(latestVersion(local)!, { article: 3, item: 2 }));
    assert.ok(!provisionExists(local.versions[0]!, { article: 3 }), 'the 2018 version has two articles');
    // Without the national file the libraries still answer.
    const alone = lawsOption(join(dir, 'no-bundle'), libs)();
    assert.deepEqual(alone?.laws.map((l) => l.title), ['济南市示例保护条例', '济南市示例管理办法']);
    assert.equal(mergedLawIndex({ source: '', laws: [], repealed: [] }, libs()).laws.length, 2);
  });

  it('gives the text of an article, its file and line, in the version asked or the newest', () => {
    const libs = openLibraries([makeLibrary(dir)], { cacheDir: undefined });
    const newest = articleText(libs, '济南市示例保护条例', undefined, '3');
    assert.deepEqual(newest && { ...newest, file: newest.file.slice(dir.length) }, {
      text: '第三条 有下列情形之一的，不得拆除：\n\n（一）文物；\n\n（二）历史建筑。',
      file: '/lib/地方性法规/济南市示例保护条例(2021-06-01).md',
      line: 14,
      title: '济南市示例保护条例',
      publish: '2021-06-01',
    });
    assert.equal(readFileSync(newest!.file, 'utf8').split('\n')[newest!.line], '第三条 有下列情形之一的，不得拆除：');
    assert.equal(articleText(libs, '《濟南市示例保護條例》', '2018-01-01', '2')?.text, '第二条 本条例自2018年3月1日起施行。', 'Traditional, 《》, an older version');
    assert.equal(articleText(libs, '济南市示例保护条例', '2018-01-01', '3'), undefined, 'not in that version');
    assert.equal(articleText(libs, '济南市示例保护条例', '2019-01-01', '1'), undefined, 'no such version');
    assert.equal(articleText(libs, '济南市别的条例', undefined, '1'), undefined);
    // Parsed once, then kept: a file deleted since is still answered from what was parsed.
    rmSync(newest!.file);
    assert.equal(articleText(libs, '济南市示例保护条例', undefined, '4')?.text, '第四条 本条例自2021年7月1日起施行。');
    assert.equal(articleText(libs, '济南市示例保护条例', '2018-01-01', '1')?.line, 6);
  });

  it('a file unreadable since it was indexed gives no text, not a throw', () => {
    const libs = openLibraries([makeLibrary(dir)], { cacheDir: undefined });
    rmSync(join(dir, 'lib', '规章', '济南市示例管理办法.txt'));
    assert.equal(articleText(libs, '济南市示例管理办法', undefined, '1'), undefined);
  });

  it('folders are absolute or taken from a base; the cache lies in the OS cache folder unless told', () => {
    assert.deepEqual(resolveFolders(['/abs/lib', 'rel', '../up'], '/work/ws'), ['/abs/lib', '/work/ws/rel', '/work/up']);
    assert.equal(defaultCacheDir({ LEXDRAFT_CACHE_DIR: '/tmp/c' }, 'linux'), '/tmp/c');
    assert.equal(defaultCacheDir({ XDG_CACHE_HOME: '/x' }, 'linux'), '/x/lexdraft');
    assert.match(defaultCacheDir({}, 'linux'), /\/\.cache\/lexdraft$/u);
  });

  it('the CLI: --library (repeatable) and .lexdraft.json `library`, problems on stderr and the run goes on', () => {
    const lib = makeLibrary(dir);
    const sample = join(process.cwd(), 'test-fixtures', 'jinan-digital-economy-draft.txt');
    const env = { ...process.env, LEXDRAFT_CACHE_DIR: join(dir, 'cache') };
    const run = (args: string[], cwd = process.cwd()): ReturnType<typeof spawnSync> => spawnSync(process.execPath, [CLI, 'check', '--format', 'json', ...args, sample], { encoding: 'utf8', env, cwd });
    const plain = run([]);
    const bad = run(['--library', join(dir, 'missing'), '--library', lib]);
    assert.equal(bad.status, plain.status, 'the exit code is the draft\'s');
    assert.equal(bad.stdout, plain.stdout, 'the findings are the same');
    assert.match(String(bad.stderr), /missing: 法规库无法读取 \/ cannot read library \(ENOENT\)/u);
    assert.equal(readdirSync(join(dir, 'cache')).length, 1, 'the good folder was indexed and cached');
    // From .lexdraft.json, relative to its folder.
    const project = join(dir, 'project');
    mkdirSync(project);
    writeFileSync(join(project, '.lexdraft.json'), '{ "library": ["../gone"] }');
    assert.match(String(run([], project).stderr), /gone: 法规库无法读取/u);
    assert.match(execFileSync(process.execPath, [CLI, 'check', '--help'], { encoding: 'utf8' }), /--library <dir>/u);
  });

  it('reads the national library as a user library: the same laws as laws.json, and the text of 行政处罚法 第三十二条', function () {
    if (!existsSync(join(LIBRARY, 'manifest.tsv'))) {
      console.log(`      skipped: library not found at ${LIBRARY}`);
      this.skip();
    }
    this.timeout(300_000);
    const libs = openLibraries([LIBRARY], { cacheDir: dir });
    assert.deepEqual(libs.problems, []);
    const committed = JSON.parse(readFileSync(COMMITTED, 'utf8')) as LawIndexData;
    assert.deepEqual(libs.data.laws, committed.laws, 'indexed as npm run gen:laws indexes it');
    assert.deepEqual(libs.data.repealed, committed.repealed);
    const again = openLibraries([LIBRARY], { cacheDir: dir });
    assert.deepEqual(again.data, libs.data, 'from the cache');
    const a = articleText(again, '中华人民共和国行政处罚法', '2021-01-22', '32');
    // Folders are walked by their real path (a link is followed once): ../shared may itself be a link.
    assert.equal(a?.file, realpathSync(join(LIBRARY, '行政法', '行政处罚法(2021-01-22).md')));
    assert.match(a?.text ?? '', /^第三十二条 当事人有下列情形之一，应当从轻或者减轻行政处罚：\n\n（一）主动消除或者减轻违法行为危害后果的；[^]*（五）法律、法规、规章规定其他应当从轻或者减轻行政处罚的。$/u);
    assert.equal(readFileSync(a!.file, 'utf8').split('\n')[a!.line], '第三十二条 当事人有下列情形之一，应当从轻或者减轻行政处罚：');
    assert.equal(articleText(again, '行政处罚法', undefined, '32')?.publish, '2021-01-22', 'the short form, the newest version');
  });
});
