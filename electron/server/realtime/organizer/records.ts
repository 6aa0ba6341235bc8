// Handlers of the "records" feature (shared/contract/organizer/records.ts).
import type { recordsCalls } from '../../../../shared/contract/organizer/records.js';
import { auditList, stageSheets } from '../../services/desk-reports.js';
import { correctSheet } from '../../services/sheets.js';
import type { FeatureHandlers } from './context.js';

export const recordsHandlers: FeatureHandlers<typeof recordsCalls> = ({ venue, who }) => ({
  'sheet:correct': (input) => correctSheet(venue, who, input),
  'sheet:history': (input) => {
    const versions = venue.repos.sheets.history(input.jurorId, input.entryId, input.stageId);
    const counted = versions.filter((v) => v.status === 'submitted').at(-1);
    return versions.map((v) => ({
      submissionId: v.submissionId,
      counted: v === counted,
      version: v.version,
      status: v.status,
      values: v.values,
      comment: v.comment,
      createdAt: v.createdAt,
      author: v.author,
      reason: v.reason,
    }));
  },
  'sheets:list': (input) => stageSheets(venue, input),
  'audit:list': (input) => auditList(venue, input),
});
