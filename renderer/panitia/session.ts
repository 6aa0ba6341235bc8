// Signing in to the desk and keeping the one organizer connection. The key comes from the
// Electron preload, or is typed by the organizer and kept in sessionStorage (this tab
// only, gone when it closes); it never goes into the URL.
import type { CallName, CallResult, CallsOf } from '../common/socket-client.js';
import { createClient, type Client } from '../common/socket-client.js';
import type { InputOf, ReplyOf } from '../../shared/contract/events.js';
import { followOrganizer, type OrganizerPatch } from '../../shared/contract/organizer-patch.js';
import type { Follower } from '../../shared/contract/view-follower.js';
import type { OrganizerWire } from '../../shared/contract/organizer-wire.js';
import { bridge } from './bridge.js';
import { initialDeskState, useDesk } from './store.js';

const KEY_STORAGE = 'panggung.organizerKey';
let client: Client<'organizer'> | null = null;
let follow: Follower<OrganizerWire, OrganizerPatch> | null = null;

function storedKey(): string | null {
  try {
    return sessionStorage.getItem(KEY_STORAGE);
  } catch {
    return null;
  }
}

function storeKey(key: string | null): void {
  try {
    if (key === null) sessionStorage.removeItem(KEY_STORAGE);
    else sessionStorage.setItem(KEY_STORAGE, key);
  } catch {
    // storage disabled: the key lives only as long as the connection
  }
}

/** Page start: the Electron key, else a key kept in this tab, else the sign-in form. */
export async function startDesk(): Promise<void> {
  const b = bridge();
  if (b) {
    const res = await b.organizerKey();
    if (res.ok) return signIn(res.data.key, false);
  }
  const key = storedKey();
  if (key) signIn(key, true);
}

export function signIn(key: string, remember = true): void {
  client?.close();
  // A laptop that was replaced keeps its desk there, with the banner saying so: where the
  // organizer goes next is their decision. An unreachable one is left for the primary.
  const c = createClient('organizer', { key }, { leaveReplaced: false });
  client = c;
  useDesk.setState({ ...initialDeskState, phase: 'desk' });
  // The whole view on connect and on snapshot:get, patches in between (organizer-patch.ts).
  const view = followOrganizer({
    fetch: async () => {
      const res = await c.call('snapshot:get', {});
      return res.ok ? res.data : null;
    },
    show: (snap) => useDesk.setState({ snapshot: snap, noFestival: false }),
  });
  follow = view;
  c.onStatus((status) => {
    if (status.state === 'refused') {
      storeKey(null);
      c.close();
      if (client === c) client = null;
      useDesk.setState({ ...initialDeskState, phase: 'signed-out', signInError: status.error });
      return;
    }
    useDesk.setState({ connection: status });
    if (status.state === 'online') {
      view.connected();
      if (remember) storeKey(key);
      void refresh();
    }
  });
  c.onSnapshot((snap) => view.full(snap));
  c.onPatch((patch) => view.patch(patch));
}

export function signOut(): void {
  storeKey(null);
  client?.close();
  client = null;
  follow = null;
  useDesk.setState({ ...initialDeskState });
}

/** Asks for a snapshot (e.g. after connecting, or after a festival was created). */
export async function refresh(): Promise<void> {
  const res = await call('snapshot:get', {});
  if (res.ok) follow?.full(res.data);
  else if (!('transport' in res) && res.code === 'NOT_FOUND') {
    useDesk.setState({ snapshot: null, noFestival: true });
  }
}

/** A typed call on the organizer connection; offline when there is none. */
export function call<K extends CallName<'organizer'>>(
  name: K,
  payload: InputOf<CallsOf<'organizer'>[K]>,
): Promise<CallResult<ReplyOf<CallsOf<'organizer'>[K]>>> {
  if (!client) return Promise.resolve({ ok: false, code: 'OFFLINE', transport: true });
  return client.call(name, payload);
}
