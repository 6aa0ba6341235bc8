// The organizer desk's report calls against a real server: audit:list filtered by action
// (exact or prefix), actor, target and time, paged with beforeId; sheets:list gives the
// current version of every sheet of a stage; both refuse bad input and other audiences.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  connect,
  expectOk,
  removeDir,
  startTestServer,
  submissionId,
  type Client,
  type TestServer,
} from '../helpers/server.js';

let srv: TestServer;
let org: Client<'organizer'>;
let pad: Client<'juror'>;
const STAGE = 'presentasi';

beforeAll(async () => {
  srv = await startTestServer();
  org = await connect(srv.url, 'organizer', { key: srv.server.organizerKey });
  const snap = await org.waitFor(() => true);
  const juror = snap.jurors.find((j) => j.id === 'j-a1')!;
  pad = await connect(srv.url, 'juror', { pin: juror.pin });
  const entries = snap.entries
    .filter((e) => e.panelId === 'panel-a')
    .sort((a, b) => a.order - b.order)
    .slice(0, 2);
  const criteria = snap.stages[0]!.criteria;
  for (const e of entries) {
    expectOk(await org.call('entry:transition', { entryId: e.id, stageId: STAGE, action: 'open' }));
    const values = Object.fromEntries(criteria.map((c) => [c.id, 800]));
    expectOk(
      await pad.call('sheet:save', {
        submissionId: submissionId(),
        entryId: e.id,
        stageId: STAGE,
        status: 'submitted',
        values,
        comment: '',
      }),
    );
    expectOk(
      await pad.call('sheet:save', {
        submissionId: submissionId(),
        entryId: e.id,
        stageId: STAGE,
        status: 'submitted',
        values: { ...values, [criteria[0]!.id]: 900 },
        comment: 'v2',
      }),
    );
    expectOk(
      await org.call('entry:transition', {
        entryId: e.id,
        stageId: STAGE,
        action: 'lock',
        reason: 'Uji: satu juri saja',
      }),
    );
  }
});

afterAll(async () => {
  pad?.close();
  org?.close();
  await srv?.stop();
  if (srv) removeDir(srv.dataDir);
});

describe('audit:list', () => {
  it('filters by exact action and by prefix, newest first', async () => {
    const locks = expectOk(await org.call('audit:list', { action: 'entry.lock' }));
    expect(locks.rows).toHaveLength(2);
    expect(locks.rows.every((r) => r.action === 'entry.lock')).toBe(true);
    expect(locks.rows[0]!.id).toBeGreaterThan(locks.rows[1]!.id);
    expect(locks.rows[0]).toMatchObject({ old: 'scoring', new: 'locked' });
    const entry = expectOk(await org.call('audit:list', { action: 'entry.' }));
    expect(new Set(entry.rows.map((r) => r.action))).toEqual(new Set(['entry.open', 'entry.lock']));
    expect(expectOk(await org.call('audit:list', { action: 'entry%' })).rows).toHaveLength(0);
  });

  it('filters by actor, target and time, and pages with beforeId', async () => {
    const all = expectOk(await org.call('audit:list', { actor: 'organizer@' }));
    expect(all.rows.length).toBeGreaterThanOrEqual(4);
    const target = all.rows.find((r) => r.action === 'entry.lock')!.target;
    expect(
      expectOk(await org.call('audit:list', { target })).rows.every((r) =>
        r.target.includes(target),
      ),
    ).toBe(true);
    expect(
      expectOk(await org.call('audit:list', { since: Date.now() + 60_000 })).rows,
    ).toHaveLength(0);
    const first = expectOk(await org.call('audit:list', { actor: 'organizer@', limit: 2 }));
    expect(first.rows).toHaveLength(2);
    expect(first.more).toBe(true);
    const next = expectOk(
      await org.call('audit:list', { actor: 'organizer@', limit: 2, beforeId: first.rows[1]!.id }),
    );
    expect(next.rows[0]!.id).toBeLessThan(first.rows[1]!.id);
  });

  it('refuses bad input and is not offered to jurors', async () => {
    const bad = await org.call('audit:list', { limit: 0 });
    expect(bad.ok).toBe(false);
    const res = await new Promise<{ ok: boolean; code?: string }>((r) =>
      pad.socket.emit('audit:list', {}, r),
    );
    expect(res.ok).toBe(false);
  });
});

describe('sheets:list', () => {
  it('gives the current version of every sheet of a stage', async () => {
    const rows = expectOk(await org.call('sheets:list', { stageId: STAGE }));
    expect(rows).toHaveLength(2);
    for (const r of rows)
      expect(r).toMatchObject({
        jurorId: 'j-a1',
        version: 2,
        status: 'submitted',
        comment: 'v2',
        author: 'juror',
      });
    const unknown = await org.call('sheets:list', { stageId: 'nope' });
    expect(unknown.ok ? null : unknown.code).toBe('NOT_FOUND');
  });
});
