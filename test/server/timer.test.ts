// The stage clock over the protocol: throwing away a segment under way needs `confirm`,
// resume only restarts a paused segment, and locking the entry on stage stops the clock
// for good (segment `done`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrganizerSnapshot } from '../../shared/contract/views.js';
import type { PanelTimer } from '../../shared/model.js';
import {
  connect,
  expectOk,
  removeDir,
  startTestServer,
  type Client,
  type TestServer,
} from '../helpers/server.js';

const panelId = 'panel-b';
const stageId = 'presentasi';
let t: TestServer;
let org: Client<'organizer'>;
let entryId = '';

const timerOf = (s: OrganizerSnapshot): PanelTimer | undefined =>
  s.live.find((l) => l.panelId === panelId)?.timer;
const timer = (action: 'start-presentation' | 'start-qa' | 'pause' | 'resume' | 'reset') =>
  org.call('timer:control', { panelId, action });

beforeAll(async () => {
  t = await startTestServer();
  org = await connect(t.url, 'organizer', { key: t.server.organizerKey });
  const snap = await org.waitFor(() => true);
  const entry = snap.entries.find((e) => e.panelId === panelId);
  if (!entry) throw new Error('no entry on panel B');
  entryId = entry.id;
  expectOk(await org.call('panel:present', { panelId, entryId }));
});
afterAll(async () => {
  org.close();
  await t.stop();
  removeDir(t.dataDir);
});

describe('the stage clock', () => {
  it('refuses to reset or restart a running Q&A without confirm, and changes nothing', async () => {
    expectOk(await timer('start-presentation'));
    expectOk(await timer('start-qa'));
    const before = timerOf(await org.waitFor((s) => timerOf(s)?.segment === 'qa'));
    for (const action of ['reset', 'start-qa', 'start-presentation'] as const) {
      const res = await timer(action);
      expect(res.ok).toBe(false);
      if (!res.ok) expect(res.code).toBe('TIMER_RUNNING');
    }
    // A later accepted call shows the refused ones left the clock as it was.
    expectOk(await timer('pause'));
    const paused = timerOf(await org.waitFor((s) => timerOf(s)?.runningSince === null));
    expect(paused?.segment).toBe('qa');
    expect(paused?.durationMs).toBe(before?.durationMs);
    expect(paused?.elapsedMs).toBeGreaterThanOrEqual(before?.elapsedMs ?? Infinity);
  });

  it('resets a Q&A under way when the call confirms it', async () => {
    expectOk(await org.call('timer:control', { panelId, action: 'reset', confirm: true }));
    const idle = timerOf(await org.waitFor((s) => timerOf(s)?.segment === 'idle'));
    expect(idle).toMatchObject({ runningSince: null, elapsedMs: 0 });
  });

  it('resumes only a paused segment: resume on an idle clock starts nothing', async () => {
    const before = await org.waitFor((s) => timerOf(s)?.segment === 'idle');
    expectOk(await timer('resume'));
    const after = await org.waitFor((s) => s.version > before.version);
    expect(timerOf(after)).toEqual(timerOf(before));
    expectOk(await timer('start-presentation'));
    const started = await org.waitFor((s) => timerOf(s)?.segment === 'presentation');
    expect(timerOf(started)?.runningSince).not.toBeNull();
  });

  it('stops the clock for good when the entry on stage is locked', async () => {
    expectOk(await org.call('entry:transition', { entryId, stageId, action: 'open' }));
    expectOk(
      await org.call('entry:transition', {
        entryId,
        stageId,
        action: 'lock',
        reason: 'Uji jam berhenti saat dikunci',
      }),
    );
    const locked = await org.waitFor((s) => s.phases[stageId]?.[entryId] === 'locked');
    const stopped = timerOf(locked);
    expect(stopped?.segment).toBe('done');
    expect(stopped?.runningSince).toBeNull();
    expect(stopped?.elapsedMs).toBeGreaterThan(0);
    // Nothing resumes a stopped clock.
    expectOk(await timer('resume'));
    expectOk(await timer('pause'));
    const after = await org.waitFor((s) => s.version > locked.version);
    expect(timerOf(after)).toEqual(stopped);
  });
});
