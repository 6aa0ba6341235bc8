// The fan-out's documented bound (docs/PERFORMANCE.md, "Fan-out off the acknowledgement's
// path"): the screens are written in slices of `screensPerSlice`, one per event-loop turn
// (turns.ts), so a juror's sheet arriving while a commit's patch goes out to many screens
// is read, committed and acknowledged before that fan-out ends, not after it. The test
// holds four slices' worth of real screen connections, sends a second sheet the moment the
// first screen has the first sheet's patch, and counts how many screens had that patch
// when the second sheet's acknowledgement came back: fewer than all of them. Written in
// one turn (a single broadcast), every screen would have it first. The disk's sync is
// instant here: it runs beside the fan-out in the thread pool (db/durability.ts), so a
// slow disk could end the fan-out before the ack whatever the lane does, and the lane is
// what this test is about.
import { io, type Socket } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import { namespaces } from '../../shared/contract/events.js';
import { screensPerSlice } from '../../electron/server/realtime/screen-pushes.js';
import { demoStage, demoValues } from '../helpers/demo-desk.js';
import { connect, expectOk, startTestServer, submissionId } from '../helpers/server.js';

const slices = 4;
const count = screensPerSlice * slices;
const sockets: Socket[] = [];
afterAll(() => sockets.forEach((s) => s.close()));

/** A screen connection that keeps only the newest version it was sent. */
function screen(url: string): Promise<{ version: () => number }> {
  const socket = io(`${url}${namespaces.screen}`, {
    auth: { name: 'utama' },
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
  });
  sockets.push(socket);
  let version = -1;
  const seen = (m: { version: number }) => {
    version = Math.max(version, m.version);
  };
  socket.on('patch', seen);
  return new Promise((resolve, reject) => {
    socket.once('connect_error', reject);
    socket.once('snapshot', (m: { version: number }) => {
      seen(m);
      socket.on('snapshot', seen);
      resolve({ version: () => version });
    });
  });
}

describe('screen fan-out in slices', () => {
  it(`acknowledges a sheet that arrives during a fan-out to ${count} screens before the fan-out ends`, async () => {
    const t = await startTestServer({ syncDisk: async () => {} });
    const org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
    const desk = await org.waitFor(() => true);
    const entryId = 'e003';
    expectOk(await org.call('panel:present', { panelId: 'panel-a', entryId }));
    expectOk(await org.call('entry:transition', { entryId, stageId: demoStage, action: 'open' }));
    const row = desk.progress[demoStage]?.[entryId] ?? {};
    const [first, second] = Object.keys(row).filter((j) => row[j] !== 'recused');
    const pinOf = (id: string | undefined) => desk.jurors.find((j) => j.id === id)?.pin ?? '';
    const padA = await connect(t.url, 'juror', { pin: pinOf(first) });
    const padB = await connect(t.url, 'juror', { pin: pinOf(second) });

    const screens: Array<{ version: () => number }> = [];
    for (let i = 0; i < count; i += 25)
      screens.push(...(await Promise.all(Array.from({ length: 25 }, () => screen(t.url)))));
    // Everything the connections caused has gone out: the screens all hold one version.
    const settled = () => new Set(screens.map((s) => s.version())).size === 1;
    await expect.poll(settled, { timeout: 10_000 }).toBe(true);
    const before = screens[0]!.version();

    const sheet = (pad: typeof padA) =>
      pad.call('sheet:save', {
        submissionId: submissionId(),
        entryId,
        stageId: demoStage,
        status: 'submitted',
        values: demoValues,
        comment: '',
      });
    // The second sheet leaves the moment the first screen has the first sheet's patch.
    const firstPatch = new Promise<void>((resolve) =>
      sockets.forEach((s) => s.once('patch', () => resolve())),
    );
    const a = sheet(padA);
    await firstPatch;
    const haveAWhenBSent = screens.filter((s) => s.version() > before).length;
    expectOk(await sheet(padB));
    const haveAWhenBAcked = screens.filter((s) => s.version() > before).length;
    expectOk(await a);

    expect(haveAWhenBSent).toBeGreaterThan(0);
    expect(haveAWhenBAcked).toBeLessThan(count);
    // And the fan-out does end: every screen gets both sheets.
    await expect
      .poll(() => screens.filter((s) => s.version() > before + 1).length, { timeout: 10_000 })
      .toBe(count);
    padA.close();
    padB.close();
    org.close();
  });
});
