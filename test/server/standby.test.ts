// Hot standby on real servers and a real SQLite file each: a standby pairs with the code,
// copies the festival and follows it; while it is attached a juror's sheet is acknowledged
// only once the standby has it; the standby refuses writes; after a take-over (epoch + 1)
// the old primary, restarted on its folder, refuses writes with REPLACED.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { dbFileName } from '../../electron/server/db/connection.js';
import { startVenueServer, type VenueServer } from '../../electron/server/venue-server.js';
import { DomainError, errorMessages } from '../../shared/contract/errors.js';
import { freePort } from '../helpers/child-server.js';
import {
  connect,
  expectOk,
  quietLog,
  removeDir,
  startTestServer,
  submissionId,
  tempDir,
} from '../helpers/server.js';
import { demoValues as values } from '../helpers/demo-desk.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

let lastStandbyDir = '';
function startStandby(url: string, code: string): Promise<VenueServer> {
  const dataDir = tempDir();
  lastStandbyDir = dataDir;
  dirs.push(dataDir);
  return startVenueServer({
    dataDir,
    port: 0,
    host: '127.0.0.1',
    log: quietLog,
    standbyOf: { url, code },
  });
}

describe('hot standby', () => {
  it('copies, follows, gates acknowledgements, refuses writes, takes over, and the old primary is replaced', async () => {
    const primary = await startTestServer();
    dirs.push(primary.dataDir);
    const org = await connect(primary.url, 'organizer', { key: primary.server.organizerKey });
    const snap0 = await org.waitFor(() => true);
    expect(snap0.venue).toMatchObject({ epoch: 1, role: 'primary', replaced: false });
    expect(snap0.standby).toBeNull();
    const pairing = expectOk(await org.call('standby:pairing', {}));
    expect(pairing.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);

    // A wrong code is refused: a DomainError with the primary's code (the shell names it).
    await expect(startStandby(primary.url, 'AAAA-BBBB-CCCC')).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
      message: expect.stringMatching(/primary refused the standby: UNAUTHORIZED/),
    });

    const standby = await startStandby(primary.url, pairing.code);
    const standbyUrl = standby.urls.local;
    const attached = await org.waitFor((s) => s.standby?.connected === true, 10_000);
    expect(attached.standby?.address).toBe(standbyUrl);
    expect(attached.venue.addresses).toEqual([primary.url, standbyUrl]);

    // Score on the primary: the acknowledgement means the standby has the sheet.
    const pin = snap0.jurors.find((j) => j.id === 'j-a1')!.pin;
    const juror = await connect(primary.url, 'juror', { pin });
    expectOk(await org.call('panel:present', { panelId: 'panel-a', entryId: 'e001' }));
    expectOk(
      await org.call('entry:transition', {
        entryId: 'e001',
        stageId: 'presentasi',
        action: 'open',
      }),
    );
    const id = submissionId();
    const saved = expectOk(
      await juror.call('sheet:save', {
        submissionId: id,
        entryId: 'e001',
        stageId: 'presentasi',
        status: 'submitted',
        values,
        comment: '',
      }),
    );
    // Read the standby's file at once: the acknowledgement waited for its commit.
    const file = new Database(join(lastStandbyDir, dbFileName), { readonly: true });
    const stored = file.prepare('SELECT COUNT(*) AS n FROM sheet_version WHERE submission_id = ?');
    expect((stored.get(id) as { n: number }).n).toBe(1);
    file.close();
    const sOrg = await connect(standbyUrl, 'organizer', { key: standby.organizerKey });
    const onStandby = await sOrg.waitFor(
      (s) => s.progress['presentasi']?.['e001']?.['j-a1'] === 'submitted',
      5000,
    );
    expect(onStandby.venue).toMatchObject({ role: 'standby', epoch: 1 });
    expect(onStandby.following?.primary).toBe(primary.url);
    expect(saved.duplicate).toBe(false);

    // The standby is read-only.
    const refused = await sOrg.call('release:set', { privacy: 'live' });
    expect(refused.ok ? null : refused.code).toBe('STANDBY');

    // The primary dies; a person takes over on the standby.
    juror.close();
    org.close();
    await primary.stop();
    const taken = expectOk(await sOrg.call('standby:takeover', { confirm: true }));
    expect(taken.epoch).toBe(2);
    const promoted = await sOrg.waitFor((s) => s.venue.role === 'primary' && s.venue.epoch === 2);
    expect(promoted.following).toBeNull();
    const pad = await connect(standbyUrl, 'juror', { pin });
    const resend = expectOk(
      await pad.call('sheet:save', {
        submissionId: id,
        entryId: 'e001',
        stageId: 'presentasi',
        status: 'submitted',
        values,
        comment: '',
      }),
    );
    expect(resend.duplicate).toBe(true);
    expectOk(await sOrg.call('release:set', { privacy: 'live' }));

    // The old primary comes back on its folder: it learns of epoch 2 and refuses writes.
    const again = await startTestServer({ dataDir: primary.dataDir });
    const oldOrg = await connect(again.url, 'organizer', { key: again.server.organizerKey });
    const oldSnap = await oldOrg.waitFor(() => true);
    expect(oldSnap.venue.replaced).toBe(true);
    const stale = await oldOrg.call('release:set', { privacy: 'hidden' });
    expect(stale.ok ? null : stale.code).toBe('REPLACED');

    oldOrg.close();
    pad.close();
    sOrg.close();
    await again.stop();
    await standby.close();
  }, 60_000);

  it('fails its start with PRIMARY_UNREACHABLE when nothing answers at the address', async () => {
    const url = `http://127.0.0.1:${await freePort()}`; // closed: refused at once
    const failed = await startStandby(url, 'AAAA-BBBB-CCCC').then(
      () => null,
      (err: unknown) => err,
    );
    // A DomainError the shell names in the organizer's language, the address in its details.
    expect(failed).toBeInstanceOf(DomainError);
    expect(failed).toMatchObject({
      code: 'PRIMARY_UNREACHABLE',
      details: [expect.stringContaining(`${url}: `)],
    });
    // The headless server prints its message: both languages.
    const { message } = failed as Error;
    expect(message).toContain(errorMessages.PRIMARY_UNREACHABLE.id);
    expect(message).toContain(errorMessages.PRIMARY_UNREACHABLE.en);
  });
});
