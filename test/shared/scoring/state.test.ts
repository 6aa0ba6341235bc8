import { describe, expect, it } from 'vitest';
import type { EntryPhase } from '../../../shared/model.js';
import {
  acceptsSheets,
  displayPhase,
  entryActions,
  progressCell,
  transition,
  type EntryAction,
} from '../../../shared/scoring/index.js';

const phases: EntryPhase[] = ['queued', 'presenting', 'scoring', 'closed', 'locked'];

// The whole table: [from, action] -> target; anything absent is refused.
const allowed: Record<string, EntryPhase> = {
  'queued/present': 'presenting',
  'closed/present': 'presenting',
  'queued/open': 'scoring',
  'presenting/open': 'scoring',
  'closed/open': 'scoring',
  'scoring/close': 'closed',
  'scoring/lock': 'locked',
  'closed/lock': 'locked',
  'locked/reopen': 'scoring',
  'presenting/requeue': 'queued',
};

describe('transition', () => {
  for (const from of phases) {
    for (const action of entryActions) {
      const target = allowed[`${from}/${action}`];
      it(`${from} --${action}--> ${target ?? 'refused'}`, () => {
        const res = transition(from, action, 'koreksi nilai');
        expect(res).toEqual(
          target ? { ok: true, phase: target } : { ok: false, code: 'BAD_TRANSITION' },
        );
      });
    }
  }
  it('refuses present while presenting (a no-op)', () => {
    expect(transition('presenting', 'present')).toEqual({ ok: false, code: 'BAD_TRANSITION' });
  });
  it('requires a written reason of at least 3 characters to reopen', () => {
    expect(transition('locked', 'reopen')).toEqual({ ok: false, code: 'REASON_REQUIRED' });
    expect(transition('locked', 'reopen', '  ab  ')).toEqual({
      ok: false,
      code: 'REASON_REQUIRED',
    });
    expect(transition('locked', 'reopen', 'abc')).toEqual({ ok: true, phase: 'scoring' });
    // A wrong phase is reported as such even without a reason.
    expect(transition('scoring', 'reopen' satisfies EntryAction)).toEqual({
      ok: false,
      code: 'BAD_TRANSITION',
    });
  });
  it('needs no reason for other actions', () => {
    expect(transition('scoring', 'lock')).toEqual({ ok: true, phase: 'locked' });
  });
});

describe('acceptsSheets', () => {
  it('takes submitted sheets only while scoring, drafts also while presenting', () => {
    const table = phases.map((p) => [p, acceptsSheets(p, 'draft'), acceptsSheets(p, 'submitted')]);
    expect(table).toEqual([
      ['queued', false, false],
      ['presenting', true, false],
      ['scoring', true, true],
      ['closed', false, false],
      ['locked', false, false],
    ]);
  });
});

describe('displayPhase', () => {
  it('derives complete when every expected juror submitted, while scoring or closed', () => {
    expect(displayPhase('scoring', 3, 3)).toBe('complete');
    expect(displayPhase('closed', 3, 3)).toBe('complete');
    expect(displayPhase('scoring', 3, 2)).toBe('scoring');
    expect(displayPhase('locked', 3, 3)).toBe('locked');
    expect(displayPhase('presenting', 3, 3)).toBe('presenting');
    expect(displayPhase('scoring', 0, 0)).toBe('scoring');
  });
});

describe('progressCell', () => {
  const cell = (
    phase: 'scoring' | 'closed' | 'locked',
    sheetStatus: 'draft' | 'submitted' | null,
    hasSubmitted: boolean,
    recused = false,
  ) => progressCell({ phase, recused, sheetStatus, hasSubmitted });

  it('shows recusal first, in any phase', () => {
    expect(cell('scoring', null, false, true)).toBe('recused');
    expect(cell('locked', 'submitted', true, true)).toBe('recused');
  });

  it('before a lock: the sheet status, a draft after a submission as a pending edit', () => {
    expect(cell('scoring', null, false)).toBe('not-scored');
    expect(cell('scoring', 'draft', false)).toBe('draft');
    expect(cell('closed', 'submitted', true)).toBe('submitted');
    expect(cell('scoring', 'draft', true)).toBe('pending-edit');
  });

  it('after a lock: a missing sheet stays visible as missing, a pending edit as such', () => {
    expect(cell('locked', 'submitted', true)).toBe('locked');
    expect(cell('locked', null, false)).toBe('missing');
    expect(cell('locked', 'draft', false)).toBe('missing');
    expect(cell('locked', 'draft', true)).toBe('pending-edit');
  });
});
