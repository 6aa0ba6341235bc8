// Which venue laptops a page's policy allows, and when the page reloads to follow the venue
// to a standby paired after it loaded (shared/page-policy.ts).
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicyFor } from '../../shared/content-security-policy.js';
import {
  covers,
  laptopsFromMeta,
  laptopsMeta,
  maxPolicyReloads,
  policyLaptops,
  policyShortfall,
  reloadPlan,
} from '../../shared/page-policy.js';

const primary = 'http://10.0.0.2:4321';
const standby = 'http://10.0.0.3:4321';
const page = 'http://panggung.lan:4321';

describe('the laptops a policy names', () => {
  it('are the venue addresses as origins: valid, unique, in the venue order', () => {
    expect(policyLaptops([`${primary}/`, '', 'not a url', 'ftp://x', standby, primary])).toEqual([
      primary,
      standby,
    ]);
  });

  it('round-trip through the page meta, and the CSP names exactly those', () => {
    const laptops = policyLaptops([primary, standby]);
    const content = /content="([^"]*)"/.exec(laptopsMeta(laptops))?.[1];
    expect(laptopsFromMeta(content)).toEqual(laptops);
    const connect = contentSecurityPolicyFor(laptops)
      .split('; ')
      .find((d) => d.startsWith('connect-src '))!
      .split(' ')
      .slice(1);
    expect(connect).toEqual([
      "'self'",
      primary,
      'ws://10.0.0.2:4321',
      standby,
      'ws://10.0.0.3:4321',
    ]);
  });

  it('a page without the meta (not served by the venue server) knows nothing: null', () => {
    expect(laptopsFromMeta(null)).toBeNull();
    expect(laptopsFromMeta(undefined)).toBeNull();
    expect(laptopsFromMeta('')).toEqual([]);
  });
});

describe('does the page need a reload?', () => {
  it('no while its policy allows every laptop of the venue, or the laptop is its own origin', () => {
    expect(policyShortfall([primary], [primary], page)).toEqual([]);
    expect(policyShortfall([primary, standby], [standby, primary], page)).toEqual([]);
    // Loaded from the standby itself: 'self' covers it.
    expect(policyShortfall([primary], [primary, standby], standby)).toEqual([]);
    expect(reloadPlan([], [])).toEqual({ kind: 'allowed' });
  });

  it('yes for a standby paired after the page loaded, once per set of laptops', () => {
    const missing = policyShortfall([primary], [primary, standby], page);
    expect(missing).toEqual([standby]);
    const plan = reloadPlan(missing, []);
    expect(plan).toEqual({ kind: 'reload', key: standby });
    // Reloaded for it already (the server's new page still lacked it): never again.
    expect(reloadPlan(missing, [standby])).toEqual({ kind: 'spent' });
    // The venue names them in another order: the same set, the same key.
    const both = policyShortfall([], [standby, primary], page);
    expect(reloadPlan(both, [])).toEqual({ kind: 'reload', key: `${primary} ${standby}` });
    expect(
      reloadPlan(policyShortfall([], [primary, standby], page), [`${primary} ${standby}`]),
    ).toEqual({ kind: 'spent' });
  });

  it('a new set of laptops may reload again, but a tab reloads at most maxPolicyReloads times', () => {
    const tried = Array.from({ length: maxPolicyReloads - 1 }, (_, i) => `http://10.0.1.${i}:4321`);
    expect(reloadPlan([standby], tried).kind).toBe('reload');
    expect(reloadPlan([standby], [...tried, 'http://10.0.2.1:4321'])).toEqual({ kind: 'spent' });
  });

  it('reloads only into a page whose policy covers what was missing', () => {
    expect(covers([primary, standby], [standby])).toBe(true);
    expect(covers([primary], [standby])).toBe(false);
  });
});
