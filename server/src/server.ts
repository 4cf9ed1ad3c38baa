/**
 * The language server: wiring only. Transport (stdio, node IPC, socket, pipe) comes from the command line
 * (`--stdio`, `--node-ipc`, `--socket=N`, `--pipe=NAME`: lsp/transport.ts).
 */
import { Console } from 'node:console';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type Analysis, convertEdits } from './core';
import { codeActions, FIX_ALL, renumberEdit, SOURCE_CONVERT_SCRIPT, SOURCE_RENUMBER } from './lsp/actions';
import { AnalysisCache, type CachedAnalysis } from './lsp/cache';
import { completion } from './lsp/completion';
import { definition, hover, references } from './lsp/navigation';
import { LEGEND, semanticTokens } from './lsp/semantic';
import { foldingRanges, selectionRanges, workspaceSymbols } from './lsp/structure';
import { configDiagnostics, toDiagnostics } from './lsp/diagnostics';
import { folderForDocument, folderPaths } from './lsp/folders';
import { lifecycle } from './lsp/lifecycle';
import { analyseOptions, DEFAULT_SETTINGS, messageLanguage, readSettings, type Settings } from './lsp/settings';
import { LineMap } from './lsp/positions';
import { memoryKeeper, v8Collector, youngGenerationNote } from './lsp/memory';
import { documentSymbols } from './lsp/symbols';
import { commandLineTransport } from './lsp/transport';
import { applyConfigChange, CONFIG_FILE, type ConfigChange, configPresent, readConfigText, readWorkspaceConfig, type WorkspaceConfig } from './lsp/workspace-config';
import { CONVERT_SCRIPT_SERVER_COMMAND, type ConvertScriptArgs, type ConvertScriptReply, type EditReply, RENUMBER_SERVER_COMMAND, SETTINGS_SECTION, SUMMARY_NOTIFICATION, type DocumentSummary, type InitializationOptions, type RenumberArgs, type RenumberReply } from './protocol';

const transport = commandLineTransport(process.argv.slice(2));
const gate = lifecycle((response) => void transport.writer.write(response));
const connection = createConnection(ProposedFeatures.all, transport.reader, transport.writer, { messageStrategy: gate });
// A frame the reader cannot parse (a Content-Length that lies) leaves the stream out of step for good:
// exit with a line in the log, so that the client starts a fresh server, rather than live on deaf.
transport.reader.onError((err) => {
  process.stderr.write(`lexdraft: unreadable message from the client, exiting: ${err.message}\n`);
  process.exit(1);
});
transport.reader.onClose(() => process.exit(gate.shutDown ? 0 : 1));
// Under --stdio, stdout is the protocol: anything printed through console goes to stderr instead.
if (transport.stdio) globalThis.console = new Console(process.stderr, process.stderr);
const documents = new TextDocuments(TextDocument);
const cache = new AnalysisCache();
const timers = new Map<string, NodeJS.Timeout>();
/**
 * Per document, the analysis its references were written against: the text at open, or right after the
 * last renumbering. Renumbering compares with it to re-validate 前款 / 前条 (tracked identity, §4.2).
 */
const baselines = new Map<string, Analysis>();
const rebaseline = new Set<string>();

let settings: Settings = DEFAULT_SETTINGS;
let checkDocs: string | undefined;
let pullConfiguration = false;
/** The editor's raw settings and the workspace folders' `.lexdraft.json` files, merged into `settings`. */
let clientSettings: unknown = {};
let folders: string[] = [];
let workspaceConfigs: WorkspaceConfig[] = [];

function report(where: string, err: unknown): void {
  connection.console.error(`lexdraft: ${where}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  // Whatever the client sent: a malformed part is skipped (with a log line), never a failed initialize.
  pullConfiguration = (params.capabilities as InitializeParams['capabilities'] | null)?.workspace?.configuration === true;
  folders = folderPaths(params, (folder, why) => connection.console.warn(`lexdraft: workspace folder ${folder} skipped: ${why}`));
  loadWorkspaceConfigs(); // its problems are published once initialized: nothing may precede the result
  const init = params.initializationOptions as InitializationOptions | undefined;
  if (typeof init?.checkDocs === 'string') checkDocs = init.checkDocs.endsWith('/') ? init.checkDocs : `${init.checkDocs}/`;
  applySettings(init?.settings ?? {});
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      documentSymbolProvider: { label: 'LexDraft' },
      definitionProvider: true,
      hoverProvider: true,
      referencesProvider: true,
      completionProvider: { triggerCharacters: ['第'] },
      foldingRangeProvider: true,
      selectionRangeProvider: true,
      workspaceSymbolProvider: true,
      semanticTokensProvider: { legend: LEGEND, full: true },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, SOURCE_RENUMBER, SOURCE_CONVERT_SCRIPT, FIX_ALL] },
      executeCommandProvider: { commands: [RENUMBER_SERVER_COMMAND, CONVERT_SCRIPT_SERVER_COMMAND] },
    },
    serverInfo: { name: 'lexdraft', version: VERSION },
  };
});

declare const LEXDRAFT_VERSION: string;
const VERSION = typeof LEXDRAFT_VERSION === 'string' ? LEXDRAFT_VERSION : '0.0.0-dev';

connection.onInitialized(() => {
  connection.console.info(`lexdraft ${VERSION}: Node ${process.version}${process.execArgv.length ? ` ${process.execArgv.join(' ')}` : ''}`);
  const note = youngGenerationNote(process.version, process.execArgv, process.env.NODE_OPTIONS);
  if (note) connection.console.warn(note);
  publishConfigProblems([]);
  if (pullConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION }).catch((e: unknown) => report('register', e));
    void refreshSettings();
  }
});

/** Editor settings overlaid by `.lexdraft.json` (a team's file wins over one person's editor). */
function applySettings(raw: unknown): void {
  clientSettings = raw && typeof raw === 'object' ? raw : {};
  const client = clientSettings as Record<string, unknown>;
  const fromFiles = Object.assign({}, ...workspaceConfigs.map((c) => c.settings)) as Record<string, unknown>;
  const severity = { ...(client.severity as object | undefined), ...(fromFiles.severity as object | undefined) };
  settings = readSettings({ ...client, ...fromFiles, severity });
  cache.setOptions(analyseOptions(settings), settings.maxFileSize);
}

/** Reads `.lexdraft.json` in each workspace folder; gives the files read before. */
function loadWorkspaceConfigs(): WorkspaceConfig[] {
  const before = workspaceConfigs;
  workspaceConfigs = [];
  for (const folder of folders) {
    const path = join(folder, CONFIG_FILE);
    if (configPresent(path)) workspaceConfigs.push(readWorkspaceConfig(path, folder));
  }
  return before;
}

/** Reports the problems of each `.lexdraft.json` on the file itself, and clears those of files gone since `before`. */
function publishConfigProblems(before: readonly WorkspaceConfig[]): void {
  const lang = messageLanguage(settings);
  for (const c of workspaceConfigs) void connection.sendDiagnostics({ uri: pathToFileURL(c.path).toString(), diagnostics: configDiagnostics(c, lang) });
  for (const old of before) {
    if (!workspaceConfigs.some((c) => c.path === old.path)) void connection.sendDiagnostics({ uri: pathToFileURL(old.path).toString(), diagnostics: [] });
  }
}

/**
 * A suggestion's setting as an edit of `.lexdraft.json` in the document's workspace folder (created when
 * missing). Nothing when the document is outside every folder, or the file cannot be read or is not valid JSON.
 */
function configEdit(docUri: string, change: ConfigChange): WorkspaceEdit | undefined {
  const folder = folderForDocument(docUri, folders);
  if (!folder) return undefined;
  const path = join(folder, CONFIG_FILE);
  const exists = configPresent(path);
  const read = exists ? readConfigText(path, folder) : undefined;
  if (read && 'unread' in read) return undefined; // its problem is reported on the file
  const before = read?.text;
  const after = applyConfigChange(before, change);
  if (after === undefined) return undefined;
  const uri = pathToFileURL(path).toString();
  const whole = before === undefined ? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } : { start: { line: 0, character: 0 }, end: new LineMap(before).positionAt(before.length) };
  const edit = { textDocument: { uri, version: null }, edits: [{ range: whole, newText: after }] };
  return { documentChanges: exists ? [edit] : [{ kind: 'create', uri, options: { ignoreIfExists: true } }, edit] };
}

connection.onDidChangeWatchedFiles(() => {
  publishConfigProblems(loadWorkspaceConfigs());
  applySettings(clientSettings);
  for (const doc of documents.all()) schedule(doc.uri, 0);
});

async function refreshSettings(): Promise<void> {
  try {
    const raw: unknown = await connection.workspace.getConfiguration({ section: SETTINGS_SECTION });
    applySettings(raw);
  } catch (err) {
    report('configuration', err);
  }
  for (const doc of documents.all()) schedule(doc.uri, 0);
}

connection.onDidChangeConfiguration((change) => {
  if (pullConfiguration) {
    void refreshSettings();
    return;
  }
  const raw = (change.settings as Record<string, unknown> | undefined)?.[SETTINGS_SECTION];
  applySettings(raw ?? {});
  for (const doc of documents.all()) schedule(doc.uri, 0);
});

// Garbage from bursts of analyses is collected once the process has grown or the documents are quiet.
// At most every 100 ms: with 250 ms a burst of typing on Node 24 left 141–153 MB, with 100 ms 120–122 MB,
// the round trips unchanged (docs/performance.md, Memory).
const memory = memoryKeeper({ softLimitMb: 120, quietMs: 3000, minIntervalMs: 100, gc: v8Collector() });

/** Debounced validation: the latest version wins; a closed document is never published. */
function schedule(uri: string, delay: number): void {
  const pending = timers.get(uri);
  if (pending) clearTimeout(pending);
  timers.set(
    uri,
    setTimeout(() => {
      timers.delete(uri);
      validate(uri);
    }, delay),
  );
}

function validate(uri: string): void {
  const doc = documents.get(uri);
  if (!doc) return;
  try {
    const entry = cache.get(doc);
    if (!baselines.has(uri) || rebaseline.delete(uri)) baselines.set(uri, entry.analysis);
    const lang = messageLanguage(settings);
    const diagnostics = toDiagnostics(entry, lang, checkDocs);
    void connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
    const count = (s: number): number => diagnostics.filter((d) => d.severity === s).length;
    const summary: DocumentSummary = {
      uri,
      jurisdiction: entry.analysis.jurisdiction,
      script: entry.analysis.script,
      articles: entry.analysis.articles.length,
      errors: count(1),
      warnings: count(2),
      others: count(3) + count(4),
    };
    void connection.sendNotification(SUMMARY_NOTIFICATION, summary);
    memory.analysed();
  } catch (err) {
    report(`validate ${uri}`, err);
  }
}

// TextDocuments fires onDidChangeContent right after onDidOpen: an opened document is checked at once,
// later edits after the debounce.
const justOpened = new Set<string>();
documents.onDidOpen((e) => {
  justOpened.add(e.document.uri);
  schedule(e.document.uri, 0);
});
documents.onDidChangeContent((e) => {
  if (justOpened.delete(e.document.uri)) return;
  schedule(e.document.uri, settings.diagnosticsDelay);
});
documents.onDidClose((e) => {
  justOpened.delete(e.document.uri);
  baselines.delete(e.document.uri);
  rebaseline.delete(e.document.uri);
  const pending = timers.get(e.document.uri);
  if (pending) clearTimeout(pending);
  timers.delete(e.document.uri);
  cache.delete(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

/** The document URI of a request, whatever the client sent (malformed params give no document). */
function uriOf(params: unknown): string {
  const td = (params as { textDocument?: { uri?: unknown } } | null)?.textDocument;
  return typeof td?.uri === 'string' ? td.uri : '';
}

/** Runs a feature on the cached analysis of an open document; unknown documents and failures give `fallback`. */
function withEntry<T>(params: unknown, what: string, fallback: T, fn: (entry: CachedAnalysis) => T): T {
  const doc = documents.get(uriOf(params));
  if (!doc) return fallback;
  try {
    return fn(cache.get(doc));
  } catch (err) {
    report(what, err);
    return fallback;
  }
}

const lang = (): 'zh' | 'en' => messageLanguage(settings);

connection.onDocumentSymbol((p) => withEntry(p, 'documentSymbol', null, documentSymbols));
connection.onDefinition((p) => withEntry(p, 'definition', [], (e) => definition(e, p.position)));
connection.onHover((p) => withEntry(p, 'hover', null, (e) => hover(e, p.position, lang())));
connection.onReferences((p) => withEntry(p, 'references', [], (e) => references(e, p.position, p.context.includeDeclaration)));
connection.onCompletion((p) => withEntry(p, 'completion', [], (e) => completion(e, p.position)));
connection.onFoldingRanges((p) => withEntry(p, 'foldingRange', [], foldingRanges));
connection.onSelectionRanges((p) => withEntry(p, 'selectionRange', [], (e) => selectionRanges(e, p.positions)));
connection.languages.semanticTokens.on((p) => withEntry(p, 'semanticTokens', { data: [] }, semanticTokens));
connection.onCodeAction((p) =>
  withEntry(p, 'codeAction', [], (e) => codeActions(e, p, lang(), baselines.get(e.uri), (change) => configEdit(e.uri, change))),
);
connection.onWorkspaceSymbol((p) => {
  try {
    return workspaceSymbols(documents.all().map((d) => cache.get(d)), p.query);
  } catch (err) {
    report('workspaceSymbol', err);
    return [];
  }
});

/**
 * Renumbering, on the user's command only: computed for the version the client saw, refused when the
 * document has changed since, applied by the client as one edit (one undo).
 */
connection.onExecuteCommand(async (p): Promise<RenumberReply | ConvertScriptReply> => {
  if (p.command === CONVERT_SCRIPT_SERVER_COMMAND) return convertScriptCommand((p.arguments?.[0] ?? {}) as Partial<ConvertScriptArgs>);
  if (p.command !== RENUMBER_SERVER_COMMAND) return { applied: false, reason: 'unknown-command', report: '', changed: 0 };
  const args = (p.arguments?.[0] ?? {}) as Partial<RenumberArgs>;
  const doc = commandDocument(args);
  if ('refused' in doc) return { ...doc.refused, report: '' };
  try {
    const baseline = baselines.get(doc.uri);
    const { edit, result, report: mapping, summary } = renumberEdit(cache.withReferences(doc), args.mode === 'insertOnly' ? 'insertOnly' : 'renumber', lang(), baseline && cache.referencesOf(baseline));
    // What was left as written is information, but the drafter asked for a renumbering and should read it.
    const warnings = result.findings.filter((f) => f.severity !== 'information' || f.code === 'renumber.left-as-is').map((f) => f.message[lang()]);
    if (result.edits.length === 0) return { applied: true, report: '', changed: 0, warnings };
    const applied = await connection.workspace.applyEdit({ label: lang() === 'zh' ? 'LexDraft：重新编号' : 'LexDraft: renumber', edit });
    if (applied.applied) rebaseline.add(doc.uri); // the renumbered text is what references now mean
    return { applied: applied.applied, reason: applied.failureReason, report: mapping, summary, changed: result.edits.length, warnings };
  } catch (err) {
    report('renumber', err);
    return { applied: false, reason: String(err), report: '', changed: 0 };
  }
});

/**
 * The open document a command is for, or the reply refusing it: unknown, without the version the user
 * saw, or changed since (an edit is only ever computed for the text the user chose it on).
 */
function commandDocument(args: { uri?: unknown; version?: unknown }): TextDocument | { refused: EditReply } {
  const doc = typeof args.uri === 'string' ? documents.get(args.uri) : undefined;
  if (!doc) return { refused: { applied: false, reason: 'unknown-document', changed: 0 } };
  if (!Number.isInteger(args.version)) return { refused: { applied: false, reason: 'missing-version', changed: 0 } };
  if (args.version !== doc.version) return { refused: { applied: false, reason: 'stale', changed: 0 } };
  return doc;
}

/** Whole-text script conversion, on the user's command only, for the version the user saw (one undo). */
async function convertScriptCommand(args: Partial<ConvertScriptArgs>): Promise<ConvertScriptReply> {
  const doc = commandDocument(args);
  if ('refused' in doc) return doc.refused;
  if (args.to !== 'simplified' && args.to !== 'traditional') return { applied: false, reason: 'bad-arguments', changed: 0 };
  try {
    const edits = convertEdits(doc.getText(), args.to);
    if (edits.length === 0) return { applied: true, changed: 0 };
    const label = args.to === 'simplified' ? (lang() === 'zh' ? 'LexDraft：转换为简体' : 'LexDraft: convert to Simplified') : lang() === 'zh' ? 'LexDraft：转换为繁体' : 'LexDraft: convert to Traditional';
    const applied = await connection.workspace.applyEdit({
      label,
      edit: { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: edits.map((e) => ({ range: { start: doc.positionAt(e.span.start), end: doc.positionAt(e.span.end) }, newText: e.newText })) }] },
    });
    return { applied: applied.applied, reason: applied.failureReason, changed: edits.length };
  } catch (err) {
    report('convertScript', err);
    return { applied: false, reason: String(err), changed: 0 };
  }
}

documents.listen(connection);
connection.listen();
