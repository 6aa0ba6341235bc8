// A page loaded from one laptop of the venue may open its socket on the other (hot
// standby): the Origin rule and the pages' CSP name the venue's laptops; a foreign page
// is still refused. The browser path itself: test/e2e/standby-failover.test.ts.
import { describe, expect, it } from 'vitest';
import { createGate, venuePeers } from '../../electron/server/http/gate.js';
import { lanTestName, startTestServer } from '../helpers/server.js';

const gate = createGate({
  allowedHosts: [lanTestName],
  bindHost: '127.0.0.1',
  maxConnectionsPerAddress: 50,
});
const here = '127.0.0.1:4400';

describe('which pages may open a socket', () => {
  const peers = venuePeers({
    place: { self: 'http://127.0.0.1:4400', peer: 'http://10.9.9.9:4321/' },
  });

  it('names the venue laptops as origins', () => {
    expect(peers).toEqual(['http://127.0.0.1:4400', 'http://10.9.9.9:4321']);
    expect(venuePeers({ place: { self: 'not a url', peer: null } })).toEqual([]);
  });

  it('its own origin, the other laptop, and a name this server answers to; nothing else', () => {
    expect(gate.originAllowed(undefined, here, peers)).toBe(true);
    expect(gate.originAllowed(`http://${here}`, here, peers)).toBe(true);
    // The pad was loaded from the primary: the standby accepts it.
    expect(gate.originAllowed('http://10.9.9.9:4321', here, peers)).toBe(true);
    expect(gate.originAllowed(`http://${lanTestName}:4321`, here, peers)).toBe(true);
    expect(gate.originAllowed('http://10.9.9.9:8080', here, peers)).toBe(false);
    expect(gate.originAllowed('http://evil.example', here, peers)).toBe(false);
    expect(gate.originAllowed('file://', here, peers)).toBe(false);
    expect(gate.originAllowed('null', here, peers)).toBe(false);
  });

  it("the pages' CSP lets them connect to this laptop's venue address, http and ws", async () => {
    const t = await startTestServer();
    const res = await fetch(`${t.url}/juri`);
    const csp = res.headers.get('content-security-policy') ?? '';
    const connect = csp.split('; ').find((d) => d.startsWith('connect-src')) ?? '';
    expect(connect.split(' ')).toEqual([
      'connect-src',
      "'self'",
      t.url,
      t.url.replace('http:', 'ws:'),
    ]);
  });
});
