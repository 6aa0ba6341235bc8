// Organizer feature "live": the desk's snapshot and running the show (presenting, entry
// states, the timer, releases, ties, closing a stage). Handlers:
// electron/server/realtime/organizer/live.ts.
import { call } from '../call.js';
import * as s from '../schemas.js';
import type { OrganizerWire } from '../organizer-wire.js';

export const liveCalls = {
  'snapshot:get': call<OrganizerWire>()(s.emptySchema),
  'panel:present': call<null>()(s.presentSchema),
  /** Moves a panel to another stage (e.g. from curation to the final); jurors follow. */
  'panel:stage': call<null>()(s.panelStageSchema),
  'entry:transition': call<null>()(s.transitionSchema),
  'timer:control': call<null>()(s.timerSchema),
  'release:set': call<null>()(s.releaseSchema),
  'tie:decide': call<null>()(s.tieDecisionSchema),
  /** Closes a stage not every entry reached: unpresented entries out, open ones locked. */
  'stage:close': call<{ locked: number; out: number }>()(s.stageCloseSchema),
};
