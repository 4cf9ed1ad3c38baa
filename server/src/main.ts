/**
 * The language server's bundle (dist/server.js) is also the code of the thread that indexes the user's
 * libraries (laws/library-worker.ts): one file in the .vsix rather than a second copy of the core.
 */
import { isMainThread } from 'node:worker_threads';

void (isMainThread ? import('./server.js') : import('./laws/library-worker.js'));
