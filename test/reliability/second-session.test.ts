// A juror's PIN in a second device's hands never takes over silently: while the juror's
// pad is connected, another device is refused (SESSION_ACTIVE), the pad's sheets stay as
// the juror left them, and the desk is alarmed. The same pad reconnecting over its own
// stale connection (a half-open Wi-Fi link) is let in, and the stale one is closed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrganizerSnapshot } from '../../shared/contract/views.js';
import {
  connect,
  expectOk,
  removeDir,
  startTestServer,
  submissionId,
  type Client,
  type TestServer,
} from '../helpers/server.js';

let t: TestServer;
let org: Client<'organizer'>;
let snap: OrganizerSnapshot;

beforeAll(async () => {
  t = await startTestServer();
  org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
  snap = await org.waitFor(() => true);
});
afterAll(async () => {
  org.close();
  await t.stop();
  removeDir(t.dataDir);
});

const refusal = async (p: Promise<Client<'juror'>>) => {
  try {
    (await p).close();
    return 'connected';
  } catch (err) {
    return (err as { data?: { code?: string } }).data?.code ?? (err as Error).message;
  }
};

describe('a second live session for one juror', () => {
  it('is refused, leaves the juror’s sheet alone and alarms the desk', async () => {
    const stageId = snap.stages[0]!.id;
    const juror = snap.jurors.find((j) => j.id === 'j-a1')!;
    const entry = snap.entries.find((e) => e.panelId === juror.panelId)!;
    expectOk(await org.call('entry:transition', { entryId: entry.id, stageId, action: 'open' }));
    const device = 'pad-of-juror-a1-0001';
    const pad = await connect(t.url, 'juror', { token: juror.token, device });
    await pad.waitFor(() => true);
    const full = Object.fromEntries(snap.stages[0]!.criteria.map((c) => [c.id, c.maxX100]));
    const saved = {
      submissionId: submissionId(),
      entryId: entry.id,
      stageId,
      status: 'submitted' as const,
      values: full,
      comment: 'nilai saya',
    };
    expectOk(await pad.call('sheet:save', saved));

    // Someone who found the PIN, from another laptop, with and without a device id.
    expect(
      await refusal(connect(t.url, 'juror', { pin: juror.pin }, { localAddress: '127.0.3.9' })),
    ).toBe('SESSION_ACTIVE');
    expect(
      await refusal(
        connect(
          t.url,
          'juror',
          { pin: juror.pin, device: 'attacker-device-0001' },
          {
            localAddress: '127.0.3.9',
          },
        ),
      ),
    ).toBe('SESSION_ACTIVE');
    const alarmed = await org.waitFor((s) =>
      s.alarms.some((a) => a.code === `SECOND_DEVICE_${juror.id}`),
    );
    const alarm = alarmed.alarms.find((a) => a.code === `SECOND_DEVICE_${juror.id}`)!;
    expect(alarm.messages.id).toContain('perangkat kedua (127.0.3.9)');
    expect(alarm.messages.en).toContain('a second device (127.0.3.9)');
    // The pad is still connected and its sheet is the one it submitted.
    expect(pad.socket.connected).toBe(true);
    const history = expectOk(
      await org.call('sheet:history', { jurorId: juror.id, entryId: entry.id, stageId }),
    );
    expect(history.map((h) => h.comment)).toEqual(['nilai saya']);

    // The same pad reconnecting while the server still holds its old connection.
    const dropped = new Promise<void>((r) => pad.socket.once('disconnect', () => r()));
    const again = await connect(t.url, 'juror', { token: juror.token, device });
    await dropped;
    expect((await again.waitFor(() => true)).juror.id).toBe(juror.id);
    again.close();
  });
});
