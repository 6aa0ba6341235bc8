// The benchmark's command line: `npm run bench -- --help` prints `usage`.
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

export const usage = `Usage: npm run bench -- [options]
  --jurors N         simulated jurors (default 30), in panels of about ten
  --screens N        connected screens (default 300; try 1000)
  --rate N           sheet submissions per second, all jurors together (default 10)
  --seconds N        length of the measured run (default 30)
  --entries N        entries in the festival (default 67)
  --floor-seconds N  length of each floor measurement (default 15)
  --juror-procs N    juror processes (default 2)
  --screen-procs N   screen processes (default: one per 250 screens, at least 2)
  --full-parse       screens JSON-parse every snapshot (default: read the version only)
  --voters N         people's choice: phones voting after the festival run (default 1000; 0 = none)
  --vote-seconds N   the window the phones vote in (default 30), one vote per category
  --vote-categories N  categories open for voting (default 3)
  --standby-seconds N  hot standby: each of the two runs (without, with a standby) lasts N s,
                     then the take-over (default 20; 0 = none)
  --cpu-prof DIR     write a V8 CPU profile of the server to DIR
  --dir DIR          where the temporary festival folder goes (default the OS temp folder)
  --keep             keep the temporary festival folder`;

export type Opts = {
  jurors: number;
  screens: number;
  rate: number;
  seconds: number;
  entries: number;
  floorSeconds: number;
  jurorProcs: number;
  screenProcs: number;
  fullParse: boolean;
  voters: number;
  voteSeconds: number;
  voteCategories: number;
  standbySeconds: number;
  cpuProf: string | null;
  dir: string;
  keep: boolean;
};

/** The options from process.argv; null when --help was asked. Throws on a bad value. */
export function parseOptions(): Opts | null {
  const { values: v } = parseArgs({
    options: {
      jurors: { type: 'string', default: '30' },
      screens: { type: 'string', default: '300' },
      rate: { type: 'string', default: '10' },
      seconds: { type: 'string', default: '30' },
      entries: { type: 'string', default: '67' },
      'floor-seconds': { type: 'string', default: '15' },
      'juror-procs': { type: 'string', default: '2' },
      'screen-procs': { type: 'string', default: '0' },
      'full-parse': { type: 'boolean', default: false },
      voters: { type: 'string', default: '1000' },
      'vote-seconds': { type: 'string', default: '30' },
      'vote-categories': { type: 'string', default: '3' },
      'standby-seconds': { type: 'string', default: '20' },
      'cpu-prof': { type: 'string' },
      dir: { type: 'string', default: tmpdir() },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (v.help) return null;
  const int = (s: string, min: number, max: number, name: string) => {
    const n = Number(s);
    if (!Number.isInteger(n) || n < min || n > max)
      throw new Error(`--${name} must be an integer in ${min}..${max}`);
    return n;
  };
  const screens = int(v.screens, 0, 5000, 'screens');
  return {
    jurors: int(v.jurors, 1, 500, 'jurors'),
    screens,
    rate: int(v.rate, 1, 200, 'rate'),
    seconds: int(v.seconds, 3, 600, 'seconds'),
    entries: int(v.entries, 1, 5000, 'entries'),
    floorSeconds: int(v['floor-seconds'], 2, 120, 'floor-seconds'),
    jurorProcs: int(v['juror-procs'], 1, 16, 'juror-procs'),
    screenProcs:
      Number(v['screen-procs']) > 0
        ? int(v['screen-procs'], 1, 32, 'screen-procs')
        : Math.max(2, Math.ceil(screens / 250)),
    fullParse: v['full-parse'],
    voters: int(v.voters, 0, 5000, 'voters'),
    voteSeconds: int(v['vote-seconds'], 1, 300, 'vote-seconds'),
    voteCategories: int(v['vote-categories'], 1, 4, 'vote-categories'),
    standbySeconds:
      Number(v['standby-seconds']) === 0 ? 0 : int(v['standby-seconds'], 3, 600, 'standby-seconds'),
    cpuProf: v['cpu-prof'] ? resolve(v['cpu-prof']) : null,
    dir: resolve(v.dir),
    keep: v.keep,
  };
}
