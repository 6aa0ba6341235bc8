import { describe, expect, it } from 'vitest';
import type { JurorEntryView } from '../../shared/contract/views.js';
import type { Criterion } from '../../shared/model.js';
import { sameContent } from '../../renderer/juri/drafts.js';
import { entryStatus, sheetMode, shownContent } from '../../renderer/juri/entry-state.js';
import { liveTotal } from '../../renderer/juri/live-total.js';
import { isFinalError, supersededBy, type OutboxItem } from '../../renderer/juri/outbox-policy.js';
import { tokenFromHash } from '../../renderer/juri/session.js';

const crit = (id: string, weightBp: number): Criterion => ({
  id,
  name: id,
  description: '',
  weightBp,
  minX100: 100,
  maxX100: 1000,
  stepX100: 50,
  levels: [],
});

const item = (over: Partial<OutboxItem>): OutboxItem => ({
  submissionId: 'sub-00000001',
  jurorId: 'j1',
  entryId: 'e1',
  stageId: 's1',
  status: 'draft',
  values: {},
  comment: '',
  createdAt: 1,
  seq: 0,
  attempts: 0,
  ...over,
});

const view = (over: Partial<JurorEntryView>): JurorEntryView => ({
  entry: {
    id: 'e1',
    order: 1,
    code: 'OPD-01',
    title: 't',
    institution: 'i',
    categoryId: 'c',
    panelId: 'p',
    presenter: '',
  },
  categoryName: 'OPD',
  phase: 'scoring',
  mySheet: null,
  ...over,
});

describe('live total', () => {
  const rubric = [crit('a', 5000), crit('b', 3000), crit('c', 2000)];
  it('is the engine total when every criterion is scored (DOMAIN example: 82.00)', () => {
    expect(liveTotal(rubric, { a: 900, b: 700, c: 800 })).toEqual({
      complete: true,
      scored: 3,
      totalMicro: 82_000_000,
    });
  });
  it('counts points so far while incomplete; "not scored" is not zero', () => {
    expect(liveTotal(rubric, { a: 900, b: null })).toEqual({
      complete: false,
      scored: 1,
      totalMicro: 45_000_000,
    });
    expect(liveTotal(rubric, {})).toEqual({ complete: false, scored: 0, totalMicro: null });
    expect(liveTotal(rubric, { a: 100, b: 100, c: 100 }).totalMicro).toBe(10_000_000);
  });
});

describe('outbox policy', () => {
  it('ends an item on answers that cannot change, keeps it on the others', () => {
    for (const c of [
      'LOCKED',
      'SCORING_CLOSED',
      'RECUSED',
      'NOT_YOUR_PANEL',
      'INCOMPLETE_SHEET',
      'SUBMISSION_REUSED',
    ])
      expect(isFinalError(c)).toBe(true);
    for (const c of ['STORAGE_FAILED', 'INTERNAL', 'RATE_LIMITED', 'UNAUTHORIZED'])
      expect(isFinalError(c)).toBe(false);
  });
  it('a new draft or a submission drops queued drafts of the same sheet, never submissions or the one in flight', () => {
    const queued = [
      item({ submissionId: 'd1' }),
      item({ submissionId: 'd2' }),
      item({ submissionId: 's1', status: 'submitted' }),
      item({ submissionId: 'other', entryId: 'e2' }),
      item({ submissionId: 'otherJuror', jurorId: 'j2' }),
    ];
    expect(supersededBy(item({ submissionId: 'new', status: 'submitted' }), queued, 'd1')).toEqual([
      'd2',
    ]);
    expect(supersededBy(item({ submissionId: 'new' }), queued, null)).toEqual(['d1', 'd2']);
  });
});

describe('entry state', () => {
  const counted = { version: 2, values: { a: 700 }, comment: '', updatedAt: 1 };
  const mySheet = {
    status: 'submitted' as const,
    ...counted,
    submissionId: 'x',
    submitted: { ...counted, submissionId: 'x', totalMicro: 70_000_000 },
    pendingEdit: false,
  };
  // A draft saved on the server after the submission: a pending edit.
  const pending = {
    ...mySheet,
    status: 'draft' as const,
    version: 3,
    values: { a: 900 },
    submissionId: 'y',
    pendingEdit: true,
  };
  it('orders locked > waiting > submitted > draft > not scored', () => {
    expect(entryStatus(view({ phase: 'locked', mySheet }), null, [])).toBe('locked');
    expect(entryStatus(view({ mySheet }), null, [item({ status: 'submitted' })])).toBe('waiting');
    expect(entryStatus(view({ mySheet }), null, [item({ status: 'draft' })])).toBe('submitted');
    expect(
      entryStatus(
        view({ mySheet: { ...mySheet, status: 'draft', submitted: null, pendingEdit: false } }),
        null,
        [],
      ),
    ).toBe('draft');
    expect(
      entryStatus(view({}), { values: { a: 500 }, comment: '', savedAt: 1, unsynced: true }, []),
    ).toBe('draft');
    expect(
      entryStatus(view({}), { values: { a: null }, comment: '', savedAt: 1, unsynced: true }, []),
    ).toBe('not-scored');
  });
  it('a change after a submission is a pending edit; a lock shows the sheet that counts', () => {
    expect(entryStatus(view({ mySheet: pending }), null, [])).toBe('pending-edit');
    const local = { values: { a: 800 }, comment: '', savedAt: 1, unsynced: true };
    expect(entryStatus(view({ mySheet }), local, [])).toBe('pending-edit');
    // Typed back to the submitted values: nothing pending.
    expect(entryStatus(view({ mySheet }), { ...local, values: { a: 700 } }, [])).toBe('submitted');
    expect(shownContent(view({ mySheet: pending }), null).values).toEqual({ a: 900 });
    expect(shownContent(view({ mySheet: pending, phase: 'locked' }), null).values).toEqual({
      a: 700,
    });
  });
  it('shows unsent edits over the server copy, except on a locked entry', () => {
    const draft = { values: { a: 900 }, comment: 'x', savedAt: 1, unsynced: true };
    expect(shownContent(view({ mySheet }), draft).values).toEqual({ a: 900 });
    expect(shownContent(view({ mySheet, phase: 'locked' }), draft).values).toEqual({ a: 700 });
    expect(shownContent(view({ mySheet }), { ...draft, unsynced: false }).values).toEqual({
      a: 700,
    });
  });
  it('follows the engine on what a phase accepts', () => {
    expect(sheetMode('scoring')).toBe('editable');
    expect(sheetMode('presenting')).toBe('draft-only');
    expect(sheetMode('queued')).toBe('queued');
    expect(sheetMode('closed')).toBe('closed');
    expect(sheetMode('locked')).toBe('locked');
  });
  it('compares sheet content with null and missing as the same', () => {
    expect(
      sameContent({ values: { a: 1, b: null }, comment: ' x' }, { values: { a: 1 }, comment: 'x' }),
    ).toBe(true);
    expect(sameContent({ values: { a: 1 }, comment: '' }, { values: { a: 2 }, comment: '' })).toBe(
      false,
    );
  });
});

describe('QR token', () => {
  it('reads the token from the fragment only when well formed', () => {
    expect(tokenFromHash('#token=abcdefghijklmnop_-12')).toBe('abcdefghijklmnop_-12');
    expect(tokenFromHash('#token=short')).toBeNull();
    expect(tokenFromHash('')).toBeNull();
    expect(tokenFromHash('#token=abcdefghijklmnop%3Cscript')).toBeNull();
  });
});
