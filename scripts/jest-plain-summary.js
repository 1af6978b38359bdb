import { writeSync } from 'node:fs';

// Prints the plain closing line 'tests: N passed, N failed[, N skipped]' that CI reads in any language
// (jest's own "Tests: ..." line is not one it reads). Jest always runs its summary reporter after every
// configured one, so the line is written when the process exits: it is then the run's last line, after
// jest's summary and any "did not exit" or "force exited" notice.
export default class PlainSummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const tail = skipped > 0 ? `, ${skipped} skipped` : '';
    const line = `\ntests: ${results.numPassedTests} passed, ${failed} failed${tail}\n`;
    process.once('exit', () => writeSync(1, line));
  }
}
