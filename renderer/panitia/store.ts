// The organizer desk's one store: the connection, the latest organizer snapshot, and
// whether a festival exists yet. Pages read it; session.ts feeds it.
import { create } from 'zustand';
import type { ErrorEnvelope } from '../../shared/contract/errors.js';
import type { OrganizerSnapshot } from '../../shared/contract/views.js';
import type { ConnectionStatus } from '../common/socket-client.js';

export type DeskState = {
  /** signed-out: no key yet (or signed out); desk: connected or connecting with a key. */
  phase: 'signed-out' | 'desk';
  signInError: ErrorEnvelope | null;
  connection: ConnectionStatus;
  snapshot: OrganizerSnapshot | null;
  /** The server has no festival yet (empty data folder): only "new festival" makes sense. */
  noFestival: boolean;
  /** A template file picked in the Electron app's native dialog, for the templates page. */
  pickedTemplate: { name: string; text: string } | null;
  /** The entry search, shared by the header's box and the entries page (every panel). */
  entryQuery: string;
};

export const initialDeskState: DeskState = {
  phase: 'signed-out',
  signInError: null,
  connection: { state: 'connecting', error: null },
  snapshot: null,
  noFestival: false,
  pickedTemplate: null,
  entryQuery: '',
};

export const useDesk = create<DeskState>()(() => initialDeskState);
