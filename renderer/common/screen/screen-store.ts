// The audience pages' one store: the latest ScreenSnapshot, the server clock offset and
// the connection. Screens are read-only: the one call they make reports what they really
// show (screen:showing), so the desk's "shown" means a projector showed it.
// When the server goes away the last snapshot stays on screen (with a discreet mark) and
// socket.io reconnects by itself; the server pushes a full snapshot on every connect, and
// patches after that (applied in order; a gap fetches the full view).
import { create } from 'zustand';
import { applyScreenPatch } from '../../../shared/contract/screen-patch.js';
import { hydrateScreen, type ScreenWire } from '../../../shared/contract/screen-wire.js';
import type { ScreenShowing, ScreenSnapshot } from '../../../shared/contract/views.js';
import { policyReload } from '../policy-reload.js';
import { createClient, isNewerSnapshot, type ConnectionStatus } from '../socket-client.js';

export type ScreenState = {
  snapshot: ScreenSnapshot | null;
  /** Add to Date.now() to estimate the server clock. */
  offsetMs: number;
  connection: ConnectionStatus;
  /** Local time the latest snapshot arrived, for the reveal build-up and for measuring. */
  receivedAt: number;
};

export const useScreen = create<ScreenState>()(() => ({
  snapshot: null,
  offsetMs: 0,
  connection: { state: 'connecting', error: null },
  receivedAt: 0,
}));

let report: ((s: ScreenShowing) => void) | null = null;

/** Tells the server what this screen has on view; repeated after every reconnect. */
export function reportShowing(showing: ScreenShowing): void {
  report?.(showing);
}

/** Connects this page as screen `name`. Returns a stop function (tests, hot reload). */
export function startScreen(name: string, baseUrl?: string): () => void {
  // A screen has nothing to lose: it reloads into a policy allowing a standby paired after
  // it loaded (policy-reload.ts), unless /publik's voting view holds it.
  const client = createClient(
    'screen',
    { name },
    baseUrl === undefined ? { onVenue: policyReload() } : { baseUrl },
  );
  let showing: ScreenShowing | null = null;
  let sent = '';
  const send = () => {
    const body = JSON.stringify(showing);
    if (!showing || body === sent || client.status().state !== 'online') return;
    sent = body;
    void client.call('screen:showing', showing).then((res) => {
      if (!res.ok) sent = '';
    });
  };
  report = (s) => {
    showing = s;
    send();
  };
  // The first snapshot after a (re)connect always wins: the server may have been restarted
  // on another database (a rehearsal copy) whose versions are lower. Later ones must be newer.
  let fresh = true;
  // The wire form held, which patches apply to (screen-patch.ts).
  let held: ScreenWire | null = null;
  const show = (wire: ScreenWire) => {
    const now = Date.now();
    held = wire;
    useScreen.setState({
      snapshot: hydrateScreen(wire),
      offsetMs: wire.serverNow - now,
      receivedAt: now,
    });
  };
  const offSnap = client.onSnapshot((snap) => {
    if (!fresh && !isNewerSnapshot(held, snap)) return;
    fresh = false;
    show(snap);
  });
  // A patch onto another version than the one held is a gap: fetch the whole view once.
  let asking = false;
  const offPatch = client.onPatch((patch) => {
    const got = applyScreenPatch(held, patch);
    if (got.kind === 'applied') return show(got.wire);
    if (got.kind === 'old' || asking) return;
    asking = true;
    void client.call('snapshot:get', {}).then((res) => {
      asking = false;
      if (res.ok && isNewerSnapshot(held, res.data)) show(res.data);
    });
  });
  const offStatus = client.onStatus((connection) => {
    if (connection.state === 'online') {
      fresh = true;
      // A new connection is a new client on the server: it knows nothing of this screen yet.
      sent = '';
      send();
    }
    useScreen.setState({ connection });
  });
  return () => {
    report = null;
    offSnap();
    offPatch();
    offStatus();
    client.close();
  };
}

/** True when the last known state may be stale: show the "reconnecting" mark. */
export function isStale(s: Pick<ScreenState, 'snapshot' | 'connection'>): boolean {
  return s.snapshot !== null && s.connection.state !== 'online';
}
