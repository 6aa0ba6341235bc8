import { describe, expect, it } from 'vitest';
import type { OrganizerSnapshot, VenueInfo } from '../../shared/contract/views.js';
import {
  BEHIND_ALARM_SECONDS,
  deskPlace,
  isReadOnly,
  shortAddress,
  standbyHealth,
} from '../../renderer/panitia/standby/standby-logic.js';
import { checkStandbyForm } from '../../renderer/panitia/standby/become-standby.js';
import { standbyEn } from '../../renderer/panitia/locales/standby-en.js';
import { standbyId } from '../../renderer/panitia/locales/standby-id.js';
import { messageKeys } from '../../renderer/common/i18n.js';

const P = 'http://10.0.0.2:4321';
const S = 'http://10.0.0.3:4321';
type Place = Pick<OrganizerSnapshot, 'venue' | 'following' | 'standby'>;
const snap = (p: Partial<Place>): OrganizerSnapshot =>
  ({
    venue: { epoch: 1, role: 'primary', addresses: [P, S], replaced: false },
    following: null,
    standby: null,
    ...p,
  }) as OrganizerSnapshot;
const status = { connected: true, address: S, behindChanges: 0, behindSeconds: 0 };

describe('the desk and the standby', () => {
  it('says how the standby is: none, fine, behind from the alarm threshold, or gone', () => {
    expect(standbyHealth(null)).toBe('none');
    expect(standbyHealth(status)).toBe('ok');
    expect(standbyHealth({ ...status, behindChanges: 3, behindSeconds: 1 })).toBe('ok');
    expect(
      standbyHealth({ ...status, behindChanges: 3, behindSeconds: BEHIND_ALARM_SECONDS }),
    ).toBe('behind');
    expect(standbyHealth({ ...status, connected: false })).toBe('disconnected');
  });

  it('a primary desk is writable; a standby desk read-only with its primary; a replaced one points elsewhere', () => {
    expect(deskPlace(null, P)).toEqual({ kind: 'primary' });
    expect(deskPlace(snap({ standby: status }), P)).toEqual({ kind: 'primary' });
    const following = {
      primary: P,
      connected: true,
      streaming: true,
      behindChanges: 4,
      appliedSeq: 10,
    };
    const standbyVenue: VenueInfo = {
      epoch: 1,
      role: 'standby',
      addresses: [P, S],
      replaced: false,
    };
    const onStandby = deskPlace(snap({ venue: standbyVenue, following }), S);
    expect(onStandby).toEqual({
      kind: 'standby',
      primary: P,
      connected: true,
      streaming: true,
      behindChanges: 4,
    });
    expect(isReadOnly(onStandby)).toBe(true);
    // Connected but refused by its primary: the banner must not say it is in step.
    expect(
      deskPlace(snap({ venue: standbyVenue, following: { ...following, streaming: false } }), S),
    ).toMatchObject({ kind: 'standby', connected: true, streaming: false });
    const replaced = deskPlace(
      snap({ venue: { epoch: 1, role: 'primary', addresses: [P, S], replaced: true } }),
      P,
    );
    expect(replaced).toEqual({ kind: 'replaced', elsewhere: [S] });
    // Opened by another name (localhost, a LAN name): still only the laptop that took over.
    expect(
      deskPlace(
        snap({ venue: { epoch: 1, role: 'primary', addresses: [P, S], replaced: true } }),
        'http://localhost:4321',
      ),
    ).toEqual({ kind: 'replaced', elsewhere: [S] });
    expect(isReadOnly(replaced)).toBe(true);
    expect(shortAddress(`${P}/`)).toBe('10.0.0.2:4321');
  });

  it('checks the become-standby form before anything is sent', () => {
    expect(checkStandbyForm('', 'ABCD-EFGH-JKLM')).toEqual({ address: 'sb.become.badAddress' });
    expect(checkStandbyForm('ftp://10.0.0.2', 'ABCD-EFGH-JKLM')).toEqual({
      address: 'sb.become.badAddress',
    });
    expect(checkStandbyForm(P, 'ABCD')).toEqual({ code: 'sb.become.badCode' });
    expect(checkStandbyForm(P, 'abcd efgh jkmn')).toEqual({});
    expect(checkStandbyForm(`${P}#pair=ABCDEFGHJKMN`, '')).toEqual({});
  });

  it('has every message in both languages', () => {
    expect(messageKeys(standbyEn)).toEqual(messageKeys(standbyId));
    for (const key of ['sb.become.badAddress', 'sb.become.badCode'])
      expect(messageKeys(standbyId)).toContain(key);
  });
});
