import * as assert from 'node:assert/strict';
import * as iconv from 'iconv-lite';
import * as vscode from 'vscode';
import type { CompareReply, RenumberReply } from '../../server/src/protocol';
import type { LexDraftApi } from '../../client/src/extension';
import { diagnosticsWhen, hoverText, languageWhen, open, when } from './helpers';

const EXTENSION_ID = 'lexdraft.lexdraft';

const BROKEN = ['示例条例', '第一条 为了规范管理，制定本条例。', '第二条 有下列情形之一的，不予登记：', '（一）材料不全的；', '（二）逾期申请的。', '第四条 违反本条例第二条第（二）项规定的，依照第一条处理。', ''].join('\n');
const INSERTED = ['示例条例', '第一条 为了规范管理，制定本条例。', '第一条之一 新增的条文。', '第二条 违反本条例第一条之一规定的，依照第一条处理。', ''].join('\n');
// 第一条之一 is new inside the range 第一条至第二条: renumbering asks for confirmation (the refactor preview).
// A draft citing the repealed 合同法 and an article of 行政处罚法, whose text a library in the workspace holds.
const CITES = ['泰山市行政执法条例', '第一条 违反本条例规定的，依照《中华人民共和国行政处罚法》第三十二条的规定从轻处罚。', '第二条 当事人订立合同，适用《中华人民共和国合同法》第五十二条。', '第三条 本条例自2025年1月1日起施行。', ''].join('\n');
const PENALTY_LAW = ['# 中华人民共和国行政处罚法', '', '（1996年3月17日第八届全国人民代表大会第四次会议通过　2021年1月22日第十三届全国人民代表大会常务委员会第二十五次会议修订）', '', '第一条 为了规范行政处罚的设定和实施，制定本法。', '', '第三十二条 当事人有下列情形之一，应当从轻或者减轻行政处罚：', '（一）主动消除或者减轻违法行为危害后果的；', '（二）受他人胁迫或者诱骗实施违法行为的。', ''].join('\n');
const RANGE = ['示例条例', '第一条 甲。', '第一条之一 新增的条文。', '第二条 乙。', '第三条 依照第一条至第二条处理。', ''].join('\n');

describe('LexDraft in a real VS Code', function () {
  const ws = (vscode.workspace.workspaceFolders?.[0] as vscode.WorkspaceFolder).uri;
  const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('lexdraft');

  after(async () => {
    await config().update('messageLanguage', undefined, vscode.ConfigurationTarget.Workspace);
    await config().update('severity', undefined, vscode.ConfigurationTarget.Workspace);
    await config().update('library', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('runs in Restricted Mode, as a newly opened folder does', () => {
    assert.equal(vscode.workspace.isTrusted, false);
  });

  it('activates on a .law.txt draft and shows its outline (9 章, 65 条)', async () => {
    const sample = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(ws, 'jinan.law.txt'));
    await vscode.window.showTextDocument(sample);
    assert.equal(sample.languageId, 'lexdraft');
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, 'extension present');
    await ext.activate(); // resolves once the language client has started and synced the open draft
    const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', sample.uri)) ?? [];
    assert.equal(symbols.length, 9);
    assert.equal(symbols[0]?.name, '第一章');
    assert.equal(symbols.reduce((n, s) => n + s.children.length, 0), 65);
    assert.deepEqual(vscode.languages.getDiagnostics(sample.uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error), []);
  });

  it('adopts a plain .txt draft and publishes its diagnostics; ordinary text stays plain', async () => {
    const doc = await languageWhen(await open(ws, 'draft.txt', BROKEN), 'lexdraft');
    const diags = await diagnosticsWhen(doc.uri, (d) => d.length > 0, 'diagnostics for draft.txt');
    assert.deepEqual(diags.map((d) => [d.code && typeof d.code === 'object' ? d.code.value : d.code, d.range.start.line]), [['numbering.article-sequence', 5]]);
    const notes = await open(ws, 'notes.txt', '会议纪要\n第一次会议在第三条街召开。\n');
    assert.equal(notes.languageId, 'plaintext');
  });

  it('speaks Chinese by default under the English display language; commands are found by their Chinese names', async () => {
    assert.equal(vscode.env.language, 'en');
    assert.equal(config().inspect('messageLanguage')?.workspaceValue, undefined);
    const doc = await languageWhen(await open(ws, 'draft.txt', BROKEN), 'lexdraft');
    const diags = await diagnosticsWhen(doc.uri, (d) => d.length > 0, 'diagnostics for draft.txt');
    assert.match(diags[0]?.message ?? '', /^缺少第三条/u);
    const commands = (vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as { contributes: { commands: { command: string; title: string }[] } }).contributes.commands;
    for (const c of commands) assert.match(c.title, /^\p{Script=Han}/u, c.command);
  });

  it('hover shows the cited item and go to definition jumps to it', async () => {
    const doc = await languageWhen(await open(ws, 'draft.txt', BROKEN), 'lexdraft');
    // Asked before the server has analysed the draft, a hover finds nothing: wait for its diagnostics. They
    // may be an earlier test's, for the same file, while a settings change restarts the server: ask again
    // until the hover comes (bounded).
    await diagnosticsWhen(doc.uri, (d) => d.length > 0, 'diagnostics for draft.txt');
    const at = new vscode.Position(5, 12); // 第二条第（二）项
    const text = await hoverText(doc.uri, at, /逾期申请的/u);
    assert.match(text, /逾期申请的/u);
    const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, at);
    const target = defs[0] && 'targetRange' in defs[0] ? defs[0].targetRange : (defs[0] as vscode.Location).range;
    assert.equal(target.start.line, 4);
  });

  it('a repealed law cited: citation.repealed with a quick fix; hover shows a cited article from the library; definition opens it read-only', async () => {
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(ws, 'laws', '中华人民共和国行政处罚法(2021-01-22).md'), new TextEncoder().encode(PENALTY_LAW));
    await config().update('library', ['laws'], vscode.ConfigurationTarget.Workspace);
    const doc = await languageWhen(await open(ws, 'cites.txt', CITES), 'lexdraft');
    const codeOf = (d: vscode.Diagnostic): string => String(typeof d.code === 'object' ? d.code.value : d.code);
    const diags = await diagnosticsWhen(doc.uri, (x) => x.some((d) => codeOf(d) === 'citation.repealed'), 'citation.repealed on 合同法');
    const repealed = diags.find((d) => codeOf(d) === 'citation.repealed') as vscode.Diagnostic;
    assert.equal(doc.getText(repealed.range), '《中华人民共和国合同法》');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, repealed.range);
    const fix = actions.find((a) => a.kind?.value === 'quickfix' && /中华人民共和国民法典/u.test(a.title));
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    const at = new vscode.Position(1, CITES.split('\n')[1]!.indexOf('第三十二条') + 1);
    // The library is indexed in the background: the hover gives the article's words once it has been read.
    const text = await hoverText(doc.uri, at, /当事人有下列情形之一/u);
    assert.match(text, /《中华人民共和国行政处罚法》.*2021-01-22 修订/u);
    assert.match(text, /当事人有下列情形之一，应当从轻或者减轻行政处罚/u);
    const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, at);
    const link = defs[0] as vscode.LocationLink;
    assert.equal(link.targetUri.scheme, 'lexdraft-law');
    const law = await vscode.workspace.openTextDocument(link.targetUri);
    assert.match(law.lineAt(link.targetRange.start.line).text, /^第三十二条 当事人有下列情形之一/u);
    assert.equal(vscode.workspace.fs.isWritableFileSystem('lexdraft-law'), false, 'a cited law opens read-only');
    await assert.rejects(Promise.resolve(vscode.workspace.fs.writeFile(link.targetUri, new TextEncoder().encode('x'))), 'no write reaches the library');
  });

  it('a diagnostic links to its check page in the extension, shown in the Markdown preview (offline)', async () => {
    const doc = await languageWhen(await open(ws, 'draft.txt', BROKEN), 'lexdraft');
    const [d] = await diagnosticsWhen(doc.uri, (x) => x.length > 0, 'diagnostics for draft.txt');
    const code = d?.code;
    assert.ok(code && typeof code === 'object', 'a code with a link');
    const ext = vscode.extensions.getExtension(EXTENSION_ID) as vscode.Extension<unknown>;
    assert.equal(code.target.toString(), vscode.Uri.joinPath(ext.extensionUri, 'docs', 'checks', 'numbering.article-sequence.md').toString());
    assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(code.target)), /^# `numbering\.article-sequence`/u);
    const languages: string[] = [];
    const opened = vscode.workspace.onDidOpenTextDocument((t) => {
      if (t.uri.toString() === code.target.toString()) languages.push(t.languageId);
    });
    await vscode.commands.executeCommand('vscode.open', code.target); // what a click on the link does
    const tabs = (): readonly vscode.Tab[] => vscode.window.tabGroups.all.flatMap((g) => g.tabs);
    const preview = (): boolean => tabs().some((t) => t.input instanceof vscode.TabInputWebview && /markdown\.preview/u.test(t.input.viewType) && t.label.includes('numbering.article-sequence.md'));
    const source = (): boolean => tabs().some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === code.target.toString());
    await when(vscode.window.tabGroups.onDidChangeTabs, () => preview() && !source(), 'the page in the Markdown preview instead of its source');
    opened.dispose();
    // Its examples hold article labels, but a check page is not a draft to check.
    assert.deepEqual(languages.filter((l) => l !== 'markdown'), []);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('a GBK draft opened as UTF-8 is reopened as GBK (the offer\'s command), then checked', async () => {
    const uri = vscode.Uri.joinPath(ws, 'gbk-draft.txt');
    await vscode.workspace.fs.writeFile(uri, iconv.encode(BROKEN, 'gbk'));
    const garbled = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(garbled);
    assert.ok(garbled.getText().includes('\ufffd'), 'VS Code decoded the GBK bytes as UTF-8');
    assert.equal(garbled.languageId, 'plaintext');
    await vscode.commands.executeCommand('lexdraft.reopenWithEncoding', uri, 'gbk');
    const doc = await languageWhen(garbled, 'lexdraft');
    assert.equal(doc.getText(), BROKEN);
    await diagnosticsWhen(doc.uri, (x) => x.length === 1 && /缺少第三条/u.test(x[0]?.message ?? ''), 'Chinese diagnostics for the reopened draft');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('the renumber command rewrites labels and references in one undo step', async () => {
    const doc = await languageWhen(await open(ws, 'inserted.law.txt', INSERTED), 'lexdraft');
    await diagnosticsWhen(doc.uri, () => true, 'first analysis');
    const reply = await vscode.commands.executeCommand<RenumberReply>('lexdraft.renumber');
    assert.equal(reply.summary, '第一条之一改为第二条；第二条改为第三条。');
    await when(vscode.workspace.onDidChangeTextDocument, () => doc.getText() !== INSERTED, 'the renumber edit');
    assert.equal(doc.getText(), ['示例条例', '第一条 为了规范管理，制定本条例。', '第二条 新增的条文。', '第三条 违反本条例第二条规定的，依照第一条处理。', ''].join('\n'));
    await vscode.commands.executeCommand('undo');
    await when(vscode.workspace.onDidChangeTextDocument, () => doc.getText() === INSERTED, 'one undo');
    assert.equal(doc.getText(), INSERTED);
  });

  it('discarding the refactor preview leaves the draft as it was and is no failure', async () => {
    const doc = await languageWhen(await open(ws, 'range.law.txt', RANGE), 'lexdraft');
    await diagnosticsWhen(doc.uri, () => true, 'first analysis');
    const pending = vscode.commands.executeCommand<RenumberReply>('lexdraft.renumber');
    // The preview shows the edit in a model of its own scheme, which the extension host sees opened.
    const previewOpen = (): boolean => vscode.workspace.textDocuments.some((d) => d.uri.scheme === 'vscode-bulkeditpreview-editor');
    await when(vscode.workspace.onDidOpenTextDocument, previewOpen, 'the refactor preview');
    await vscode.commands.executeCommand('refactorPreview.discard');
    const reply = await pending;
    assert.deepEqual([reply.applied, reply.reason], [false, undefined]); // what the notice reads as discarded
    assert.equal(doc.getText(), RANGE);
  });

  it('compares the draft with another version in a panel beside it; 生成修改决定 opens the instrument as an untitled draft', async () => {
    const revised = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(ws, 'jinan-revised.law.txt'));
    await vscode.window.showTextDocument(revised);
    await diagnosticsWhen(revised.uri, () => true, 'first analysis');
    const api = (vscode.extensions.getExtension(EXTENSION_ID) as vscode.Extension<LexDraftApi>).exports;
    const reply = await vscode.commands.executeCommand<CompareReply>('lexdraft.compareVersions', { otherUri: vscode.Uri.joinPath(ws, 'jinan.law.txt').toString() });
    assert.ok(reply.ok, JSON.stringify(reply));
    const panel = api.comparePanel();
    assert.ok(panel, 'a panel');
    assert.equal(panel.title, 'jinan.law.txt ↔ jinan-revised.law.txt');
    assert.match(panel.html, /修改 3 条、新增 1 条、删除 1 条、移动 1 条/u);
    // The page's script runs under its Content-Security-Policy and says so.
    for (const end = Date.now() + 30000; Date.now() < end && !api.comparePanel()?.ready; ) await new Promise((r) => setTimeout(r, 100));
    assert.equal(api.comparePanel()?.ready, true, 'the page posted ready');
    const panels = (): number => vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('lexdraft.compare')).length;
    assert.equal(panels(), 1);
    // Run again on the same draft: the same panel, named after the other version.
    await vscode.commands.executeCommand('workbench.action.focusFirstEditorGroup');
    await vscode.commands.executeCommand<CompareReply>('lexdraft.compareVersions', { otherText: revised.getText(), otherName: '修改稿' });
    assert.equal(panels(), 1);
    assert.equal(api.comparePanel()?.title, '修改稿 ↔ jinan-revised.law.txt');
    await vscode.commands.executeCommand('lexdraft.compareVersions', { otherUri: vscode.Uri.joinPath(ws, 'jinan.law.txt').toString() });
    // A new label reveals its article in the draft.
    await api.comparePanel()?.receive({ type: 'reveal', number: 11, sub: 0 });
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), revised.uri.toString());
    assert.match(revised.lineAt(vscode.window.activeTextEditor?.selection.active.line ?? 0).text, /^第十一条/u);
    // Edited since the comparison (a line inserted above): the label still leads to its article.
    const edit = new vscode.WorkspaceEdit();
    edit.insert(revised.uri, new vscode.Position(1, 0), '\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await api.comparePanel()?.receive({ type: 'reveal', number: 11, sub: 0 });
    assert.match(revised.lineAt(vscode.window.activeTextEditor?.selection.active.line ?? 0).text, /^第十一条/u);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    assert.equal(revised.isDirty, false);
    await api.comparePanel()?.receive({ type: 'amend' });
    const draft = vscode.window.activeTextEditor?.document;
    assert.equal(draft?.uri.scheme, 'untitled');
    assert.equal(draft?.languageId, 'lexdraft');
    assert.match(draft?.getText() ?? '', /^关于修改《济南市数字经济促进条例》的决定\n/u);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens a Word draft read-only: findings by paragraph in its view and the Problems panel; converts it beside; exports a draft as Word', async () => {
    const api = (vscode.extensions.getExtension(EXTENSION_ID) as vscode.Extension<LexDraftApi>).exports;
    const docx = vscode.Uri.joinPath(ws, '草案.docx');
    // Opened as any file is: the Word view is the .docx's editor.
    await vscode.commands.executeCommand('vscode.open', docx);
    const found = await diagnosticsWhen(docx, (d) => d.length > 10, "the Word draft's findings");
    // A code with a page to link is { value, target } in VS Code.
    const code = (d: vscode.Diagnostic): string => String(typeof d.code === 'object' ? d.code.value : d.code);
    const alias = found.find((d) => code(d) === 'department.alias' && d.message.includes('国有资产监管'));
    assert.ok(alias, found.map((d) => d.message).join('\n'));
    assert.equal(alias.range.start.line, 91, '段落 92 (line = paragraph)');
    assert.match(alias.message, / \[段落 92 · 第五十六条\]$/u);
    for (const end = Date.now() + 30000; Date.now() < end && !api.wordView()?.ready; ) await new Promise((r) => setTimeout(r, 100));
    const view = api.wordView();
    assert.equal(view?.ready, true, 'the page posted ready');
    assert.equal(view?.uri, docx.toString());
    assert.match(view?.html ?? '', /<span class="n">段落 92<\/span>/u);
    const tab = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
    assert.ok(tab instanceof vscode.TabInputCustom && tab.viewType === 'lexdraft.wordDraft', 'a custom editor tab');
    // The sample with automatic numbering: the findings of the sample's text.
    const sample = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(ws, 'jinan.law.txt'));
    const codes = (d: readonly vscode.Diagnostic[]): string[] => d.map(code).sort();
    assert.deepEqual(codes(found), codes(await diagnosticsWhen(sample.uri, (d) => d.length > 0, 'the sample')));

    // Converted beside it, then opened as a text draft with the same findings.
    const txt = await vscode.commands.executeCommand<vscode.Uri>('lexdraft.convertWord', docx);
    assert.equal(txt.toString(), vscode.Uri.joinPath(ws, '草案.txt').toString());
    const converted = await languageWhen(await vscode.workspace.openTextDocument(txt), 'lexdraft');
    assert.match(converted.getText(), /^济南市数字经济促进条例\n/u);
    assert.deepEqual(codes(await diagnosticsWhen(converted.uri, (d) => d.length === found.length, 'the converted draft')), codes(found));

    // A text draft exported as Word, which opens in the Word view with the same findings again.
    await vscode.window.showTextDocument(converted);
    const exported = await vscode.commands.executeCommand<vscode.Uri>('lexdraft.exportWord', vscode.Uri.joinPath(ws, '导出.docx'));
    assert.ok(exported, 'exported');
    const bytes = await vscode.workspace.fs.readFile(exported);
    assert.equal(Buffer.from(bytes.subarray(0, 4)).toString('latin1'), 'PK\x03\x04');
    await vscode.commands.executeCommand('vscode.openWith', exported, 'lexdraft.wordDraft');
    assert.deepEqual(codes(await diagnosticsWhen(exported, (d) => d.length === found.length, 'the exported document')), codes(found));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // Closed: its findings leave the Problems panel, as a closed text draft's do.
    await diagnosticsWhen(docx, (d) => d.length === 0, 'cleared on close');
  });

  it('settings take effect: message language and a severity override', async () => {
    const doc = await languageWhen(await open(ws, 'draft.txt', BROKEN), 'lexdraft');
    await diagnosticsWhen(doc.uri, (d) => d.length === 1, 'diagnostics');
    await config().update('messageLanguage', 'en', vscode.ConfigurationTarget.Workspace);
    const en = await diagnosticsWhen(doc.uri, (d) => d.length === 1 && /^Missing article 3/u.test(d[0]?.message ?? ''), 'English messages');
    assert.equal(en[0]?.severity, vscode.DiagnosticSeverity.Error);
    await config().update('messageLanguage', 'zh', vscode.ConfigurationTarget.Workspace);
    await diagnosticsWhen(doc.uri, (d) => d.length === 1 && /缺少第三条/u.test(d[0]?.message ?? ''), 'Chinese messages');
    await config().update('severity', { 'numbering.article-sequence': 'hint' }, vscode.ConfigurationTarget.Workspace);
    await diagnosticsWhen(doc.uri, (d) => d.length === 1 && d[0]?.severity === vscode.DiagnosticSeverity.Hint, 'severity override');
    await config().update('severity', { 'numbering.article-sequence': 'off' }, vscode.ConfigurationTarget.Workspace);
    await diagnosticsWhen(doc.uri, (d) => d.length === 0, 'check turned off');
  });
});
