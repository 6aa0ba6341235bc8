// Rehearsal (gladi): `npm run rehearse -- [--data ./data] [--auto] [--minutes 120]`.
// Copies the real festival into DATA/gladi/, marks the copy as a rehearsal, starts the
// headless server on it as a child process and lets simulated jurors score as the
// organizer moves through the running order (or, with --auto, moves by itself). A person
// practises live control, the reveal and the paperwork alongside, with the printed URLs
// and key. It stops by itself when every entry is locked or after --minutes.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startJurorBot, type JurorBot } from './juror-bot.js';
import {
  connectOrganizer,
  festivalDone,
  runReveal,
  runRunningOrder,
  type OrganizerLink,
} from './organizer-bot.js';
import { prepareRehearsalCopy } from './rehearsal-copy.js';

const usage = `Usage: npm run rehearse -- [options]
  --data DIR        the real festival's data folder (default ./data); it is only read
  --port N          port of the rehearsal server (default 4322; 0 = any free port)
  --host ADDR       interface to bind (default 127.0.0.1; 0.0.0.0 to practise with other PCs)
  --auto            move through the running order automatically, then run the reveal
  --minutes N       stop after N minutes at most (default 120)
  --speed X         divide every simulated delay by X (default 1; 10 = a quick run-through)
  --seed N          seed of the simulated jurors (default 1)
  --leave IDS       juror ids NOT simulated (comma-separated), so people can join as them`;

const stamp = () => new Date().toTimeString().slice(0, 8);
const say = (line: string) => console.log(`[gladi ${stamp()}] ${line}`);

function startServer(
  dataDir: string,
  port: number,
  host: string,
  key: string,
): Promise<{ child: ChildProcess; port: number }> {
  const cli = join(dirname(fileURLToPath(import.meta.url)), '..', 'cli.js');
  const child = spawn(
    process.execPath,
    [cli, '--port', String(port), '--host', host, '--data', dataDir],
    {
      env: {
        ...process.env,
        PANGGUNG_ORGANIZER_KEY: key,
        PANGGUNG_LOG: process.env.PANGGUNG_LOG ?? 'warn',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolveStart, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the rehearsal server did not start in 20 s:\n${out}`));
    }, 20_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the rehearsal server exited (${code}):\n${out}`));
    });
    child.stdout?.on('data', (d: Buffer) => {
      process.stdout.write(d);
      out += d.toString();
      const m = /:(\d+)\/juri/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolveStart({ child, port: Number(m[1]) });
      }
    });
  });
}

function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((r) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(kill);
      r();
    });
    child.kill('SIGTERM');
  });
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        data: { type: 'string', default: './data' },
        port: { type: 'string', default: '4322' },
        host: { type: 'string', default: '127.0.0.1' },
        auto: { type: 'boolean', default: false },
        minutes: { type: 'string', default: '120' },
        speed: { type: 'string', default: '1' },
        seed: { type: 'string', default: '1' },
        leave: { type: 'string', default: '' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (err) {
    console.error(`${(err as Error).message}\n${usage}`);
    return 2;
  }
  if (args.help) {
    console.log(usage);
    return 0;
  }
  const port = Number(args.port);
  const minutes = Number(args.minutes);
  const speed = Number(args.speed);
  const seed = Number(args.seed);
  if (
    !Number.isInteger(port) ||
    port < 0 ||
    port > 65535 ||
    !(minutes > 0 && minutes <= 24 * 60) ||
    !(speed > 0 && speed <= 1000) ||
    !Number.isInteger(seed)
  ) {
    console.error(`bad --port, --minutes, --speed or --seed\n${usage}`);
    return 2;
  }
  const leave = new Set(
    args.leave
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
  const key = randomBytes(9).toString('base64url');
  const copy = prepareRehearsalCopy(resolve(args.data), key);
  say(
    copy.copiedFrom
      ? `copied ${copy.copiedFrom} -> ${copy.file} (the real file is not touched)`
      : `no festival in ${resolve(args.data)}: rehearsing the demo festival in ${copy.file}`,
  );

  const server = await startServer(copy.dataDir, port, args.host, key);
  // The bots reach the server on loopback, or on the one interface it was bound to.
  const botHost =
    args.host === '0.0.0.0' || args.host === '::'
      ? '127.0.0.1'
      : args.host.includes(':')
        ? `[${args.host}]`
        : args.host;
  const url = `http://${botHost}:${server.port}`;
  const bots: JurorBot[] = [];
  let org: OrganizerLink | null = null;
  let stopping = false;
  let timedOut = false;
  let stopNow = () => undefined as void;
  const stopAll = { promise: new Promise<void>((r) => (stopNow = r)), resolve: () => stopNow() };
  const deadline = setTimeout(() => {
    timedOut = true;
    say(`the ${minutes}-minute limit is reached: stopping`);
    stopAll.resolve();
  }, minutes * 60_000);
  const onSignal = () => {
    say('interrupted: stopping');
    stopAll.resolve();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    org = await connectOrganizer(url, key);
    const snap = org.latest();
    const d = (ms: number) => Math.max(1, Math.round(ms / speed));
    const simulated = snap.jurors.filter((j) => !j.revoked && !leave.has(j.id));
    for (const j of simulated) {
      bots.push(
        await startJurorBot({
          url,
          pin: j.pin,
          seed,
          timing: {
            thinkMs: [d(8_000), d(45_000)],
            reviseAfterMs: [d(3_000), d(15_000)],
            dropMs: [d(3_000), d(15_000)],
            draftAfterMs: [d(5_000), d(30_000)],
          },
          rates: { revise: 0.15, drop: 0.08, draft: 0.3 },
          log: say,
        }),
      );
    }
    const humans = snap.jurors.filter((j) => leave.has(j.id));
    console.log(
      `\n  *** GLADI / REHEARSAL — every screen shows the rehearsal mark; the real festival file is untouched ***`,
    );
    console.log(`  Panitia (organizer):  ${url}/panitia      key: ${key}`);
    console.log(`  Layar (screen):       ${url}/layar?nama=utama`);
    console.log(`  Juri (jurors):        ${url}/juri`);
    console.log(
      `  Simulated jurors:     ${simulated.map((j) => `${j.id} (${j.name})`).join(', ') || 'none'}`,
    );
    for (const h of humans) console.log(`  Left for a person:    ${h.id} ${h.name} — PIN ${h.pin}`);
    console.log(
      `  Mode: ${args.auto ? 'automatic running order, then the reveal' : 'you move through the running order on the organizer desk'}; limit ${minutes} min; speed x${speed}\n`,
    );

    const finished = args.auto
      ? runRunningOrder(org, {
          presentMs: d(20_000),
          sheetWaitMs: d(120_000),
          settleMs: d(5_000),
          log: say,
          shouldStop: () => stopping,
        }).then(async (n) => {
          say(`running order done: ${n} entries locked`);
          if (!stopping && org) await runReveal(org, 3, d(5_000), say);
        })
      : org
          .waitFor((s) => festivalDone(s), minutes * 60_000)
          .then(() => say('every entry is locked: the festival is done'));
    await Promise.race([finished, stopAll.promise]);
  } catch (err) {
    say(`failed: ${(err as Error).message}`);
    process.exitCode = 1;
  } finally {
    stopping = true;
    clearTimeout(deadline);
    for (const b of bots) b.close();
    org?.close();
    await stopServer(server.child);
  }
  const totals = bots.reduce(
    (t, b) => {
      const s = b.stats();
      return {
        submitted: t.submitted + s.submitted,
        revisions: t.revisions + s.revisions,
        drafts: t.drafts + s.drafts,
        drops: t.drops + s.drops,
        duplicates: t.duplicates + s.duplicates,
        refused: t.refused + s.refused,
      };
    },
    { submitted: 0, revisions: 0, drafts: 0, drops: 0, duplicates: 0, refused: 0 },
  );
  say(
    `simulated jurors: ${totals.submitted} sheets, ${totals.revisions} revisions, ${totals.drafts} drafts, ${totals.drops} drop-outs (${totals.duplicates} resends de-duplicated), ${totals.refused} refused`,
  );
  say(
    `the rehearsal festival stays in ${copy.file} for the paperwork; the next rehearsal starts from a fresh copy`,
  );
  return timedOut ? 0 : Number(process.exitCode ?? 0);
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
