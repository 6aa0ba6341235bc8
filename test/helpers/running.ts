// What the test fixtures started and have not stopped yet. Kept apart from server.ts so the
// per-file teardown (teardown.ts) loads nothing heavy into tests that start no server.
export const running = new Set<{ stop(): Promise<void> }>();

export async function stopRunningServers(): Promise<void> {
  await Promise.all([...running].map((t) => t.stop()));
}
