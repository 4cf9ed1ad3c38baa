/**
 * The protocol's lifecycle, applied to every incoming message before a handler sees it (the library
 * leaves it to the server): before `initialize` a request is answered ServerNotInitialized (-32002) and a
 * notification dropped; after `shutdown` a request is answered InvalidRequest and a notification
 * dropped; `exit` always passes (the library exits 0 after shutdown, 1 without). `initialize` may come
 * once; its params and capabilities, when not objects, become {} so that no feature trips over them.
 */
import { ErrorCodes, Message, type MessageStrategy, type ResponseMessage } from 'vscode-languageserver/node';

export interface Lifecycle extends MessageStrategy {
  /** Whether `shutdown` has been received (an exit on a closed input is then clean). */
  readonly shutDown: boolean;
}

export function lifecycle(reply: (response: ResponseMessage) => void): Lifecycle {
  let state: 'new' | 'running' | 'shutDown' = 'new';
  const refuse = (id: ResponseMessage['id'], code: number, message: string): void => reply({ jsonrpc: '2.0', id, error: { code, message } });
  return {
    get shutDown() {
      return state === 'shutDown';
    },
    handleMessage(message, next) {
      if (Message.isRequest(message)) {
        if (message.method === 'initialize' && state === 'new') {
          const given = message.params;
          const params = (given && typeof given === 'object' && !Array.isArray(given) ? given : (message.params = {})) as { capabilities?: unknown };
          if (typeof params.capabilities !== 'object' || params.capabilities === null) params.capabilities = {};
          state = 'running';
          return next(message);
        }
        if (state === 'new') return refuse(message.id, ErrorCodes.ServerNotInitialized, `lexdraft: “${message.method}” before initialize`);
        if (state === 'shutDown') return refuse(message.id, ErrorCodes.InvalidRequest, `lexdraft: “${message.method}” after shutdown`);
        if (message.method === 'initialize') return refuse(message.id, ErrorCodes.InvalidRequest, 'lexdraft: initialize was already received');
        if (message.method === 'shutdown') state = 'shutDown';
        return next(message);
      }
      if (Message.isNotification(message) && message.method !== 'exit' && state !== 'running') return undefined;
      return next(message);
    },
  };
}
