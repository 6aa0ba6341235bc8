// A primary with a juror scoring and a standby following it, for the standby tests that
// run two real servers (standby-resume.test.ts, standby-copy-link.test.ts): the pieces
// they share, reading the real files of each side.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import { dbFileName } from '../../electron/server/db/connection.js';
import { createLogger, type Logger } from '../../electron/server/log.js';
import type { StandbyOf } from '../../electron/server/replication/standby.js';
import { startVenueServer, type VenueServer } from '../../electron/server/venue-server.js';
import { demoValues as values } from './demo-desk.js';
import {
  connect,
  expectOk,
  quietLog,
  startTestServer,
  submissionId,
  type Client,
  type TestServer,
} from './server.js';

export type Primary = {
  t: TestServer;
  org: Client<'organizer'>;
  code: string;
  juror: Client<'juror'>;
};

/** A primary (its folder pushed on `dirs`) with an open entry and a juror on it. */
export async function primaryScoring(
  dirs: string[],
  opts: { keepChangeRows?: number; log?: Logger } = {},
): Promise<Primary> {
  const t = await startTestServer(opts);
  dirs.push(t.dataDir);
  const org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
  const snap = await org.waitFor(() => true);
  const { code } = expectOk(await org.call('standby:pairing', {}));
  expectOk(
    await org.call('entry:transition', { entryId: 'e001', stageId: 'presentasi', action: 'open' }),
  );
  const juror = await connect(t.url, 'juror', {
    pin: snap.jurors.find((j) => j.id === 'j-a1')!.pin,
  });
  return { t, org, code, juror };
}

/** One sheet submitted (acknowledged); its submission id. */
export const score = async (p: Primary): Promise<string> => {
  const id = submissionId();
  const input = { submissionId: id, entryId: 'e001', stageId: 'presentasi', status: 'submitted' };
  expectOk(await p.juror.call('sheet:save', { ...input, values, comment: '' } as never));
  return id;
};

/** A standby of `p`, reaching it at `via` (its own URL unless a link is in between). */
export const startStandby = (
  p: Primary,
  dataDir: string,
  via = p.t.url,
  more: Partial<StandbyOf> = {},
): Promise<VenueServer> =>
  startVenueServer({
    dataDir,
    port: 0,
    host: '127.0.0.1',
    log: quietLog,
    standbyOf: { url: via, code: p.code, ...more },
  });

/** Copies moved aside by a fresh full copy. */
export const setAside = (dir: string) =>
  readdirSync(dir).filter((f) => f.includes('before-standby'));

/** How many versions of that sheet the database in `dir` holds. */
export function stored(dir: string, id: string): number {
  const db = new Database(join(dir, dbFileName), { readonly: true });
  try {
    const row = db.prepare('SELECT COUNT(*) AS n FROM sheet_version WHERE submission_id = ?');
    return (row.get(id) as { n: number }).n;
  } finally {
    db.close();
  }
}

/** A database's own change-log head and that change's time, read from its file. */
export function logHead(dir: string): { after: number; at: number } {
  const db = new Database(join(dir, dbFileName), { readonly: true });
  try {
    const row = db.prepare('SELECT seq, at FROM change_log ORDER BY seq DESC LIMIT 1').get() as {
      seq: number;
      at: number;
    };
    return { after: row.seq, at: row.at };
  } finally {
    db.close();
  }
}

/** The oldest change still in a primary's log. */
export function oldestChange(dir: string): number {
  const db = new Database(join(dir, dbFileName), { readonly: true });
  try {
    return (db.prepare('SELECT MIN(seq) AS lo FROM change_log').get() as { lo: number }).lo;
  } finally {
    db.close();
  }
}

/** Waits until the standby, following, applied everything the primary committed so far. */
export async function caughtUp(p: Primary, standby: VenueServer): Promise<void> {
  const head = logHead(p.t.dataDir).after;
  const desk = await connect(standby.urls.local, 'organizer', { key: standby.organizerKey });
  const seen = await desk.waitFor(
    (s) => s.following?.connected === true && s.following.appliedSeq >= head,
    15_000,
  );
  expect(seen.venue.role).toBe('standby');
  desk.close();
}

/** Waits until the primary pruned its log past the standby's change `after`. */
export async function prunedPast(p: Primary, after: number): Promise<void> {
  for (const until = Date.now() + 10_000; oldestChange(p.t.dataDir) <= after;) {
    if (Date.now() > until) throw new Error("the primary never pruned the standby's change");
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A copy the primary made for a standby: when, and its size. */
export type CopyMade = { at: number; bytes: number };

/** A quiet logger for a primary that notes each copy it makes for a standby. */
export function copiesNoted(): { log: Logger; made: CopyMade[] } {
  const quiet = createLogger({ quiet: true });
  const made: CopyMade[] = [];
  const log: Logger = {
    ...quiet,
    info: (msg, fields) => {
      if (msg === 'standby copy made') made.push({ at: Date.now(), bytes: Number(fields?.bytes) });
    },
  };
  return { log, made };
}

/** Resolves once `ok()` holds (checked every 20 ms); throws naming `what` after `withinMs`. */
export async function until(what: string, ok: () => boolean, withinMs: number): Promise<void> {
  for (const end = Date.now() + withinMs; !ok();) {
    if (Date.now() > end) throw new Error(`${what}: not within ${withinMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
