import * as vscode from 'vscode';

/** Resolves when `event` fires with a value for which `pred` holds (or `pred` already holds now). */
export function when<T>(event: vscode.Event<T>, pred: () => boolean, what: string, ms = 30000): Promise<void> {
  if (pred()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out waiting for ${what}`));
    }, ms);
    const sub = event(() => {
      if (!pred()) return;
      clearTimeout(timer);
      sub.dispose();
      resolve();
    });
  });
}

/** Diagnostics of `uri` once they satisfy `pred` (waits on onDidChangeDiagnostics). */
export async function diagnosticsWhen(uri: vscode.Uri, pred: (d: readonly vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  await when(vscode.languages.onDidChangeDiagnostics, () => pred(vscode.languages.getDiagnostics(uri)), what);
  return vscode.languages.getDiagnostics(uri);
}

/** The document once its language is `id` (the client adopts plain .txt drafts). */
export async function languageWhen(doc: vscode.TextDocument, id: string): Promise<vscode.TextDocument> {
  const uri = doc.uri.toString();
  const current = (): vscode.TextDocument | undefined => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  await when(vscode.workspace.onDidOpenTextDocument, () => current()?.languageId === id, `language ${id} for ${uri}`);
  return current() as vscode.TextDocument;
}

export async function open(ws: vscode.Uri, name: string, text: string): Promise<vscode.TextDocument> {
  const uri = vscode.Uri.joinPath(ws, name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc);
  return doc;
}

/** The hover text at `at` once it matches `pattern`, asked again every 200 ms for up to 30 s; else the last text. */
export async function hoverText(uri: vscode.Uri, at: vscode.Position, pattern: RegExp): Promise<string> {
  let text = '';
  for (const end = Date.now() + 30000; Date.now() < end && !pattern.test(text); await new Promise((r) => setTimeout(r, 200))) {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at);
    text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
  }
  return text;
}
