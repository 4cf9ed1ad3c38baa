/**
 * citation.title-form — how a national law is named: its first citation in full (a short form before the
 * full title, or with none at all), and a 修正 / 修订 year note that matches what the law's 题注 says was
 * done that year (行政处罚法 was 修订, not 修正, in 2021).
 */
import { titleIn, type Citation } from '../citations';
import type { Law } from '../laws';
import type { Script } from '../types';
import type { Check, Report } from './types';

export const citationTitleForm: Check = {
  id: 'citation.title-form',
  title: { zh: '引用法律的名称形式', en: 'Form of a cited law’s title' },
  defaultSeverity: 'information',
  fix: { kind: 'replace', applicability: 'confirm' },
  run({ citations: { citations }, parsed }, report) {
    // The first full citation of each law, read once from the end (not searched again for each short one).
    const fullFrom = new Map<Law, Citation>();
    for (let i = citations.length - 1; i >= 0; i--) {
      const c = citations[i] as Citation;
      if (c.law && c.full && !c.bare) fullFrom.set(c.law, c);
    }
    const named = new Set<Law>();
    for (const c of citations) {
      const law = c.law;
      // A law named without 《》 (依照刑法第十七条) is how judicial interpretations and implementing acts cite:
      // the form rules here are about 《titles》.
      if (!law || c.repeal || c.historical || c.bare) continue;
      if (!named.has(law)) {
        named.add(law);
        if (!c.full) firstNotInFull(c, titleIn(parsed.script, law.title), fullFrom.get(law), report);
      }
      if (c.note) yearNote(c, law, parsed, report);
    }
  },
};

function firstNotInFull(c: Citation, title: string, later: Citation | undefined, report: Report): void {
  report({
    span: c.span,
    message: later
      ? { zh: `《${c.written}》在全称《${title}》之前使用了简称；首次引用宜用全称`, en: `《${c.written}》 is used before the full title 《${title}》 is: cite it in full first` }
      : { zh: `首次引用宜用全称《${title}》`, en: `Cite the law by its full title 《${title}》 the first time` },
    data: { fix: `《${title}》` },
    ...(later ? { related: [{ span: later.span, message: { zh: '全称在此', en: 'The full title is here' } }] } : {}),
  });
}

function yearNote(c: Citation, law: Law, parsed: { script: Script; folded: string; source: string }, report: Report): void {
  const note = c.note;
  const title = titleIn(parsed.script, law.title);
  if (!note || law.history.length === 0) return;
  const that = law.history.filter(([d]) => d.startsWith(`${note.year}-`)).map(([, kind]) => kind);
  if (that.includes(note.kind)) return;
  report({
    span: note.span,
    message: that.length
      ? { zh: `《${title}》${note.year}年是${that.join('、')}，不是${note.kind}`, en: `《${title}》 was ${that.join(', ')} in ${note.year}, not ${note.kind}` }
      : { zh: `《${title}》${note.year}年没有${note.kind}`, en: `《${title}》 was not ${note.kind} in ${note.year}` },
    ...(that.length === 1 && that[0] !== '制定' ? { data: { fix: rewritten(note.span, that[0] as string, parsed.folded, parsed.source) } } : {}),
  });
}

/** The note as written with its kind replaced, in the draft's own script (修訂 in Traditional). */
function rewritten(span: { start: number; end: number }, kind: string, folded: string, source: string): string {
  const text = source.slice(span.start, span.end);
  const at = folded.slice(span.start, span.end).search(/修[正订]/u);
  const traditional = source[span.start + at + 1] !== folded[span.start + at + 1];
  return text.slice(0, at) + (kind === '修订' && traditional ? '修訂' : kind) + text.slice(at + 2);
}
