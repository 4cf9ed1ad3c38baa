/**
 * Without the base's text: the targets of an instrument that amends one national law, checked against the
 * shape of that law in the national law index (its articles, and the 项 of each 款) — the version in force
 * the day before the instrument was adopted, or the newest for an undated draft. Only whether each target
 * exists: quotations need the text.
 */
import { findLaw, latestVersion, provisionExists, versionAt, type LawIndex, type LawVersion } from '../laws';
import type { ParseResult } from '../parse/parse';
import { label, type Problem } from './apply';
import type { Instruction, Target } from './instrument';

/** The law an instrument's title names: 关于修改《X》的决定, or X修正案（N）. */
function lawNamed(title: string): string | undefined {
  const decision = /^[^《]*关于修改《([^》]+)》的决定$/u.exec(title);
  if (decision) return decision[1];
  const amendment = /^(.+?)修正案(?:（[^）]*）)?(?:\(\d{4}-\d{2}-\d{2}\))?$/u.exec(title);
  return amendment?.[1];
}

/** The day before the adoption date in the instrument's header (its first date), or undefined for a draft. */
function dayBefore(folded: string): string | undefined {
  const m = /(\d{4})年(\d{1,2})月(\d{1,2})日/u.exec(folded.slice(0, 400));
  if (!m) return undefined;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) - 1));
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString().slice(0, 10);
}

export function nationalProblems(instrument: ParseResult, instructions: readonly Instruction[], laws: LawIndex | undefined): Problem[] {
  const title = instrument.title ? instrument.folded.slice(instrument.title.span.start, instrument.title.span.end).replace(/^#\s*/u, '').trim() : '';
  const name = lawNamed(title);
  const law = laws && name ? findLaw(laws, name) : undefined;
  if (!law) return [];
  const date = dayBefore(instrument.folded);
  const version = date ? versionAt(law, date) : latestVersion(law);
  // A version adopted after the instrument is not the one it amended: say nothing rather than guess.
  if (!version) return [];
  const problems: Problem[] = [];
  const check = (t: Target | undefined): void => {
    if (!t || t.within !== undefined) return;
    if (provisionExists(version, { article: t.article, sub: t.sub, paragraph: t.paragraphs[0], item: t.item })) return;
    problems.push({ kind: 'target-missing', span: t.span, message: message(law.title, version, label(t)) });
  };
  for (const i of instructions) {
    if (i.kind === 'renumber' || i.kind === 'retitle') continue;
    if (i.kind === 'insertArticle') check(i.after);
    else if (i.kind === 'insertParagraph' || i.kind === 'insertItem') check({ ...i.target, paragraphs: i.kind === 'insertItem' ? i.target.paragraphs : [] });
    else check(i.target);
  }
  return problems;
}

function message(title: string, version: LawVersion, what: string): Problem['message'] {
  const when = version.from || version.publish;
  return {
    zh: `《${title}》${when ? `（${when}起施行的文本）` : ''}中没有${what}（据国家法律索引）`,
    en: `《${title}》${when ? ` (the text in force from ${when})` : ''} has no ${what} (national law index)`,
  };
}
