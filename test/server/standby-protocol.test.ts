// Versions at pairing: the replica protocol's version travels in the standby's auth and the
// primary checks it before anything else. A standby of another Panggung version (another
// protocol, or an older one that sends none) is refused with REPLICA_VERSION naming both
// versions, and the primary stays as it was: no standby paired, nothing remembered.
import { io } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import type { ErrorEnvelope } from '../../shared/contract/errors.js';
import { replicaProtocol } from '../../shared/contract/replica.js';
import { schemaVersion } from '../../electron/server/db/migrate.js';
import { readRemembered } from '../../electron/server/replication/pairing.js';
import { standbyText } from '../../electron/server/replication/standby-errors.js';
import { removeDir, tempDir } from '../helpers/server.js';
import { caughtUp, primaryScoring, startStandby } from '../helpers/standby-pair.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

/** Connects to the primary's '/replica' with `auth`; what the primary answered. */
function pairWith(url: string, auth: object): Promise<{ refused: ErrorEnvelope | null }> {
  const socket = io(`${url}/replica`, { auth, transports: ['websocket'], reconnection: false });
  return new Promise((resolve) => {
    socket.once('connect', () => {
      socket.close();
      resolve({ refused: null });
    });
    socket.once('connect_error', (err: Error & { data?: ErrorEnvelope }) => {
      socket.close();
      resolve({ refused: err.data ?? null });
    });
  });
}

describe('the replica protocol version at pairing', () => {
  it('refuses a standby of another protocol, or of none, and changes nothing', async () => {
    const p = await primaryScoring(dirs);
    const base = ['http://127.0.0.1:1'];
    const other = replicaProtocol + 1;
    const asks = [
      { protocol: other, code: p.code, base, schema: schemaVersion },
      { code: p.code, base, schema: schemaVersion }, // an older Panggung: no protocol sent
      { protocol: 'x', code: 'WRONGWRONGWR', base, schema: 0 }, // before anything else
    ];
    for (const auth of asks) {
      const { refused } = await pairWith(p.t.url, auth);
      expect(refused?.code).toBe('REPLICA_VERSION');
      expect(refused?.details?.[0]).toContain(`this primary has ${replicaProtocol}`);
    }
    const first = (await pairWith(p.t.url, asks[0]!)).refused!;
    expect(first.details![0]).toContain(`standby replica protocol ${other}`);
    expect(first.messages.id).toContain('versi Panggung yang sama');
    expect(first.messages.en).toContain('same Panggung version');
    const old = (await pairWith(p.t.url, asks[1]!)).refused!;
    expect(old.details![0]).toContain('an older Panggung');
    // What the standby's log and alarm would say: both languages, both versions.
    expect(standbyText(first)).toMatch(/REPLICA_VERSION: .*Panggung.* \/ .*Panggung.*\(standby/);

    // Nothing changed on the primary: no standby on its desk, none remembered, and the
    // wrong code above was not counted (the version came first), so a real standby of
    // this version still pairs and follows.
    const desk = await p.org.waitFor(() => true);
    expect(desk.standby).toBeNull();
    expect(readRemembered(p.t.dataDir).standby).toBeUndefined();
    const dir = tempDir();
    dirs.push(dir);
    const standby = await startStandby(p, dir);
    await caughtUp(p, standby);
    await standby.close();
    p.juror.close();
    p.org.close();
    await p.t.stop();
  }, 60_000);
});
