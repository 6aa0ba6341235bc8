// Every event of the protocol fuzzed with property-based generators: the server never
// crashes, always answers with the error envelope, and the database does not change.
// /voter is fuzzed with voting open and a vote stored; its rows are compared in full.
// PANGGUNG_SOAK=1 multiplies the runs (npm run test:soak).
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  jurorCalls,
  organizerCalls,
  screenCalls,
  voterCalls,
  type CallMap,
} from '../../shared/contract/events.js';
import { dbFileName } from '../../electron/server/db/connection.js';
import { startVenueServer, type VenueServer } from '../../electron/server/venue-server.js';
import { asSent, isEnvelope, nasty, payloads } from '../helpers/fuzz-payloads.js';
import { connect, quietLog, removeDir, tempDir, type Client } from '../helpers/server.js';
import { openVoting } from '../helpers/voting.js';

const soak = process.env.PANGGUNG_SOAK === '1';
const runsPerEvent = soak ? 2000 : 120;
/** The soak sends ~100,000 payloads to the organizer alone: minutes, not the usual minute. */
const timeout = soak ? 20 * 60_000 : 60_000;
const seed = 20261128;

let server: VenueServer;
let dataDir: string;
let url: string;
type Fuzzed = 'juror' | 'screen' | 'organizer' | 'voter';
const clients: Partial<Record<Fuzzed, Client<Fuzzed>>> = {};
/** A valid vote (voting open, a real ticket): the voter fuzz corrupts one field at a time. */
let validVote: Record<string, unknown> = {};

/** The people's choice rows themselves (tickets, votes, groups, settings), not only counts. */
function votingRows(): Record<string, unknown[]> {
  const db = new Database(join(dataDir, dbFileName), { readonly: true });
  try {
    const tables = ['ballot_ticket', 'vote', 'voting_group', 'voting_settings'];
    return Object.fromEntries(
      tables.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()]),
    );
  } finally {
    db.close();
  }
}

/** Row counts of every table: "the database is unchanged". */
function fingerprint(): Record<string, number> {
  const db = new Database(join(dataDir, dbFileName), { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
      .all() as Array<{ name: string }>;
    const out: Record<string, number> = {};
    for (const t of tables)
      out[t.name] = (db.prepare(`SELECT COUNT(*) AS n FROM ${t.name}`).get() as { n: number }).n;
    out['revision'] = Number(
      (db.prepare("SELECT value FROM meta WHERE key = 'revision'").get() as { value: string })
        .value,
    );
    return out;
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  dataDir = tempDir('panggung-fuzz-');
  server = await startVenueServer({
    dataDir,
    port: 0,
    host: '127.0.0.1',
    log: quietLog,
    rateLimit: { perSec: 1e6, burst: 1e6 },
  });
  url = server.urls.local;
  clients.organizer = await connect(url, 'organizer', { key: server.organizerKey });
  const snap = await (clients.organizer as Client<'organizer'>).waitFor(() => true);
  clients.juror = await connect(url, 'juror', { pin: snap.jurors[0]?.pin ?? '' });
  clients.screen = await connect(url, 'screen', { name: 'fuzz' });
  // People's choice open, with tickets and one stored vote, so a payload that slipped
  // through the schema would have something to change.
  const org = clients.organizer as Client<'organizer'>;
  const { codes, categoryId, entryIds } = await openVoting(org, 3);
  const entryId = entryIds[0]!;
  const [first, second] = codes;
  const voter = await connect(url, 'voter', {});
  clients.voter = voter;
  const cast = await voter.call('vote:cast', {
    ticket: first,
    voteId: 'fuzz-vote-1',
    categoryId,
    entryId,
  });
  if (!cast.ok) throw new Error(cast.code);
  validVote = { ticket: second, voteId: 'fuzz-vote-2', categoryId, entryId };
});
let totalPayloads = 0;
afterAll(async () => {
  console.log(
    `[reliability] fuzz: ${totalPayloads} hostile payloads over ${audiences.reduce((n, [, calls]) => n + Object.keys(calls).length, 0)} events: 0 crashes, 100% error envelopes, database unchanged`,
  );
  for (const c of Object.values(clients)) c?.close();
  await server.close();
  removeDir(dataDir);
});

function emit(client: Client<Fuzzed>, event: string, payload: unknown): Promise<unknown> {
  return new Promise((resolve, reject) => {
    client.socket
      .timeout(5000)
      .emit(event, payload, (err: Error | null, res: unknown) =>
        err ? reject(err) : resolve(res),
      );
  });
}

const audiences: Array<[Fuzzed, CallMap]> = [
  ['juror', jurorCalls],
  ['screen', screenCalls],
  ['organizer', organizerCalls],
  ['voter', voterCalls],
];

describe('fuzzing every event of the protocol', () => {
  for (const [audience, calls] of audiences) {
    it(
      `${audience}: invalid payloads get BAD_INPUT and change nothing`,
      async () => {
        const before = fingerprint();
        const votingBefore = votingRows();
        const client = clients[audience];
        if (!client) throw new Error('no client');
        let sent = 0;
        for (const [event, call] of Object.entries(calls)) {
          await fc.assert(
            fc.asyncProperty(payloads(event, validVote), async (payload) => {
              // Invalid as the server receives it: socket.io sends JSON, which drops undefined
              // fields ({ setup: 0, extra: undefined } arrives as { setup: 0 }).
              fc.pre(
                !call.input.safeParse(payload).success &&
                  !call.input.safeParse(asSent(payload)).success,
              );
              sent++;
              const res = await emit(client, event, payload);
              expect(isEnvelope(res), `${event} ${JSON.stringify(res)}`).toBe(true);
              expect((res as { code: string }).code).toBe('BAD_INPUT');
            }),
            { numRuns: runsPerEvent, seed },
          );
        }
        expect(sent).toBeGreaterThan(Object.keys(calls).length * runsPerEvent * 0.8);
        totalPayloads += sent;
        expect(fingerprint()).toEqual(before);
        expect(votingRows()).toEqual(votingBefore);
      },
      timeout,
    );
  }

  it(
    'events of another audience, unknown events and missing acks are refused without a crash',
    async () => {
      const before = fingerprint();
      const foreign: Array<[Fuzzed, string]> = [
        ['juror', 'panel:present'],
        ['juror', 'setup:import'],
        ['juror', 'sheet:correct'],
        ['juror', 'backup:restore'],
        ['screen', 'sheet:save'],
        ['screen', 'entry:transition'],
        ['screen', 'juror:code'],
        ['screen', 'vote:cast'],
        ['voter', 'tickets:make'],
        ['voter', 'ticket:void'],
        ['voter', 'sheet:save'],
        ['juror', 'vote:cast'],
      ];
      for (const [audience, event] of foreign) {
        const res = await emit(clients[audience]!, event, {});
        expect((res as { code: string }).code, `${audience} ${event}`).toBe('FORBIDDEN');
      }
      await fc.assert(
        fc.asyncProperty(
          fc.string({ minLength: 1, maxLength: 200 }),
          nasty,
          async (event, payload) => {
            fc.pre(
              !(event in organizerCalls) &&
                ![
                  'connect',
                  'disconnect',
                  'disconnecting',
                  'error',
                  'newListener',
                  'removeListener',
                ].includes(event),
            );
            const res = await emit(clients.organizer!, event, payload);
            expect(isEnvelope(res)).toBe(true);
          },
        ),
        { numRuns: soak ? 3000 : 200, seed },
      );
      // No ack function at all: nothing to answer, nothing may break.
      for (const [event] of Object.entries(jurorCalls))
        clients.juror!.socket.emit(event, { junk: true });
      clients.juror!.socket.emit('sheet:save');
      const health = await fetch(`${url}/api/health`);
      expect(health.status).toBe(200);
      const after = fingerprint();
      // Refused foreign events are audited (and the change log, which the standby follows,
      // carries those audit rows); nothing else changed.
      const auditAdded = after['audit_log']! - before['audit_log']!;
      expect(after['change_log']! - before['change_log']!).toBe(auditAdded);
      expect({ ...after, audit_log: 0, change_log: 0 }).toEqual({
        ...before,
        audit_log: 0,
        change_log: 0,
      });
      expect(after['audit_log']).toBeGreaterThan(before['audit_log'] ?? 0);
    },
    timeout,
  );

  it('refuses an oversized payload without harm to the server', async () => {
    const big = 'x'.repeat(600 * 1024);
    const dropped = new Promise<string>((resolve) =>
      clients.screen!.socket.once('disconnect', (reason) => resolve(reason)),
    );
    clients.screen!.socket.emit('snapshot:get', { big });
    expect(await dropped).toBeTruthy();
    const res = await fetch(`${url}/api/health`);
    expect(res.status).toBe(200);
    const again = await connect(url, 'screen', { name: 'fuzz' });
    expect((await again.waitFor(() => true)).festival.name).toBeTruthy();
    again.close();
  });
});
