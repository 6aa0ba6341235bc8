// The /screen namespace: projectors and audience phones. A screen gets its group's view on
// connect and on snapshot:get, and reports what it really shows (for the desk); pushes
// after commits are screen-pushes.ts's.
import type { Namespace } from 'socket.io';
import { DomainError } from '../../../shared/contract/errors.js';
import { screenCalls } from '../../../shared/contract/events.js';
import { mainScreen } from '../../../shared/screen-modes.js';
import type { Logger } from '../log.js';
import type { Venue } from '../services/venue.js';
import { addressOf, type SocketData } from './auth.js';
import { bindCalls, whenDurable } from './bind.js';
import type { Clients } from './clients.js';
import type { createScreenPushes } from './screen-pushes.js';
import type { createScreenViews } from './screen-views.js';

export type ScreenSideOptions = {
  venue: Venue;
  log: Logger;
  clients: Clients;
  views: ReturnType<typeof createScreenViews>;
  pushes: ReturnType<typeof createScreenPushes>;
  rateLimit: { perSec: number; burst: number };
  refused: (who: string, address?: string) => (event: string, code: string) => void;
  /** Something the desk shows changed (what a screen shows). */
  changed: () => void;
  safely: (work: () => void) => void;
};

export function bindScreenSide(ns: Namespace, o: ScreenSideOptions): void {
  const { views } = o;
  ns.on('connection', (socket) => {
    const name = (socket.data as SocketData).screenName ?? mainScreen;
    void socket.join(`screen:${name}`);
    o.clients.track(socket, 'screen', name, name);
    bindCalls(
      socket,
      screenCalls,
      {
        'snapshot:get': () => {
          const snap = views.snapshot(views.groupOf(name));
          if (!snap) throw new DomainError('NOT_FOUND');
          return snap;
        },
        // What the screen really shows, for the desk ("shown" means a screen showed it).
        'screen:showing': (input) => {
          const c = o.clients.byId.get(socket.id);
          if (c) {
            c.mode = input.mode;
            c.showing = input;
            o.changed();
          }
          return null;
        },
      },
      {
        log: o.log,
        rateLimit: o.rateLimit,
        who: `screen:${name}`,
        call: o.venue.call,
        onRefused: o.refused(`screen:${name}`, addressOf(socket)),
      },
    );
    whenDurable(o.venue, socket, o.safely, () => {
      const group = views.groupOf(name);
      const snap = views.snapshot(group);
      if (!snap) return;
      socket.emit('snapshot', snap);
      o.pushes.connected(name, group, snap);
    });
  });
}
