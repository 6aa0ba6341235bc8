// Every connection learns where the venue lives as soon as it changes, not with the next
// commit: a screen, an audience phone (/publik), a people's-choice phone, a juror's pad and
// the desk, all connected to the primary before a standby pairs, get the standby's address
// while nothing is committed (each view keeps the version it had). A primary that learns it
// was replaced (it can commit nothing any more) tells its screens and phones the same way,
// so they go looking for the new primary instead of showing a stale view.
import { afterAll, describe, expect, it } from 'vitest';
import type { VenueInfo } from '../../shared/contract/replica.js';
import type { ScreenPatch } from '../../shared/contract/screen-patch.js';
import {
  connect,
  expectOk,
  removeDir,
  startTestServer,
  type Client,
  type TestServer,
} from '../helpers/server.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

/** The primary's clients, connected before anything pairs, with the versions they hold. */
async function connectAll(primary: TestServer) {
  const org = await connect(primary.url, 'organizer', { key: primary.server.organizerKey });
  const desk = await org.waitFor(() => true);
  const pin = desk.jurors.find((j) => j.id === 'j-a1')!.pin;
  const clients = {
    screen: await connect(primary.url, 'screen', { name: 'utama' }),
    phone: await connect(primary.url, 'screen', { name: 'publik' }),
    voter: await connect(primary.url, 'voter', {}),
    pad: await connect(primary.url, 'juror', { pin }),
  };
  const held = {
    screen: await clients.screen.waitFor(() => true),
    phone: await clients.phone.waitFor(() => true),
    voter: await clients.voter.waitFor(() => true),
    pad: await clients.pad.waitFor(() => true),
  };
  return { org, desk, clients, held };
}

type Carrier = { venue: VenueInfo };
const venueOf = <S extends Carrier>(
  c: Client<'screen' | 'voter' | 'juror'>,
  pred: (v: VenueInfo) => boolean,
) =>
  (c as unknown as Client<'voter'>).waitFor((s) => pred(s.venue), 10_000) as unknown as Promise<S>;

describe('where the venue lives reaches every connection at once', () => {
  it('a standby pairing reaches screens, phones, pads and the desk with no commit in between', async () => {
    const primary = await startTestServer();
    dirs.push(primary.dataDir);
    const { org, desk, clients, held } = await connectAll(primary);
    // Nothing paired yet: every connection knows the primary alone.
    for (const s of [desk, ...Object.values(held)])
      expect(s.venue.addresses).toEqual([primary.url]);

    const { code } = expectOk(await org.call('standby:pairing', {}));
    const standby = await startTestServer({
      seedDemo: false,
      standbyOf: { url: primary.url, code },
    });
    dirs.push(standby.dataDir);
    const both = [primary.url, standby.url];
    const paired = (v: VenueInfo) => v.addresses.length === 2;

    const deskNow = await org.waitFor((s) => paired(s.venue), 10_000);
    const screen = await venueOf<typeof held.screen>(clients.screen, paired);
    const phone = await venueOf<typeof held.phone>(clients.phone, paired);
    const voter = await venueOf<typeof held.voter>(clients.voter, paired);
    const pad = await venueOf<typeof held.pad>(clients.pad, paired);
    for (const s of [deskNow, screen, phone, voter, pad]) {
      expect(s.venue.addresses).toEqual(both);
      expect(s.venue.role).toBe('primary');
      expect(s.venue.epoch).toBe(desk.venue.epoch);
    }
    // No commit in between: the views are the very versions held before the pairing.
    expect(deskNow.version).toBe(desk.version);
    expect(screen.version).toBe(held.screen.version);
    expect(phone.version).toBe(held.phone.version);
    expect(pad.version).toBe(held.pad.version);

    // The next commit still reaches the screen as a patch onto the view it holds.
    const patched = new Promise<ScreenPatch>((resolve) =>
      clients.screen.socket.once('patch', resolve),
    );
    expectOk(
      await org.call('entry:transition', {
        entryId: 'e001',
        stageId: 'presentasi',
        action: 'open',
      }),
    );
    expect((await patched).base).toBe(screen.version);
    const after = await clients.screen.waitFor((s) => s.version > screen.version);
    expect(after.venue.addresses).toEqual(both);

    for (const c of [org, ...Object.values(clients)]) c.close();
  }, 60_000);

  it('a primary that learns it was replaced tells its screens, phones and pads, with no commit', async () => {
    const primary = await startTestServer();
    dirs.push(primary.dataDir);
    const { org, desk, clients, held } = await connectAll(primary);
    const { code } = expectOk(await org.call('standby:pairing', {}));
    const standby = await startTestServer({
      seedDemo: false,
      standbyOf: { url: primary.url, code },
    });
    dirs.push(standby.dataDir);
    const sDesk = await connect(standby.url, 'organizer', { key: standby.server.organizerKey });
    await sDesk.waitFor((s) => s.following?.connected === true, 10_000);
    expectOk(await sDesk.call('standby:takeover', { confirm: true }));

    // The old primary can commit nothing any more; its connections still learn that it was
    // replaced, and so leave it for the new primary (socket-client.ts, venue-follow.ts).
    const replaced = (v: VenueInfo) => v.replaced;
    const screen = await venueOf<typeof held.screen>(clients.screen, replaced);
    const phone = await venueOf<typeof held.phone>(clients.phone, replaced);
    const voter = await venueOf<typeof held.voter>(clients.voter, replaced);
    const pad = await venueOf<typeof held.pad>(clients.pad, replaced);
    for (const s of [screen, phone, voter, pad]) {
      expect(s.venue.epoch).toBe(desk.venue.epoch);
      expect(s.venue.addresses).toEqual([primary.url, standby.url]);
    }
    expect(screen.version).toBe(held.screen.version);
    expect(phone.version).toBe(held.phone.version);
    expect(pad.version).toBe(held.pad.version);

    for (const c of [org, sDesk, ...Object.values(clients)]) c.close();
  }, 60_000);
});
