// Prints the plain closing line CI reads ("label: N passed, N failed[, N skipped]") from one or more
// Vitest JSON reports, and exits non-zero when a report is missing or counts a failure.
import { readFileSync } from 'node:fs';

const [label, ...files] = process.argv.slice(2);
if (!label || files.length === 0) {
  console.error('usage: node scripts/test-summary.mjs <label> <vitest-report.json>...');
  process.exit(2);
}
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of files) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  // A file that fails to load counts no failed test but marks the run unsuccessful.
  failed += report.numFailedTests || (report.success ? 0 : 1);
  skipped += report.numPendingTests + report.numTodoTests;
}
console.log(`${label}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
