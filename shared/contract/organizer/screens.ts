// Organizer feature "screens": what the projectors show (mode, the reveal) and the venue
// address their welcome QR shows. Handlers: electron/server/realtime/organizer/screens.ts.
import { call } from '../call.js';
import * as s from '../schemas.js';

export const screensCalls = {
  'reveal:control': call<null>()(s.revealSchema),
  'screen:mode': call<null>()(s.screenModeSchema),
  /** The venue address the welcome screen's QR shows (a LAN address, never loopback). */
  'screens:address': call<null>()(s.publicAddressSchema),
};
