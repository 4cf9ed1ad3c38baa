/**
 * The language server: wiring only. Transport (stdio, node IPC, socket, pipe) comes from the command line
 * (`--stdio`, `--node-ipc`, `--socket=N`, `--pipe=NAME`: lsp/transport.ts).
 */
import { Console } from 'node:console';
import { dirname, isAbsolute, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  MessageType,
  ProposedFeatures,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, LawIndex, TaiwanActs } from './core';
import { lawsOption, taiwanActsOption } from './laws/load';
import { defaultCacheDir, indexInBackground, type LibraryJob, resolveFolders } from './laws/library';
import { amendmentBaseOption } from './amendment-base';
import { codeActions, FIX_ALL, SOURCE_CONVERT_SCRIPT, SOURCE_RENUMBER } from './lsp/actions';
import { AnalysisCache, type CachedAnalysis } from './lsp/cache';
import { executeCommand } from './lsp/commands';
import { completion } from './lsp/completion';
import { definition, hover, references } from './lsp/navigation';
import { LEGEND, semanticTokens } from './lsp/semantic';
import { foldingRanges, selectionRanges, workspaceSymbols } from './lsp/structure';
import { configDiagnostics, toDiagnostics } from './lsp/diagnostics';
import { folderForDocument, folderPaths } from './lsp/folders';
import { lifecycle } from './lsp/lifecycle';
import { analyseOptions, DEFAULT_SETTINGS, layeredSettings, messageLanguage, type Settings } from './config/settings';
import { LineMap } from './positions';
import { memoryKeeper, v8Collector, youngGenerationNote } from './lsp/memory';
import { documentSymbols } from './lsp/symbols';
import { commandLineTransport } from './lsp/transport';
import { applyConfigChange, CONFIG_FILE, type ConfigChange, configPresent, readConfigText, readWorkspaceConfig, type WorkspaceConfig } from './config/workspace-config';
import { COMPARE_SERVER_COMMAND, CONVERT_SCRIPT_SERVER_COMMAND, RENUMBER_SERVER_COMMAND, SETTINGS_SECTION, SUMMARY_NOTIFICATION, WORD_CHECK_SERVER_COMMAND, WORD_EXPORT_SERVER_COMMAND, type DocumentSummary, type InitializationOptions } from './protocol';

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

/** Everything the server keeps between messages, in one place; the handlers below read and change it. */
interface ServerState {
  cache: AnalysisCache;
  /** The settings in force: the editor's overlaid by the workspace folders' `.lexdraft.json` files. */
  settings: Settings;
  /** The editor's settings as sent, to overlay again when a `.lexdraft.json` changes. */
  editorSettings: unknown;
  folders: string[];
  workspaceConfigs: WorkspaceConfig[];
  /** Whether the client answers workspace/configuration: then settings are pulled, not pushed. */
  pullConfiguration: boolean;
  /** Where the client can open the check pages (InitializationOptions). */
  checkDocs: string | undefined;
  /** Pending debounced validations, per document. */
  timers: Map<string, NodeJS.Timeout>;
  /** Documents just opened: their first change event is the open itself, checked at once. */
  justOpened: Set<string>;
  /**
   * Per document, the analysis its references were written against: the text at open, or right after the
   * last renumbering. Renumbering compares with it to re-validate 前款 / 前条 (tracked identity).
   */
  baselines: Map<string, Analysis>;
  /** Documents whose next analysis becomes their baseline (just renumbered). */
  rebaseline: Set<string>;
  /**
   * The national law index beside the bundle merged with the user's libraries (`library`), read the first
   * time an analysis asks (AnalyseOptions.laws); made again when the folders change.
   */
  laws: () => LawIndex | undefined;
  /** The index of Taiwan acts beside the bundle, read the first time reference.dangling asks (AnalyseOptions.taiwanActs). */
  taiwanActs: () => TaiwanActs | undefined;
  /** The folders of the `library` setting, absolute, and their texts (for the text of a cited article). */
  libraryFolders: string[];
  /** The folders' indexing, started when they are set; its `current` has nothing until it is done. */
  libraryJob: LibraryJob | undefined;
}

const state: ServerState = {
  cache: new AnalysisCache(),
  settings: DEFAULT_SETTINGS,
  editorSettings: {},
  folders: [],
  workspaceConfigs: [],
  pullConfiguration: false,
  checkDocs: undefined,
  timers: new Map(),
  justOpened: new Set(),
  baselines: new Map(),
  rebaseline: new Set(),
  laws: lawsOption(__dirname),
  taiwanActs: taiwanActsOption(__dirname),
  libraryFolders: [],
  libraryJob: undefined,
};

/** A failure in a handler, to the client's log: the message goes on, the server lives. */
function logError(where: string, err: unknown): void {
  connection.console.error(`lexdraft: ${where}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  // Whatever the client sent: a malformed part is skipped (with a log line), never a failed initialize.
  state.pullConfiguration = (params.capabilities as InitializeParams['capabilities'] | null)?.workspace?.configuration === true;
  state.folders = folderPaths(params, (folder, why) => connection.console.warn(`lexdraft: workspace folder ${folder} skipped: ${why}`));
  loadWorkspaceConfigs(state); // its problems are published once initialized: nothing may precede the result
  const init = params.initializationOptions as InitializationOptions | undefined;
  if (typeof init?.checkDocs === 'string') state.checkDocs = init.checkDocs.endsWith('/') ? init.checkDocs : `${init.checkDocs}/`;
  applySettings(state, init?.settings ?? {});
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
      executeCommandProvider: { commands: [RENUMBER_SERVER_COMMAND, CONVERT_SCRIPT_SERVER_COMMAND, COMPARE_SERVER_COMMAND, WORD_CHECK_SERVER_COMMAND, WORD_EXPORT_SERVER_COMMAND] },
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
  publishConfigProblems(state, []);
  if (state.pullConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION }).catch((e: unknown) => logError('register', e));
    void refreshSettings(state);
  }
});

/** The editor's settings `raw`, overlaid by `.lexdraft.json`, in force. */
function applySettings(state: ServerState, raw: unknown): void {
  state.editorSettings = raw;
  state.settings = layeredSettings(raw, state.workspaceConfigs.map((c) => c.settings));
  applyLibraries(state);
  setCacheOptions(state);
}

/** The analysis options of the settings in force, the law index and an instrument's base; the cache is emptied. */
function setCacheOptions(state: ServerState): void {
  // Relative to the `.lexdraft.json` that names it, else to the first workspace folder, as `library`.
  const named = [...state.workspaceConfigs].reverse().find((c) => c.settings.amendmentBase !== undefined);
  const amendmentBase = amendmentBaseOption(state.settings.amendmentBase, named ? dirname(named.path) : state.folders[0]);
  state.cache.setOptions({ ...analyseOptions(state.settings), laws: state.laws, taiwanActs: state.taiwanActs, ...(amendmentBase && { amendmentBase }) }, state.settings.maxFileSize);
}

/**
 * The `library` setting's folders, absolute: a `.lexdraft.json`'s relative to its folder (the last file that
 * names it wins, as in layeredSettings), the editor's relative to the first workspace folder. When they
 * change, they are indexed again in the background (a thousand uncached texts take seconds); meanwhile the
 * national index alone answers, and once they are read the open documents are checked again. A folder's
 * problems are logged, and the first shown, once per reading.
 */
function applyLibraries(state: ServerState): void {
  const config = [...state.workspaceConfigs].reverse().find((c) => c.settings.library !== undefined);
  const base = config ? dirname(config.path) : state.folders[0];
  const folders = base === undefined ? state.settings.library.filter((f) => isAbsolute(f)) : resolveFolders(state.settings.library, base);
  if (folders.join('\n') === state.libraryFolders.join('\n')) return;
  state.libraryFolders = folders;
  state.libraryJob?.stop();
  state.libraryJob = undefined;
  state.laws = lawsOption(__dirname);
  if (folders.length === 0) return;
  const started = Date.now();
  const job = indexInBackground(folders, { cacheDir: defaultCacheDir(), version: VERSION }, __filename);
  state.libraryJob = job;
  state.laws = lawsOption(__dirname, job.current);
  void job.done.then((libraries) => {
    if (state.libraryJob !== job) return; // the folders changed meanwhile
    connection.console.info(`lexdraft: 法规库已索引 ${libraries.texts.length} 个文本（${Date.now() - started} ms） / libraries indexed: ${libraries.texts.length} texts (${Date.now() - started} ms)`);
    libraries.problems.forEach((problem, i) => {
      connection.console.warn(problem);
      // A notification, not window.showWarningMessage: that is a request, which would wait on the user.
      if (i === 0) void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: problem });
    });
    // The analyses so far read the national index alone.
    setCacheOptions(state);
    for (const doc of documents.all()) schedule(state, doc.uri, 0);
  });
}

/** Reads `.lexdraft.json` in each workspace folder; gives the files read before. */
function loadWorkspaceConfigs(state: ServerState): WorkspaceConfig[] {
  const before = state.workspaceConfigs;
  state.workspaceConfigs = [];
  for (const folder of state.folders) {
    const path = join(folder, CONFIG_FILE);
    if (configPresent(path)) state.workspaceConfigs.push(readWorkspaceConfig(path, folder));
  }
  return before;
}

/** Reports the problems of each `.lexdraft.json` on the file itself, and clears those of files gone since `before`. */
function publishConfigProblems(state: ServerState, before: readonly WorkspaceConfig[]): void {
  const lang = messageLanguage(state.settings);
  for (const c of state.workspaceConfigs) void connection.sendDiagnostics({ uri: pathToFileURL(c.path).toString(), diagnostics: configDiagnostics(c, lang) });
  for (const old of before) {
    if (!state.workspaceConfigs.some((c) => c.path === old.path)) void connection.sendDiagnostics({ uri: pathToFileURL(old.path).toString(), diagnostics: [] });
  }
}

/**
 * A suggestion's setting as an edit of `.lexdraft.json` in the document's workspace folder (created when
 * missing). Nothing when the document is outside every folder, or the file cannot be read or is not valid JSON.
 */
function configEdit(state: ServerState, docUri: string, change: ConfigChange): WorkspaceEdit | undefined {
  const folder = folderForDocument(docUri, state.folders);
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
  publishConfigProblems(state, loadWorkspaceConfigs(state));
  applySettings(state, state.editorSettings);
  for (const doc of documents.all()) schedule(state, doc.uri, 0);
});

async function refreshSettings(state: ServerState): Promise<void> {
  try {
    const raw: unknown = await connection.workspace.getConfiguration({ section: SETTINGS_SECTION });
    applySettings(state, raw);
  } catch (err) {
    logError('configuration', err);
  }
  for (const doc of documents.all()) schedule(state, doc.uri, 0);
}

connection.onDidChangeConfiguration((change) => {
  if (state.pullConfiguration) {
    void refreshSettings(state);
    return;
  }
  const raw = (change.settings as Record<string, unknown> | undefined)?.[SETTINGS_SECTION];
  applySettings(state, raw ?? {});
  for (const doc of documents.all()) schedule(state, doc.uri, 0);
});

// Garbage from bursts of analyses is collected once the process has grown or the documents are quiet.
// At most every 100 ms: a longer interval collected too seldom during a burst of typing to keep Node 24
// under the memory target; collections run after publishing, so the round trips do not pay for them
// (docs/performance.md, Memory).
const memory = memoryKeeper({ softLimitMb: 120, quietMs: 3000, minIntervalMs: 100, gc: v8Collector() });

/** Debounced validation: the latest version wins; a closed document is never published. */
function schedule(state: ServerState, uri: string, delay: number): void {
  const pending = state.timers.get(uri);
  if (pending) clearTimeout(pending);
  state.timers.set(
    uri,
    setTimeout(() => {
      state.timers.delete(uri);
      validate(state, uri);
    }, delay),
  );
}

function validate(state: ServerState, uri: string): void {
  const doc = documents.get(uri);
  if (!doc) return;
  try {
    const entry = state.cache.get(doc);
    if (!state.baselines.has(uri) || state.rebaseline.delete(uri)) state.baselines.set(uri, entry.analysis);
    const lang = messageLanguage(state.settings);
    const diagnostics = toDiagnostics(entry, lang, state.checkDocs);
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
    logError(`validate ${uri}`, err);
  }
}

// TextDocuments fires onDidChangeContent right after onDidOpen: an opened document is checked at once,
// later edits after the debounce.
documents.onDidOpen((e) => {
  state.justOpened.add(e.document.uri);
  schedule(state, e.document.uri, 0);
});
documents.onDidChangeContent((e) => {
  if (state.justOpened.delete(e.document.uri)) return;
  schedule(state, e.document.uri, state.settings.diagnosticsDelay);
});
documents.onDidClose((e) => {
  state.justOpened.delete(e.document.uri);
  state.baselines.delete(e.document.uri);
  state.rebaseline.delete(e.document.uri);
  const pending = state.timers.get(e.document.uri);
  if (pending) clearTimeout(pending);
  state.timers.delete(e.document.uri);
  state.cache.delete(e.document.uri);
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
    return fn(state.cache.get(doc));
  } catch (err) {
    logError(what, err);
    return fallback;
  }
}

const lang = (): 'zh' | 'en' => messageLanguage(state.settings);

connection.onDocumentSymbol((p) => withEntry(p, 'documentSymbol', null, documentSymbols));
connection.onDefinition((p) => withEntry(p, 'definition', [], (e) => definition(e, p.position, state.libraryJob?.current)));
connection.onHover((p) => withEntry(p, 'hover', null, (e) => hover(e, p.position, lang(), state.libraryJob?.current)));
connection.onReferences((p) => withEntry(p, 'references', [], (e) => references(e, p.position, p.context.includeDeclaration)));
connection.onCompletion((p) => withEntry(p, 'completion', [], (e) => completion(e, p.position)));
connection.onFoldingRanges((p) => withEntry(p, 'foldingRange', [], foldingRanges));
connection.onSelectionRanges((p) => withEntry(p, 'selectionRange', [], (e) => selectionRanges(e, p.positions)));
connection.languages.semanticTokens.on((p) => withEntry(p, 'semanticTokens', { data: [] }, semanticTokens));
connection.onCodeAction((p) =>
  withEntry(p, 'codeAction', [], (e) => codeActions(e, p, lang(), state.baselines.get(e.uri), (change) => configEdit(state, e.uri, change))),
);
connection.onWorkspaceSymbol((p) => {
  try {
    return workspaceSymbols(documents.all().map((d) => state.cache.get(d)), p.query);
  } catch (err) {
    logError('workspaceSymbol', err);
    return [];
  }
});

connection.onExecuteCommand((p) =>
  executeCommand(p, {
    documents,
    cache: state.cache,
    baselines: state.baselines,
    rebaseline: state.rebaseline,
    options: () => ({ ...analyseOptions(state.settings), laws: state.laws, taiwanActs: state.taiwanActs }),
    lang,
    checkDocs: state.checkDocs,
    applyEdit: (label, edit) => connection.workspace.applyEdit({ label, edit }),
    logError,
  }),
);

documents.listen(connection);
connection.listen();
