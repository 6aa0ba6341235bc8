// A primary asks its other laptop whether it took over (replication/index.ts:
// checkReplaced); the answer can come after this server stopped and closed its database.
// The check then ends quietly: no read of the closed database, no unhandled rejection
// (one took a whole test run down as "The database connection is not open").
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/server/db/connection.js';
import { createReplication } from '../../electron/server/replication/index.js';
import { createVenue } from '../../electron/server/services/venue.js';
import { quietLog, removeDir, tempDir } from '../helpers/server.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

describe("a primary's check for a take-over", () => {
  it('ends quietly when the other laptop answers after the server closed', async () => {
    // The other laptop: primary in a newer epoch, answering only when the test lets it.
    let asked!: () => void;
    const wasAsked = new Promise<void>((r) => (asked = r));
    let answer!: () => void;
    const mayAnswer = new Promise<void>((r) => (answer = r));
    const peer = createServer((_req, res) => {
      asked();
      void mayAnswer.then(() => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ venue: { role: 'primary', epoch: 99 } }));
      });
    });
    await new Promise<void>((r) => peer.listen(0, '127.0.0.1', r));
    const peerUrl = `http://127.0.0.1:${(peer.address() as AddressInfo).port}`;

    const dir = tempDir();
    dirs.push(dir);
    const db = openDatabase(dir);
    const venue = createVenue(db);
    const replication = createReplication({ venue, dataDir: dir, log: quietLog });
    venue.place.peer = peerUrl;

    const check = replication.checkReplaced();
    await wasAsked;
    replication.close();
    db.close();
    answer();
    await expect(check).resolves.toBeUndefined();
    expect(venue.place.replaced).toBe(false);
    await new Promise<void>((r) => peer.close(() => r()));
  });
});
