// Who is connected, for the organizer desk: every juror, screen and organizer connection
// with its address, when it connected and was last heard from. A connection arriving or
// leaving changes the desk's view (`changed`).
import type { Socket } from 'socket.io';
import type { ConnectedClient } from '../../../shared/contract/views.js';
import type { Venue } from '../services/venue.js';
import { addressOf } from './auth.js';

export function createClients(venue: Venue, changed: () => void) {
  const clients = new Map<string, ConnectedClient>();
  return {
    /** Per socket id. */
    byId: clients,
    list(): ConnectedClient[] {
      return [...clients.values()];
    },
    track(socket: Socket, kind: ConnectedClient['kind'], id: string, name: string): void {
      const now = venue.now();
      clients.set(socket.id, {
        kind,
        id,
        name,
        address: addressOf(socket),
        connectedAt: now,
        lastSeen: now,
        online: true,
        outbox: 0,
      });
      socket.conn.on('packet', () => {
        const c = clients.get(socket.id);
        if (c) c.lastSeen = venue.now();
      });
      socket.on('disconnect', () => {
        clients.delete(socket.id);
        changed();
      });
      changed();
    },
  };
}

export type Clients = ReturnType<typeof createClients>;
