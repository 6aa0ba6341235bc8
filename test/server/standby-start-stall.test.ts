// A starting standby whose copy stalls (replication/standby.ts: fetchCopy): each stalled
// transfer is given up on within the idle bound and taken again on a new connection, up
// to startCopyTries; then the start fails with COPY_STALLED. Two real servers, a real TCP
// relay between them (test/helpers/cut-link.ts) that stalls the open connections.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { dbFileName } from '../../electron/server/db/connection.js';
import { startCopyTries } from '../../electron/server/replication/copy-transfer.js';
import type { VenueServer } from '../../electron/server/venue-server.js';
import { DomainError, errorMessages } from '../../shared/contract/errors.js';
import { copyPartBytes } from '../../shared/contract/replica.js';
import { cutLink } from '../helpers/cut-link.js';
import { removeDir, tempDir } from '../helpers/server.js';
import {
  caughtUp,
  copiesNoted,
  primaryScoring,
  score,
  startStandby,
  stored,
  until,
} from '../helpers/standby-pair.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

/** The standby's idle bound in these tests (the real one is copy-transfer.ts: copyIdleMs). */
const idleMs = 2000;

/** A primary with one sheet and a database of several parts, behind a slow link. */
async function slowPrimary() {
  const { log, made } = copiesNoted();
  const p = await primaryScoring(dirs, { log });
  const sheet = await score(p);
  const db = new Database(join(p.t.dataDir, dbFileName));
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(
    'test-ballast',
    'x'.repeat(8 * copyPartBytes),
  );
  db.close();
  const link = await cutLink(p.t.url);
  // Slow enough that each copy is still on its way when the test stalls the link.
  link.throttle(2 * copyPartBytes);
  const dir = tempDir();
  dirs.push(dir);
  const start = startStandby(p, dir, link.url, { copyIdleMs: idleMs }).then(
    (s): VenueServer | Error => s,
    (err: unknown): VenueServer | Error => err as Error,
  );
  const end = async () => {
    await link.close();
    p.juror.close();
    p.org.close();
    await p.t.stop();
  };
  return { p, made, link, dir, sheet, start, end };
}

describe("a starting standby's copy over a stalling link", () => {
  it('takes the copy again after a stall and starts', async () => {
    const s = await slowPrimary();
    await until('the first copy', () => s.made.length >= 1, 20_000);
    s.link.stall(); // the open connection goes silent; a new one flows, at full speed
    s.link.throttle(null);
    const standby = await s.start;
    if (standby instanceof Error) throw standby;
    expect(s.made.length).toBeGreaterThanOrEqual(2);
    expect(stored(s.dir, s.sheet)).toBe(1);
    await caughtUp(s.p, standby);
    await standby.close();
    await s.end();
  }, 60_000);

  it('fails its start with a clear error when every try stalls', async () => {
    const s = await slowPrimary();
    for (let k = 1; k <= startCopyTries; k++) {
      await until(`copy ${k}`, () => s.made.length >= k, 20_000);
      s.link.stall();
    }
    const failed = await s.start;
    if (!(failed instanceof Error)) throw new Error('the standby started on a stalled link');
    // A DomainError the shell names in the organizer's language; the tries in its details.
    expect(failed).toBeInstanceOf(DomainError);
    expect(failed).toMatchObject({
      code: 'COPY_STALLED',
      details: [`stalled ${startCopyTries} times in a row`, expect.stringMatching(/no part/)],
    });
    // The headless server prints its message: both languages.
    expect(failed.message).toContain(errorMessages.COPY_STALLED.id);
    expect(failed.message).toContain(errorMessages.COPY_STALLED.en);
    expect(s.made).toHaveLength(startCopyTries);
    await s.end();
  }, 60_000);
});
