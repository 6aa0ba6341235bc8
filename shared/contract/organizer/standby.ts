// Organizer feature "standby" (hot standby, shared/contract/replica.ts): the pairing code
// on the primary's desk, the take-over on the standby's.
// Handlers: electron/server/realtime/organizer/standby.ts.
import { z } from 'zod';
import { call } from '../call.js';
import * as s from '../schemas.js';

export const standbyCalls = {
  /** The code (and this server's address) a standby pairs with; shown as text and QR. */
  'standby:pairing': call<{ code: string; url: string }>()(s.emptySchema),
  /** On the standby's desk: become the primary in a new epoch (a human decision). */
  'standby:takeover': call<{ epoch: number }>()(z.object({ confirm: z.literal(true) }).strict()),
};
