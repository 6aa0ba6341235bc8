// electron/ is type-checked against electron's own declarations, with the project's
// @types/node 20, not the @types/node 24 that electron's package carries in its own
// node_modules (two Node type versions in one program would merge into nonsense, and
// skipLibCheck would hide it).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('type-check setup', () => {
  it("uses electron.d.ts and exactly one @types/node, the project's", () => {
    const tsc = fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url));
    const run = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.node.json', '--listFilesOnly'], {
      cwd: root,
      encoding: 'utf8',
    });
    const files = run.stdout.split('\n').map((f) => f.replaceAll('\\', '/'));
    expect(files.some((f) => f.endsWith('node_modules/electron/electron.d.ts'))).toBe(true);
    const nodeTypes = files.filter((f) => /@types\/node\/index\.d\.ts$/.test(f));
    expect(nodeTypes).toHaveLength(1);
    expect(nodeTypes[0]).not.toContain('electron/node_modules');
  });
});
