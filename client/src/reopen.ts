/**
 * A draft in GBK, GB18030 or Big5 that VS Code decoded as UTF-8 (replacement characters in its text): say so,
 * and offer to reopen it in the encoding its bytes are in. The user's files.encoding is never changed.
 */
import * as vscode from 'vscode';
import { guessLegacyEncoding, type LegacyEncoding } from './encoding';

/** Reopens a document in an encoding (arguments: its Uri and a VS Code encoding id); the offer's button runs it. */
export const REOPEN_COMMAND = 'lexdraft.reopenWithEncoding';

const NAMES: Record<LegacyEncoding, string> = { gbk: 'GBK', gb18030: 'GB18030', cp950: 'Big5' };

/** `openTextDocument(uri, { encoding })` and `TextDocument.encoding` came with VS Code 1.100; the engine is 1.90. */
type OpenWithEncoding = (uri: vscode.Uri, options: { encoding: string }) => Thenable<vscode.TextDocument>;

/** `adopt` gives the reopened document the draft language when it now reads as one. */
export function offerReopen(adopt: (doc: vscode.TextDocument) => void): vscode.Disposable[] {
  const offered = new Set<string>();
  const check = async (doc: vscode.TextDocument): Promise<void> => {
    if (!['file', 'vscode-remote'].includes(doc.uri.scheme) || !['plaintext', 'markdown', 'lexdraft'].includes(doc.languageId)) return;
    if (doc.isDirty || !doc.getText().includes('\ufffd') || offered.has(doc.uri.toString())) return;
    offered.add(doc.uri.toString()); // once per file and session: a dismissed offer is not repeated
    const encoding = guessLegacyEncoding(await vscode.workspace.fs.readFile(doc.uri));
    if (!encoding) return;
    const reopen = vscode.l10n.t('Reopen as {0}', NAMES[encoding]);
    const message = vscode.l10n.t('This file looks {0}-encoded but was opened as UTF-8, so its Chinese is garbled and LexDraft cannot check it.', NAMES[encoding]);
    if ((await vscode.window.showWarningMessage(message, reopen)) === reopen) await vscode.commands.executeCommand(REOPEN_COMMAND, doc.uri, encoding);
  };
  const reopen = async (uri: vscode.Uri, encoding: LegacyEncoding): Promise<void> => {
    const opened = await vscode.workspace.openTextDocument(uri);
    if (!('encoding' in opened)) {
      // Before VS Code 1.100: its own encoding picker, on this editor.
      await vscode.window.showTextDocument(opened);
      await vscode.commands.executeCommand('workbench.action.editor.changeEncoding');
      return;
    }
    const doc = await (vscode.workspace as unknown as { openTextDocument: OpenWithEncoding }).openTextDocument(uri, { encoding });
    await vscode.window.showTextDocument(doc);
    adopt(doc);
  };
  const report = (doc: vscode.TextDocument): void => {
    check(doc).catch(() => undefined); // an unreadable file: nothing to offer
  };
  vscode.workspace.textDocuments.forEach(report);
  return [vscode.workspace.onDidOpenTextDocument(report), vscode.commands.registerCommand(REOPEN_COMMAND, reopen)];
}
