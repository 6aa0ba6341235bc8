// The benchmark's breakdown of a sheet's time in the server: the steps the server publishes
// on its diagnostics channel (push-trace.ts) for a real sheet on a real server, and how
// push-path.ts pairs them into one path per sheet.
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushTraceChannel, type PushTrace } from '../../electron/server/push-trace.js';
import { pathSince, sheetPaths } from '../../electron/server/sim/bench/push-path.js';
import { demoJuror, demoSheet, demoStage } from '../helpers/demo-desk.js';
import {
  connect,
  expectOk,
  removeDir,
  startTestServer,
  type TestServer,
} from '../helpers/server.js';

const at = (step: PushTrace['step'], revision: number, t: number): PushTrace => ({
  step,
  revision,
  at: t,
});

describe('sheetPaths', () => {
  it("splits each committed sheet's time into its legs", () => {
    const path = sheetPaths(
      [
        at('received', 5, 10),
        at('committed', 5, 11),
        at('durable', 4, 11.5), // an earlier commit's sync: not this sheet's
        at('received', 6, 12),
        at('committed', 6, 12.5),
        at('durable', 5, 13),
        at('durable', 6, 14),
        at('fan-out', 5, 15), // sheet 5's view; sheet 6 was on the disk only at 14
        at('fanned', 5, 18),
        at('fan-out', 6, 19),
        at('fanned', 6, 25),
        at('received', 7, 26), // still under way when the run ended: left out
        at('committed', 7, 27),
      ],
      1000,
    );
    expect(path).toEqual({
      startedAt: [1010, 1012],
      commit: [1, 0.5],
      disk: [2, 1.5],
      build: [2, 5],
      fanOut: [3, 6],
      whole: [8, 13],
    });
  });

  it('counts a later view for a sheet whose push was coalesced with the next', () => {
    const path = sheetPaths([
      at('received', 8, 0),
      at('committed', 8, 1),
      at('received', 9, 1),
      at('committed', 9, 2),
      at('durable', 9, 3),
      at('fan-out', 9, 4),
      at('fanned', 9, 6),
    ]);
    expect(path.whole).toEqual([6, 5]);
    expect(path.disk).toEqual([2, 1]);
    // The warm-up left out by when the save began, every leg alike.
    expect(pathSince(path, 0.5)).toEqual({
      startedAt: [1],
      commit: [1],
      disk: [1],
      build: [1],
      fanOut: [2],
      whole: [5],
    });
  });
});

describe('the steps a real sheet publishes', () => {
  let t: TestServer;
  const steps: PushTrace[] = [];
  const listener = (m: unknown) => steps.push(m as PushTrace);
  beforeAll(async () => {
    t = await startTestServer();
    subscribe(pushTraceChannel, listener);
  });
  afterAll(async () => {
    unsubscribe(pushTraceChannel, listener);
    await t.stop();
    removeDir(t.dataDir);
  });

  it('received, committed, on the disk, then the screens written, in that order', async () => {
    const org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
    const screen = await connect(t.url, 'screen', { name: 'utama' });
    try {
      const snap = await org.waitFor(() => true);
      await screen.waitFor(() => true);
      expectOk(await org.call('panel:present', { panelId: 'panel-a', entryId: 'e001' }));
      expectOk(
        await org.call('entry:transition', { entryId: 'e001', stageId: demoStage, action: 'open' }),
      );
      const pad = await connect(t.url, 'juror', { pin: demoJuror(snap, 'j-a1').pin });
      try {
        await pad.waitFor(() => true);
        expectOk(await pad.call('sheet:save', demoSheet()));
      } finally {
        pad.close();
      }
      const revision = steps.find((s) => s.step === 'committed')?.revision ?? -1;
      expect(revision).toBeGreaterThan(0);
      // The screen got the view holding the sheet: its fan-out has been published.
      await screen.waitFor((s) => s.version >= revision);
      await expect.poll(() => sheetPaths(steps).whole.length).toBe(1);
      const mine = (step: PushTrace['step']) =>
        steps.find((s) => s.step === step && s.revision >= revision)?.at ?? NaN;
      const order = ['received', 'committed', 'durable', 'fan-out', 'fanned'] as const;
      const times = order.map(mine);
      expect(times.every(Number.isFinite)).toBe(true);
      expect([...times].sort((a, b) => a - b)).toEqual(times);
    } finally {
      org.close();
      screen.close();
    }
  });
});
