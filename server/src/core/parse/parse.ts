/**
 * Lines → structure tree: the header and every line's class here, the tree in tree.ts, the title and 目录 in
 * front-matter.ts. Never throws on any text: what cannot be read as structure stays paragraph text, and the
 * checks report what is inconsistent.
 */
import { classifyLine, type LineClass, mayOpenLabel, TEXT_LINE } from './classify';
import { INFO_END_RE, listedAgain, metaLine, pickTitle, spanText, tocAccepts, unlabelledToc } from './front-matter';
import { decide, type Evidence, structuralEvidence } from './jurisdiction';
import { closeSpans } from './nodes';
import type { ParseResult, State } from './result';
import { handleLine } from './tree';
import { wrapWidth } from './wrap-width';
import { foldForRecognition, foldScript } from '../text/fold';
import { contentBounds, contentFrom, contentTo, lineOf, lineOffsets } from '../text/lines';
import type { Jurisdiction } from '../text/numerals';
import type { AnalyseOptions, Script, Span } from '../types';

export type { Edit, ParseResult } from './result';
export type { TextUnit } from './units';

/** The script of a text of `length` characters (layout left out) of which `traditional` fold: Traditional from one in fifty. */
export function scriptOf(traditional: number, length: number): Script {
  return traditional * 50 > Math.max(1, length) ? 'traditional' : 'simplified';
}

const AMENDMENT_TITLE_RE = /修正案|修改.{0,60}决定|修正.{0,60}决定|废止.{0,60}决定/u;

export function parse(text: string, options: AnalyseOptions = {}): ParseResult {
  const offsets = lineOffsets(text);
  const { starts, ends } = offsets;
  const lineCount = starts.length;
  const { folded, changed: traditional, layout } = foldForRecognition(text);
  const script = scriptOf(traditional, text.length - layout);
  const joinWrapped = options.joinWrappedLines !== false;

  // Header: a Markdown metadata block ends with <!-- INFO END -->; its first `# ` line is the title.
  let bodyFrom = 0;
  let title: ParseResult['title'];
  let infoEnd = -1;
  if (text.includes('INFO END')) {
    for (let i = 0; i < lineCount && infoEnd < 0; i++) if (INFO_END_RE.test(lineOf(text, offsets, i).text)) infoEnd = i;
  }
  if (infoEnd >= 0) {
    const head = Array.from({ length: infoEnd }, (_, i) => lineOf(text, offsets, i));
    // A `##` division heading inside the metadata block (a converter artefact) already belongs to the body.
    const early = head.findIndex((l) => /^##/u.test(l.text) && /第.{1,12}[章节编]/u.test(l.text));
    bodyFrom = early >= 0 ? early : infoEnd + 1;
    const t = head.find((l) => /^#\s/u.test(l.text));
    if (t) {
      const { from, to } = contentBounds(t.text);
      title = spanText(t, from, to);
    }
  }

  // Content bounds and classes of every line, kept as numbers and shared class objects: most lines are
  // running text, and their first character already says so (no slice, no pattern).
  // Made at their size, as the line offsets are.
  const froms = new Array<number>(lineCount);
  const tos = new Array<number>(lineCount);
  const classes = new Array<LineClass>(lineCount);
  for (let i = 0; i < lineCount; i++) {
    const start = starts[i] as number;
    const end = ends[i] as number;
    const from = contentFrom(text, start, end);
    const to = contentTo(text, start, from, end);
    froms[i] = from;
    tos[i] = to;
    if (i < bodyFrom || from >= to || !mayOpenLabel(folded.charCodeAt(start + from))) {
      classes[i] = TEXT_LINE;
      continue;
    }
    // A `#` can only lead the line when the content starts after something (from > 0).
    classes[i] = classifyLine(folded.slice(start, end), from, to, from > 0 && /^[\s\u3000]*#/u.test(text.slice(start, end)));
  }
  const fixed = options.jurisdiction && options.jurisdiction !== 'auto' ? options.jurisdiction : undefined;
  const evidence = fixed ? undefined : structuralEvidence(classes, script);
  const jurisdiction: Jurisdiction = fixed ?? decide(evidence as Evidence, folded);

  const result: ParseResult = {
    jurisdiction,
    script,
    kind: 'regulation',
    title,
    children: [],
    divisions: [],
    articles: [],
    units: [],
    holders: [],
    folded,
    lineStarts: starts,
    source: text,
    traditional,
    layout,
    evidence,
    infoEndLine: infoEnd,
    // Only the Ministry's Taiwan copies are hard-wrapped so that a paragraph's end needs the width to be told.
    wrapWidth: jurisdiction === 'tw' && joinWrapped ? wrapWidth(text, folded, starts, froms, tos, classes) : 0,
  };
  const preBody: { text: string; span: Span }[] = [];
  const st: State = { openLine: -2, lastArticle: 0, paragraphs: 0, splitting: false, splitAgain: false, classes, froms, tos };
  let bodyStarted = false;
  let inToc = false;

  for (let i = bodyFrom; i < lineCount; i++) {
    const from = froms[i] as number;
    const to = tos[i] as number;
    if (from >= to) continue;
    // The line's object and text are made here and dropped after it: nothing keeps them.
    const line = lineOf(text, offsets, i);
    if (metaLine(line.text, from)) continue;
    let c = classes[i] ?? TEXT_LINE;

    if (inToc && result.toc) {
      if (tocAccepts(result.toc, c, line.text.slice(from, to), line, from, to)) continue;
      inToc = false;
    }
    if (c.type === 'toc-header' && !bodyStarted && !result.toc) {
      result.toc = { headerSpan: { start: line.start + from, end: line.start + to }, entries: [], articleEntries: [] };
      // A 目录 lists headings that come again in the body. One still left empty, directly followed by the
      // body, would take the body's first headings for its entries: none of them comes again.
      inToc = listedAgain(text, offsets, froms, tos, classes, i + 1);
      continue;
    }
    if (c.type === 'division' && !bodyStarted && !result.toc && unlabelledToc(classes, froms, tos, text, offsets, i)) {
      // The 目录 line itself is missing: the first entry stands for it.
      result.toc = { headerSpan: { start: line.start + from, end: line.start + to }, entries: [], articleEntries: [] };
      inToc = tocAccepts(result.toc, c, line.text.slice(from, to), line, from, to);
      continue;
    }
    if (!bodyStarted) {
      if (c.type === 'division' || c.type === 'appendix' || (c.type === 'article' && c.separator !== 'none')) {
        bodyStarted = true;
      } else if (c.type === 'article' && c.numeral.value === 1) {
        bodyStarted = true;
      } else {
        if (c.type === 'text') preBody.push(spanText(line, from, to));
        continue;
      }
    }
    // A label glued to its text is a heading only when it is the expected next number, written in the
    // same numeral style as the previous label, and not set in below an article whose label stands at the
    // margin (the Legislative Yuan sets in paragraphs, not headings: a set-in 第三百十七條有關收買異議股東……之規定 is a
    // paragraph citing it; a text that sets in its headings too sets in the one above); otherwise it is a sentence
    // that begins with a reference.
    if (
      c.type === 'article' &&
      c.separator === 'none' &&
      !(
        c.sub === undefined &&
        c.numeral.value === st.lastArticle + 1 &&
        (st.lastStyle === undefined || st.lastStyle === c.numeral.style) &&
        !(from > 0 && st.article !== undefined && froms[st.article.line] === 0)
      )
    ) {
      c = TEXT_LINE;
    }
    handleLine(result, st, c, line, from, to, i, joinWrapped);
  }
  result.title = title ?? pickTitle(preBody);
  if (result.title && AMENDMENT_TITLE_RE.test(foldScript(result.title.text))) result.kind = 'amendment';
  closeSpans(result.children);
  return result;
}
