// Organizer feature "records": the score sheets (corrections, a sheet's versions, the raw
// sheets behind the exports) and the audit log. Handlers:
// electron/server/realtime/organizer/records.ts.
import { call } from '../call.js';
import type { AuditEntry, StageSheetRow } from '../desk-views.js';
import * as ds from '../desk-schemas.js';
import * as s from '../schemas.js';
import type { SheetHistoryRow, SheetSaveReply } from '../views.js';

export const recordsCalls = {
  'sheet:correct': call<SheetSaveReply>()(s.correctSheetSchema),
  'sheet:history': call<SheetHistoryRow[]>()(s.sheetHistorySchema),
  'sheets:list': call<StageSheetRow[]>()(ds.sheetsListSchema),
  'audit:list': call<{ rows: AuditEntry[]; more: boolean }>()(ds.auditListSchema),
};
