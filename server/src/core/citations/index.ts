/**
 * The citations table of one analysis: each 《title》 of the prose with the provisions cited with it, the
 * law the national law index holds under that title at the text's date, and whether it had been repealed
 * by then. Built on first use by the citation checks (and by hover), so a text that cites nothing, or an
 * analysis with the citation checks off, never reads the index.
 */
import type { LawIndex } from '../laws';
import { normaliseLawName } from '../laws';
import type { ParseResult } from '../parse/parse';
import { convertScript } from '../text/convert';
import type { Reference, Script } from '../types';
import { textDate } from './date';
import { attachProvisions } from './provisions';
import { resolveName } from './resolve';
import { mayCiteBare, readBareNames } from './bare';
import { readTitles, type TitleMention } from './titles';
import type { Citation, CitationTable, CitedProvision } from './types';

export type { YearNote } from './titles';
export type { Citation, CitationTable, CitedProvision } from './types';

const EMPTY: CitationTable = { citations: [] };

/**
 * The citations of a PRC text. Taiwan texts cite Taiwan acts, which the national index does not hold:
 * their table is empty. The index is asked for only when the prose has a 《title》, or an external
 * reference right after a word that may be a law's name (bare.ts).
 */
export function citationTable(parsed: ParseResult, references: readonly Reference[], laws: (() => LawIndex | undefined) | undefined): CitationTable {
  if (parsed.jurisdiction === 'tw' || !laws) return EMPTY;
  const bracketed = readTitles(parsed);
  // An amending instrument cites its law bare to say what it changes (在刑法第X条后增加一条): not a citation.
  const bare = parsed.kind !== 'amendment' && mayCiteBare(parsed, references);
  if (bracketed.length === 0 && !bare) return EMPTY;
  const index = laws();
  if (!index) return EMPTY;
  const titles = bare ? inTextOrder(bracketed, readBareNames(parsed, references, index)) : bracketed;
  if (titles.length === 0) return EMPTY;
  const date = textDate(parsed);
  const own = parsed.title && normaliseLawName(parsed.title.text.replace(/^#+\s*/u, '').replace(/[（(][^）)]*[）)]\s*$/u, ''));
  const seen = new Map<string, ReturnType<typeof resolveName>>();
  const citations = titles.map((t): Citation => {
    let r = seen.get(t.name);
    if (!r) seen.set(t.name, (r = resolveName(index, t.name, date)));
    const c: Citation = { span: t.span, name: t.name, written: t.written, provisions: [], full: false, ...r };
    c.full = r.law ? normaliseLawName(r.law.title) === normaliseLawName(t.name) : t.name.startsWith('中华人民共和国');
    if (t.note) c.note = t.note;
    if (t.abbreviation) c.abbreviation = t.abbreviation;
    if (t.bare) c.bare = true;
    if (t.historical || (r.repeal && own !== undefined && normaliseLawName(c.successor ?? r.repeal.by) === own)) c.historical = true;
    return c;
  });
  attachProvisions(parsed, references, titles, citations);
  return date === undefined ? { citations, index } : { date, citations, index };
}

/** Two lists of mentions, each in text order, as one (a bare name never stands inside a 《title》). */
function inTextOrder(a: readonly TitleMention[], b: readonly TitleMention[]): TitleMention[] {
  if (b.length === 0) return [...a];
  const out: TitleMention[] = [];
  let j = 0;
  for (const t of a) {
    while (j < b.length && (b[j] as TitleMention).span.start < t.span.start) out.push(b[j++] as TitleMention);
    out.push(t);
  }
  while (j < b.length) out.push(b[j++] as TitleMention);
  return out;
}

/** What a citation names at an offset: the citation, and the provision there when the offset is on one. */
export interface CitationAt {
  citation: Citation;
  provision?: CitedProvision;
}

/**
 * The citation at `offset` (on its 《title》 or on a provision cited with it), with its law, version and
 * provision, for hover and go to definition. Undefined elsewhere.
 */
export function citationAt(table: CitationTable, offset: number): CitationAt | undefined {
  const list = table.citations;
  // Titles are in text order and their provisions follow them: the last title starting at or before the
  // offset, or one before it whose 该法 continuation reaches further.
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as Citation).span.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && i >= lo - 8; i--) {
    const citation = list[i] as Citation;
    if (offset >= citation.span.start && offset < citation.span.end) return { citation };
    const provision = citation.provisions.find((p) => offset >= p.span.start && offset < p.span.end);
    if (provision) return { citation, provision };
  }
  return undefined;
}

/** A title of the index (Simplified) as a draft in `script` writes it: in a message, in a fix. */
export function titleIn(script: Script, title: string): string {
  return script === 'traditional' ? convertScript(title, 'traditional') : title;
}
