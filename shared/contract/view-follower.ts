// How a client follows a view sent in full and then as patches (the organizer desk; the
// same rules as screens, screen-patch.ts): the first full view after a (re)connect always
// wins (the server may have restarted on another database); later full views only when
// not older than the one held; a patch onto the held view is applied; a patch onto any
// other view is a gap, healed by fetching the whole view once (snapshot:get), however
// many patches arrive while the fetch is out. Pure: the caller wires the socket.

export type Follower<V, P> = {
  /** A (re)connection: the next full view is taken whatever its number. */
  connected(): void;
  /** A full view (push or snapshot:get reply). */
  full(view: V): void;
  patch(patch: P): void;
  held(): V | null;
};

export type FollowOptions<V, P> = {
  /** The view after the patch, 'old' when already held, 'gap' when not onto `held`. */
  apply: (held: V | null, patch: P) => V | 'old' | 'gap';
  /** Whether `next` may replace `held` (not older). */
  newer: (held: V | null, next: V) => boolean;
  /** Fetches the whole view (snapshot:get); null when it could not be had. */
  fetch: () => Promise<V | null>;
  /** The view to show now. */
  show: (view: V) => void;
};

export function followView<V, P>(o: FollowOptions<V, P>): Follower<V, P> {
  let held: V | null = null;
  let fresh = true;
  let asking = false;
  const take = (v: V) => {
    held = v;
    o.show(v);
  };
  const full = (v: V) => {
    if (!fresh && !o.newer(held, v)) return;
    fresh = false;
    take(v);
  };
  return {
    connected: () => {
      fresh = true;
    },
    full,
    patch(p) {
      const got = o.apply(held, p);
      if (got === 'old') return;
      if (got !== 'gap') return take(got);
      if (asking) return;
      asking = true;
      void o.fetch().then(
        (v) => {
          asking = false;
          if (v) full(v);
        },
        () => {
          asking = false;
        },
      );
    },
    held: () => held,
  };
}
