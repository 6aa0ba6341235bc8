// The benchmark's server probe (server-probe.ts), preloaded into a real child Node process
// as the benchmark does: on SIGUSR2 it reports the pauses since the last report — the
// young-generation collections the child's garbage caused, an event-loop block the child
// made — and its own forced full collections are not counted in the next report.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Pauses } from '../../electron/server/sim/bench/pauses.js';

const probe = join(import.meta.dirname, '../../out/electron/server/sim/bench/server-probe.js');
let child: ChildProcess | null = null;
afterEach(() => {
  child?.kill('SIGKILL');
  child = null;
});

// Makes young garbage until it has seen a collection, blocks its event loop for 80 ms,
// then says "ready" and idles.
const script = `
const { PerformanceObserver } = require('node:perf_hooks');
let collected = false;
new PerformanceObserver(() => { collected = true; }).observe({ entryTypes: ['gc'] });
let keep = [];
const churn = setInterval(() => {
  for (let i = 0; i < 20000; i++) keep.push({ i, s: 'x' + i });
  keep = [];
  if (!collected) return;
  clearInterval(churn);
  const until = Date.now() + 80;
  while (Date.now() < until);
  setTimeout(() => process.stdout.write('ready\\n'), 20);
}, 1);
setInterval(() => {}, 1000);
`;

describe('the benchmark server probe', () => {
  it('reports collections and the event-loop block since the last report, not its own full collections', async () => {
    const c = spawn(
      process.execPath,
      ['--expose-gc', '--import', pathToFileURL(probe).href, '-e', script],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    child = c;
    let out = '';
    c.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
    });
    const line = (re: RegExp) =>
      new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${re} in: ${out}`)), 20_000);
        const look = () => {
          const m = re.exec(out);
          if (!m) return;
          clearTimeout(timer);
          c.stdout?.off('data', look);
          out = out.slice((m.index ?? 0) + m[0].length);
          resolve(m[1] ?? m[0]);
        };
        c.stdout?.on('data', look);
        look();
      });
    const report = async (): Promise<{ gc: boolean; pauses: Pauses }> => {
      const text = line(/\[probe\] (\{.*\})\n/);
      c.kill('SIGUSR2');
      return JSON.parse(await text) as { gc: boolean; pauses: Pauses };
    };
    await line(/ready\n/);
    const first = await report();
    expect(first.gc).toBe(true);
    expect(first.pauses.scavenges.length).toBeGreaterThan(0);
    expect(first.pauses.loopMaxMs).toBeGreaterThanOrEqual(75);
    // The child is idle now: the two full collections the first report forced are its
    // own, not the server's, and the 80 ms block is in the first report only.
    const second = await report();
    expect(second.pauses.majors).toEqual([]);
    expect(second.pauses.loopMaxMs).toBeLessThan(75);
  });
});
