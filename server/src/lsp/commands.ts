/**
 * The server's commands (workspace/executeCommand): renumbering and script conversion, which edit only on the
 * user's command and only the version the user saw; the comparison panel's content; Word in and out. What a
 * command needs of the server's state comes in `ctx`, so that this module keeps none.
 */
import type { ApplyWorkspaceEditResult, ExecuteCommandParams, TextDocuments, WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type Analysis, type AnalyseOptions, convertEdits } from '../core';
import {
  COMPARE_SERVER_COMMAND,
  type CompareArgs,
  type CompareDocxReply,
  type CompareReply,
  CONVERT_SCRIPT_SERVER_COMMAND,
  type ConvertScriptArgs,
  type ConvertScriptReply,
  type EditReply,
  RENUMBER_SERVER_COMMAND,
  type RenumberArgs,
  type RenumberReply,
  WORD_CHECK_SERVER_COMMAND,
  WORD_EXPORT_SERVER_COMMAND,
  type WordCheckArgs,
  type WordCheckReply,
  type WordExportArgs,
  type WordExportReply,
} from '../protocol';
import { renumberEdit } from './actions';
import type { AnalysisCache } from './cache';
import { compareDocx, compareWith } from './compare';
import { checkWord, exportWord } from './word';

export interface CommandContext {
  documents: TextDocuments<TextDocument>;
  cache: AnalysisCache;
  /** Per document, the analysis its references were written against (server.ts, ServerState). */
  baselines: Map<string, Analysis>;
  /** Documents whose next analysis becomes their baseline. */
  rebaseline: Set<string>;
  /** The analysis options in force, with the law index. */
  options(): AnalyseOptions;
  lang(): 'zh' | 'en';
  checkDocs: string | undefined;
  applyEdit(label: string, edit: WorkspaceEdit): Promise<ApplyWorkspaceEditResult>;
  logError(where: string, err: unknown): void;
}

type Reply = RenumberReply | ConvertScriptReply | CompareReply | CompareDocxReply | WordCheckReply | WordExportReply;

export function executeCommand(p: ExecuteCommandParams, ctx: CommandContext): Reply | Promise<Reply> {
  const args = (p.arguments?.[0] ?? {}) as Record<string, unknown>;
  switch (p.command) {
    case RENUMBER_SERVER_COMMAND:
      return renumberCommand(args as Partial<RenumberArgs>, ctx);
    case CONVERT_SCRIPT_SERVER_COMMAND:
      return convertScriptCommand(args as Partial<ConvertScriptArgs>, ctx);
    case COMPARE_SERVER_COMMAND:
      return compareCommand(args as Partial<CompareArgs>, ctx);
    case WORD_CHECK_SERVER_COMMAND:
      return guarded(ctx, 'checkWord', () => checkWord(args as Partial<WordCheckArgs>, ctx.options(), ctx.lang(), ctx.checkDocs));
    case WORD_EXPORT_SERVER_COMMAND: {
      const doc = commandDocument(args, ctx);
      if ('refused' in doc) return { ok: false, reason: doc.refused.reason ?? 'refused' };
      return guarded(ctx, 'exportWord', () => exportWord(ctx.cache.get(doc), args as Partial<WordExportArgs>));
    }
    default:
      return { applied: false, reason: 'unknown-command', mapping: '', changed: 0 };
  }
}

/** A reading command's reply, or its failure said rather than thrown (the server lives on). */
function guarded<T extends { ok: boolean }>(ctx: CommandContext, what: string, fn: () => T | Promise<T>): T | Promise<T | { ok: false; reason: string }> {
  try {
    return fn();
  } catch (err) {
    ctx.logError(what, err);
    return Promise.resolve({ ok: false, reason: String(err) });
  }
}

/**
 * The open document a command is for, or the reply refusing it: unknown, without the version the user
 * saw, or changed since (an edit is only ever computed for the text the user chose it on).
 */
function commandDocument(args: { uri?: unknown; version?: unknown }, ctx: CommandContext): TextDocument | { refused: EditReply } {
  const doc = typeof args.uri === 'string' ? ctx.documents.get(args.uri) : undefined;
  if (!doc) return { refused: { applied: false, reason: 'unknown-document', changed: 0 } };
  if (!Number.isInteger(args.version)) return { refused: { applied: false, reason: 'missing-version', changed: 0 } };
  if (args.version !== doc.version) return { refused: { applied: false, reason: 'stale', changed: 0 } };
  return doc;
}

/**
 * Renumbering, on the user's command only: computed for the version the client saw, refused when the
 * document has changed since, applied by the client as one edit (one undo).
 */
async function renumberCommand(args: Partial<RenumberArgs>, ctx: CommandContext): Promise<RenumberReply> {
  const doc = commandDocument(args, ctx);
  if ('refused' in doc) return { ...doc.refused, mapping: '' };
  const lang = ctx.lang();
  try {
    const baseline = ctx.baselines.get(doc.uri);
    const { edit, result, mapping, summary } = renumberEdit(ctx.cache.withReferences(doc), args.mode === 'insertOnly' ? 'insertOnly' : 'renumber', lang, baseline && ctx.cache.referencesOf(baseline));
    // What was left as written is information, but the drafter asked for a renumbering and should read it.
    const warnings = result.findings.filter((f) => f.severity !== 'information' || f.code === 'renumber.left-as-is').map((f) => f.message[lang]);
    if (result.edits.length === 0) return { applied: true, mapping: '', changed: 0, warnings };
    const applied = await ctx.applyEdit(lang === 'zh' ? 'LexDraft：重新编号' : 'LexDraft: renumber', edit);
    if (applied.applied) ctx.rebaseline.add(doc.uri); // the renumbered text is what references now mean
    return { applied: applied.applied, reason: applied.failureReason, mapping, summary, changed: result.edits.length, warnings };
  } catch (err) {
    ctx.logError('renumber', err);
    return { applied: false, reason: String(err), mapping: '', changed: 0 };
  }
}

/** Whole-text script conversion, on the user's command only, for the version the user saw (one undo). */
async function convertScriptCommand(args: Partial<ConvertScriptArgs>, ctx: CommandContext): Promise<ConvertScriptReply> {
  const doc = commandDocument(args, ctx);
  if ('refused' in doc) return doc.refused;
  if (args.to !== 'simplified' && args.to !== 'traditional') return { applied: false, reason: 'bad-arguments', changed: 0 };
  const lang = ctx.lang();
  try {
    const edits = convertEdits(doc.getText(), args.to);
    if (edits.length === 0) return { applied: true, changed: 0 };
    const label = args.to === 'simplified' ? (lang === 'zh' ? 'LexDraft：转换为简体' : 'LexDraft: convert to Simplified') : lang === 'zh' ? 'LexDraft：转换为繁体' : 'LexDraft: convert to Traditional';
    const applied = await ctx.applyEdit(label, {
      documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: edits.map((e) => ({ range: { start: doc.positionAt(e.span.start), end: doc.positionAt(e.span.end) }, newText: e.newText })) }],
    });
    return { applied: applied.applied, reason: applied.failureReason, changed: edits.length };
  } catch (err) {
    ctx.logError('convertScript', err);
    return { applied: false, reason: String(err), changed: 0 };
  }
}

/** The comparison panel's content, for the version the user saw; it edits nothing. */
function compareCommand(args: Partial<CompareArgs>, ctx: CommandContext): CompareReply | Promise<CompareDocxReply> {
  const doc = commandDocument(args, ctx);
  if ('refused' in doc) return { ok: false, reason: doc.refused.reason ?? 'refused' };
  try {
    return args.format === 'docx' ? compareDocx(ctx.cache.get(doc), args, ctx.options()) : compareWith(ctx.cache.get(doc), args.otherText, ctx.options());
  } catch (err) {
    ctx.logError('compare', err);
    return { ok: false, reason: String(err) };
  }
}
