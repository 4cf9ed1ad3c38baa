/**
 * Gives memory back after bursts of analyses (issue #6). V8 returns garbage to the system only when its
 * memory reducer decides that allocation has stopped, which can take longer than a drafter's pause: a
 * server with a large code open then sits far above the memory it needs until V8 gets round to it
 * (docs/performance.md, Memory). After each analysis the server tells the keeper; once the process
 * has grown past a soft limit, or once the documents have been quiet for a moment, it asks for one full
 * collection. A collection takes a few milliseconds on this heap and never runs twice within
 * `minIntervalMs`; while a drafter types fast, the quiet timer keeps moving and only the soft limit acts.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { SERVER_NODE_FLAGS } from '../protocol';

export interface MemoryKeeperOptions {
  /** Above this resident size (MB) a collection is asked for right after an analysis. */
  softLimitMb: number;
  /** A collection after this long without an analysis (ms). */
  quietMs: number;
  /** Never two collections closer than this (ms). */
  minIntervalMs: number;
  /** The collector; by default V8's, when the runtime lets the process have it (else the keeper does nothing). */
  gc?: () => void;
  /** Resident size in MB; by default the process's own. */
  rssMb?: () => number;
  now?: () => number;
  /** When the keeper's callbacks run; by default Node's timers (tests pass their own clock). */
  timers?: KeeperTimers;
}

/** Scheduling as the keeper needs it; each call returns a function that cancels what it scheduled. */
export interface KeeperTimers {
  /** Runs `fn` after `ms` milliseconds. */
  after(ms: number, fn: () => void): () => void;
  /** Runs `fn` once the current work is done (after the diagnostics have gone out). */
  soon(fn: () => void): () => void;
}

/** Node's timers, unreferenced: the keeper never keeps the process alive. */
const NODE_TIMERS: KeeperTimers = {
  after(ms, fn) {
    const t = setTimeout(fn, ms);
    t.unref();
    return () => clearTimeout(t);
  },
  soon(fn) {
    const t = setImmediate(fn);
    t.unref();
    return () => clearImmediate(t);
  },
};

export interface MemoryKeeper {
  /** Call after each analysis is published. */
  analysed(): void;
  dispose(): void;
}

/** V8's full collection, exposed at run time (the flag is read when `gc` is first looked up). */
export function v8Collector(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}

export function memoryKeeper(options: MemoryKeeperOptions): MemoryKeeper {
  const gc = options.gc;
  const rss = options.rssMb ?? ((): number => process.memoryUsage.rss() / 2 ** 20);
  const now = options.now ?? Date.now;
  const timers = options.timers ?? NODE_TIMERS;
  let last = -Infinity;
  let cancelQuiet: (() => void) | undefined;
  let cancelSoon: (() => void) | undefined;
  const collect = (): void => {
    if (!gc || now() - last < options.minIntervalMs) return;
    last = now();
    gc();
  };
  return {
    analysed(): void {
      if (!gc) return;
      cancelQuiet?.();
      cancelQuiet = timers.after(options.quietMs, collect);
      // After the diagnostics have gone out, not before.
      if (!cancelSoon && rss() > options.softLimitMb) {
        cancelSoon = timers.soon(() => {
          cancelSoon = undefined;
          collect();
        });
      }
    },
    dispose(): void {
      cancelQuiet?.();
      cancelSoon?.();
    },
  };
}

/**
 * What the server says in its log at start when it runs without the young-generation cap
 * (SERVER_NODE_FLAGS in protocol.ts) on a Node that needs it, or undefined. Another editor's client
 * starts the server with whatever command its user wrote; on Node 22 and later, without the flag, the
 * server sits above the memory target after a burst of typing (docs/performance.md, Memory).
 */
export function youngGenerationNote(nodeVersion: string, execArgv: readonly string[], nodeOptions: string | undefined): string | undefined {
  const major = Number(/^v?(\d+)/u.exec(nodeVersion)?.[1] ?? 0);
  if (major < 22) return undefined;
  const capped = (arg: string): boolean => /^--max[-_]semi[-_]space[-_]size(?:=|$)/u.test(arg);
  if (execArgv.some(capped) || (nodeOptions ?? '').split(/\s+/u).some(capped)) return undefined;
  const flags = SERVER_NODE_FLAGS.join(' ');
  return `lexdraft: Node ${nodeVersion} 未带 ${flags} 启动，连续输入后内存可能超过 150 MB / started without ${flags}: on Node 22 and later memory may pass 150 MB after a burst of typing (docs/performance.md)`;
}
