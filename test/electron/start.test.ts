// scripts/start.mjs's decisions, tested without Electron and without spawning it.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Choice =
  { kind: 'electron'; binary: string; downloaded: boolean } | { kind: 'headless'; reason: string };
type StartModule = {
  root: string;
  FALLBACK_LINE: string;
  platformBinary(platform?: string): string;
  installedElectron(
    dir: string,
    env?: Record<string, string | undefined>,
    platform?: string,
  ): string | null;
  tryDownload(o: { command: string[]; timeoutMs: number }): boolean;
  chooseRuntime(o: {
    installed: () => string | null;
    download: () => boolean;
    env?: Record<string, string | undefined>;
    platform?: string;
  }): Choice;
  commandFor(choice: Choice, args: string[], base?: string): [string, string[]];
};
// A .mjs script has no type declarations; the shape above is what the test relies on.
const modulePath = new URL('../../scripts/start.mjs', import.meta.url).href;
const start = (await import(modulePath)) as StartModule;

function fakeElectronPackage(
  opts: { version?: string; distVersion?: string; binary?: boolean } = {},
) {
  const dir = mkdtempSync(join(tmpdir(), 'panggung-start-'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ version: opts.version ?? '45.5.0' }));
  if (opts.distVersion === undefined && opts.binary === undefined) return dir;
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist', 'version'), opts.distVersion ?? 'v45.5.0');
  writeFileSync(join(dir, 'path.txt'), 'electron');
  if (opts.binary) writeFileSync(join(dir, 'dist', 'electron'), '');
  return dir;
}

describe('installedElectron', () => {
  it('finds a matching installed binary', () => {
    const dir = fakeElectronPackage({ binary: true });
    expect(start.installedElectron(dir, {}, 'linux')).toBe(join(dir, 'dist', 'electron'));
  });
  it('no dist (the lazy download never ran), a missing binary or another version: not installed', () => {
    expect(start.installedElectron(fakeElectronPackage(), {}, 'linux')).toBeNull();
    expect(
      start.installedElectron(
        fakeElectronPackage({ binary: false, distVersion: 'v45.5.0' }),
        {},
        'linux',
      ),
    ).toBeNull();
    expect(
      start.installedElectron(
        fakeElectronPackage({ binary: true, distVersion: 'v44.0.0' }),
        {},
        'linux',
      ),
    ).toBeNull();
    expect(start.installedElectron(fakeElectronPackage({ binary: true }), {}, 'win32')).toBeNull();
  });
  it('this checkout has no runtime (it cannot be downloaded here)', () => {
    expect(start.installedElectron(join(start.root, 'node_modules', 'electron'))).toBeNull();
  });
});

const display = { DISPLAY: ':0' };

describe('chooseRuntime', () => {
  it('binary present: Electron, no download', () => {
    let downloads = 0;
    const choice = start.chooseRuntime({
      installed: () => '/x/electron',
      download: () => (downloads++, true),
      env: display,
    });
    expect(choice).toEqual({ kind: 'electron', binary: '/x/electron', downloaded: false });
    expect(downloads).toBe(0);
  });
  it('binary absent and the download fails: headless, after exactly one attempt', () => {
    let downloads = 0;
    const choice = start.chooseRuntime({
      installed: () => null,
      download: () => (downloads++, false),
      env: display,
    });
    expect(choice).toEqual({ kind: 'headless', reason: 'no-runtime' });
    expect(downloads).toBe(1);
  });
  it('binary absent, download works: Electron', () => {
    let present: string | null = null;
    const choice = start.chooseRuntime({
      installed: () => present,
      download: () => ((present = '/x/electron'), true),
      env: display,
    });
    expect(choice).toEqual({ kind: 'electron', binary: '/x/electron', downloaded: true });
  });
  it('a download that "succeeds" without producing a binary still means headless', () => {
    expect(
      start.chooseRuntime({ installed: () => null, download: () => true, env: display }).kind,
    ).toBe('headless');
  });
  it('Linux without a display: headless even with the runtime; a missing runtime is said first', () => {
    const download = () => false;
    expect(
      start.chooseRuntime({ installed: () => '/x/electron', download, env: {}, platform: 'linux' }),
    ).toEqual({ kind: 'headless', reason: 'no-display' });
    expect(
      start.chooseRuntime({ installed: () => null, download, env: {}, platform: 'linux' }),
    ).toEqual({ kind: 'headless', reason: 'no-runtime' });
    expect(
      start.chooseRuntime({
        installed: () => '/x/electron',
        download,
        env: { WAYLAND_DISPLAY: 'wayland-0' },
        platform: 'linux',
      }).kind,
    ).toBe('electron');
    expect(
      start.chooseRuntime({
        installed: () => 'C:/electron.exe',
        download,
        env: {},
        platform: 'win32',
      }).kind,
    ).toBe('electron');
  });

  it('PANGGUNG_HEADLESS=1 skips Electron and the download', () => {
    let downloads = 0;
    const choice = start.chooseRuntime({
      installed: () => '/x/electron',
      download: () => (downloads++, true),
      env: { PANGGUNG_HEADLESS: '1' },
    });
    expect(choice.kind).toBe('headless');
    expect(downloads).toBe(0);
  });
});

describe('commands', () => {
  it('headless runs the built CLI with the same arguments; Electron gets the app folder', () => {
    const args = ['--port', '5000', '--data', './d', '--empty'];
    expect(start.commandFor({ kind: 'headless', reason: 'no-runtime' }, args, '/app')).toEqual([
      process.execPath,
      [join('/app', 'out', 'electron', 'server', 'cli.js'), ...args],
    ]);
    expect(
      start.commandFor(
        { kind: 'electron', binary: '/bin/electron', downloaded: false },
        args,
        '/app',
      ),
    ).toEqual(['/bin/electron', ['/app', ...args]]);
  });

  it('the fallback message is one line', () => {
    expect(start.FALLBACK_LINE).not.toContain('\n');
    expect(start.FALLBACK_LINE).toMatch(/Electron runtime not available/);
  });
});

describe('tryDownload does not hang', () => {
  it('a stuck installer is killed at the time limit', () => {
    const t0 = Date.now();
    expect(
      start.tryDownload({
        command: [process.execPath, '-e', 'setTimeout(() => {}, 30000)'],
        timeoutMs: 300,
      }),
    ).toBe(false);
    expect(Date.now() - t0).toBeLessThan(10_000);
  });
  it('a failing installer is a failed attempt, a clean exit a successful one', () => {
    expect(
      start.tryDownload({
        command: [process.execPath, '-e', 'process.exit(1)'],
        timeoutMs: 10_000,
      }),
    ).toBe(false);
    expect(
      start.tryDownload({
        command: [process.execPath, '-e', 'process.exit(0)'],
        timeoutMs: 10_000,
      }),
    ).toBe(true);
  });
});
