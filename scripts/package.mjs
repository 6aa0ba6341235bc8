// `npm run package [-- --win | --linux | any electron-builder flag]`: builds the app, runs
// electron-builder (electron-builder.yml), and ALWAYS puts the Node build of better-sqlite3
// back afterwards, even when packaging fails: electron-builder rebuilds the native module
// for Electron's ABI, which would break `npm test` under plain Node.
// `npm run package -- --check` only validates electron-builder.yml (no build, no download).
// Packaging needs the internet (Electron runtime, Electron headers or prebuilt
// better-sqlite3, NSIS/AppImage tools); see docs/ELECTRON.md.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

/** The steps of a packaging run; `always` steps run even after a failure. */
export function packagingSteps(args) {
  return [
    { name: 'build', command: npm, args: ['run', 'build', '--silent'] },
    {
      name: 'electron-builder',
      command: npx,
      args: ['electron-builder', '--config', 'electron-builder.yml', '--publish', 'never', ...args],
    },
    {
      name: 'restore Node build of better-sqlite3',
      command: npm,
      args: ['rebuild', 'better-sqlite3'],
      always: true,
    },
  ];
}

/**
 * Runs steps in order; after the first failure only `always` steps run. Returns the exit
 * code: the first failure's, or the restore step's when everything else succeeded.
 */
export function runSteps(steps, exec, log = console.log) {
  let failed = null;
  for (const step of steps) {
    if (failed !== null && !step.always) continue;
    log(`package: ${step.name}`);
    const code = exec(step.command, step.args);
    if (code !== 0) {
      log(`package: ${step.name} failed (exit ${code})`);
      failed ??= code;
    }
  }
  return failed ?? 0;
}

/** Loads and validates electron-builder.yml with electron-builder's own schema. */
export async function checkBuilderConfig(dir = root) {
  const { getConfig, validateConfiguration } =
    await import('app-builder-lib/out/util/config/config.js');
  const { DebugLogger } = await import('builder-util');
  const config = await getConfig(dir, null, null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

function exec(command, args) {
  const run = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (run.error) console.error(run.error.message);
  return run.status ?? 1;
}

async function main() {
  const args = process.argv.slice(2);
  if (args.includes('--check')) {
    const config = await checkBuilderConfig();
    console.log(`electron-builder.yml is valid: ${config.productName} (${config.appId})`);
    return;
  }
  // Ctrl+C stops the running step (it shares the terminal) but not this script, so the
  // restore step still runs afterwards.
  process.on('SIGINT', () => undefined);
  process.exitCode = runSteps(packagingSteps(args), exec);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });
}
