// Writes .vite/chunk-modules.json next to vite's manifest: for every emitted chunk, the
// packages and source folders bundled into it. Vite's manifest says which chunks a page
// loads but not what is inside them; together they let a test prove what a page does NOT
// ship (the projector's chart library on the phone page, test/e2e/page-weight.test.ts).
import { relative } from 'node:path';
import type { Plugin } from 'vite';

export const chunkModulesFile = '.vite/chunk-modules.json';

/** node_modules/.pnpm-free package name of a module id, or its path under the root. */
export function moduleOwner(id: string, root: string): string {
  const clean = id.replace(/\?.*$/, '').replace(/\\/g, '/');
  const nm = clean.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = clean.slice(nm + '/node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? clean);
  }
  return relative(root, clean).replace(/\\/g, '/');
}

export function chunkModules(root: string): Plugin {
  return {
    name: 'panggung-chunk-modules',
    apply: 'build',
    generateBundle(_options, bundle) {
      const out: Record<string, string[]> = {};
      for (const item of Object.values(bundle))
        if (item.type === 'chunk')
          out[item.fileName] = [
            ...new Set(item.moduleIds.map((id) => moduleOwner(id, root))),
          ].sort();
      this.emitFile({
        type: 'asset',
        fileName: chunkModulesFile,
        source: JSON.stringify(out, null, 1),
      });
    },
  };
}
