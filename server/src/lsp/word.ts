/**
 * Word in the editor (docs/docx.md, “In VS Code”): a .docx draft checked read-only, its findings by paragraph
 * as `lexdraft check` gives them, and an open draft written as an official Word document as `lexdraft export`
 * writes it. The client reads and writes the files (whatever file system the editor has); here bytes become
 * findings and an analysis becomes bytes. The Word writer is loaded only for an export (dist/word.js).
 */
import type { Diagnostic } from 'vscode-languageserver';
import { analyse, type AnalyseOptions } from '../core';
import { DocxError, readDocx } from '../docx';
import { ParagraphMap, placeInWord, wordPlace } from '../paragraphs';
import { MAX_DRAFT_BYTES, type WordCheckArgs, type WordCheckReply, type WordExportArgs, type WordExportReply, type WordParagraph } from '../protocol';
import type { Template } from '../word';
import type { CachedAnalysis } from './cache';
import { type DiagnosticSource, toDiagnostics } from './diagnostics';


export function checkWord(args: Partial<WordCheckArgs>, options: AnalyseOptions, lang: 'zh' | 'en', checkDocs?: string): WordCheckReply {
  if (typeof args.uri !== 'string' || typeof args.docx !== 'string') return { ok: false, reason: lang === 'zh' ? '参数不完整' : 'bad arguments' };
  const bytes = Buffer.from(args.docx, 'base64');
  // What the document inflates to is bounded by the reader (docx/index.ts, MAX_INFLATED).
  if (bytes.length > MAX_DRAFT_BYTES) return { ok: false, reason: lang === 'zh' ? `超过 ${MAX_DRAFT_BYTES / 1024 / 1024} MB` : `larger than ${MAX_DRAFT_BYTES / 1024 / 1024} MB` };
  let docx;
  try {
    docx = readDocx(bytes, { tracked: args.tracked === 'before' ? 'before' : 'current' });
  } catch (err) {
    if (err instanceof DocxError) return { ok: false, reason: err.why[lang] };
    throw err;
  }
  const analysis = analyse(docx.text, options);
  const map = new ParagraphMap(docx.text, docx.paragraphs);
  // The findings as the editor's diagnostics, but placed by paragraph: Word shows no line numbers.
  const byParagraph: DiagnosticSource['lines'] = {
    range(span) {
      const a = map.at(span.start);
      const b = map.at(span.end);
      return { start: { line: a.paragraph - 1, character: a.character }, end: { line: b.paragraph - 1, character: b.character } };
    },
  };
  const diagnostics: Diagnostic[] = toDiagnostics({ uri: args.uri, version: 0, analysis, lines: byParagraph, reduced: false }, lang, checkDocs);
  // One diagnostic a finding, in order (the entry is never reduced): each says where Word shows it.
  for (const [i, d] of diagnostics.entries()) {
    const f = analysis.findings[i];
    if (!f) continue;
    const at = placeInWord(analysis, map, f.span.start);
    d.message += wordPlace(at.paragraph, at.label, lang);
  }
  return { ok: true, text: docx.text, paragraphs: paragraphTexts(docx.text, docx.paragraphs), diagnostics, articles: analysis.articles.length, warnings: docx.warnings.map((w) => w[lang]) };
}

/** Each paragraph's text: the lines from where it begins to where the next begins (soft breaks stay breaks). */
function paragraphTexts(text: string, paragraphs: readonly { line: number; docxIndex: number }[]): WordParagraph[] {
  const lines = text.split('\n');
  return paragraphs.map((p, i) => ({
    paragraph: p.docxIndex,
    text: lines.slice(p.line - 1, (paragraphs[i + 1]?.line ?? lines.length) - 1).join('\n'),
  }));
}

/** The open draft as an official Word document, with the user's reference document when one is given. */
export async function exportWord(entry: CachedAnalysis, args: Partial<WordExportArgs>): Promise<WordExportReply> {
  try {
    return { ok: true, docx: (await wordWriter().wordDraft(entry.analysis, await templateOf(args))).toString('base64') };
  } catch (err) {
    return { ok: false, reason: err instanceof Error ? err.message : String(err) };
  }
}

/** The Word writer, loaded only when a document is written (dist/word.js beside the server bundle). */
export function wordWriter(): typeof import('../word') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('../word') as typeof import('../word');
}

/** The reference document a request sends (WordExportArgs, CompareArgs), read by the writer; none when absent. */
export function templateOf(args: Partial<Pick<WordExportArgs, 'template' | 'templateName'>>): Promise<Template | undefined> {
  if (typeof args.template !== 'string') return Promise.resolve(undefined);
  return wordWriter().readTemplate(Buffer.from(args.template, 'base64'), args.templateName ?? 'reference.docx');
}
