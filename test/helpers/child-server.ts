// The headless server (out/electron/server/cli.js) as a child process, for tests that kill
// and restart it. Built on demand when out/ is missing (npm test builds it first).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');
const cli = join(root, 'out/electron/server/cli.js');
const children = new Set<ChildProcess>();

export type ChildServer = { child: ChildProcess; url: string; port: number };

export type ChildOptions = {
  key: string;
  port?: number;
  /** Start as the hot standby of this primary (`--standby-of URL --pair CODE`). */
  standbyOf?: { url: string; code: string };
  /** How long startup may take (a standby copies its primary first); default 15 s. */
  startWithinMs?: number;
};

export function startChild(dataDir: string, opts: ChildOptions): Promise<ChildServer> {
  if (!existsSync(cli))
    spawnSync('npx', ['tsc', '-p', 'tsconfig.node.json'], { cwd: root, stdio: 'inherit' });
  const standby = opts.standbyOf
    ? ['--standby-of', opts.standbyOf.url, '--pair', opts.standbyOf.code]
    : [];
  const child = spawn(
    process.execPath,
    [cli, '--port', String(opts.port ?? 0), '--host', '127.0.0.1', '--data', dataDir, ...standby],
    {
      env: { ...process.env, PANGGUNG_ORGANIZER_KEY: opts.key, PANGGUNG_LOG: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  children.add(child);
  // PANGGUNG_DEBUG=1: the child's log lines on this process's stderr, named by its folder.
  if (process.env.PANGGUNG_DEBUG)
    for (const stream of [child.stdout, child.stderr])
      stream?.on('data', (d: Buffer) => process.stderr.write(`[${dataDir}] ${d.toString()}`));
  child.once('exit', () => children.delete(child));
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(
      () => reject(new Error(`server did not start: ${out}`)),
      opts.startWithinMs ?? 15_000,
    );
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:(\d+))\/juri/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: m[1], port: Number(m[2]) });
      }
    });
    child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
    child.once('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
}

/** SIGTERM (a clean stop), and the exit code; no exit within `withinMs`: SIGKILL, and why. */
export async function stopChild(
  s: ChildServer,
  withinMs = 20_000,
): Promise<number | string | null> {
  if (s.child.exitCode !== null) return s.child.exitCode;
  const exit = new Promise<number | null>((r) => s.child.once('exit', (code) => r(code)));
  s.child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<string>((r) => {
    timer = setTimeout(() => r(`no clean exit within ${withinMs} ms`), withinMs);
  });
  const result = await Promise.race([exit, late]);
  clearTimeout(timer);
  if (typeof result === 'string') await killHard(s); // the caller's expect(...).toBe(0) fails
  return result;
}

/** SIGKILL, and wait until the process is gone. */
export async function killHard(s: ChildServer): Promise<void> {
  if (s.child.exitCode !== null) return;
  const gone = new Promise((r) => s.child.once('exit', r));
  s.child.kill('SIGKILL');
  await gone;
}

export function killAllChildren(): void {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
}

/** A port that was free a moment ago, for a server that must come back on the same port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

/** A deterministic PRNG, so a failing run can be replayed from its seed. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}
