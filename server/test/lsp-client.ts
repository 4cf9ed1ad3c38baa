/** The language server's test client: the bundled server (dist/server.js) driven over JSON-RPC. */
import * as assert from 'node:assert/strict';
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import {
  createProtocolConnection,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  IPCMessageReader,
  IPCMessageWriter,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

const SERVER = resolve(process.cwd(), 'dist', 'server.js');
const live = new Set<ChildProcess>();

/** Kills every server a test started and left running (a failed test must not leave one behind). */
export function killLive(): void {
  for (const p of live) p.kill();
}

/** A JSON-RPC client of the bundled server, over stdio or node IPC. */
export class Client {
  readonly proc: ChildProcess;
  readonly conn: ProtocolConnection;
  private readonly waiters: { uri: string; pred: (p: PublishDiagnosticsParams) => boolean; done: (p: PublishDiagnosticsParams) => void }[] = [];
  readonly stderr: string[] = [];
  /** Diagnostics received so far, and before the initialize result. */
  published = 0;
  publishedBeforeInitialize = 0;

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
      this.published++;
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

  async start(initializationOptions: unknown, locale = 'zh-cn', rootUri: string | null = null): Promise<void> {
    const init = await this.conn.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri,
      locale,
      capabilities: {},
      initializationOptions,
    });
    this.publishedBeforeInitialize = this.published;
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

