// What the installed app ships in node_modules: exactly the packages its own code loads at
// run time. The import graph is walked from the app's entry points (the Electron main
// process, the preload, the headless server's CLI): every package it reaches must be a
// production dependency (else the installed app crashes), and every production
// dependency must be reached (else it is dead weight in every installer). Browser-only
// libraries are bundled by vite at build time and live in devDependencies.
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  installerWeight,
  productionTree,
  type Lockfile,
} from '../../electron/server/sim/bench/installer-weight.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as Lockfile & {
  packages: Record<string, { dependencies?: Record<string, string> }>;
};
const entryPoints = [
  'electron/main/main.ts',
  'electron/preload/preload.cts',
  'electron/server/cli.ts',
];
const builtins = new Set(builtinModules);

/** Runtime imports of a source file (type-only imports and exports erased by tsc skipped). */
export function runtimeImports(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /^\s*import\s+(?!type\b)(?:[^'"]*?\bfrom\s+)?['"]([^'"]+)['"]/gm,
    /^\s*export\s+(?!type\b)[^'"]*?\bfrom\s+['"]([^'"]+)['"]/gm,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const re of patterns) for (const m of source.matchAll(re)) if (m[1]) found.push(m[1]);
  return found;
}

function resolveSource(from: string, spec: string): string {
  const base = resolve(dirname(from), spec);
  for (const candidate of [
    base.replace(/\.js$/, '.ts'),
    base.replace(/\.js$/, '.tsx'),
    base.replace(/\.cjs$/, '.cts'),
    base,
  ])
    if (existsSync(candidate)) return candidate;
  throw new Error(`${from}: cannot resolve ${spec}`);
}

const packageName = (spec: string) =>
  spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] ?? spec);

/** Every source file the app reaches and every package it loads. */
function appGraph(): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const spec of runtimeImports(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.')) visit(resolveSource(file, spec));
      else if (!spec.startsWith('node:') && !builtins.has(spec)) packages.add(packageName(spec));
    }
  };
  for (const entry of entryPoints) visit(join(root, entry));
  return { files, packages };
}

describe('the installed app carries what it loads, and nothing else', () => {
  it('reads imports the way tsc emits them', () => {
    expect(
      runtimeImports(
        [
          "import Database from 'better-sqlite3';",
          "import type { Socket } from 'socket.io';",
          "import { z, type ZodType } from 'zod';",
          "export { a } from './a.js';",
          "export type { B } from './b.js';",
          "const m = await import('qrcode');",
          "import './side-effect.js';",
        ].join('\n'),
      ),
    ).toEqual(['better-sqlite3', 'zod', './side-effect.js', './a.js', 'qrcode']);
  });

  it('production dependencies are exactly the packages the app reaches (plus electron)', () => {
    const { files, packages } = appGraph();
    expect(files.size).toBeGreaterThan(30);
    packages.delete('electron'); // the runtime itself, never installed from node_modules
    expect([...packages].sort()).toEqual(Object.keys(pkg.dependencies).sort());
    // The simulators (rehearsal, benchmark) are developer tools: not part of the app.
    const sim = [...files].filter((f) => f.includes(join('electron', 'server', 'sim')));
    expect(sim).toEqual([]);
  });

  it('browser-only libraries are build-time only; the lockfile agrees with package.json', () => {
    for (const browserOnly of ['exceljs', 'react', 'react-dom', 'recharts', 'i18next', 'zustand'])
      expect(pkg.devDependencies[browserOnly], browserOnly).toBeDefined();
    expect(lock.packages['']?.dependencies).toEqual(pkg.dependencies);
    const tree = productionTree(lock);
    // socket.io-client ships: a standby server follows its primary with it (replication/).
    for (const shipped of [
      'better-sqlite3',
      'socket.io',
      'socket.io-client',
      'zod',
      'qrcode',
      'jszip',
    ])
      expect(tree).toContain(`node_modules/${shipped}`);
    for (const absent of ['exceljs', 'react', 'recharts'])
      expect(tree).not.toContain(`node_modules/${absent}`);
    const weight = installerWeight(root);
    expect(weight.missing).toEqual([]);
    expect(weight.packages).toBe(tree.length);
  });
});
