/**
 * Word in the editor through the bundled server: a .docx checked read-only with its findings by paragraph, the
 * same as `lexdraft check` gives; an open draft exported as `lexdraft export` writes it (docs/docx.md, “In VS Code”).
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DidOpenTextDocumentNotification, ExecuteCommandRequest } from 'vscode-languageserver-protocol/node';
import { readDocx } from '../src/docx';
import type { WordCheckReply } from '../src/protocol';
import { FIXTURES } from './golden';
import { Client, killLive } from './lsp-client';

const CLI = resolve(process.cwd(), 'dist', 'cli.js');
const cli = (...args: string[]): string => execFileSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

describe('language server: Word documents (dist/server.js)', () => {
  let c: Client;
  before(async () => {
    c = new Client();
    await c.start({ settings: { diagnosticsDelay: 0 } });
  });
  after(async () => {
    await c.stop().catch(() => killLive()); // a server that died must not be waited for, nor left running
  });

  const command = async (command: string, args: unknown): Promise<Record<string, unknown>> => (await c.conn.sendRequest(ExecuteCommandRequest.type, { command, arguments: [args] })) as Record<string, unknown>;
  const check = async (file: string, tracked?: string): Promise<WordCheckReply> =>
    (await command('lexdraft.server.checkWord', { uri: `file:///drafts/${file}`, docx: readFileSync(join(FIXTURES, 'docx', file)).toString('base64'), tracked })) as unknown as WordCheckReply;

  it('checks the sample as a numbered .docx: the text and the findings of `lexdraft check`, placed by paragraph and labelled', async () => {
    const reply = await check('sample-numbered.docx');
    assert.ok(reply.ok, JSON.stringify(reply));
    const file = join(FIXTURES, 'docx', 'sample-numbered.docx');
    assert.equal(reply.text.replace(/\n*$/u, ''), cli('convert', file).replace(/\n*$/u, ''));
    const expected = JSON.parse(cli('check', '--format', 'json', file) || '[]') as { line: number; column: number; endLine: number; endColumn: number; code: string; message: string; paragraph: number; label?: string }[];
    assert.ok(expected.length > 10, 'the sample has findings');
    const got = reply.diagnostics.map((d) => ({ line: d.range.start.line + 1, column: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1, code: d.code, message: d.message }));
    const want = expected.map((f) => ({ line: f.paragraph, column: f.column, endLine: f.endLine, endColumn: f.endColumn, code: f.code, message: `${f.message} [段落 ${f.paragraph}${f.label ? ` · ${f.label}` : ''}]` }));
    assert.deepEqual(got, want);
    assert.equal(reply.articles, (JSON.parse(cli('outline', file)) as { articles: number }).articles);
    // Every paragraph a finding names is in the list the view shows, and the finding's columns mark its words there.
    const byNumber = new Map(reply.paragraphs.map((p) => [p.paragraph, p.text]));
    const alias = expected.find((f) => f.code === 'department.alias' && f.message.includes('国有资产监管'));
    assert.equal(byNumber.get(alias?.paragraph ?? 0)?.slice((alias?.column ?? 0) - 1, (alias?.endColumn ?? 0) - 1), '国有资产监管');
    for (const f of expected) assert.ok(byNumber.has(f.paragraph), `段落 ${f.paragraph}`);
    assert.ok(reply.paragraphs.some((p) => p.text.startsWith('第一条')), 'automatic numbering written in');
  });

  it('reads tracked changes as the current text, or the text before them when asked', async () => {
    const file = join(FIXTURES, 'docx', 'tracked-changes.docx');
    const current = await check('tracked-changes.docx');
    const before = await check('tracked-changes.docx', 'before');
    assert.ok(current.ok && before.ok);
    assert.equal(current.text.replace(/\n*$/u, ''), cli('convert', file).replace(/\n*$/u, ''));
    assert.equal(before.text.replace(/\n*$/u, ''), cli('convert', '--docx-text', 'before', file).replace(/\n*$/u, ''));
    assert.notEqual(current.text, before.text);
  });

  it('refuses what is not a readable Word document with a reason, and answers afterwards', async () => {
    const refuse = async (args: unknown): Promise<unknown> => command('lexdraft.server.checkWord', args);
    assert.deepEqual(await refuse({ uri: 'file:///drafts/a.docx', docx: Buffer.from('第一条 不是 Word 文档。').toString('base64') }), { ok: false, reason: '不是 ZIP 文件（.docx 是 ZIP 包）' });
    assert.deepEqual(await refuse({ uri: 'file:///drafts/a.docx' }), { ok: false, reason: '参数不完整' });
    assert.deepEqual(await refuse(null), { ok: false, reason: '参数不完整' });
    const truncated = readFileSync(join(FIXTURES, 'docx', 'table.docx')).subarray(0, 2000);
    const broken = (await refuse({ uri: 'file:///drafts/a.docx', docx: truncated.toString('base64') })) as { ok: boolean; reason: string };
    assert.equal(broken.ok, false);
    assert.ok(broken.reason.length > 0);
    assert.ok((await check('table.docx')).ok, 'still answering');
  });

  it('exports the open draft as `lexdraft export` writes it, with a reference document; a stale version or a bad template is refused', async () => {
    const uri = 'file:///drafts/jinan.law.txt';
    const sample = join(FIXTURES, 'jinan-digital-economy-draft.txt');
    const opened = c.diagnostics(uri);
    await c.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'lexdraft', version: 3, text: readFileSync(sample, 'utf8') } });
    await opened;
    const reply = await command('lexdraft.server.exportWord', { uri, version: 3 });
    assert.equal(reply.ok, true, String(reply.reason));
    const dir = mkdtempSync(join(tmpdir(), 'lexdraft-lsp-word-'));
    cli('export', sample, '-o', join(dir, 'cli.docx'));
    const fromCli = readFileSync(join(dir, 'cli.docx'));
    const fromServer = Buffer.from(reply.docx as string, 'base64');
    assert.equal(readDocx(fromServer, { tracked: 'current' }).text, readDocx(fromCli, { tracked: 'current' }).text);
    // The document part itself is the same XML (the package differs only in its timestamps).
    writeFileSync(join(dir, 'server.docx'), fromServer);
    assert.equal(cli('convert', join(dir, 'server.docx')), cli('convert', join(dir, 'cli.docx')));

    const styled = await command('lexdraft.server.exportWord', { uri, version: 3, template: fromCli.toString('base64'), templateName: 'house.docx' });
    assert.equal(styled.ok, true, String(styled.reason));
    const bad = await command('lexdraft.server.exportWord', { uri, version: 3, template: Buffer.from('not a docx').toString('base64'), templateName: 'house.docx' });
    assert.equal(bad.ok, false);
    assert.match(String(bad.reason), /house\.docx/u);
    assert.deepEqual(await command('lexdraft.server.exportWord', { uri, version: 2 }), { ok: false, reason: 'stale' });
    // The comparison panel's Word export takes the same reference document.
    const revised = readFileSync(join(FIXTURES, 'compare', 'jinan-revised.txt'), 'utf8');
    const table = await command('lexdraft.server.compare', { uri, version: 3, otherText: revised, format: 'docx', template: fromCli.toString('base64'), templateName: 'house.docx' });
    assert.equal(table.ok, true, String(table.reason));
    const badTable = await command('lexdraft.server.compare', { uri, version: 3, otherText: revised, format: 'docx', template: Buffer.from('not a docx').toString('base64'), templateName: 'house.docx' });
    assert.match(String(badTable.reason), /house\.docx/u);
    assert.deepEqual(await command('lexdraft.server.exportWord', { uri: 'file:///drafts/none.txt', version: 1 }), { ok: false, reason: 'unknown-document' });
  });
});
