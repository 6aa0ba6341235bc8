import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One server fixture that always tears down (test/helpers/server.ts).
    setupFiles: ['test/helpers/teardown.ts'],
    // Native better-sqlite3 and child processes: separate processes, not threads.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A test that asserts nothing passes vacuously: every test must make an assertion.
    expect: { requireAssertions: true },
  },
});
