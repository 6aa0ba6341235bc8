// A primary that is still running when its standby takes over (the organizer pressed
// "Ambil alih" though the primary was alive): nobody tells it, it learns from its standby's
// address that a newer epoch is primary, and from then on refuses every write with
// REPLACED. A sheet racing the take-over is acknowledged only if the standby has it.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { dbFileName } from '../../electron/server/db/connection.js';
import { startVenueServer } from '../../electron/server/venue-server.js';
import {
  connect,
  expectOk,
  quietLog,
  removeDir,
  startTestServer,
  tempDir,
} from '../helpers/server.js';
import { demoSheet } from '../helpers/demo-desk.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

describe('a running primary whose standby took over', () => {
  it('learns it was replaced and acknowledges nothing the new primary lacks', async () => {
    const primary = await startTestServer();
    dirs.push(primary.dataDir);
    const org = await connect(primary.url, 'organizer', { key: primary.server.organizerKey });
    const snap = await org.waitFor(() => true);
    const { code } = expectOk(await org.call('standby:pairing', {}));
    const standbyDir = tempDir();
    dirs.push(standbyDir);
    const standby = await startVenueServer({
      dataDir: standbyDir,
      port: 0,
      host: '127.0.0.1',
      log: quietLog,
      standbyOf: { url: primary.url, code },
    });
    await org.waitFor((s) => s.standby?.connected === true, 10_000);
    expectOk(
      await org.call('entry:transition', {
        entryId: 'e001',
        stageId: 'presentasi',
        action: 'open',
      }),
    );
    const juror = await connect(primary.url, 'juror', {
      pin: snap.jurors.find((j) => j.id === 'j-a1')!.pin,
    });
    const sheet = () => demoSheet();
    const sDesk = await connect(standby.urls.local, 'organizer', { key: standby.organizerKey });
    await sDesk.waitFor((s) => s.following?.connected === true, 10_000);

    // A sheet sent while the standby takes over: whatever the timing, an acknowledgement
    // means the new primary has it.
    const racing = sheet();
    const [raced, taken] = await Promise.all([
      juror.call('sheet:save', racing),
      sDesk.call('standby:takeover', { confirm: true }),
    ]);
    expect(expectOk(taken).epoch).toBe(snap.venue.epoch + 1);
    const file = new Database(join(standbyDir, dbFileName), { readonly: true });
    const onStandby = file.prepare(
      'SELECT COUNT(*) AS n FROM sheet_version WHERE submission_id = ?',
    );
    if (raced.ok) expect((onStandby.get(racing.submissionId) as { n: number }).n).toBe(1);
    else expect(raced.code).toBe('REPLACED');

    // The old primary learns it by itself and refuses from then on.
    const replaced = await org.waitFor((s) => s.venue.replaced, 10_000);
    expect(replaced.venue.epoch).toBe(snap.venue.epoch);
    const late = sheet();
    const refused = await juror.call('sheet:save', late);
    expect(refused.ok ? null : refused.code).toBe('REPLACED');
    expect((onStandby.get(late.submissionId) as { n: number }).n).toBe(0);
    const health = (await (await fetch(`${primary.url}/api/health`)).json()) as {
      venue: { replaced: boolean };
    };
    expect(health.venue.replaced).toBe(true);
    file.close();

    juror.close();
    org.close();
    sDesk.close();
    await standby.close();
    await primary.stop();
  }, 60_000);
});
