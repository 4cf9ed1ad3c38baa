/**
 * The round trip of issue #24: `amend(old, new)` writes an instrument, `applyAmendment(old, instrument)`
 * applies it, and the result must read as `new`. Compared article by article (by number) and heading by
 * heading, modulo whitespace only: the writer quotes the new text's own words, so nothing else may differ.
 */
import { analyse, applyAmendment, compareVersions, writeInstrument, type AmendOptions, type Analysis } from '../src/core';

export interface RoundTrip {
  /** Every article and division heading of the result reads as the newer version's. */
  exact: boolean;
  /** Articles of the newer version the result writes alike, of all its articles. */
  matching: number;
  total: number;
  instructions: number;
  /** The instrument's amendment.* findings on its own base, by code. */
  findings: Record<string, number>;
  instrument: string;
  result: string;
  /** The first difference, for the report (empty when exact). */
  why: string;
}

const squeeze = (s: string): string => s.replace(/\s+/gu, '');

/**
 * Each article's text after its label, keyed 第X条之N (the first of a number wins, as the parser's lists keep
 * them). In insert-only mode numbers are kept (之N, 第X条（删去）), so the articles are keyed by their place
 * among those not deleted: the same words in the same order is the newer version.
 */
function articleTexts(a: Analysis, mode: AmendOptions['mode']): Map<string, string> {
  const out = new Map<string, string>();
  let place = 0;
  for (const x of a.articles) {
    const text = squeeze(a.text.slice(x.labelEnd, x.spanEnd));
    if (mode === 'insertOnly' && /^[（(]删去[）)]$/u.test(text)) continue;
    const k = mode === 'insertOnly' ? `#${++place}` : `${x.number}:${x.sub}`;
    if (!out.has(k)) out.set(k, text);
  }
  return out;
}

function headings(a: Analysis): string[] {
  const out: string[] = [];
  for (const d of a.divisions) out.push(`${d.kind} ${d.number} ${squeeze(d.title)}`);
  return out;
}

export function roundTrip(before: string, after: string, mode: AmendOptions['mode'] = 'renumber'): RoundTrip {
  const instrument = writeInstrument(compareVersions(analyse(before), analyse(after), { unchanged: true }), { mode });
  const r = applyAmendment(before, instrument);
  const findings: Record<string, number> = {};
  for (const f of r.findings) findings[f.code] = (findings[f.code] ?? 0) + 1;
  const want = articleTexts(analyse(after), mode);
  const got = articleTexts(analyse(r.text), mode);
  let matching = 0;
  let why = '';
  for (const [k, text] of want) {
    if (got.get(k) === text) matching++;
    else if (!why) why = `article ${k}: want ${text.slice(0, 40)}… got ${(got.get(k) ?? '(none)').slice(0, 40)}…`;
  }
  for (const k of got.keys()) if (!want.has(k) && !why) why = `article ${k} is extra`;
  const [hw, hg] = [headings(analyse(after)), headings(analyse(r.text))];
  if (!why && hw.join('\n') !== hg.join('\n')) why = `headings: want ${hw.find((h, n) => h !== hg[n])} got ${hg.find((h, n) => h !== hw[n])}`;
  return { exact: why === '', matching, total: want.size, instructions: r.instructions.length, findings, instrument, result: r.text, why };
}
