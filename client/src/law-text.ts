/**
 * Law texts opened by go to definition on a citation (`lexdraft-law:` URIs, see LAW_TEXT_SCHEME): the file of
 * the user's library, read as it is through a read-only file system, since a cited law is consulted, not
 * edited here (the editor refuses edits, and a save cannot reach the library).
 */
import * as vscode from 'vscode';
import { LAW_TEXT_SCHEME } from '../../server/src/protocol';

const fileOf = (uri: vscode.Uri): vscode.Uri => uri.with({ scheme: 'file' });
const readOnly = (): never => {
  throw vscode.FileSystemError.NoPermissions('LexDraft：引用的法律文本只读 / a cited law is read-only');
};

class LawTexts implements vscode.FileSystemProvider {
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changed.event;
  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }
  stat(uri: vscode.Uri): Thenable<vscode.FileStat> {
    return vscode.workspace.fs.stat(fileOf(uri)).then((s) => ({ ...s, permissions: vscode.FilePermission.Readonly }));
  }
  readFile(uri: vscode.Uri): Thenable<Uint8Array> {
    return vscode.workspace.fs.readFile(fileOf(uri));
  }
  readDirectory(uri: vscode.Uri): Thenable<[string, vscode.FileType][]> {
    return vscode.workspace.fs.readDirectory(fileOf(uri));
  }
  createDirectory = readOnly;
  writeFile = readOnly;
  delete = readOnly;
  rename = readOnly;
}

export function lawTexts(): vscode.Disposable {
  return vscode.workspace.registerFileSystemProvider(LAW_TEXT_SCHEME, new LawTexts(), { isCaseSensitive: true, isReadonly: true });
}
