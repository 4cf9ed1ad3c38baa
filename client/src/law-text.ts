/**
 * Law texts opened by go to definition on a citation (`lexdraft-law:` URIs, see LAW_TEXT_SCHEME): the file of
 * the user's library, read as it is and shown read-only, since a cited law is consulted, not edited here.
 */
import * as vscode from 'vscode';
import { LAW_TEXT_SCHEME } from '../../server/src/protocol';

export function lawTexts(): vscode.Disposable {
  return vscode.workspace.registerTextDocumentContentProvider(LAW_TEXT_SCHEME, {
    async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
      const bytes = await vscode.workspace.fs.readFile(uri.with({ scheme: 'file' }));
      return new TextDecoder('utf-8').decode(bytes);
    },
  });
}
