import { describe, expect, it } from 'vitest';
import { clockOffset, timerView } from '../../renderer/common/clock.js';
import { clockFace } from '../../shared/timer.js';
import { errorText } from '../../renderer/common/error-text.js';
import { messageKeys, storedLanguage } from '../../renderer/common/i18n.js';
import { newId } from '../../renderer/common/ids.js';
import { commonEn, commonId } from '../../renderer/common/locales/common.js';
import {
  formatScore,
  keyStep,
  parseScore,
  snapToScale,
} from '../../renderer/common/score-scale.js';
import { isErrorEnvelope, isNewerSnapshot } from '../../renderer/common/socket-client.js';
import { fail, submissionIdSchema } from '../../shared/contract/index.js';
import { juriEn, juriId } from '../../renderer/juri/locales.js';

describe('newId', () => {
  it('makes url-safe ids the contract accepts, from getRandomValues', () => {
    const ids = new Set(Array.from({ length: 2000 }, () => newId()));
    expect(ids.size).toBe(2000);
    for (const id of ids) expect(submissionIdSchema.safeParse(id).success).toBe(true);
  });
  it('uses the given random source only (no randomUUID)', () => {
    const source = { getRandomValues: (a: Uint8Array) => a.fill(0) };
    expect(newId(8, source)).toBe('AAAAAAAA');
    const source2 = { getRandomValues: (a: Uint8Array) => a.fill(255) };
    expect(newId(4, source2)).toBe('____');
  });
});

describe('server clock', () => {
  const timer = {
    segment: 'presentation' as const,
    runningSince: 1_000_000,
    elapsedMs: 0,
    durationMs: 420_000,
  };
  it('counts down from the server clock, not the laptop clock', () => {
    // The laptop runs 5 minutes behind the server.
    const offset = clockOffset(1_060_000, 1_060_000 - 300_000);
    const localNow = 1_060_000 - 300_000;
    const v = timerView(timer, localNow + offset);
    expect(v.remainingMs).toBe(360_000);
    expect(clockFace(v.remainingMs, 'id').text).toBe('6:00');
  });
  it('keeps the elapsed time of a paused segment', () => {
    const v = timerView({ ...timer, runningSince: null, elapsedMs: 400_000 }, 9e12);
    expect(v.running).toBe(false);
    expect(v.remainingMs).toBe(20_000);
  });
  it('shows time left rounded up, and overtime one way in both languages', () => {
    expect(clockFace(125_000, 'id').text).toBe('2:05');
    expect(clockFace(124_001, 'id').text).toBe('2:05');
    expect(clockFace(0, 'id')).toMatchObject({ overtime: false, text: '0:00' });
    expect(clockFace(-400, 'id').text).toBe('+0:00 lewat waktu');
    expect(clockFace(-5_000, 'id')).toMatchObject({
      overtime: true,
      digits: '+0:05',
      words: 'lewat waktu',
      text: '+0:05 lewat waktu',
    });
    expect(clockFace(-65_900, 'en').text).toBe('+1:05 overtime');
  });
});

describe('score scale', () => {
  const scale = { minX100: 100, maxX100: 1000, stepX100: 50 };
  it('parses typed scores with comma or dot', () => {
    expect(parseScore('7,5', scale)).toEqual({ kind: 'value', value: 750 });
    expect(parseScore(' 8 ', scale)).toEqual({ kind: 'value', value: 800 });
    expect(parseScore('', scale)).toEqual({ kind: 'empty' });
    expect(parseScore('7,', scale)).toEqual({ kind: 'value', value: 700 });
    expect(parseScore('7,25', scale)).toEqual({ kind: 'invalid', reason: 'off-step' });
    expect(parseScore('11', scale)).toEqual({ kind: 'invalid', reason: 'out-of-range' });
    expect(parseScore('0', scale)).toEqual({ kind: 'invalid', reason: 'out-of-range' });
    expect(parseScore('abc', scale)).toEqual({ kind: 'invalid', reason: 'not-a-number' });
  });
  it('steps with the keys and starts mid-scale from "not scored"', () => {
    expect(keyStep(null, 'ArrowUp', scale)).toBe(550);
    expect(keyStep(700, 'ArrowUp', scale)).toBe(750);
    expect(keyStep(1000, 'ArrowUp', scale)).toBe(1000);
    expect(keyStep(100, 'ArrowDown', scale)).toBe(100);
    expect(keyStep(700, 'PageUp', scale)).toBe(800);
    expect(keyStep(700, 'Home', scale)).toBe(100);
    expect(keyStep(700, 'End', scale)).toBe(1000);
    expect(keyStep(700, 'a', scale)).toBeNull();
  });
  it('snaps and formats per language', () => {
    expect(snapToScale(737, scale)).toBe(750);
    expect(snapToScale(5000, scale)).toBe(1000);
    expect(formatScore(750, 'id')).toBe('7,5');
    expect(formatScore(750, 'en')).toBe('7.5');
    expect(formatScore(800, 'id')).toBe('8');
  });
});

describe('messages', () => {
  it('English matches Indonesian key for key', () => {
    expect(messageKeys(commonEn).sort()).toEqual(messageKeys(commonId).sort());
    expect(messageKeys(juriEn).sort()).toEqual(messageKeys(juriId).sort());
  });
  it('defaults to Indonesian and remembers a valid choice only', () => {
    expect(storedLanguage(null)).toBe('id');
    expect(storedLanguage({ getItem: () => 'en' })).toBe('en');
    expect(storedLanguage({ getItem: () => 'fr' })).toBe('id');
  });
  it('localizes the error envelope and transport failures', () => {
    const env = fail('THROTTLED');
    expect(errorText(env, 'id')).toContain('Terlalu banyak percobaan');
    expect(errorText(env, 'en')).toContain('Too many attempts');
    // An envelope without messages falls back to the contract's table.
    expect(
      errorText({ ok: false, code: 'LOCKED', message: 'x', messages: undefined as never }, 'en'),
    ).toBe('Scoring for this entry is locked.');
    expect(errorText({ ok: false, code: 'OFFLINE', transport: true }, 'id')).toContain(
      'Tidak terhubung',
    );
  });
});

describe('snapshots and envelopes', () => {
  it('ignores an older snapshot', () => {
    expect(isNewerSnapshot(null, { version: 1 })).toBe(true);
    expect(isNewerSnapshot({ version: 5 }, { version: 4 })).toBe(false);
    expect(isNewerSnapshot({ version: 5 }, { version: 5 })).toBe(true);
    expect(isNewerSnapshot({ version: 5 }, { version: 9 })).toBe(true);
  });
  it('recognizes the error envelope', () => {
    expect(isErrorEnvelope(fail('UNAUTHORIZED'))).toBe(true);
    expect(isErrorEnvelope({ ok: true, data: 1 })).toBe(false);
    expect(isErrorEnvelope(new Error('x'))).toBe(false);
  });
});
