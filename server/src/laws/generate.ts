/**
 * Generates the national law index (server/data/laws.json) from the library beside the checkout
 * (../shared/library: Markdown texts and manifest.tsv). Run by `npm run gen:laws` (scripts/gen-laws.mjs);
 * a test compares the committed file with a fresh generation. The texts are read with the core's own
 * parser, so the articles, 款 and 项 the index knows are the ones LexDraft finds in a draft citing them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { analyse, foldScript, articleKey, CHECKS, encodeArticles, type LawData, type LawIndexData, type LawLevel, type RepealData, type VersionData, type VersionKind } from '../core';

export interface ManifestRow {
  level: LawLevel;
  name: string;
  publish: string;
  from: string;
  superseded: boolean;
  title: string;
}

/**
 * One text read: a whole version, or one part of a version published in several files (民法典). Plain data:
 * a user library's cache (library.ts) keeps it as JSON.
 */
export interface FileReading {
  title: string;
  level: LawLevel;
  row?: ManifestRow;
  folder: string;
  datedName?: string;
  history: [string, VersionKind][];
  articles: { number: number; sub: number; deleted: boolean; items: number[] }[];
  defines: [string, string][];
  repeals: { titles: string[]; article: string; date?: string; onPublish: boolean }[];
}

const PRC = '中华人民共和国';
/** Every check off: the index needs the structure and the definitions, not findings. */
export const INDEX_OPTIONS = { jurisdiction: 'prc' as const, levels: Object.fromEntries(CHECKS.map((c) => [c.id, 'off' as const])) };

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** 2021年1月22日 → 2021-01-22. */
function isoDate(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}
const DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/u;

/** The 题注 lines (between the title and `<!-- INFO END -->`) as dated events; 施行 lines are not events. */
export function readHistory(head: string): [string, VersionKind][] {
  const events: [string, VersionKind][] = [];
  for (const line of head.split('\n')) {
    const date = DATE.exec(line);
    if (!date) continue;
    // The instrument's own title (《关于修改…的决定》) says nothing about what this line records.
    // 宪法 records its amendments as the 修正案 adopted (…通过的《中华人民共和国宪法修正案》).
    const said = line.replace(/《[^》]*》/gu, '');
    const kind: VersionKind | undefined = /修订/u.test(said) ? '修订' : /修正/u.test(said) || /修正案》/u.test(line) ? '修正' : /通过|公布|发布/u.test(said) ? '制定' : undefined;
    if (!kind) continue;
    const event: [string, VersionKind] = [isoDate(date[1]!, date[2]!, date[3]!), kind];
    // 通过 then 公布 (a 行政法规's State Council meeting, then its decree) is one enactment: its publication.
    if (kind === '制定' && events.length > 0 && events.every(([, k]) => k === '制定')) events[events.length - 1] = event;
    else events.push(event);
  }
  return events;
}

/** Where the next dated event of a one-line 题注 begins: a separator before a full date, 根据 or not. */
const NEXT_EVENT = /[\s\u3000，,；;]+(?=(?:根据)?\d{4}年\d{1,2}月\d{1,2}日)/gu;
/** How much of a text without articles (an amending instrument) is read as its 题注. */
const HEAD_WITHOUT_ARTICLES = 600;

/** The titles a "……同时废止" sentence names: its top-level 《…》, nested 〈〉 kept. */
function repealedTitles(sentence: string): string[] {
  return [...sentence.matchAll(/《([^《》]+)》/gu)].map((m) => m[1]!.replace(/\s+/gu, ''));
}

function readLawFile(text: string): Omit<FileReading, 'level' | 'row' | 'folder' | 'datedName'> {
  const end = text.indexOf('<!-- INFO END -->');
  const a = analyse(text, INDEX_OPTIONS);
  // A user's text has no end marker: its 题注 is what stands before the first article (or its first lines),
  // often one bracketed line with its events one after another (……通过, ideographic space, 根据……修正), in
  // either script.
  const history = readHistory(end >= 0 ? text.slice(0, end) : foldScript(text.slice(0, a.articles[0]?.spanStart ?? HEAD_WITHOUT_ARTICLES)).replace(NEXT_EVENT, '\n'));
  const title = (a.title?.text ?? '').replace(/\s+/gu, '');
  const articles = a.articles.map((art) => ({
    number: art.number,
    sub: art.sub,
    deleted: art.deleted,
    items: art.children.filter((p) => p.kind === 'paragraph').map((p) => p.children.filter((i) => i.kind === 'item').length),
  }));
  const defines = a.terms.defined.filter((d) => d.form !== 'abbreviation').map((d): [string, string] => [d.term, articleKey(d.article.number, d.article.sub)]);
  const repeals: FileReading['repeals'] = [];
  for (const art of a.articles) {
    const body = text.slice(art.spanStart, art.spanEnd);
    for (const m of body.matchAll(/[^。；]*同时废止/gu)) {
      const titles = repealedTitles(m[0]);
      if (titles.length === 0) continue;
      const start = /自(\d{4})年(\d{1,2})月(\d{1,2})日起施行/u.exec(body);
      repeals.push({ titles, article: articleKey(art.number, art.sub), date: start ? isoDate(start[1]!, start[2]!, start[3]!) : undefined, onPublish: !start && /自公布之日起施行/u.test(body) });
    }
  }
  return { title, history, articles, defines, repeals };
}

/** The rows of a library's manifest.tsv (path → row), from its text. */
export function parseManifest(text: string): Map<string, ManifestRow> {
  const rows = new Map<string, ManifestRow>();
  const [, ...lines] = text.split('\n');
  for (const line of lines) {
    const [path, level, name, publish, from, superseded, title] = line.split('\t');
    if (!path || !title) continue;
    rows.set(path, { level: level as LawLevel, name: name ?? '', publish: publish ?? '', from: from ?? '', superseded: superseded === '1', title });
  }
  return rows;
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? markdownFiles(join(dir, e.name)) : e.name.endsWith('.md') && e.name !== 'README.md' ? [join(dir, e.name)] : []));
}

/**
 * The level of a text no manifest row names: in a copy of the national library (it has a manifest) its
 * folder says; elsewhere its title does — a 法 is a 法律, a 条例 a 地方性法规 (a user's library holds local
 * texts: the national ones are in the index already), anything else (办法, 规定, 细则) a 规章.
 */
function levelOf(title: string, folder: string, national: boolean): LawLevel {
  if (national) return folder === '宪法' ? '宪法' : folder === '行政法规' ? '行政法规' : '法律';
  const bare = title.replace(/[（(][^（()）]*[）)]$/u, '');
  return /(?<!办)法$/u.test(bare) ? '法律' : bare.endsWith('条例') ? '地方性法规' : '规章';
}

/**
 * Reads one text of a library at `path` (relative, `/`-separated), with the library's manifest rows when it
 * has a manifest: what the index needs of it. Used by `npm run gen:laws` and by a user's library alike.
 */
export function readLawText(text: string, path: string, manifest: ReadonlyMap<string, ManifestRow> | undefined): FileReading {
  const reading = readLawFile(text);
  const row = manifest?.get(path);
  const folder = path.split('/')[0] ?? '';
  // A text without a title line is known by its file's name (济南市某某条例(2020-01-01).txt).
  const title = row?.title ?? (reading.title || (/([^/]+?)(?:\(\d{4}-\d{2}-\d{2}\))?\.(?:md|txt)$/u.exec(path)?.[1] ?? path));
  const level = row?.level ?? levelOf(title, folder, manifest !== undefined);
  return { ...reading, title, level, row, folder, datedName: /\((\d{4}-\d{2}-\d{2})\)\.(?:md|txt)$/u.exec(path)?.[1] };
}

/** Reads every text of the library into the index data, sorted (titles, then dates). */
export function generateLawIndex(library: string): LawIndexData {
  const manifest = parseManifest(readFileSync(join(library, 'manifest.tsv'), 'utf8'));
  const readings = markdownFiles(library).map((file) => readLawText(readFileSync(file, 'utf8'), relative(library, file).split(sep).join('/'), manifest));
  return { source: librarySource(library), ...indexReadings(readings) };
}

/** The library's source and commit, as its README names them. */
export function librarySource(library: string): string {
  const readme = readFileSync(join(library, 'README.md'), 'utf8');
  return `LawRefBook/Laws@${/commit ([0-9a-f]{7,40})/u.exec(readme)?.[1] ?? 'unknown'}`;
}

/**
 * The laws and repeals of a set of texts, sorted (titles, then dates): the texts of one title are its
 * versions, by publish date (the manifest's, else the file name's, else the 题注's last).
 */
export function indexReadings(readings: readonly FileReading[]): Omit<LawIndexData, 'source'> {
  // A version is the files of one title and publish date (民法典 is eight files).
  const versions = new Map<string, Map<string, FileReading[]>>();
  for (const r of readings) {
    const publish = versionDate(r);
    const byPublish = versions.get(r.title) ?? new Map<string, FileReading[]>();
    byPublish.set(publish, [...(byPublish.get(publish) ?? []), r]);
    versions.set(r.title, byPublish);
  }
  const laws: LawData[] = [];
  const repealed = new Map<string, RepealData>();
  for (const [title, byPublish] of versions) {
    const dated = [...byPublish.entries()].sort((a, b) => byString(a[0], b[0]));
    const law: LawData = { title, short: [], level: '法律', history: [], versions: [], defines: {} };
    for (const [publish, files] of dated) {
      const articles = files.flatMap((f) => f.articles).sort((a, b) => a.number - b.number || a.sub - b.sub);
      const first = files[0]!;
      const from = first.row?.from ?? '';
      const version: VersionData = { publish, from, kind: first.history[first.history.length - 1]?.[1] ?? '制定', articles: encodeArticles(articles) };
      // The manifest marks fewer than it should (会计法 2017 beside 2024): a newer version here supersedes too.
      if (first.row?.superseded || publish !== dated[dated.length - 1]![0]) version.superseded = true;
      law.versions.push(version);
      // The newest version says what the law is called, what it defines and its history.
      law.level = first.level;
      law.history = first.history;
      const names = new Set(files.map((f) => f.row?.name ?? '').filter((n) => n && !/\s/u.test(n)));
      if (title.startsWith(PRC)) names.add(title.slice(PRC.length));
      names.delete(title);
      law.short = [...names].sort(byString);
      const defines = new Map<string, string>();
      for (const f of files) for (const [term, key] of f.defines) if (!defines.has(term)) defines.set(term, key);
      law.defines = Object.fromEntries([...defines.entries()].sort((a, b) => byString(a[0], b[0])));
      for (const f of files) {
        for (const r of f.repeals) {
          const date = r.date ?? (r.onPublish ? publish : from || publish);
          // "原《X》同时废止" in X's own new text replaces an edition, not a law: X's versions say so.
          for (const t of r.titles.filter((t) => t !== title)) {
            const entry: RepealData = { title: t, by: title, publish, article: r.article, date };
            const key = `${t}\n${title}`;
            if (!repealed.has(key)) repealed.set(key, entry); // dated ascending: the first version that says so
          }
        }
      }
    }
    laws.push(law);
  }
  const titles = new Set(laws.map((l) => l.title));
  for (const law of laws) {
    const own = law.title.startsWith(PRC) ? law.title.slice(PRC.length) : law.title;
    const base = /^(.+)实施(?:条例|细则|办法)$/u.exec(own)?.[1];
    const target = base && [PRC + base, base].find((t) => titles.has(t));
    if (target) law.implements = target;
  }
  laws.sort((a, b) => byString(a.title, b.title));
  return { laws, repealed: [...repealed.values()].sort((a, b) => byString(a.title, b.title) || byString(a.by, b.by)) };
}

/** The publish date of the version a text is (empty when nothing gives one). */
export function versionDate(r: FileReading): string {
  return r.row?.publish || r.datedName || r.history[r.history.length - 1]?.[0] || '';
}

/** The file's text: one law or repeal per line, so a change shows as a small diff. */
export function renderLawIndex(data: LawIndexData): string {
  const lines = (items: readonly unknown[]): string => items.map((x) => JSON.stringify(x)).join(',\n');
  return `{"source":${JSON.stringify(data.source)},\n"laws":[\n${lines(data.laws)}\n],\n"repealed":[\n${lines(data.repealed)}\n]}\n`;
}
