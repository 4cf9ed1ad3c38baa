/**
 * The worker thread that indexes the user's libraries when the language server starts (library.ts
 * `indexInBackground`): reading and parsing a folder of a thousand laws takes seconds the first time, which
 * on the server's own thread would hold every diagnostic and hover back until it is done.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type LibraryOptions, openLibraries } from './library';

const { folders, options } = workerData as { folders: string[]; options: LibraryOptions };
const { data, texts, problems } = openLibraries(folders, options);
parentPort?.postMessage({ data, texts, problems });
