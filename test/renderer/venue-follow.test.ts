import { describe, expect, it } from 'vitest';
import {
  candidates,
  judge,
  learn,
  originOf,
  unknownVenue,
  type VenueInfo,
} from '../../renderer/common/venue-follow.js';

const P = 'http://10.0.0.2:4321';
const S = 'http://10.0.0.3:4321';
const venue = (v: Partial<VenueInfo>): VenueInfo => ({
  epoch: 1,
  role: 'primary',
  addresses: [P, S],
  replaced: false,
  ...v,
});

describe('which venue server a page follows', () => {
  it('learns the addresses as origins and keeps the highest epoch', () => {
    const k1 = learn(unknownVenue, venue({ addresses: [`${P}/`, `${S}/juri`, 'not a url'] }));
    expect(k1).toEqual({ epoch: 1, addresses: [P, S] });
    const k2 = learn(k1, venue({ epoch: 2, addresses: [S] }));
    // The newest list first (S is primary now); the old primary stays known, at the end.
    expect(k2).toEqual({ epoch: 2, addresses: [S, P] });
    expect(learn(k2, venue({ epoch: 1 })).epoch).toBe(2);
  });

  it('never follows a server with a lower epoch, or one that says it was replaced', () => {
    const known = learn(unknownVenue, venue({ epoch: 3 }));
    expect(judge(known, venue({ epoch: 2 }), false)).toBe('replaced');
    expect(judge(known, venue({ epoch: 2 }), true)).toBe('replaced');
    expect(judge(known, venue({ epoch: 3, replaced: true }), false)).toBe('replaced');
    expect(judge(known, venue({ epoch: 3 }), false)).toBe('follow');
    expect(judge(known, venue({ epoch: 4 }), true)).toBe('follow');
  });

  it('while searching, only a primary will do; otherwise a page stays with its standby', () => {
    const known = learn(unknownVenue, venue({}));
    expect(judge(known, venue({ role: 'standby' }), true)).toBe('not-primary');
    expect(judge(known, venue({ role: 'standby' }), false)).toBe('follow');
  });

  it('tries the other laptops first, the one just lost last', () => {
    const known = learn(unknownVenue, venue({}));
    expect(candidates(known, P, 'http://panggung.test:4321')).toEqual([S, P]);
    // '' is the page's own origin.
    expect(candidates(known, '', S)).toEqual([P, S]);
    expect(candidates(known, '', 'http://panggung.test:4321')).toEqual([
      P,
      S,
      'http://panggung.test:4321',
    ]);
  });

  it('reads only http(s) origins', () => {
    expect(originOf('http://10.0.0.2:4321/juri#token=x')).toBe(P);
    expect(originOf('javascript:alert(1)')).toBeNull();
    expect(originOf('')).toBeNull();
  });
});
