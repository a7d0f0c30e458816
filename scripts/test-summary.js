// Prints the suite's tally as "N passed, N failed" from vitest's JSON report; exits non-zero on failure.
import { existsSync, readFileSync } from 'node:fs';

const [file, status] = process.argv.slice(2);
if (!existsSync(file)) {
  console.log('no test report was written (the type check or the test runner failed before running tests)');
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const report = JSON.parse(readFileSync(file, 'utf8'));
// A file that failed without a failed test (an import error, a failing hook) counts as one failure.
const failed = report.numFailedTests + filesFailedWithoutTests(report);
const skipped = report.numPendingTests + (report.numTodoTests ?? 0);
console.log(`${report.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || Number(status) !== 0 ? 1 : 0);

function filesFailedWithoutTests(r) {
  return r.testResults.filter((s) => s.status === 'failed' && !s.assertionResults.some((a) => a.status === 'failed')).length;
}
