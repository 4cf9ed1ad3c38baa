/**
 * The transport named on the command line (`--stdio`, `--node-ipc`, `--socket=N`, `--pipe=NAME`, read as
 * vscode-languageserver reads them). Built here rather than inside the library so that the server can
 * listen to its reader: the library drops read errors, and after a frame whose Content-Length lies the
 * stream is out of step for good, the server alive but deaf.
 */
import {
  createServerPipeTransport,
  createServerSocketTransport,
  IPCMessageReader,
  IPCMessageWriter,
  type MessageReader,
  type MessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver/node';

export interface Transport {
  reader: MessageReader;
  writer: MessageWriter;
  /** stdout carries the protocol. */
  stdio: boolean;
}

export function commandLineTransport(argv: readonly string[]): Transport {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--stdio') return { reader: new StreamMessageReader(process.stdin), writer: new StreamMessageWriter(process.stdout), stdio: true };
    if (arg === '--node-ipc') return { reader: new IPCMessageReader(process), writer: new IPCMessageWriter(process), stdio: false };
    const at = arg.indexOf('=');
    const name = at < 0 ? arg : arg.slice(0, at);
    const value = at < 0 ? argv[i + 1] : arg.slice(at + 1);
    if (name === '--socket' && value) return pair(createServerSocketTransport(Number.parseInt(value, 10)));
    if (name === '--pipe' && value) return pair(createServerPipeTransport(value));
  }
  throw new Error('lexdraft: start the server with --stdio, --node-ipc, --socket=PORT or --pipe=NAME');
}

function pair([reader, writer]: [MessageReader, MessageWriter]): Transport {
  return { reader, writer, stdio: false };
}
