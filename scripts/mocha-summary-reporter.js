// Mocha's spec reporter, then one closing line `N passed, N failed[, N skipped]` (what CI reads).
'use strict';
const Mocha = require('mocha');
const { Spec } = Mocha.reporters;
const { EVENT_RUN_END } = Mocha.Runner.constants;

class SummaryReporter extends Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once(EVENT_RUN_END, () => {
      const s = runner.stats || {};
      const skipped = s.pending ? `, ${s.pending} skipped` : '';
      // After Spec's epilogue, so it is the last line printed.
      process.nextTick(() => console.log(`${s.passes || 0} passed, ${s.failures || 0} failed${skipped}`));
    });
  }
}
module.exports = SummaryReporter;
