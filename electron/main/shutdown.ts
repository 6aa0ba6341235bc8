// Quitting closes the venue server first (finish writes, checkpoint, close the database)
// and only then exits. Electron's before-quit fires for every quit request (menu, last
// window closed, a signal); the first one is held back with preventDefault while the
// server closes, later ones are swallowed, and the exit happens exactly once.

export type QuitEvent = { preventDefault(): void };
export type ShutdownDeps = {
  /** Closes whatever is running (the venue server); may be a no-op before it started. */
  close(): Promise<void>;
  exit(code: number): void;
  log: { info(m: string): void; error(m: string, fields?: Record<string, unknown>): void };
  /** Give up waiting on a stuck close after this long (ms). */
  timeoutMs?: number;
};

export type Shutdown = {
  /** The before-quit listener. */
  onBeforeQuit(event: QuitEvent): void;
  /** Resolves when the exit has been requested; for callers that quit themselves. */
  readonly done: Promise<void>;
  readonly state: () => 'running' | 'closing' | 'exited';
};

export function createShutdown(deps: ShutdownDeps): Shutdown {
  let state: 'running' | 'closing' | 'exited' = 'running';
  let resolveDone: () => void = () => undefined;
  const done = new Promise<void>((r) => (resolveDone = r));

  const run = async () => {
    let code = 0;
    let timer: NodeJS.Timeout | undefined;
    try {
      deps.log.info('quit requested: closing the venue server');
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error('venue server did not close in time')),
          deps.timeoutMs ?? 10_000,
        );
      });
      await Promise.race([deps.close(), timeout]);
      deps.log.info('venue server closed; exiting');
    } catch (err) {
      code = 1;
      deps.log.error(
        'closing the venue server failed',
        err instanceof Error ? { error: err.message } : { error: String(err) },
      );
    } finally {
      clearTimeout(timer);
      state = 'exited';
      deps.exit(code);
      resolveDone();
    }
  };

  return {
    onBeforeQuit(event) {
      if (state === 'exited') return;
      event.preventDefault();
      if (state === 'closing') return;
      state = 'closing';
      void run();
    },
    done,
    state: () => state,
  };
}
