// Runs the whole suite with vitest and ends the output with "N passed, N failed", the line
// CI reads. Two runs: everything but the reliability tests (two workers), then the
// reliability tests alone and one file at a time, so their timing bounds (reconnect
// catch-up, crash recovery) are not measured while Chromium tests compete for the CPU.
// Exit code: 0 only when both runs pass and at least one test ran. A run that fails with no
// failed test in its report (vitest exits 1 on an unhandled error after every test passed)
// counts as one failure, so the last line never says "0 failed" for a failing run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const reliability = 'test/reliability';
const extra = process.argv.slice(2);
// Paths given on the command line narrow both runs (the reliability run keeps only its own).
const paths = extra.filter((a) => !a.startsWith('-'));
const flags = extra.filter((a) => a.startsWith('-'));
const ownPaths = paths.filter((p) => p.startsWith(reliability));
const runs = [
  { name: 'suite', args: ['--exclude', `${reliability}/**`, ...extra] },
  ...(paths.length === 0 || ownPaths.length > 0
    ? [
        {
          name: 'reliability (serial)',
          args: [
            ...(ownPaths.length > 0 ? ownPaths : [reliability]),
            '--no-file-parallelism',
            ...flags,
          ],
        },
      ]
    : []),
];

const dir = mkdtempSync(join(tmpdir(), 'panggung-vitest-'));
let passed = 0;
let failed = 0;
let ok = true;
for (const [i, run] of runs.entries()) {
  const report = join(dir, `report-${i}.json`);
  console.log(`\n== ${run.name}`);
  const result = spawnSync(
    'npx',
    [
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
      '--passWithNoTests',
      ...run.args,
    ],
    { stdio: 'inherit' },
  );
  const failedBefore = failed;
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed += json.numPassedTests;
    failed += json.numFailedTests + (json.numRuntimeErrorTestSuites ?? 0);
  } catch {
    failed += 1;
    console.error(
      `run-tests: vitest wrote no report for ${run.name} (it crashed or found no tests)`,
    );
  }
  if (result.status !== 0) {
    ok = false;
    if (failed === failedBefore) {
      failed += 1;
      console.error(
        `run-tests: ${run.name} exited with status ${result.status} though no test failed (an unhandled error: see "Unhandled Errors" above); counted as one failure`,
      );
    }
  }
}
rmSync(dir, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 && passed > 0 ? 0 : 1);
