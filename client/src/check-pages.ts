/**
 * The check pages (docs/checks/<id>.md) ship inside the extension, and each diagnostic links to its page there
 * (the server's `checkDocs`), so the link works offline. VS Code opens such a link as Markdown source: show
 * the rendered page in the Markdown preview instead.
 */
import * as vscode from 'vscode';

export function checkPagesUri(extensionUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'docs', 'checks');
}

export function previewCheckPages(pages: vscode.Uri): vscode.Disposable {
  const prefix = `${pages.toString()}/`;
  return vscode.window.onDidChangeActiveTextEditor(async (editor) => {
    const uri = editor?.document.uri;
    if (!uri?.toString().startsWith(prefix)) return;
    const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
    try {
      await vscode.commands.executeCommand('markdown.showPreview', uri);
    } catch {
      return; // no Markdown preview (the built-in extension disabled): the source stays open, readable
    }
    if (tab?.input instanceof vscode.TabInputText && tab.input.uri.toString() === uri.toString()) await vscode.window.tabGroups.close(tab);
  });
}
