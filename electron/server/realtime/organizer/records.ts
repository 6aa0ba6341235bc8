// Handlers of the "records" feature (shared/contract/organizer/records.ts).
import type { recordsCalls } from '../../../../shared/contract/organizer/records.js';
import { auditList, sheetHistory, stageSheets } from '../../services/desk-reports.js';
import { correctSheet } from '../../services/sheets.js';
import type { FeatureHandlers } from './context.js';

export const recordsHandlers: FeatureHandlers<typeof recordsCalls> = ({ venue, who }) => ({
  'sheet:correct': (input) => correctSheet(venue, who, input),
  'sheet:history': (input) => sheetHistory(venue, input),
  'sheets:list': (input) => stageSheets(venue, input),
  'audit:list': (input) => auditList(venue, input),
});
