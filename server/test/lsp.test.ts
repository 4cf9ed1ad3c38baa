/**
 * Drives the real bundled server (dist/server.js --stdio) with a JSON-RPC client: open a document,
 * receive diagnostics, edit it, receive the updated ones; settings and document symbols.
 */
import * as assert from 'node:assert/strict';
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type DocumentSymbol,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { FIXTURES } from './golden';

const SERVER = resolve(process.cwd(), 'dist', 'server.js');
const live = new Set<ChildProcess>();

class Client {
  readonly proc: ChildProcess;
  readonly conn: ProtocolConnection;
  private readonly waiters: { uri: string; pred: (p: PublishDiagnosticsParams) => boolean; done: (p: PublishDiagnosticsParams) => void }[] = [];
  readonly stderr: string[] = [];

  constructor(transport: 'stdio' | 'ipc' = 'stdio') {
    this.proc =
      transport === 'stdio'
        ? spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] })
        : fork(SERVER, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    live.add(this.proc);
    this.proc.once('exit', () => live.delete(this.proc));
    this.proc.stderr?.on('data', (d: Buffer) => this.stderr.push(d.toString()));
    this.conn =
      transport === 'stdio'
        ? createProtocolConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!))
        : createProtocolConnection(new IPCMessageReader(this.proc), new IPCMessageWriter(this.proc));
    this.conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
      for (const w of [...this.waiters]) {
        if (w.uri === p.uri && w.pred(p)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.done(p);
        }
      }
    });
    this.conn.listen();
  }

  /** Resolves on the first diagnostics for `uri` that satisfy `pred` (event-driven; mocha's timeout bounds it). */
  diagnostics(uri: string, pred: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    return new Promise((done) => this.waiters.push({ uri, pred, done }));
  }

  async start(initializationOptions: unknown, locale = 'zh-cn'): Promise<void> {
    const init = await this.conn.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      locale,
      capabilities: {},
      initializationOptions,
    });
    assert.equal(init.serverInfo?.name, 'lexdraft');
    await this.conn.sendNotification(InitializedNotification.type, {});
  }

  async stop(): Promise<void> {
    await this.conn.sendRequest(ShutdownRequest.type);
    await this.conn.sendNotification(ExitNotification.type);
    await new Promise<void>((done) => (this.proc.exitCode !== null ? done() : this.proc.once('exit', () => done())));
    this.conn.dispose();
  }
}

describe('language server over stdio (dist/server.js)', () => {
  afterEach(() => {
    for (const p of live) p.kill(); // a failed test must not leave its server running
  });
  const sample = readFileSync(join(FIXTURES, 'jinan-digital-economy-draft.txt'), 'utf8');
  const uri = 'file:///drafts/jinan.law.txt';

  it('publishes diagnostics on open, updates them after an edit, and gives document symbols', async () => {
    const c = new Client();
    await c.start({ settings: { diagnosticsDelay: 50 } });
    const opened = c.diagnostics(uri);
    await c.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'lexdraft', version: 1, text: sample } });
    assert.deepEqual((await opened).diagnostics.filter((d) => d.severity === 1), []);

    // Delete the line of 第二十条 with an incremental edit: a gap appears at 第二十一条.
    const lines = sample.split('\n');
    const at = lines.findIndex((l) => l.startsWith('第二十条 '));
    const changed = c.diagnostics(uri, (p) => p.version === 2);
    await c.conn.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: at, character: 0 }, end: { line: at + 1, character: 0 } }, text: '' }],
    });
    const after = await changed;
    assert.equal(after.diagnostics.length, 1);
    const d = after.diagnostics[0]!;
    assert.equal(d.code, 'numbering.article-sequence');
    assert.equal(d.severity, 1);
    assert.equal(d.source, 'lexdraft');
    assert.deepEqual(d.range, { start: { line: at, character: 1 }, end: { line: at, character: 4 } }); // 第[二十一]条
    assert.match(String(d.message), /缺少第二十条/u); // Chinese for a zh-cn client
    assert.ok(d.codeDescription?.href.endsWith('docs/checks/numbering.article-sequence.md'));
    assert.equal(d.relatedInformation?.[0]?.location.range.start.line, at - 1);

    const symbols = (await c.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    assert.equal(symbols.length, 9);
    assert.equal(symbols[0]?.name, '第一章');
    assert.equal(symbols[0]?.detail, '总则');
    assert.equal(symbols[0]?.children?.[0]?.name, '第一条');
    await c.stop();
  });

  it('honours messageLanguage and per-check severity overrides', async () => {
    const c = new Client();
    await c.start({ settings: { messageLanguage: 'en', severity: { 'numbering.article-sequence': 'hint', 'reference.dangling': 'off' } } });
    const text = '第一条 依照本条例第九十条规定处理。\n第三条 甲。\n';
    const got = c.diagnostics('file:///drafts/broken.txt');
    await c.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: 'file:///drafts/broken.txt', languageId: 'lexdraft', version: 1, text } });
    const p = await got;
    assert.deepEqual(p.diagnostics.map((x) => [x.code, x.severity]), [['numbering.article-sequence', 4]]);
    assert.match(String(p.diagnostics[0]!.message), /^Missing article 2/u);
    await c.stop();
  });

  it('speaks node IPC too (the transport the VS Code client uses)', async () => {
    const c = new Client('ipc');
    await c.start({});
    const got = c.diagnostics(uri);
    await c.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'lexdraft', version: 1, text: sample } });
    assert.deepEqual((await got).diagnostics, []);
    await c.stop();
  });

  it('survives hostile text and an unknown document without crashing', async () => {
    const c = new Client();
    await c.start({});
    const hostile = 'file:///drafts/hostile.txt';
    const got = c.diagnostics(hostile);
    await c.conn.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: hostile, languageId: 'lexdraft', version: 1, text: `${'第'.repeat(20000)}\u0000\uD800《《第一条》\r\n（一）\r` },
    });
    await got;
    const none = await c.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: 'file:///never-opened.txt' } });
    assert.equal(none, null);
    await c.stop();
    assert.equal(c.proc.exitCode, 0, c.stderr.join(''));
  });
});
