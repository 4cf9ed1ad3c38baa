/**
 * Quick fixes and the renumber edit. Fixes are built from the cached analysis of the very version the
 * client asked about (never by re-analysing); a diagnostic from another version gets no fix. Which fix a
 * diagnostic gets, and whether fix-all takes it, is what its check declares (core/fixes.ts).
 */
import {
  type AnnotatedTextEdit,
  type ChangeAnnotation,
  type CodeAction,
  CodeActionKind,
  type CodeActionParams,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { firstStartingAtOrAfter, fixAll, fixDeclaration, mappingReport, mappingSummary, renumber, replacementOf, type Applicability, type Analysis, type Finding, type RenumberMode, type RenumberResult, type Replacement, type Suggestion } from '../core';
import { CONVERT_SCRIPT_SERVER_COMMAND, RENUMBER_SERVER_COMMAND } from '../protocol';
import type { CachedAnalysis } from './cache';

export const SOURCE_RENUMBER = `${CodeActionKind.Source}.lexdraft.renumber`;
export const SOURCE_CONVERT_SCRIPT = `${CodeActionKind.Source}.lexdraft.convertScript`;
export const FIX_ALL = `${CodeActionKind.SourceFixAll}.lexdraft`;

/** Fixes that need the drafter's look come before the mechanical ones, and suggestions last. */
const FIX_ORDER: readonly Applicability[] = ['confirm', 'safe', 'suggestion'];

export interface RenumberEdit {
  edit: WorkspaceEdit;
  result: RenumberResult;
  /** The full table, label by label (复制对照表). */
  mapping: string;
  /** The same as an 起草说明 states it, runs collapsed (第二十一条至第六十五条依次改为第二十条至第六十四条。). */
  summary: string;
}

/**
 * One versioned WorkspaceEdit of minimal edits; edits needing confirmation carry change annotations. The
 * reason is the annotation's label: VS Code's refactor preview shows labels as group headings and the
 * description only on hover.
 */
export function renumberEdit(entry: CachedAnalysis, mode: RenumberMode, lang: 'zh' | 'en', baseline?: Analysis): RenumberEdit {
  const result = renumber(entry.analysis, { mode, baseline });
  const annotations: Record<string, ChangeAnnotation> = {};
  const ids = new Map<string, string>();
  const edits: (TextEdit | AnnotatedTextEdit)[] = result.edits.map((e) => {
    const range = entry.lines.range(e.span);
    if (!e.confirm) return { range, newText: e.newText };
    const key = e.confirm[lang];
    let id = ids.get(key);
    if (!id) {
      id = `lexdraft.confirm.${ids.size}`;
      ids.set(key, id);
      annotations[id] = { label: key, description: lang === 'zh' ? '需确认' : 'Needs confirmation', needsConfirmation: true };
    }
    return { range, newText: e.newText, annotationId: id };
  });
  const edit: WorkspaceEdit = { documentChanges: [{ textDocument: { uri: entry.uri, version: entry.version }, edits }] };
  if (ids.size > 0) edit.changeAnnotations = annotations;
  return { edit, result, mapping: mappingReport(result.mapping), summary: mappingSummary(result.mapping, entry.analysis.script) };
}

/**
 * The finding behind a diagnostic, when it has suggestions. Findings are sorted by start (core/index.ts):
 * a binary search, not a scan per diagnostic: a client that asks about a whole large text sends all its
 * diagnostics at once, and a scan per diagnostic is quadratic in them.
 */
function findingWithSuggestions(findings: readonly Finding[], code: unknown, start: number, end: number): Finding | undefined {
  for (let i = firstStartingAtOrAfter(findings, start); i < findings.length && (findings[i] as Finding).span.start === start; i++) {
    const f = findings[i] as Finding;
    if (f.code === code && f.span.end === end && f.suggestions) return f;
  }
  return undefined;
}

/** 改为规范写法“X”, 改为“X”, or 删除“X” for a deletion (`original`: the text it removes). */
function replacementTitle(r: Replacement, original: () => string, lang: 'zh' | 'en'): string {
  const fix = r.newText;
  if (r.kind === 'canonical') return lang === 'zh' ? `改为规范写法“${fix}”` : `Write “${fix}”`;
  if (fix === '') return lang === 'zh' ? `删除“${original()}”` : `Remove “${original()}”`;
  return lang === 'zh' ? `改为“${fix}”` : `Replace with “${fix}”`;
}

export function codeActions(
  entry: CachedAnalysis,
  params: CodeActionParams,
  lang: 'zh' | 'en',
  baseline?: Analysis,
  configEdit: (change: NonNullable<Suggestion['config']>) => WorkspaceEdit | undefined = () => undefined,
): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string): boolean => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const actions: CodeAction[] = [];
  const current = params.context.diagnostics.filter((d) => (d.data as { version?: number } | undefined)?.version === entry.version);
  const title = lang === 'zh' ? '重新编号（改写内部引用）' : 'Renumber (rewrite internal references)';
  const renumberable = current.filter((d) => fixDeclaration(d.code)?.kind === 'renumber');
  if (renumberable.length > 0 && wants(CodeActionKind.QuickFix)) {
    if (entry.reduced) {
      // The reduced check has no references to rewrite: the command analyses the file in full, only when chosen.
      const command = { title, command: RENUMBER_SERVER_COMMAND, arguments: [{ uri: entry.uri, version: entry.version, mode: 'renumber' }] };
      actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: renumberable, isPreferred: true, command });
    } else {
      const { edit, result } = renumberEdit(entry, 'renumber', lang, baseline);
      if (result.edits.length > 0) actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: renumberable, isPreferred: true, edit });
    }
  }
  const replacements = wants(CodeActionKind.QuickFix) ? current.map((d) => ({ d, r: replacementOf(d.code, d.data) })) : [];
  for (const applicability of FIX_ORDER) {
    for (const { d, r } of replacements) {
      if (r?.applicability !== applicability) continue;
      actions.push({
        title: replacementTitle(r, () => entry.analysis.text.slice(entry.lines.offsetAt(d.range.start), entry.lines.offsetAt(d.range.end)), lang),
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        ...(applicability === 'suggestion' ? {} : { isPreferred: true }),
        edit: { documentChanges: [{ textDocument: { uri: entry.uri, version: entry.version }, edits: [{ range: d.range, newText: r.newText }] }] },
      });
    }
  }
  if (wants(CodeActionKind.QuickFix)) {
    for (const d of current) {
      const start = entry.lines.offsetAt(d.range.start);
      const end = entry.lines.offsetAt(d.range.end);
      const finding = findingWithSuggestions(entry.analysis.findings, d.code, start, end);
      for (const s of finding?.suggestions ?? []) {
        const edit = s.edits
          ? { documentChanges: [{ textDocument: { uri: entry.uri, version: entry.version }, edits: s.edits.map((e) => ({ range: entry.lines.range(e.span), newText: e.newText })) }] }
          : s.config ? configEdit(s.config) : undefined;
        if (edit) actions.push({ title: s.title[lang], kind: CodeActionKind.QuickFix, diagnostics: [d], edit });
      }
    }
  }
  if (wants(FIX_ALL)) {
    const edits = fixAll(entry.analysis);
    if (edits.length > 0) {
      actions.push({
        title: lang === 'zh' ? `LexDraft：修正全部可自动修正的问题（${edits.length} 处）` : `LexDraft: fix all auto-fixable problems (${edits.length})`,
        kind: FIX_ALL,
        edit: { documentChanges: [{ textDocument: { uri: entry.uri, version: entry.version }, edits: edits.map((e) => ({ range: entry.lines.range(e.span), newText: e.newText })) }] },
      });
    }
  }
  if (wants(SOURCE_RENUMBER)) {
    actions.push({ title: lang === 'zh' ? 'LexDraft：重新编号全文' : 'LexDraft: renumber the whole text', kind: SOURCE_RENUMBER, command: { title, command: RENUMBER_SERVER_COMMAND, arguments: [{ uri: entry.uri, version: entry.version, mode: 'renumber' }] } });
  }
  if (wants(SOURCE_CONVERT_SCRIPT)) {
    // Computed only when chosen (opencc over the whole text), by the server command, for this version.
    const to = entry.analysis.script === 'traditional' ? 'simplified' : 'traditional';
    const label = to === 'simplified' ? (lang === 'zh' ? 'LexDraft：全文转换为简体' : 'LexDraft: convert the whole text to Simplified') : lang === 'zh' ? 'LexDraft：全文转换为繁体（台湾）' : 'LexDraft: convert the whole text to Traditional (Taiwan)';
    actions.push({ title: label, kind: SOURCE_CONVERT_SCRIPT, command: { title: label, command: CONVERT_SCRIPT_SERVER_COMMAND, arguments: [{ uri: entry.uri, version: entry.version, to }] } });
  }
  return actions;
}
