// Process plumbing for the benchmark: forking workers with a typed message channel, a free
// loopback port, the resident memory of a child from /proc, and killing what we started.
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const here = dirname(fileURLToPath(import.meta.url));
/** The package root, from out/electron/server/sim/bench. */
export const packageRoot = resolve(here, '..', '..', '..', '..', '..');

/** Every child we start, so a failure or a signal can kill them all (by pid, nothing else). */
export const children = new Set<ChildProcess>();

export function killChildren(): void {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  children.clear();
}

export type Worker = {
  child: ChildProcess;
  send(msg: object): void;
  /** The next message of this kind, or a rejection after timeoutMs. */
  next<T extends { kind: string }>(kind: T['kind'], timeoutMs: number): Promise<T>;
  stop(): Promise<void>;
};

export function forkWorker(file: string, name: string): Worker {
  const child = fork(join(here, file), [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    serialization: 'advanced',
  });
  children.add(child);
  const inbox: Array<{ kind: string }> = [];
  const waiters: Array<{
    kind: string;
    resolve: (m: { kind: string }) => void;
    reject: (e: Error) => void;
    timer: NodeJS.Timeout;
  }> = [];
  child.on('message', (m: { kind: string }) => {
    const i = waiters.findIndex((w) => w.kind === m.kind);
    const w = i >= 0 ? waiters.splice(i, 1)[0] : undefined;
    if (w) {
      clearTimeout(w.timer);
      w.resolve(m);
    } else inbox.push(m);
  });
  child.once('exit', (code, signal) => {
    for (const w of waiters.splice(0)) {
      clearTimeout(w.timer);
      w.reject(new Error(`${name} exited (${code ?? signal}) while we waited for "${w.kind}"`));
    }
  });
  return {
    child,
    send: (msg) => {
      if (child.connected) child.send(msg);
    },
    next: <T extends { kind: string }>(kind: T['kind'], timeoutMs: number) =>
      new Promise<T>((resolve, reject) => {
        const i = inbox.findIndex((m) => m.kind === kind);
        if (i >= 0) return resolve(inbox.splice(i, 1)[0] as T);
        if (child.exitCode !== null || child.signalCode !== null)
          return reject(new Error(`${name} is not running`));
        const timer = setTimeout(() => {
          const j = waiters.findIndex((w) => w.timer === timer);
          if (j >= 0) waiters.splice(j, 1);
          reject(new Error(`${name}: no "${kind}" within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.push({ kind, resolve: resolve as (m: { kind: string }) => void, reject, timer });
      }),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const t = setTimeout(() => child.kill('SIGKILL'), 5000);
        child.once('exit', () => {
          clearTimeout(t);
          children.delete(child);
          resolve();
        });
        if (child.connected) child.send({ kind: 'stop' });
        else child.kill('SIGTERM');
      }),
  };
}

/** A port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** Resident set size of a process in KiB (VmRSS from /proc/PID/status). */
export function rssKiB(pid: number): number {
  const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m?.[1] ? Number(m[1]) : NaN;
}

/** Workers end themselves when the parent goes away or after maxMs, whatever happens. */
export function workerGuard(maxMs: number, onStop: () => void): void {
  const stop = () => {
    try {
      onStop();
    } finally {
      process.exit(0);
    }
  };
  process.on('disconnect', stop);
  process.on('message', (m: { kind?: string }) => {
    if (m.kind === 'stop') stop();
  });
  setTimeout(stop, maxMs).unref();
}

export const pause = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
