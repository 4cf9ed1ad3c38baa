/**
 * Word drafts in VS Code (docs/docx.md, “In VS Code”). A .docx opens in a read-only view: its paragraphs as
 * LexDraft reads them (Word's automatic numbering written in), findings under each and in the Problems panel
 * by paragraph; from there, or from the Explorer, it converts to a text draft beside it. “LexDraft：导出为 Word”
 * writes a text draft as an official document. The server does the reading and writing of Word
 * (lexdraft.server.checkWord / exportWord); this module reads and writes files through the editor's file
 * system, so that remote and virtual folders work too.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  LANGUAGE_ID,
  MAX_DRAFT_BYTES,
  SETTINGS_SECTION,
  WORD_CHECK_SERVER_COMMAND,
  WORD_EXPORT_SERVER_COMMAND,
  type WordCheckArgs,
  type WordCheckReply,
  type WordExportArgs,
  type WordExportReply,
} from '../../server/src/protocol';
import { nonce } from './page';
import { wordViewHtml, type WordViewMessage } from './word-html';

export const WORD_VIEW_TYPE = 'lexdraft.wordDraft';


/** What the extension's API tells a test about the last Word view. */
export interface WordViewState {
  uri: string;
  html: string;
  /** The page's script ran and said so. */
  ready: boolean;
  /** The last reply of the server for it. */
  reply: WordCheckReply | undefined;
  receive(message: WordViewMessage): Promise<void>;
}

interface View {
  uri: vscode.Uri;
  panel: vscode.WebviewPanel;
  tracked: 'current' | 'before';
  reply: WordCheckReply | undefined;
  ready: boolean;
}

type Server = () => Promise<LanguageClient | undefined>;

export function registerWord(server: Server): { disposables: vscode.Disposable[]; lastView(): WordViewState | undefined } {
  const problems = vscode.languages.createDiagnosticCollection('lexdraft-word');
  const views = new Set<View>();
  let last: View | undefined;

  const check = async (view: View): Promise<void> => {
    const name = path.basename(view.uri.path);
    let reply: WordCheckReply;
    try {
      reply = await checkWord(server, view.uri, view.tracked);
    } catch (err) {
      reply = { ok: false, reason: err instanceof Error ? err.message : String(err) };
    }
    view.reply = reply;
    view.ready = false;
    if (!reply.ok) {
      problems.delete(view.uri);
      view.panel.webview.html = wordViewHtml({ name, error: reply.reason }, nonce());
      return;
    }
    const c = await server();
    problems.set(view.uri, c ? await c.protocol2CodeConverter.asDiagnostics(reply.diagnostics) : []);
    view.panel.webview.html = wordViewHtml({ name, paragraphs: reply.paragraphs, findings: reply.diagnostics.map((d) => ({ ...d, message: typeof d.message === 'string' ? d.message : d.message.value })), articles: reply.articles, tracked: view.tracked, warnings: reply.warnings }, nonce());
  };

  const receive = async (view: View, m: WordViewMessage): Promise<void> => {
    try {
      if (m.type === 'ready') view.ready = true;
      else if (m.type === 'recheck') await check(view);
      else if (m.type === 'tracked') {
        view.tracked = m.value === 'before' ? 'before' : 'current';
        await check(view);
      } else if (m.type === 'convert') await convert(view.uri, undefined, view.tracked);
    } catch (err) {
      void vscode.window.showWarningMessage(vscode.l10n.t('LexDraft: {0}', err instanceof Error ? err.message : String(err)));
    }
  };

  const provider: vscode.CustomReadonlyEditorProvider = {
    openCustomDocument: (uri) => ({ uri, dispose: () => undefined }),
    resolveCustomEditor: async (document, panel) => {
      panel.webview.options = { enableScripts: true, localResourceRoots: [] };
      const view: View = { uri: document.uri, panel, tracked: 'current', reply: undefined, ready: false };
      views.add(view);
      last = view;
      // Saved again in Word while open: checked again (a burst of writes, once).
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.joinPath(document.uri, '..'), path.basename(document.uri.path)));
      let timer: NodeJS.Timeout | undefined;
      const changed = (): void => {
        clearTimeout(timer);
        timer = setTimeout(() => void check(view), 300);
      };
      const subs = [watcher, watcher.onDidChange(changed), watcher.onDidCreate(changed), panel.webview.onDidReceiveMessage((m: WordViewMessage) => receive(view, m))];
      panel.onDidDispose(() => {
        clearTimeout(timer);
        subs.forEach((s) => s.dispose());
        views.delete(view);
        if (last === view) last = undefined;
        // The Problems panel lists a Word document's findings while a view of it is open, as for an open text draft.
        if (![...views].some((v) => v.uri.toString() === document.uri.toString())) problems.delete(document.uri);
      });
      await check(view);
    },
  };

  /** The text of a Word document beside it, as `<name>.txt`; never over an existing file without asking. */
  const convert = async (uri: vscode.Uri | undefined, target?: vscode.Uri, tracked: 'current' | 'before' = 'current'): Promise<vscode.Uri | undefined> => {
    const source = uri ?? activeWordDocument() ?? (await pickWord());
    if (!source) return undefined;
    const reply = await checkWord(server, source, tracked);
    if (!reply.ok) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Cannot read {0}: {1}', path.basename(source.path), reply.reason));
      return undefined;
    }
    const to = target ?? (await besideTarget(source));
    if (!to) return undefined;
    await vscode.workspace.fs.writeFile(to, new TextEncoder().encode(reply.text));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(to));
    return to;
  };

  const exportDraft = async (target?: vscode.Uri): Promise<vscode.Uri | undefined> => {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || doc.languageId !== LANGUAGE_ID) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Open a legislative draft first.'));
      return undefined;
    }
    const c = await server();
    if (!c) return undefined;
    const base = path.basename(doc.uri.path).replace(/(\.law)?\.(txt|md)$/u, '');
    const to =
      target ??
      (await vscode.window.showSaveDialog({
        defaultUri: doc.uri.scheme === 'untitled' ? undefined : vscode.Uri.joinPath(doc.uri, '..', `${base}.docx`),
        filters: { Word: ['docx'] },
      }));
    if (!to) return undefined;
    try {
      const args: WordExportArgs = { uri: doc.uri.toString(), version: doc.version, ...(await wordTemplate(doc.uri)) };
      const reply = await c.sendRequest<WordExportReply>('workspace/executeCommand', { command: WORD_EXPORT_SERVER_COMMAND, arguments: [args] });
      if (!reply.ok) throw new Error(reply.reason);
      await vscode.workspace.fs.writeFile(to, Buffer.from(reply.docx, 'base64'));
    } catch (err) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Could not export: {0}', err instanceof Error ? err.message : String(err)));
      return undefined;
    }
    if (!target) void vscode.window.showInformationMessage(vscode.l10n.t('Exported: {0}', path.basename(to.path)));
    return to;
  };

  const disposables = [
    problems,
    vscode.window.registerCustomEditorProvider(WORD_VIEW_TYPE, provider, { supportsMultipleEditorsPerDocument: true }),
    vscode.commands.registerCommand('lexdraft.openWord', async (uri?: vscode.Uri) => {
      const source = uri ?? (await pickWord());
      if (source) await vscode.commands.executeCommand('vscode.openWith', source, WORD_VIEW_TYPE);
    }),
    vscode.commands.registerCommand('lexdraft.convertWord', (uri?: vscode.Uri, target?: vscode.Uri) => convert(uri, target)),
    vscode.commands.registerCommand('lexdraft.exportWord', (target?: vscode.Uri) => exportDraft(target)),
  ];
  return {
    disposables,
    lastView: () => {
      const v = last;
      return v && { uri: v.uri.toString(), html: v.panel.webview.html, ready: v.ready, reply: v.reply, receive: (m) => receive(v, m) };
    },
  };
}

async function checkWord(server: Server, uri: vscode.Uri, tracked: 'current' | 'before'): Promise<WordCheckReply> {
  const c = await server();
  if (!c) return { ok: false, reason: vscode.l10n.t('the language server is not running') };
  const stat = await vscode.workspace.fs.stat(uri);
  // The server reads no more (MAX_DRAFT_BYTES): a larger file is refused here, unread.
  if (stat.size > MAX_DRAFT_BYTES) return { ok: false, reason: vscode.l10n.t('larger than {0} MB', MAX_DRAFT_BYTES / 1024 / 1024) };
  const bytes = await vscode.workspace.fs.readFile(uri);
  const args: WordCheckArgs = { uri: uri.toString(), docx: Buffer.from(bytes).toString('base64'), tracked };
  return c.sendRequest<WordCheckReply>('workspace/executeCommand', { command: WORD_CHECK_SERVER_COMMAND, arguments: [args] });
}

/** The Word document of the active Word view, if that is what is in front. */
function activeWordDocument(): vscode.Uri | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  return input instanceof vscode.TabInputCustom && input.viewType === WORD_VIEW_TYPE ? input.uri : undefined;
}

async function pickWord(): Promise<vscode.Uri | undefined> {
  const [uri] = (await vscode.window.showOpenDialog({ canSelectMany: false, filters: { Word: ['docx'] } })) ?? [];
  return uri;
}

/** `<name>.txt` beside the document; when it exists, overwrite or another name, as the user says. */
async function besideTarget(source: vscode.Uri): Promise<vscode.Uri | undefined> {
  const beside = vscode.Uri.joinPath(source, '..', `${path.basename(source.path).replace(/\.docx$/iu, '')}.txt`);
  const exists = await vscode.workspace.fs.stat(beside).then(
    () => true,
    () => false,
  );
  if (!exists) return beside;
  const overwrite = vscode.l10n.t('Overwrite');
  const other = vscode.l10n.t('Save As…');
  const choice = await vscode.window.showWarningMessage(vscode.l10n.t('{0} already exists.', path.basename(beside.path)), { modal: true }, overwrite, other);
  if (choice === overwrite) return beside;
  if (choice === other) return vscode.window.showSaveDialog({ defaultUri: beside, filters: { [vscode.l10n.t('Drafts')]: ['txt', 'md'] } });
  return undefined;
}

/** The house template of `lexdraft.wordTemplate` for this draft, read as the exports send it; none when unset. */
export async function wordTemplate(doc: vscode.Uri): Promise<Pick<WordExportArgs, 'template' | 'templateName'>> {
  const setting = vscode.workspace.getConfiguration(SETTINGS_SECTION, doc).get<string>('wordTemplate', '').trim();
  if (setting === '') return {};
  const folder = vscode.workspace.getWorkspaceFolder(doc)?.uri;
  const isAbsolute = path.isAbsolute(setting) || /^[a-z]:[\\/]/iu.test(setting);
  if (!isAbsolute && !folder) throw new Error(vscode.l10n.t('lexdraft.wordTemplate is a relative path, and the draft is in no workspace folder'));
  const uri = isAbsolute ? vscode.Uri.file(setting) : vscode.Uri.joinPath(folder as vscode.Uri, setting);
  const bytes = await vscode.workspace.fs.readFile(uri);
  return { template: Buffer.from(bytes).toString('base64'), templateName: path.basename(uri.path) };
}
