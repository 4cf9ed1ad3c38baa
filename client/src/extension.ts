/** VS Code glue: start the language client, adopt drafts opened as plain text, show the status bar. */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import {
  LANGUAGE_ID,
  RENUMBER_SERVER_COMMAND,
  SERVER_NODE_FLAGS,
  SETTINGS_SECTION,
  SUMMARY_NOTIFICATION,
  type DocumentSummary,
  type InitializationOptions,
  type RenumberArgs,
  type RenumberReply,
} from '../../server/src/protocol';
import { checkPagesUri, previewCheckPages } from './check-pages';
import { registerCompare, type ComparePanelState } from './compare';
import { looksLikeRegulation } from './detect';
import { lawTexts } from './law-text';
import { renumberNotice } from './renumber-notice';
import { offerReopen } from './reopen';
import { registerWord, type WordViewState } from './word';

let client: LanguageClient | undefined;

/** The extension's API: a hook for the end-to-end tests, which cannot see into a webview. */
export interface LexDraftApi {
  /** The comparison panel shown last, while it is open. */
  comparePanel(): ComparePanelState | undefined;
  /** The Word view opened last, while it is open. */
  wordView(): WordViewState | undefined;
}

export async function activate(context: vscode.ExtensionContext): Promise<LexDraftApi> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6009'] } },
  };
  const pages = checkPagesUri(context.extensionUri);
  const checkDocs = `${pages.toString()}/`;
  context.subscriptions.push(previewCheckPages(pages), lawTexts());
  const initializationOptions: InitializationOptions = { settings: vscode.workspace.getConfiguration(SETTINGS_SECTION), checkDocs };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: LANGUAGE_ID },
      { scheme: 'untitled', language: LANGUAGE_ID },
      { scheme: 'vscode-remote', language: LANGUAGE_ID },
    ],
    initializationOptions,
    // A team's .lexdraft.json: the server re-reads it when it changes.
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/.lexdraft.json') },
  };
  client = new LanguageClient('lexdraft', 'LexDraft', serverOptions, clientOptions);

  const status = vscode.window.createStatusBarItem('lexdraft.status', vscode.StatusBarAlignment.Left, 100);
  status.name = 'LexDraft';
  context.subscriptions.push(status);
  const summaries = new Map<string, DocumentSummary>();
  const showStatus = (): void => {
    const doc = vscode.window.activeTextEditor?.document;
    const s = doc && doc.languageId === LANGUAGE_ID ? summaries.get(doc.uri.toString()) : undefined;
    if (!s) {
      status.hide();
      return;
    }
    const kind = s.jurisdiction === 'tw' ? vscode.l10n.t('Taiwan act') : vscode.l10n.t('Draft');
    status.text = `$(law) ${kind} · ${vscode.l10n.t('{0} articles', s.articles)} · $(error) ${s.errors} $(warning) ${s.warnings}`;
    status.tooltip = vscode.l10n.t('LexDraft: {0} error(s), {1} warning(s), {2} other', s.errors, s.warnings, s.others);
    status.command = 'workbench.actions.view.problems';
    status.show();
  };
  context.subscriptions.push(vscode.window.onDidChangeActiveTextEditor(showStatus));

  // Drafts users already have (.txt / .md) are adopted when they look like a regulation.
  const adopt = (doc: vscode.TextDocument): void => {
    if (doc.languageId !== 'plaintext' && doc.languageId !== 'markdown') return;
    if (doc.uri.toString().startsWith(checkDocs)) return; // a check page: its examples are not a draft
    if (!vscode.workspace.getConfiguration(SETTINGS_SECTION).get<boolean>('autoDetect', true)) return;
    if (looksLikeRegulation(doc.getText())) void vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
  };
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(adopt));
  vscode.workspace.textDocuments.forEach(adopt);
  context.subscriptions.push(...offerReopen(adopt));

  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(SETTINGS_SECTION) && client) {
        void client.sendNotification('workspace/didChangeConfiguration', { settings: null });
      }
    }),
  );

  const output = vscode.window.createOutputChannel('LexDraft');
  context.subscriptions.push(output);
  const renumberCommand = (mode: RenumberArgs['mode']) => async (): Promise<RenumberReply | undefined> => {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || doc.languageId !== LANGUAGE_ID || !client) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Open a legislative draft first.'));
      return undefined;
    }
    const args: RenumberArgs = { uri: doc.uri.toString(), version: doc.version, mode };
    const reply = await client.sendRequest<RenumberReply>('workspace/executeCommand', { command: RENUMBER_SERVER_COMMAND, arguments: [args] });
    for (const w of reply.warnings ?? []) output.appendLine(`⚠ ${w}`);
    const notice = renumberNotice(reply);
    if (notice.kind === 'failed') {
      void vscode.window.showWarningMessage(vscode.l10n.t('Could not renumber: {0}', notice.reason));
    } else if (notice.kind === 'discarded') {
      output.appendLine(`${new Date().toLocaleString()} ${doc.uri.fsPath}: ${vscode.l10n.t('renumbering discarded')}`);
    } else if (notice.kind === 'unchanged') {
      void vscode.window.showInformationMessage(vscode.l10n.t('Numbering is already consistent.'));
    } else {
      output.appendLine(`${new Date().toLocaleString()} ${doc.uri.fsPath}`);
      if (notice.summary) output.appendLine(notice.summary);
      if (reply.mapping) output.appendLine(reply.mapping);
      // The summary, in the form an 起草说明 uses; the full table label by label behind the buttons.
      // Not awaited: the command completes when the edit is applied, not when the message is dismissed.
      const copy = vscode.l10n.t('Copy mapping');
      const show = vscode.l10n.t('Show mapping');
      const text = notice.summary ? vscode.l10n.t('Renumbered: {0}', notice.summary) : vscode.l10n.t('Renumbered: {0} change(s).', notice.changed);
      void vscode.window.showInformationMessage(text, ...(reply.mapping ? [copy] : []), show).then(async (choice) => {
        if (choice === copy) await vscode.env.clipboard.writeText(reply.mapping);
        else if (choice === show) output.show(true);
      });
    }
    return reply;
  };
  const compare = registerCompare(() => client);
  // A Word view may be restored before the client has started: it waits for it.
  const starting = client.start();
  const word = registerWord(async () => {
    await starting;
    return client;
  });
  context.subscriptions.push(
    ...compare.disposables,
    ...word.disposables,
    vscode.commands.registerCommand('lexdraft.renumber', renumberCommand('renumber')),
    vscode.commands.registerCommand('lexdraft.renumberInsertOnly', renumberCommand('insertOnly')),
  );

  await starting;
  context.subscriptions.push(
    client.onNotification(SUMMARY_NOTIFICATION, (s: DocumentSummary) => {
      summaries.set(s.uri, s);
      showStatus();
    }),
  );
  return { comparePanel: compare.lastPanel, wordView: word.lastView };
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
}
