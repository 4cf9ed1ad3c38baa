/** The server's memory keeper (lsp/memory.ts): when it asks for a collection, and when it does not. */
import * as assert from 'node:assert/strict';
import { type KeeperTimers, memoryKeeper, v8Collector, youngGenerationNote } from '../src/lsp/memory';
import { SERVER_NODE_FLAGS } from '../src/protocol';

const tick = (ms = 0): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A clock the test moves by hand: no assertion depends on how fast the machine runs the timers. */
function fakeTimers(): { timers: KeeperTimers; now: () => number; advance(ms: number): void; flush(): void } {
  let clock = 0;
  let waiting: { at: number; fn: () => void; cancelled: boolean }[] = [];
  let soon: { fn: () => void; cancelled: boolean }[] = [];
  return {
    now: () => clock,
    timers: {
      after(ms, fn) {
        const t = { at: clock + ms, fn, cancelled: false };
        waiting.push(t);
        return () => void (t.cancelled = true);
      },
      soon(fn) {
        const t = { fn, cancelled: false };
        soon.push(t);
        return () => void (t.cancelled = true);
      },
    },
    flush() {
      const run = soon;
      soon = [];
      for (const t of run) if (!t.cancelled) t.fn();
    },
    advance(ms) {
      clock += ms;
      const due = waiting.filter((t) => t.at <= clock).sort((a, b) => a.at - b.at);
      waiting = waiting.filter((t) => t.at > clock);
      for (const t of due) if (!t.cancelled) t.fn();
    },
  };
}

describe('memory keeper', () => {
  it('collects right after an analysis once the process is past the soft limit, at most once per interval', () => {
    let collections = 0;
    let rss = 200;
    const t = fakeTimers();
    const keeper = memoryKeeper({ softLimitMb: 120, quietMs: 10_000, minIntervalMs: 1000, gc: () => collections++, rssMb: () => rss, now: t.now, timers: t.timers });
    keeper.analysed();
    assert.equal(collections, 0, 'not before the diagnostics have gone out');
    t.flush();
    assert.equal(collections, 1);
    keeper.analysed(); // within the interval: no second collection
    t.flush();
    assert.equal(collections, 1);
    t.advance(1500);
    keeper.analysed();
    t.flush();
    assert.equal(collections, 2);
    rss = 80;
    t.advance(3500);
    keeper.analysed(); // below the limit: nothing until the documents are quiet
    t.flush();
    assert.equal(collections, 2);
    keeper.dispose();
    t.advance(20_000);
    assert.equal(collections, 2, 'nothing after dispose');
  });

  it('collects once the documents have been quiet, and each analysis moves that moment on', () => {
    let collections = 0;
    const t = fakeTimers();
    const keeper = memoryKeeper({ softLimitMb: 120, quietMs: 40, minIntervalMs: 0, gc: () => collections++, rssMb: () => 50, now: t.now, timers: t.timers });
    keeper.analysed();
    t.advance(20);
    keeper.analysed();
    t.advance(25);
    assert.equal(collections, 0, 'the second analysis moved the quiet moment on');
    t.advance(15);
    assert.equal(collections, 1);
    keeper.dispose();
  });

  it('runs on Node\'s timers by default', async () => {
    let collections = 0;
    const keeper = memoryKeeper({ softLimitMb: 120, quietMs: 5, minIntervalMs: 0, gc: () => collections++, rssMb: () => 50 });
    keeper.analysed();
    // However slow the machine, the quiet timer has fired once this resolves (it was set first).
    await tick(5);
    await new Promise((r) => setImmediate(r));
    assert.equal(collections, 1);
    keeper.dispose();
  });

  it('does nothing without a collector, and the runtime one can be had', async () => {
    const keeper = memoryKeeper({ softLimitMb: 0, quietMs: 1, minIntervalMs: 0, rssMb: () => 1000 });
    keeper.analysed();
    await tick(5);
    keeper.dispose();
    const gc = v8Collector();
    assert.equal(typeof gc, 'function');
    gc?.();
  });
});

describe('the start note about the young generation (server log)', () => {
  it('asks for the flag on Node 22 and later when neither the command line nor NODE_OPTIONS has it', () => {
    const note = youngGenerationNote('v24.21.0', ['--inspect=6009'], undefined);
    assert.ok(note?.includes('--max-semi-space-size=4') && note.includes('150 MB'), String(note));
    assert.ok(youngGenerationNote('v22.0.0', [], '--enable-source-maps'));
  });

  it('says nothing when the server was started as the clients start it, through NODE_OPTIONS, or on Node 20', () => {
    assert.equal(youngGenerationNote('v24.21.0', [...SERVER_NODE_FLAGS], undefined), undefined);
    assert.equal(youngGenerationNote('v24.21.0', ['--max_semi_space_size=8'], undefined), undefined);
    assert.equal(youngGenerationNote('v24.21.0', [], '--enable-source-maps --max-semi-space-size=16'), undefined);
    assert.equal(youngGenerationNote('v20.20.2', [], undefined), undefined);
  });
});
