// Packaging cannot run here (it downloads Electron); what can be checked is checked:
// electron-builder.yml against electron-builder's own schema, the icons, and the script's
// promise to restore the Node build of better-sqlite3 whatever happens.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

type Step = { name: string; command: string; args: string[]; always?: boolean };
type PackageModule = {
  packagingSteps(args: string[]): Step[];
  runSteps(
    steps: Step[],
    exec: (command: string, args: string[]) => number,
    log?: (line: string) => void,
  ): number;
  checkBuilderConfig(): Promise<Record<string, unknown>>;
};
const pkg = (await import(
  new URL('../../scripts/package.mjs', import.meta.url).href
)) as PackageModule;
const file = (p: string) => readFileSync(fileURLToPath(new URL(`../../${p}`, import.meta.url)));

function recorder(failing: string[] = []) {
  const ran: string[] = [];
  const exec = (command: string, args: string[]) => {
    const line = [command.replace(/\.cmd$/, ''), ...args].join(' ');
    ran.push(line);
    return failing.some((f) => line.includes(f)) ? 2 : 0;
  };
  return { ran, exec };
}

describe('scripts/package.mjs', () => {
  it('builds, packages, then restores the Node build of better-sqlite3', () => {
    const { ran, exec } = recorder();
    expect(pkg.runSteps(pkg.packagingSteps(['--linux']), exec, () => undefined)).toBe(0);
    expect(ran).toEqual([
      'npm run build --silent',
      'npx electron-builder --config electron-builder.yml --publish never --linux',
      'npm rebuild better-sqlite3',
    ]);
  });

  it('restores better-sqlite3 even when electron-builder fails, and reports the failure', () => {
    const { ran, exec } = recorder(['electron-builder']);
    expect(pkg.runSteps(pkg.packagingSteps([]), exec, () => undefined)).toBe(2);
    expect(ran.at(-1)).toBe('npm rebuild better-sqlite3');
  });

  it('a failed build skips packaging but still restores', () => {
    const { ran, exec } = recorder(['run build']);
    expect(pkg.runSteps(pkg.packagingSteps([]), exec, () => undefined)).toBe(2);
    expect(ran).toEqual(['npm run build --silent', 'npm rebuild better-sqlite3']);
  });

  it('a failed restore is a failure too', () => {
    const { exec } = recorder(['rebuild']);
    expect(pkg.runSteps(pkg.packagingSteps([]), exec, () => undefined)).toBe(2);
  });
});

describe('electron-builder.yml', () => {
  it("passes electron-builder's schema and says what the installers need", async () => {
    const config = (await pkg.checkBuilderConfig()) as {
      appId: string;
      productName: string;
      files: unknown;
      asarUnpack: unknown;
      npmRebuild: boolean;
      win: { icon: string; target: { target: string }[] };
      linux: { icon: string; target: { target: string }[] };
    };
    expect(config.appId).toBe('id.panggung.app');
    expect(config.productName).toBe('Panggung');
    // The validator normalises `files` into filter groups; the patterns are what matters.
    for (const pattern of [
      'out/**',
      'dist/renderer/**',
      'package.json',
      '!out/electron/server/sim/**',
    ])
      expect(JSON.stringify(config.files)).toContain(`"${pattern}"`);
    expect(JSON.stringify(config.asarUnpack)).toContain('better-sqlite3');
    expect(config.npmRebuild).toBe(true);
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis', 'portable']);
    expect(config.linux.target.map((t) => t.target)).toEqual(['AppImage', 'deb']);
    expect(config.win.icon).toBe('build/icon.ico');
    expect(config.linux.icon).toBe('build/icon.png');
  });

  it('the icons are real: a 512x512 PNG and an ICO with a 256px image', () => {
    const png = file('build/icon.png');
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    const ico = file('build/icon.ico');
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const count = ico.readUInt16LE(4);
    const widths = Array.from({ length: count }, (_, i) => ico.readUInt8(6 + 16 * i) || 256);
    expect(widths).toContain(256);
    expect(widths).toContain(16);
  });
});
