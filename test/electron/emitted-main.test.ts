// The emitted main process (tsc output, ESM) boots under plain Node with a fake 'electron'
// module and the real venue server, and quits cleanly: this checks what the type-check
// cannot (the emitted import graph, CommonJS interop, paths), short of the real runtime.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = join(root, '.tmp', `emitted-main-${process.pid}`);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('emitted main process', () => {
  it('boots with the real venue server, secure windows, then closes the server before exiting', async () => {
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const build = spawnSync(
      process.execPath,
      [tsc, '-p', 'tsconfig.node.json', '--outDir', outDir, '--sourceMap', 'false'],
      { cwd: root, encoding: 'utf8' },
    );
    const main = join(outDir, 'electron', 'main', 'main.js');
    expect(existsSync(main), build.stdout).toBe(true);
    expect(existsSync(join(outDir, 'electron', 'preload', 'preload.cjs'))).toBe(true);

    const hooks = new URL('./fixtures/electron-hooks.mjs', import.meta.url).href;
    const child = spawn(process.execPath, ['--import', hooks, main], {
      cwd: root,
      env: { ...process.env, PANGGUNG_PORT: '0', PANGGUNG_LOG: 'warn' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += String(d);
      if (out.includes('FAKE menu') && !out.includes('SENT quit')) {
        out += 'SENT quit\n';
        child.stdin.write('quit\n');
      }
    });
    child.stderr.on('data', (d) => (out += String(d)));
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      child.on('exit', (c) => (clearTimeout(timer), resolve(c)));
    });
    expect(code, out).toBe(0);
    const lines = out.split('\n').filter((l) => l.startsWith('FAKE'));
    expect(lines[0]).toBe('FAKE sandbox');
    const loads = lines.filter((l) => l.startsWith('FAKE load'));
    expect(loads.map((l) => l.split(' ')[2]?.replace(/:\d+/, ':PORT'))).toEqual([
      'http://127.0.0.1:PORT/panitia',
      'http://127.0.0.1:PORT/layar?nama=utama',
    ]);
    for (const l of loads)
      expect(JSON.parse(l.split(' ').slice(3).join(' '))).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
      });
    expect(loads[0]).toContain(
      join(outDir, 'electron', 'preload', 'preload.cjs').replaceAll('\\', '\\\\'),
    );
    expect(lines).toContain('FAKE csp');
    expect(lines).toContain('FAKE permissions');
    expect(lines).toContain('FAKE menu Festival|Sunting|Tampilan|Bantuan');
    expect(lines.at(-1)).toBe('FAKE exit 0');
  }, 240_000); // a whole tsc build of the node project runs inside: minutes on a busy 2-core machine
});
