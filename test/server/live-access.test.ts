// What a juror or a screen may do in the demo festival over real sockets, with no festival
// day behind it: the seeded festival, and the refusals outside a juror's panel and role.
// The day itself (score, lock, correct, reveal, export, reconnect) is live-flow.test.ts.
import { describe, expect, it } from 'vitest';
import type { OrganizerSnapshot } from '../../shared/contract/views.js';
import { demoDeskForFile, demoJuror, demoStage } from '../helpers/demo-desk.js';
import { connect, submissionId, type TestServer } from '../helpers/server.js';

let t: TestServer;
let snap0: OrganizerSnapshot;
demoDeskForFile((desk) => ({ t, snap0 } = desk));

const stageId = demoStage;
const juror = (id: string) => demoJuror(snap0, id);

describe('live access', () => {
  it('seeds the demo festival: 67 entries, 4 categories, 2 panels', () => {
    expect(snap0.entries).toHaveLength(67);
    expect(snap0.categories).toHaveLength(4);
    expect(snap0.panels).toHaveLength(2);
    expect(snap0.jurors.every((j) => /^\d{9}$/.test(j.pin))).toBe(true);
  });

  it('a juror cannot touch another panel, a recused entry, or organizer events', async () => {
    const a2 = await connect(t.url, 'juror', { pin: juror('j-a2').pin });
    const snap = await a2.waitFor(() => true);
    const recused = snap0.entries.find((e) => e.institution === 'Dinas Komunikasi dan Informatika');
    expect(recused).toBeDefined();
    expect(snap.entries.some((e) => e.entry.id === recused?.id)).toBe(false);
    const r1 = await a2.call('sheet:save', {
      submissionId: submissionId(),
      entryId: recused?.id ?? '',
      stageId,
      status: 'draft',
      values: {},
      comment: '',
    });
    expect(r1.ok ? 'ok' : r1.code).toBe('RECUSED');
    const otherPanel = snap0.entries.find((e) => e.panelId === 'panel-b');
    const r2 = await a2.call('sheet:save', {
      submissionId: submissionId(),
      entryId: otherPanel?.id ?? '',
      stageId,
      status: 'draft',
      values: {},
      comment: '',
    });
    expect(r2.ok ? 'ok' : r2.code).toBe('NOT_YOUR_PANEL');
    const r3 = await (
      a2.call as (n: string, p: unknown) => Promise<{ ok: boolean; code?: string }>
    )('panel:present', { panelId: 'panel-a', entryId: 'e002' });
    expect(r3.code).toBe('FORBIDDEN');
    a2.close();
    const screen = await connect(t.url, 'screen', {});
    const r4 = await (
      screen.call as (n: string, p: unknown) => Promise<{ ok: boolean; code?: string }>
    )('sheet:save', {
      submissionId: submissionId(),
      entryId: 'e001',
      stageId,
      status: 'draft',
      values: {},
      comment: '',
    });
    expect(r4.code).toBe('FORBIDDEN');
    screen.close();
  });
});
