/**
 * The language server: wiring only. Transport (stdio, node IPC, socket) comes from the command line
 * (`--stdio`, `--node-ipc`, `--socket=N`) as vscode-languageserver reads it.
 */
import {
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache } from './lsp/cache';
import { toDiagnostics } from './lsp/diagnostics';
import { analyseOptions, DEFAULT_SETTINGS, messageLanguage, readSettings, type Settings } from './lsp/settings';
import { documentSymbols } from './lsp/symbols';
import { SETTINGS_SECTION, SUMMARY_NOTIFICATION, type DocumentSummary } from './protocol';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const cache = new AnalysisCache();
const timers = new Map<string, NodeJS.Timeout>();

let settings: Settings = DEFAULT_SETTINGS;
let clientLocale: string | undefined;
let pullConfiguration = false;

function report(where: string, err: unknown): void {
  connection.console.error(`lexdraft: ${where}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  clientLocale = params.locale;
  pullConfiguration = params.capabilities.workspace?.configuration === true;
  const init = params.initializationOptions as { settings?: unknown } | undefined;
  if (init?.settings !== undefined) applySettings(readSettings(init.settings));
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      documentSymbolProvider: { label: 'LexDraft' },
    },
    serverInfo: { name: 'lexdraft', version: typeof LEXDRAFT_VERSION === 'string' ? LEXDRAFT_VERSION : '0.0.0-dev' },
  };
});

declare const LEXDRAFT_VERSION: string;

connection.onInitialized(() => {
  if (pullConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION }).catch((e: unknown) => report('register', e));
    void refreshSettings();
  }
});

function applySettings(next: Settings): void {
  settings = next;
  cache.setOptions(analyseOptions(settings));
}

async function refreshSettings(): Promise<void> {
  try {
    const raw: unknown = await connection.workspace.getConfiguration({ section: SETTINGS_SECTION });
    applySettings(readSettings(raw));
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
  applySettings(readSettings(raw));
  for (const doc of documents.all()) schedule(doc.uri, 0);
});

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
    const lang = messageLanguage(settings, clientLocale);
    const diagnostics = toDiagnostics(entry, settings, lang);
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
  const pending = timers.get(e.document.uri);
  if (pending) clearTimeout(pending);
  timers.delete(e.document.uri);
  cache.delete(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onDocumentSymbol((params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return null;
  try {
    return documentSymbols(cache.get(doc));
  } catch (err) {
    report('documentSymbol', err);
    return null;
  }
});

documents.listen(connection);
connection.listen();
