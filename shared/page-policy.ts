// Which venue laptops a page's Content-Security-Policy lets it connect to, and whether a
// page must reload to follow the venue (hot standby), as pure rules (no DOM, no timer):
// tested in test/shared/page-policy.test.ts. The server names the laptops once
// (policyLaptops) for both the CSP header and a <meta> in the page's HTML, so the page knows
// its own policy instead of guessing it. A page that later hears of a laptop its policy
// lacks (a standby paired after it loaded) reloads from its own origin while that server
// still answers; the same set of laptops never causes a second reload, and a page reloads
// at most maxPolicyReloads times per tab.
import { originOf } from './venue-follow.js';

/** The <meta name> carrying the laptops the page's policy names (space-separated origins). */
export const laptopsMetaName = 'panggung-laptops';

/** At most this many reloads per tab for new laptops: a bound, whatever the venue does. */
export const maxPolicyReloads = 3;

/** The venue's laptops (addresses) as the origins a policy names: valid, unique, in order. */
export function policyLaptops(addresses: readonly string[]): string[] {
  const origins = addresses.flatMap((a) => {
    const o = originOf(a);
    return o === null ? [] : [o];
  });
  return [...new Set(origins)];
}

/** The <meta> for a page's HTML naming `laptops` (origins: nothing to escape but quotes). */
export function laptopsMeta(laptops: readonly string[]): string {
  const content = laptops.join(' ').replace(/[&"<>]/g, '');
  return `<meta name="${laptopsMetaName}" content="${content}">`;
}

/** The laptops a <meta> content names; null when the page carries no such meta (a page
 *  not served by the venue server, e.g. the dev server): then the page never reloads. */
export function laptopsFromMeta(content: string | null | undefined): string[] | null {
  if (content === null || content === undefined) return null;
  return policyLaptops(content.split(/\s+/).filter(Boolean));
}

/**
 * The venue laptops (a snapshot's `venue.addresses`) that a page's policy does not allow:
 * neither among `allowed` nor the page's own origin ('self'). Sorted: the same set gives
 * the same answer whatever order the venue names them in.
 */
export function policyShortfall(
  allowed: readonly string[],
  addresses: readonly string[],
  pageOrigin: string,
): string[] {
  const ok = new Set([...allowed, pageOrigin]);
  return policyLaptops(addresses)
    .filter((o) => !ok.has(o))
    .sort();
}

export type ReloadPlan =
  /** The policy allows every laptop of the venue. */
  | { kind: 'allowed' }
  /** Reload for this set (`key`), once it is safe and the server's page allows it. */
  | { kind: 'reload'; key: string }
  /** Already reloaded for this set, or reloaded maxPolicyReloads times: stay. */
  | { kind: 'spent' };

/** What to do about a shortfall, given the sets this tab already reloaded for (`tried`). */
export function reloadPlan(shortfall: readonly string[], tried: readonly string[]): ReloadPlan {
  if (shortfall.length === 0) return { kind: 'allowed' };
  const key = shortfall.join(' ');
  if (tried.includes(key) || tried.length >= maxPolicyReloads) return { kind: 'spent' };
  return { kind: 'reload', key };
}

/** Does the page the server serves now allow every laptop of the shortfall? (Reloading
 *  into a policy that still lacks one would gain nothing.) */
export function covers(fresh: readonly string[], shortfall: readonly string[]): boolean {
  return shortfall.every((o) => fresh.includes(o));
}
