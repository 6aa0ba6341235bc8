// The server under test, as a child process: started on a festival folder and timed from
// spawn to its first accepted socket.io connection (cold start); with the probe preloaded
// it reports its memory after a full GC on SIGUSR2. Stopped with SIGTERM, then SIGKILL.
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { io } from 'socket.io-client';
import { namespaces } from '../../../../shared/contract/events.js';
import type { Pauses } from './pauses.js';
import type { SheetPath } from './push-path.js';
import { children, freePort, here } from './proc.js';
import { sharedNow } from './stats.js';

export const key = 'bench-organizer-key-0123456789';
const cli = resolve(here, '..', '..', 'cli.js');

export type Memory = {
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
  rss: number;
  /** The server's pauses since the previous probe (server-probe.ts). */
  pauses?: Pauses;
  /** Each sheet's path through the server since the previous probe (push-path.ts). */
  path?: SheetPath;
};
export type ServerChild = {
  child: ChildProcess;
  url: string;
  coldStartMs: number;
  readyMs: number | null;
  /** Full GC in the server, then its memory (needs the probe); null without it. */
  memory(): Promise<Memory | null>;
};

/** Spawns the headless server and times it from spawn to the first accepted socket.io connection. */
export async function startServer(
  dataDir: string,
  /** args: more command-line options (the standby's --standby-of URL --pair CODE). */
  opts: { cpuProf?: string | null; probe?: boolean; args?: string[] } = {},
): Promise<ServerChild> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const flags = [
    ...(opts.cpuProf ? ['--cpu-prof', '--cpu-prof-dir', opts.cpuProf] : []),
    ...(opts.probe
      ? ['--expose-gc', '--import', pathToFileURL(join(here, 'server-probe.js')).href]
      : []),
  ];
  const t0 = sharedNow();
  const child = spawn(
    process.execPath,
    [
      ...flags,
      cli,
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
      '--data',
      dataDir,
      ...(opts.args ?? []),
    ],
    {
      env: { ...process.env, PANGGUNG_ORGANIZER_KEY: key, PANGGUNG_LOG: 'warn' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  children.add(child);
  let out = '';
  const probeLines: Array<(m: Memory) => void> = [];
  child.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
    for (const m of out.matchAll(/\[probe\] (\{.*\})\n/g))
      probeLines.shift()?.(JSON.parse(m[1] ?? '{}') as Memory);
    out = out.replace(/\[probe\] \{.*\}\n/g, '');
  });
  const memory = () =>
    !opts.probe || !child.pid
      ? Promise.resolve(null)
      : new Promise<Memory | null>((res) => {
          const timer = setTimeout(() => res(null), 10_000);
          probeLines.push((m) => {
            clearTimeout(timer);
            res(m);
          });
          child.kill('SIGUSR2');
        });
  const probe = io(`${url}${namespaces.screen}`, {
    auth: { name: 'probe' },
    transports: ['websocket'],
    forceNew: true,
    reconnection: true,
    reconnectionDelay: 5,
    reconnectionDelayMax: 5,
    randomizationFactor: 0,
    reconnectionAttempts: 2000,
    timeout: 2000,
  });
  try {
    const connectedAt = await new Promise<number>((res, rej) => {
      const timer = setTimeout(
        () => rej(new Error(`the server accepted no connection in 20 s:\n${out}`)),
        20_000,
      );
      probe.once('connect', () => {
        clearTimeout(timer);
        res(sharedNow());
      });
      child.once('exit', (code) => rej(new Error(`the server exited (${code}):\n${out}`)));
    });
    const ready = /ready in (\d+) ms/.exec(out);
    return {
      child,
      url,
      coldStartMs: connectedAt - t0,
      readyMs: ready?.[1] ? Number(ready[1]) : null,
      memory,
    };
  } finally {
    probe.close();
  }
}

export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((r) => {
    const t = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(t);
      children.delete(child);
      r();
    });
    child.kill('SIGTERM');
  });
}
