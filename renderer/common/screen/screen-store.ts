// The audience pages' one store: the latest ScreenSnapshot, the server clock offset and
// the connection. Screens are read-only: they never call the server except to connect.
// When the server goes away the last snapshot stays on screen (with a discreet mark) and
// socket.io reconnects by itself; the server pushes a full snapshot on every connect.
import { create } from 'zustand';
import { hydrateScreen } from '../../../shared/contract/screen-wire.js';
import type { ScreenSnapshot } from '../../../shared/contract/views.js';
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

/** Connects this page as screen `name`. Returns a stop function (tests, hot reload). */
export function startScreen(name: string, baseUrl?: string): () => void {
  const client = createClient('screen', { name }, baseUrl === undefined ? {} : { baseUrl });
  // The first snapshot after a (re)connect always wins: the server may have been restarted
  // on another database (a rehearsal copy) whose versions are lower. Later ones must be newer.
  let fresh = true;
  const offSnap = client.onSnapshot((snap) => {
    const now = Date.now();
    if (!fresh && !isNewerSnapshot(useScreen.getState().snapshot, snap)) return;
    fresh = false;
    useScreen.setState({
      snapshot: hydrateScreen(snap),
      offsetMs: snap.serverNow - now,
      receivedAt: now,
    });
  });
  const offStatus = client.onStatus((connection) => {
    if (connection.state === 'online') fresh = true;
    useScreen.setState({ connection });
  });
  return () => {
    offSnap();
    offStatus();
    client.close();
  };
}

/** True when the last known state may be stale: show the "reconnecting" mark. */
export function isStale(s: Pick<ScreenState, 'snapshot' | 'connection'>): boolean {
  return s.snapshot !== null && s.connection.state !== 'online';
}
