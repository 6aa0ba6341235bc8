// `npm start`: the desktop app when the Electron runtime is there, otherwise the headless
// venue server. Electron's npm package downloads its binary lazily; on a machine without
// internet that download fails, so we try it once with a time limit, and if there is still
// no runtime we say so in one line and run `node out/electron/server/cli.js` instead, with
// the same arguments (--port --host --data --empty). The decisions are exported functions
// (test/electron/start.test.ts); the spawning happens only when this file is run directly.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DOWNLOAD_TIMEOUT_MS = 60_000;
export const FALLBACK_LINE =
  'Electron runtime not available (cannot download it here): running the headless venue server instead.';
export const NO_DISPLAY_LINE =
  'No graphical display (DISPLAY/WAYLAND_DISPLAY unset): running the headless venue server instead.';

/** The executable path inside node_modules/electron/dist for this platform. */
export function platformBinary(platform = process.platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/**
 * The Electron binary when it is installed and matches the package version, else null.
 * Mirrors node_modules/electron/install.js's own check, without requiring electron/index.js
 * (which would start the download itself).
 */
export function installedElectron(
  electronDir = join(root, 'node_modules', 'electron'),
  env = process.env,
  platform = process.platform,
) {
  try {
    const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'));
    if (
      readFileSync(join(electronDir, 'dist', 'version'), 'utf8')
        .trim()
        .replace(/^v/, '') !== version
    )
      return null;
    const relative = readFileSync(join(electronDir, 'path.txt'), 'utf8').trim();
    if (relative !== platformBinary(platform)) return null;
    const binary = join(env.ELECTRON_OVERRIDE_DIST_PATH || join(electronDir, 'dist'), relative);
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** One download attempt, killed after timeoutMs. True when the installer exited cleanly. */
export function tryDownload({
  installer = join(root, 'node_modules', 'electron', 'install.js'),
  command = [process.execPath, installer],
  timeoutMs = DOWNLOAD_TIMEOUT_MS,
} = {}) {
  const [bin, ...args] = command;
  const run = spawnSync(bin, args, {
    cwd: root,
    stdio: 'ignore',
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
    windowsHide: true,
  });
  return run.error === undefined && run.status === 0;
}

/**
 * Which runtime to launch. Probes are parameters so this is tested without Electron:
 * installed() -> binary path or null; download() -> boolean (one bounded attempt).
 */
export function chooseRuntime({
  installed,
  download,
  env = process.env,
  platform = process.platform,
}) {
  if (env.PANGGUNG_HEADLESS === '1') return { kind: 'headless', reason: 'PANGGUNG_HEADLESS=1' };
  let binary = installed();
  let downloaded = false;
  if (!binary && download()) {
    binary = installed();
    downloaded = binary !== null;
  }
  if (!binary) return { kind: 'headless', reason: 'no-runtime' };
  // A Linux server or SSH session has no display: Electron could not open a window.
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY)
    return { kind: 'headless', reason: 'no-display' };
  return { kind: 'electron', binary, downloaded };
}

/** The command line for a choice: [executable, args]. */
export function commandFor(choice, args, base = root) {
  if (choice.kind === 'electron') return [choice.binary, [base, ...args]];
  return [process.execPath, [join(base, 'out', 'electron', 'server', 'cli.js'), ...args]];
}

function run(executable, args) {
  const child = spawn(executable, args, { cwd: root, stdio: 'inherit' });
  // Ctrl+C reaches the child through the terminal's process group; a kill of this process
  // (e.g. from a supervisor) is passed on so the server can close its database cleanly.
  for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  process.on('SIGINT', () => undefined);
  child.on('error', (err) => {
    console.error(`Could not start ${executable}: ${err.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function main() {
  const args = process.argv.slice(2);
  const choice = chooseRuntime({
    installed: () => installedElectron(),
    download: () => tryDownload(),
  });
  if (choice.kind === 'headless' && choice.reason === 'no-runtime') console.log(FALLBACK_LINE);
  if (choice.kind === 'headless' && choice.reason === 'no-display') console.log(NO_DISPLAY_LINE);
  const [executable, argv] = commandFor(choice, args);
  if (choice.kind === 'headless' && !existsSync(argv[0])) {
    console.error('The venue server is not built: run `npm run build` first.');
    process.exit(1);
  }
  run(executable, argv);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
