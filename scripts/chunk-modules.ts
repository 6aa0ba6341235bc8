// Writes .vite/chunk-modules.json (chunk-modules-NAME.json for a named build run) next to
// vite's manifest: for every emitted chunk, the packages and source folders bundled into
// it. Vite's manifest says which chunks a page loads but not what is inside them; together
// they let a test prove what a page does NOT ship (the projector's chart library and
// react-dom on the phone page, test/e2e/publik-bundle.test.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';

/** The chunk list of one build run ('' = the main run), relative to the output folder. */
export const chunkModulesFileOf = (run: string) =>
  `.vite/chunk-modules${run ? `-${run}` : ''}.json`;

/** Every build run's chunk lists in a built folder, merged (chunk file names are unique). */
export function readChunkModules(dist: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const dir = join(dist, '.vite');
  for (const f of readdirSync(dir).filter((n) => /^chunk-modules(-[a-z]+)?\.json$/.test(n)))
    Object.assign(out, JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, string[]>);
  return out;
}

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

export function chunkModules(root: string, fileName = chunkModulesFileOf('')): Plugin {
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
        fileName,
        source: JSON.stringify(out, null, 1),
      });
    },
  };
}
