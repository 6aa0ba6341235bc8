// The door every request and websocket passes first:
// - the Host header must name this server (its own addresses, localhost, this machine's
//   name, or a name the organizer configured): a web page opened on the venue network
//   cannot reach the venue server through a rebound DNS name;
// - connections per address are capped (generous: a projector PC runs several screens),
//   except from this machine's own loopback address (the desktop app's windows);
// - a browser page may open a socket from this server's own origin, from a name this server
//   answers to, or from the venue's other laptop (hot standby: a pad loaded from the primary
//   follows the venue to the standby without a reload).
import { hostname, networkInterfaces } from 'node:os';
import { isIP } from 'node:net';
import { policyLaptops } from '../../../shared/page-policy.js';

export type GateOptions = {
  /** Extra host names the server answers to (e.g. "panggung.lan"), case-insensitive. */
  allowedHosts: string[];
  /** The address the server is bound to. */
  bindHost: string;
  /** Live socket.io connections per remote address. */
  maxConnectionsPerAddress: number;
};

/** This machine's own loopback addresses: never capped. */
const trustedLocal = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** The host name of a Host header, lower-case, without port or IPv6 brackets. */
export function hostName(header: string): string {
  const h = header.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(1, h.indexOf(']') === -1 ? undefined : h.indexOf(']'));
  const colon = h.lastIndexOf(':');
  return colon === -1 ? h : h.slice(0, colon);
}

export function isLoopbackName(name: string): boolean {
  return (
    name === 'localhost' ||
    name.endsWith('.localhost') ||
    name === '::1' ||
    (isIP(name) === 4 && name.startsWith('127.')) ||
    name === '::ffff:127.0.0.1'
  );
}

export function createGate(opts: GateOptions) {
  const configured = new Set(opts.allowedHosts.map((h) => h.trim().toLowerCase()).filter(Boolean));
  const machine = hostname().toLowerCase();
  let own = new Set<string>();
  let ownAt = 0;
  const ownAddresses = () => {
    if (Date.now() - ownAt > 5000) {
      own = new Set(
        Object.values(networkInterfaces())
          .flat()
          .flatMap((a) => (a ? [a.address.toLowerCase()] : [])),
      );
      own.add(opts.bindHost.toLowerCase());
      ownAt = Date.now();
    }
    return own;
  };
  const connections = new Map<string, number>();

  return {
    /** May a request with this Host header be answered? (No header: not a browser.) */
    hostAllowed(header: string | undefined): boolean {
      if (header === undefined) return true;
      const name = hostName(header);
      if (name === '') return false;
      if (isLoopbackName(name) || configured.has(name)) return true;
      if (name === machine || name === `${machine}.local`) return true;
      if (isIP(name) === 0) return false;
      if (ownAddresses().has(name)) return true;
      ownAt = 0; // an address just added to an interface (DHCP): look once more
      return ownAddresses().has(name);
    },

    /**
     * May a page of this Origin open a socket here? No Origin: not a browser. Its own
     * origin; a name this server answers to (any port: the venue's other laptop served the
     * page under a name both answer to); or one of the venue's laptops (`peers`, origins).
     */
    originAllowed(origin: string | undefined, host: string | undefined, peers: readonly string[]) {
      if (!origin) return true;
      let url: URL;
      try {
        url = new URL(origin);
      } catch {
        return false;
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
      if (url.host === host) return true;
      if (peers.includes(url.origin)) return true;
      return this.hostAllowed(url.host);
    },

    /** May this address open one more connection? */
    connectionAllowed(address: string): boolean {
      if (trustedLocal.has(address)) return true;
      return (connections.get(address) ?? 0) < opts.maxConnectionsPerAddress;
    },
    opened(address: string): void {
      connections.set(address, (connections.get(address) ?? 0) + 1);
    },
    closed(address: string): void {
      const n = (connections.get(address) ?? 1) - 1;
      if (n <= 0) connections.delete(address);
      else connections.set(address, n);
    },
  };
}
export type Gate = ReturnType<typeof createGate>;

/** The venue's laptops as origins (this one and its primary or standby), for the checks a
 *  page crosses to reach the other laptop: the socket Origin, the page's CSP and the list of
 *  laptops in the page's HTML (one list: shared/page-policy.ts). */
export function venuePeers(venue: { place: { self: string; peer: string | null } }): string[] {
  return policyLaptops([venue.place.self, venue.place.peer ?? '']);
}
