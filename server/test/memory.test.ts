/** The server's memory keeper (lsp/memory.ts): when it asks for a collection, and when it does not. */
import * as assert from 'node:assert/strict';
import { memoryKeeper, v8Collector } from '../src/lsp/memory';

const tick = (ms = 0): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('memory keeper', () => {
  it('collects right after an analysis once the process is past the soft limit, at most once per interval', async () => {
    let collections = 0;
    let rss = 200;
    let clock = 0;
    const keeper = memoryKeeper({ softLimitMb: 120, quietMs: 10_000, minIntervalMs: 1000, gc: () => collections++, rssMb: () => rss, now: () => clock });
    keeper.analysed();
    await tick();
    assert.equal(collections, 1);
    keeper.analysed(); // within the interval: no second collection
    await tick();
    assert.equal(collections, 1);
    clock = 1500;
    keeper.analysed();
    await tick();
    assert.equal(collections, 2);
    rss = 80;
    clock = 5000;
    keeper.analysed(); // below the limit: nothing until the documents are quiet
    await tick();
    assert.equal(collections, 2);
    keeper.dispose();
  });

  it('collects once the documents have been quiet, and each analysis moves that moment on', async () => {
    let collections = 0;
    const keeper = memoryKeeper({ softLimitMb: 120, quietMs: 40, minIntervalMs: 0, gc: () => collections++, rssMb: () => 50 });
    keeper.analysed();
    await tick(20);
    keeper.analysed();
    await tick(25);
    assert.equal(collections, 0, 'the second analysis moved the quiet moment on');
    await tick(40);
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
