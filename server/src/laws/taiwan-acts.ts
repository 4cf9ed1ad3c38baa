/**
 * Generates the index of Taiwan acts (server/data/taiwan-acts.json) from a copy of the Ministry of Justice's law
 * data as kong0107/mojLawSplitJSON publishes it (FalVMingLing/<PCode>.json, one act or regulation a file; ROC
 * government works). Run by `npm run gen:taiwan-acts -- <folder>` (scripts/gen-taiwan-acts.mjs). The acts are read
 * with the core's own parser, so the articles, 項 and 款 the index knows are the ones LexDraft finds in a text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse, CHECKS, encodeArticles, type TaiwanActsData } from '../core';

/** One file of the data, as far as the index reads it. */
interface MojJson {
  法規性質?: string;
  法規名稱?: string;
  廢止註記?: string;
  法規內容?: { 編章節?: string; 條號?: string; 條文內容?: string }[];
}

/** Every check off: the index needs the structure only. */
const OPTIONS = { jurisdiction: 'tw' as const, levels: Object.fromEntries(CHECKS.map((c) => [c.id, 'off' as const])) };

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * An act's text as a user copying it from the Ministry's site has it: the title, each division line, each article
 * `第 N 條` with its lines as the data breaks them (one paragraph a line, or a hard-wrapped old text: LexDraft
 * joins the wrapped lines as it does in a pasted draft), a blank line between articles.
 */
export function renderMojAct(j: MojJson): string {
  const out = [(j.法規名稱 ?? '').trim(), ''];
  for (const e of j.法規內容 ?? []) {
    if (e.編章節 !== undefined) out.push(e.編章節.trim(), '');
    else if (e.條號 !== undefined) {
      const lines = (e.條文內容 ?? '').split(/\r?\n/u).map((l) => l.trimEnd()).filter((l) => l.trim());
      out.push([`${e.條號} ${lines[0] ?? ''}`.trimEnd(), ...lines.slice(1)].join('\n'), '');
    }
  }
  return `${out.join('\n').replace(/\n+$/u, '')}\n`;
}

/** An act in force (法規性質 法律, no 廢止註記) as the index holds it; anything else is not indexed. */
export function readTaiwanAct(j: MojJson): { title: string; articles: string } | undefined {
  if (j.法規性質 !== '法律' || j.廢止註記 || !j.法規名稱) return undefined;
  const a = analyse(renderMojAct(j), OPTIONS);
  const articles = a.articles.map((art) => ({
    number: art.number,
    sub: art.sub,
    deleted: art.deleted,
    items: art.children.filter((p) => p.kind === 'paragraph').map((p) => p.children.filter((i) => i.kind === 'item').length),
  }));
  if (articles.length === 0) return undefined;
  return { title: j.法規名稱.replace(/\s+/gu, ''), articles: encodeArticles(articles) };
}

/** Reads every FalVMingLing/*.json of the folder: the acts in force, sorted by title. */
export function generateTaiwanActs(folder: string, source: string): TaiwanActsData {
  const dir = join(folder, 'FalVMingLing');
  const acts = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => readTaiwanAct(JSON.parse(readFileSync(join(dir, f), 'utf8').replace(/^\uFEFF/u, '')) as MojJson))
    .filter((a): a is { title: string; articles: string } => a !== undefined);
  // Two files of one title (an act split at the source) would be one key: the first in file order is kept.
  const seen = new Set<string>();
  return { source, acts: acts.filter((a) => !seen.has(a.title) && seen.add(a.title)).sort((a, b) => byString(a.title, b.title)) };
}

/** The file's text: one act a line, so that a regeneration's diff shows which acts changed. */
export function renderTaiwanActs(data: TaiwanActsData): string {
  return `{"source":${JSON.stringify(data.source)},\n"acts":[\n${data.acts.map((a) => JSON.stringify(a)).join(',\n')}\n]}\n`;
}
