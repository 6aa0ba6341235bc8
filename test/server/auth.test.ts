// Who may connect, and what happens to a juror whose code is revoked or re-issued.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import type { OrganizerSnapshot } from '../../shared/contract/views.js';
import {
  connect,
  expectOk,
  removeDir,
  startTestServer,
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

const refusal = async (p: Promise<unknown>) => {
  try {
    await p;
    return 'connected';
  } catch (err) {
    return ((err as { data?: { code?: string } }).data?.code ?? (err as Error).message) as string;
  }
};

describe('handshake authentication', () => {
  it('refuses a wrong organizer key and a missing one', async () => {
    expect(await refusal(connect(t.url, 'organizer', { key: 'not-the-key' }))).toBe('UNAUTHORIZED');
    expect(await refusal(connect(t.url, 'organizer', {}))).toBe('UNAUTHORIZED');
  });

  it('joins a juror by PIN and by QR token; refuses unknown and malformed codes', async () => {
    const j = snap.jurors[0];
    if (!j) throw new Error('no juror');
    // One device at a time (a second live device is refused: second-session.test.ts).
    const byPin = await connect(t.url, 'juror', { pin: j.pin, device: 'device-by-pin-0001' });
    expect((await byPin.waitFor(() => true)).juror.id).toBe(j.id);
    const byToken = await connect(t.url, 'juror', {
      token: j.token,
      device: 'device-by-pin-0001',
    });
    expect((await byToken.waitFor(() => true)).juror.token).toBe(j.token);
    byToken.close();
    // PINs are printed in groups; spaces and dashes typed with them are ignored.
    const grouped = j.pin.replace(/(\d{3})(?=\d)/g, '$1 ');
    const byGroups = await connect(t.url, 'juror', { pin: grouped, device: 'device-by-pin-0001' });
    expect((await byGroups.waitFor(() => true)).juror.id).toBe(j.id);
    byGroups.close();
    expect(await refusal(connect(t.url, 'juror', { token: 'x'.repeat(32) }))).toBe('UNAUTHORIZED');
    expect(await refusal(connect(t.url, 'juror', { pin: "1' OR 1=1" }))).toBe('UNAUTHORIZED');
  });

  it('throttles repeated wrong PINs from one address, even when the right PIN follows', async () => {
    // A fresh server, so earlier refusals from this address do not count.
    const t3 = await startTestServer();
    const org3 = await connect(t3.url, 'organizer', { key: t3.server.organizerKey });
    const j = (await org3.waitFor(() => true)).jurors[1];
    org3.close();
    if (!j) throw new Error('no juror');
    const wrong = (n: number) => String((Number(j.pin) + n) % 1_000_000_000).padStart(9, '0');
    const codes: string[] = [];
    for (let i = 1; i <= 6; i++)
      codes.push(await refusal(connect(t3.url, 'juror', { pin: wrong(i) })));
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('UNAUTHORIZED'));
    expect(codes[5]).toBe('THROTTLED');
    expect(await refusal(connect(t3.url, 'juror', { pin: j.pin }))).toBe('THROTTLED');
    await t3.stop();
    removeDir(t3.dataDir);
  });

  it('refuses a foreign Origin at the handshake', async () => {
    const socket = io(`${t.url}/screen`, {
      transports: ['polling'],
      extraHeaders: { Origin: 'http://evil.example' },
      reconnection: false,
      forceNew: true,
    });
    const outcome = await new Promise<string>((resolve) => {
      socket.once('connect', () => resolve('connected'));
      socket.once('connect_error', () => resolve('refused'));
    });
    socket.close();
    expect(outcome).toBe('refused');
  });
});

describe('revoking and re-issuing juror codes', () => {
  it('disconnects a revoked juror and refuses the old code; a re-issued code works', async () => {
    // A fresh server: the throttle test above blocked this test process's address.
    const t2 = await startTestServer();
    const org2 = await connect(t2.url, 'organizer', { key: t2.server.organizerKey });
    const s2 = await org2.waitFor(() => true);
    const j = s2.jurors.find((x) => x.id === 'j-b3');
    if (!j) throw new Error('no juror');
    const pad = await connect(t2.url, 'juror', { pin: j.pin });
    const dropped = new Promise<void>((resolve) => pad.socket.once('disconnect', () => resolve()));
    expectOk(await org2.call('juror:code', { jurorId: j.id, action: 'revoke' }));
    await dropped;
    // A revoked PIN answers like a wrong one (no oracle for guessers); its QR token says why.
    expect(await refusal(connect(t2.url, 'juror', { pin: j.pin }))).toBe('UNAUTHORIZED');
    expect(await refusal(connect(t2.url, 'juror', { token: j.token }))).toBe('REVOKED');
    const fresh = expectOk(await org2.call('juror:code', { jurorId: j.id, action: 'reissue' }));
    expect(fresh?.pin).toMatch(/^\d{9}$/);
    expect(fresh?.token).not.toBe(j.token);
    expect(await refusal(connect(t2.url, 'juror', { token: j.token }))).toBe('UNAUTHORIZED');
    const back = await connect(t2.url, 'juror', { pin: fresh?.pin ?? '' });
    expect((await back.waitFor(() => true)).juror.id).toBe(j.id);
    back.close();
    org2.close();
    await t2.stop();
    removeDir(t2.dataDir);
  });
});
