/**
 * “LexDraft：与其他版本对照”: the active draft (the new version) against a file, a Git revision of it or its
 * text as it was when opened (the old), computed by the server (lexdraft.server.compare) and shown in a
 * webview beside the editor: the 修改对照表 with a side list of its rows, exports, and 生成修改决定.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { COMPARE_SERVER_COMMAND, LANGUAGE_ID, type CompareArgs, type CompareDocxReply, type CompareReply } from '../../server/src/protocol';
import { panelHtml, type PanelMessage } from './compare-html';
import { nonce } from './page';
import { gitRepository, revisions } from './git';
import { wordTemplate } from './word';

/** The command's optional argument: the other version given, no quick pick (scripts and tests). */
export interface CompareCommandArgs {
  otherText?: string;
  /** A file to read as the other version (UTF-8). */
  otherUri?: string;
  /** How the panel's title names the other version. */
  otherName?: string;
}

/** What the extension's API tells a test about the last panel. */
export interface ComparePanelState {
  title: string;
  html: string;
  /** The page's script ran and said so (the Content-Security-Policy let it). */
  ready: boolean;
  /** Handles a message as if the page had posted it (the page's buttons). */
  receive(message: PanelMessage): Promise<void>;
}

type Ok = Extract<CompareReply, { ok: true }>;

interface Panel {
  webview: vscode.WebviewPanel;
  doc: vscode.TextDocument;
  /** The version of the draft compared, and what with: a reveal after an edit compares again first. */
  version: number;
  other: Other;
  reply: Ok;
  ready: boolean;
}

interface Other {
  text: string;
  name: string;
}

export function registerCompare(client: () => LanguageClient | undefined): { disposables: vscode.Disposable[]; lastPanel(): ComparePanelState | undefined } {
  // The text of each draft as it was opened: kept here, not asked of the server, whose baseline moves on
  // with every renumbering (it is what references are re-validated against).
  const opened = new Map<string, string>();
  const remember = (doc: vscode.TextDocument): void => {
    if (doc.languageId === LANGUAGE_ID && !opened.has(doc.uri.toString())) opened.set(doc.uri.toString(), doc.getText());
  };
  vscode.workspace.textDocuments.forEach(remember);
  const panels = new Map<string, Panel>();
  let last: Panel | undefined;

  const show = async (doc: vscode.TextDocument, other: Other): Promise<CompareReply | undefined> => {
    const c = client();
    if (!c) return undefined;
    const args: CompareArgs = { uri: doc.uri.toString(), version: doc.version, otherText: other.text };
    const reply = await c.sendRequest<CompareReply>('workspace/executeCommand', { command: COMPARE_SERVER_COMMAND, arguments: [args] });
    if (!reply.ok) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Could not compare: {0}', reply.reason));
      return reply;
    }
    const name = path.basename(doc.uri.path);
    const title = `${other.name} ↔ ${name}`;
    const key = doc.uri.toString();
    let panel = panels.get(key);
    if (panel) {
      panel.webview.reveal(undefined, true);
      Object.assign(panel, { doc, version: doc.version, other, reply, ready: false }); // the same URI, maybe reopened since
    } else {
      const webview = vscode.window.createWebviewPanel('lexdraft.compare', title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, localResourceRoots: [] });
      const p: Panel = { webview, doc, version: doc.version, other, reply, ready: false };
      panel = p;
      panels.set(key, p);
      webview.onDidDispose(() => {
        panels.delete(key);
        if (last === p) last = undefined;
      });
      webview.webview.onDidReceiveMessage((m: PanelMessage) => void receive(p, m));
    }
    panel.webview.title = title;
    panel.webview.webview.html = panelHtml({ ...reply, versions: { old: other.name, new: name } }, nonce());
    last = panel;
    return reply;
  };

  const command = async (given?: CompareCommandArgs): Promise<CompareReply | undefined> => {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || doc.languageId !== LANGUAGE_ID) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Open a legislative draft first.'));
      return undefined;
    }
    try {
      const other = given && (given.otherText !== undefined || given.otherUri !== undefined) ? await givenOther(given) : await pickOther(doc, opened.get(doc.uri.toString()));
      return other ? await show(doc, other) : undefined;
    } catch (err) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Could not compare: {0}', err instanceof Error ? err.message : String(err)));
      return undefined;
    }
  };

  // The table as a Word document, written by the server for the version compared (its Word writer).
  const word = async (p: Panel): Promise<Uint8Array> => {
    const c = client();
    if (!c) throw new Error(vscode.l10n.t('the language server is not running'));
    const args: CompareArgs = { uri: p.doc.uri.toString(), version: p.version, otherText: p.other.text, format: 'docx', ...(await wordTemplate(p.doc.uri)) };
    const reply = await c.sendRequest<CompareDocxReply>('workspace/executeCommand', { command: COMPARE_SERVER_COMMAND, arguments: [args] });
    if (!reply.ok) throw new Error(reply.reason);
    return Buffer.from(reply.docx, 'base64');
  };

  // A message the page posts; what fails (a file that cannot be written) is told, never thrown away.
  const receive = (panel: Panel, m: PanelMessage): Promise<void> =>
    handle(panel, m, (p) => show(p.doc, p.other), word).catch((err: unknown) => {
      void vscode.window.showWarningMessage(vscode.l10n.t('Could not compare: {0}', err instanceof Error ? err.message : String(err)));
    });

  const disposables = [
    vscode.workspace.onDidOpenTextDocument(remember),
    // A draft's language is set after it opens (adopted .txt drafts): VS Code closes and reopens it.
    vscode.workspace.onDidCloseTextDocument((doc) => opened.delete(doc.uri.toString())),
    vscode.commands.registerCommand('lexdraft.compareVersions', command),
  ];
  return {
    disposables,
    lastPanel: () => {
      const p = last;
      return p && { title: p.webview.title, html: p.webview.webview.html, ready: p.ready, receive: (m) => receive(p, m) };
    },
  };
}

async function handle(panel: Panel, m: PanelMessage, compareAgain: (panel: Panel) => Promise<unknown>, word: (panel: Panel) => Promise<Uint8Array>): Promise<void> {
  if (m.type === 'ready') {
    panel.ready = true;
  } else if (m.type === 'reveal') {
    // Edited since: the article's line is the one in the text as it is now.
    if (panel.doc.version !== panel.version) await compareAgain(panel);
    const line = panel.reply.lines[`${m.number}.${m.sub}`];
    if (line === undefined) return;
    const at = new vscode.Range(line, 0, line, 0);
    const editor = await vscode.window.showTextDocument(panel.doc, { viewColumn: visibleColumn(panel.doc), selection: at });
    editor.revealRange(at, vscode.TextEditorRevealType.AtTop);
  } else if (m.type === 'export') {
    // Edited since: the Word document is made from the text as it is now, as the page shows after this.
    if (m.format === 'docx' && panel.doc.version !== panel.version) await compareAgain(panel);
    await exportTable(panel, m.format, word);
  } else if (m.type === 'amend') {
    // A new draft, never a file: the drafter saves it where they choose.
    const draft = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: panel.reply.instrument });
    await vscode.window.showTextDocument(draft, { viewColumn: visibleColumn(panel.doc) });
  }
}

function visibleColumn(doc: vscode.TextDocument): vscode.ViewColumn {
  return vscode.window.visibleTextEditors.find((e) => e.document === doc)?.viewColumn ?? vscode.ViewColumn.One;
}

async function exportTable(panel: Panel, format: 'md' | 'html' | 'docx', word: (panel: Panel) => Promise<Uint8Array>): Promise<void> {
  const doc = panel.doc;
  const base = path.basename(doc.uri.path).replace(/(\.law)?\.(txt|md)$/u, '');
  const file = `${base}.对照表.${format}`;
  const target = await vscode.window.showSaveDialog({
    defaultUri: doc.uri.scheme === 'untitled' ? undefined : vscode.Uri.joinPath(doc.uri, '..', file),
    filters: format === 'md' ? { Markdown: ['md'] } : format === 'docx' ? { Word: ['docx'] } : { HTML: ['html', 'htm'] },
  });
  if (!target) return;
  const bytes = format === 'docx' ? await word(panel) : new TextEncoder().encode(format === 'md' ? panel.reply.markdown : panel.reply.html);
  await vscode.workspace.fs.writeFile(target, bytes);
}

async function givenOther(given: CompareCommandArgs): Promise<Other> {
  if (given.otherText !== undefined) return { text: given.otherText, name: given.otherName ?? vscode.l10n.t('other version') };
  const uri = vscode.Uri.parse(given.otherUri as string);
  return { text: await readUtf8(uri), name: given.otherName ?? path.basename(uri.path) };
}

/** A file's text; a file that is not UTF-8 is refused rather than compared garbled. */
async function readUtf8(uri: vscode.Uri): Promise<string> {
  const bytes = await vscode.workspace.fs.readFile(uri);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(vscode.l10n.t('{0} is not UTF-8 text', path.basename(uri.path)));
  }
}

async function pickOther(doc: vscode.TextDocument, atOpen: string | undefined): Promise<Other | undefined> {
  const repo = await gitRepository(doc.uri);
  type Item = vscode.QuickPickItem & { source: 'file' | 'git' | 'open' };
  const items: Item[] = [{ source: 'file', label: vscode.l10n.t('Compare with a file…') }];
  if (repo) items.push({ source: 'git', label: vscode.l10n.t('Compare with a Git version…') });
  if (atOpen !== undefined) items.push({ source: 'open', label: vscode.l10n.t('Compare with the text as opened') });
  const pick = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Compare this draft with…') });
  if (!pick) return undefined;
  if (pick.source === 'open') return { text: atOpen as string, name: vscode.l10n.t('as opened') };
  if (pick.source === 'file') {
    const [uri] = (await vscode.window.showOpenDialog({ canSelectMany: false, openLabel: vscode.l10n.t('Compare'), filters: { [vscode.l10n.t('Drafts')]: ['txt', 'md'] } })) ?? [];
    return uri && { text: await readUtf8(uri), name: path.basename(uri.path) };
  }
  const revs = repo ? await revisions(repo, doc.uri) : [];
  if (revs.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No commit touches this file yet.'));
    return undefined;
  }
  const rev = await vscode.window.showQuickPick(
    revs.map((r) => ({ label: r.hash.slice(0, 8), description: r.message.split('\n')[0], detail: r.date?.toLocaleString(), rev: r })),
    { placeHolder: vscode.l10n.t('Compare with the version at…') },
  );
  return rev && { text: await rev.rev.text(), name: `${path.basename(doc.uri.path)}@${rev.label}` };
}
