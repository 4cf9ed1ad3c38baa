/**
 * `npm run bench:scaling`: the shapes a pasted or unusual draft can take (thousands of chapters, one long
 * line, a glossary of thousands of terms, every article citing a range …), each built at n and 4n units,
 * and every stage run on both: analysis, an edit re-analysed from the previous version, renumbering,
 * fix-all, and the editor requests that read the whole text. A linear stage costs about 4× at 4n, a
 * quadratic one 16×. A stage at 8× or more is measured again at 16n, and marked when it is 8× or more
 * there too; a stage that throws is marked. Not a test and not a speed figure: a shape that marks is
 * looked at with a profiler (docs/performance.md, “Scaling”).
 *
 * Options: `--sizes 600,2400` (n and 4n; the default keeps 16n under 10,000), `--only <text>`
 * (shapes whose name holds it).
 */
import { analyse, fixAll, referencesTo, renumber, type Analysis } from '../server/src/core';
import { codeActions } from '../server/src/lsp/actions';
import type { CachedAnalysis } from '../server/src/lsp/cache';
import { toDiagnostics } from '../server/src/lsp/diagnostics';
import { LineMap } from '../server/src/positions';
import { semanticTokens } from '../server/src/lsp/semantic';
import { foldingRanges } from '../server/src/lsp/structure';
import { documentSymbols } from '../server/src/lsp/symbols';
import { cn, hanName, lines } from '../server/test/shapes';

/** Each shape: n units (articles, paragraphs, terms …) of one kind. */
const SHAPES: [string, (n: number) => string][] = [
  ['articles, one line each', (n) => lines(n, (i) => `第${cn(i)}条 内容。`)],
  ['articles citing far articles and ranges', (n) => lines(n, (i) => `第${cn(i)}条 依照本条例第${cn(n - i + 1)}条和第一条至第${cn(i)}条规定。`)],
  ['articles citing 前条, 前两条 and 第N条第一款第一项', (n) => lines(n, (i) => `第${cn(i)}条 依照前条、前两条和本条例第${cn(i)}条第一款第一项。`)],
  ['duplicate article numbers', (n) => lines(n, () => '第一条 内容，依照第一条。')],
  ['inserted articles 第一条之N', (n) => lines(n, (i) => `第一条之${cn(i)} 内容。`)],
  ['chapters of one article', (n) => lines(n, (i) => `第${cn(i)}章 章名\n第${cn(i)}条 内容。`)],
  ['chapters citing chapters', (n) => lines(n, (i) => `第${cn(i)}章 章名\n第${cn(i)}条 依照第${cn(n - i + 1)}章和本章规定。`)],
  ['books whose chapters restart, each citing its own', (n) => lines(n, (i) => `第${cn(i)}编 编\n第一章 章\n第二章 章\n第${cn(i)}条 依照本编第二章和第一章规定。`)],
  ['books citing a chapter they lack', (n) => lines(n, (i) => `第${cn(i)}编 编\n第一章 章\n第${cn(i)}条 依照第二章和第一章规定。`)],
  ['a chapter of articles citing the section after them', (n) => `第一章 章\n${lines(n, (i) => `第${cn(i)}条 依照本章第一节规定。`)}\n第一节 节\n第${cn(n + 1)}条 内容。`],
  ['sections numbered on through the chapters', (n) => lines(n, (i) => `第${cn(i)}章 章名\n第${cn(i)}节 节名\n第${cn(i)}条 内容。`)],
  ['sections of one chapter citing sections', (n) => `第一章 总则\n${lines(n, (i) => `第${cn(i)}节 节名\n第${cn(i)}条 依照第${cn(n - i + 1)}节和本节规定。`)}`],
  ['a table of contents', (n) => `目录\n${lines(n, (i) => `第${cn(i)}章 章名${hanName(i)}`)}\n${lines(n, (i) => `第${cn(i)}章 章名${hanName(i)}\n第${cn(i)}条 内容。`)}`],
  ['items of one article', (n) => `第一条 下列：\n${lines(n, (i) => `（${cn(i)}）项目，依照前项；`)}`],
  ['subitems of one item', (n) => `第一条 下列：\n（一）项：\n${lines(n, (i) => `${i}.目；`)}`],
  ['items cited across the text', (n) => `第一条 下列：\n${lines(n, (i) => `（${cn(i)}）依照第${cn(n - i + 1)}项规定；`)}`],
  ['paragraphs with items, their first item cited', (n) => `第一条 ${lines(n, () => '下列：\n（一）甲。')}\n第二条 ${lines(n, () => '依照第一条第一项规定', '，')}。`],
  ['paragraphs citing 前款', (n) => `第一条 甲。\n${lines(n, () => '前款规定的前项和该条。')}`],
  ['paragraphs without a reference word, then one', (n) => `第一条 甲。\n${lines(n, () => 'abcdefghij。')}\n第二条 依照本条例第一条。`],
  ['lines wrapped inside one paragraph', (n) => `第一条 开始${lines(n, () => '继续写的文字')}。`],
  ['one line without punctuation', (n) => `第一条 ${'甲乙丙丁'.repeat(n * 5)}`],
  ['a law pasted as one line (glued articles)', (n) => lines(n, (i) => `第${cn(i)}条 下列：（一）甲；（二）乙。`, '')],
  ['unmatched 《 on every line', (n) => `第一条 开头。\n${lines(n, () => '《未闭合的标题第二条。')}`],
  ['references on one line', (n) => `第一条 ${'依照第一条、'.repeat(n)}。`],
  ['a list of departments', (n) => `第一条 本市${lines(n, (i) => hanName(i), '、')}部门按照职责做好工作。`],
  ['departments named and given duties', (n) => `第一条 市人民政府负责。\n第二条 ${lines(n, (i) => `市${hanName(i)}局`, '、')}按照各自职责做好相关工作。\n${lines(n, (i) => `第${cn(i + 2)}条 市${hanName(i)}局负责${hanName(i)}工作。`)}`],
  ['responsibilities articles, other departments undeclared', (n) => `第一章 总则\n${lines(n, (i) => `第${cn(i)}条 市${hanName(i)}管理部门负责${hanName(i)}工作。`)}\n第二章 其他\n${lines(n, (i) => `第${cn(n + i)}条 市${hanName(i + n)}管理部门负责${hanName(i)}工作。`)}`],
  ['departments with abbreviations, used', (n) => lines(n, (i) => `第${cn(i)}条 市${hanName(i)}管理部门（以下简称${hanName(i)}部门）负责，${hanName(i)}部门应当监督。`)],
  ['distinct quoted terms', (n) => lines(n, (i) => `第${cn(i)}条 “数字${hanName(i)}经济”应当推进。`)],
  ['a glossary list of definitions', (n) => `第一条 本条例下列用语的含义：\n${lines(Math.min(n, 9999), (i) => `（${cn(i)}）数字${hanName(i)}设施，是指设施；`)}\n第二条 ${lines(n, (i) => `数字${hanName(i)}设施`, '、')}。`],
  ['repeated noun phrases, a term left undefined', (n) => `第一条 “公共数据”应当公开，公共数据、公共数据、公共数据。\n${lines(n, (i) => `第${cn(i + 1)}条 ${`数字${hanName(i)}数据`.repeat(3)}。`)}`],
  ['a glossary list and as many undefined quoted terms', (n) => `第一条 本条例下列用语的含义：\n${lines(Math.min(n, 9999), (i) => `（${cn(i)}）数字${hanName(i)}设施，是指设施；`)}\n${lines(n, (i) => `第${cn(i + 1)}条 “智能${hanName(i)}平台”、${`智能${hanName(i)}平台`.repeat(3)}应当建设。`)}`],
  ['inline definitions', (n) => lines(n, (i) => `第${cn(i)}条 本条例所称数字${hanName(i)}平台，是指平台。`)],
  ['abbreviations', (n) => lines(n, (i) => `第${cn(i)}条 市${hanName(i)}管理局（以下简称${hanName(i)}局）负责。`)],
  ['amendment quotes', (n) => `关于修改某条例的决定\n${lines(n, (i) => `${cn(i)}、将第${cn(i)}条修改为：“第${cn(i)}条 内容。”`)}`],
  ['comment and metadata lines', (n) => `第一条 甲。\n${lines(n, () => '%% 注释 %%\n<!-- x -->\n正文第二条。')}`],
  ['blank effective dates', (n) => lines(n, (i) => `第${cn(i)}条 本条例自××××年××月××日起施行。`)],
  ['half-width punctuation', (n) => lines(n, (i) => `第${cn(i)}条 依照前条规定,处理;`)],
  ['pinyin annotations', (n) => `第一条 ${'甲（jiǎ）乙'.repeat(n)}。`],
  ['encoding damage', (n) => `第一条 ${'锟斤拷烫?ji)甲'.repeat(n)}。`],
  ['CRLF line ends', (n) => `第一条 甲。\r\n${lines(n, () => 'abc。', '\r\n')}`],
];

const STAGES = ['analyse', 'edit', 'renumber', 'fixAll', 'editor'] as const;
type Stage = (typeof STAGES)[number];

/** Milliseconds each stage takes on one text. */
function stages(text: string): Record<Stage, number> {
  const out = {} as Record<Stage, number>;
  const time = <T>(stage: Stage, f: () => T): T => {
    const t = process.hrtime.bigint();
    let r: T;
    try {
      r = f();
    } catch (err) {
      throw new Error(`${stage} threw ${String(err).slice(0, 60)}`, { cause: err });
    }
    out[stage] = Number(process.hrtime.bigint() - t) / 1e6;
    return r;
  };
  const options = {};
  const a: Analysis = time('analyse', () => analyse(text, options));
  const mid = text.indexOf('。', text.length >> 1);
  const at = mid > 0 ? mid : text.length >> 1;
  time('edit', () => analyse(`${text.slice(0, at)}的${text.slice(at)}`, options, a));
  time('renumber', () => renumber(a));
  time('fixAll', () => fixAll(a));
  time('editor', () => {
    const entry: CachedAnalysis = { uri: 'file:///scaling.law.txt', version: 1, analysis: a, lines: new LineMap(text, a.lineStarts), reduced: false };
    const diagnostics = toDiagnostics(entry, 'zh');
    const end = entry.lines.positionAt(text.length);
    codeActions(entry, { textDocument: { uri: entry.uri }, range: { start: { line: 0, character: 0 }, end }, context: { diagnostics } }, 'zh');
    for (let k = 0; k < 20; k++) {
      const article = a.articles[Math.floor((a.articles.length * k) / 20)];
      if (article) referencesTo(a, article);
    }
    documentSymbols(entry);
    foldingRanges(entry);
    semanticTokens(entry);
  });
  return out;
}

function option(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function main(): void {
  // 16n stays under 10,000: past 9,999 labels are written in digits, and a text that changes its content
  // with its size does not measure a path.
  const [small = 600, large = 2400] = (option('--sizes') ?? '600,2400').split(',').map(Number);
  const only = option('--only');
  const shapes = SHAPES.filter(([n]) => !only || n.includes(only));
  // Warm-up: the first calls of each stage compile it; a cold small run would flatter the ratio.
  for (const [, make] of shapes) {
    try {
      stages(make(Math.max(10, small >> 3)));
    } catch {
      // reported below, at the measured sizes
    }
  }
  const rows: string[][] = [];
  let marked = 0;
  // The median of three runs at each size: single times on a shared machine move by half.
  const median = (text: string): Record<Stage, number> => {
    const runs = [stages(text), stages(text), stages(text)];
    return Object.fromEntries(STAGES.map((s) => [s, runs.map((r) => r[s]).sort((x, y) => x - y)[1] as number])) as Record<Stage, number>;
  };
  // A stage at 8× or more (and at least 2 ms at 4n) is measured again at 16n: the collector, the caches
  // and timer noise can push a linear stage to 8× once, a quadratic one stays near 16× at every step. It
  // is marked when it grows 8× or more again and takes at least 10 ms at 16n.
  const suspect = (ratio: number, ms: number, least: number): boolean => ratio >= 8 && ms >= least;
  for (const [shape, make] of shapes) {
    let a: Record<Stage, number>;
    let b: Record<Stage, number>;
    try {
      a = median(make(small));
      b = median(make(large));
    } catch (err) {
      // A stage that throws on a text someone can paste is worse than a slow one.
      rows.push([shape, `◀ ${(err as Error).message}`]);
      marked++;
      continue;
    }
    let again: Record<Stage, number> | undefined;
    try {
      again = STAGES.some((s) => suspect(b[s] / Math.max(a[s], 0.05), b[s], 2)) ? median(make(large * 4)) : undefined;
    } catch (err) {
      rows.push([shape, `◀ at 16n: ${(err as Error).message}`]);
      marked++;
      continue;
    }
    const cells = STAGES.map((s) => {
      const ratio = b[s] / Math.max(a[s], 0.05);
      if (!again || !suspect(ratio, b[s], 2)) return `${b[s].toFixed(0)} ms ${ratio.toFixed(1)}×`;
      const next = again[s] / Math.max(b[s], 0.05);
      const quadratic = suspect(next, again[s], 10);
      if (quadratic) marked++;
      return `${b[s].toFixed(0)} ms ${ratio.toFixed(1)}×, 16n ${next.toFixed(1)}×${quadratic ? ' ◀' : ''}`;
    });
    rows.push([shape, ...cells]);
  }
  const head = ['shape (time at 4n, ratio to n)', ...STAGES];
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]): string => `| ${r.map((c, i) => c.padEnd(width[i] ?? 0)).join(' | ')} |`;
  console.log(`n = ${small}, 4n = ${large}: a linear stage costs about ${(large / small).toFixed(0)}×, a quadratic one ${((large / small) ** 2).toFixed(0)}×`);
  console.log(line(head));
  console.log(line(width.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(r));
  console.log(marked === 0 ? 'no stage marked (◀: 8× or more from n to 4n and again from 4n to 16n)' : `${marked} stage(s) marked ◀ (8× or more at both steps): profile them`);
}

main();
