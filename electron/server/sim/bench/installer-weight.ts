// Installer weight: the node_modules the installed app carries. electron-builder packs the
// production dependency tree (package.json `dependencies` and what they need); that tree is
// read from package-lock.json (every package not marked `dev`) and its files are added up
// on disk. Browser-only libraries are bundled into dist/renderer by vite at build time and
// belong in devDependencies, outside this tree (test/electron/dependencies.test.ts).
// The figure is the tree on disk before electron-builder's own filters (it drops some
// docs and test folders), for the platform this runs on.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Row } from './stats.js';

type LockPackage = { dev?: boolean; devOptional?: boolean; optional?: boolean };
export type Lockfile = { packages: Record<string, LockPackage> };

/** Paths (node_modules/a, node_modules/a/node_modules/b) of the production tree. */
export function productionTree(lock: Lockfile): string[] {
  return Object.entries(lock.packages)
    .filter(([path, p]) => path.startsWith('node_modules/') && !p.dev && !p.devOptional)
    .map(([path]) => path)
    .sort();
}

/** Bytes of a package's own files (its nested node_modules are packages of their own). */
function packageBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') total += packageBytes(path);
    } else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}

export type InstallerWeight = { packages: number; bytes: number; missing: string[] };

export function installerWeight(root: string, lock?: Lockfile): InstallerWeight {
  const tree = productionTree(
    lock ?? (JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as Lockfile),
  );
  let bytes = 0;
  const missing: string[] = [];
  for (const path of tree) {
    const dir = join(root, path);
    if (existsSync(dir)) bytes += packageBytes(dir);
    else missing.push(path);
  }
  return { packages: tree.length, bytes, missing };
}

export function installerWeightRows(w: InstallerWeight): Row[] {
  return [
    {
      metric: `Installer: server-side node_modules (${w.packages} packages, production tree)`,
      target: '',
      figure: `${(w.bytes / 1e6).toFixed(1)} MB${w.missing.length ? ` (${w.missing.length} not installed here)` : ''}`,
      verdict: '',
    },
  ];
}
