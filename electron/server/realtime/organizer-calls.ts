// The organizer's calls, each a one-line adapter onto a service. The hub binds them to an
// authenticated organizer socket; parsing and the error envelope are bind.ts's job.
import { closeStage } from '../services/stage-close.js';
import { DomainError } from '../../../shared/contract/errors.js';
import type { organizerCalls } from '../../../shared/contract/events.js';
import type { OrganizerSnapshot } from '../../../shared/contract/views.js';
import { backupNow, listBackups, restoreBackup } from '../services/backup.js';
import { auditList, stageSheets } from '../services/desk-reports.js';
import * as live from '../services/live.js';
import { setLogo } from '../services/logos.js';
import { setPublicAddress } from '../services/addresses.js';
import { confirmOfficial } from '../services/finality.js';
import { resultsExport } from '../services/results.js';
import { controlReveal } from '../services/reveal.js';
import * as roster from '../services/roster-edit.js';
import { importRoster } from '../services/roster-import.js';
import * as publish from '../services/publish.js';
import { buildCatalogue, printCatalogue } from '../services/catalogue.js';
import { exportPack, importPack } from '../services/pack.js';
import * as edit from '../services/setup-edit.js';
import { exportSetup, importSetup } from '../services/setup.js';
import { correctSheet } from '../services/sheets.js';
import type { Venue } from '../services/venue.js';
import type { Handlers } from './bind.js';

const notSetUp = (): never => {
  throw new DomainError('NOT_FOUND', ['no festival is set up yet']);
};

/** `who` is the organizer connection as the audit log names it. */
export function organizerHandlers(
  venue: Venue,
  who: string,
  dataDir: string,
  organizerView: () => OrganizerSnapshot | null,
): Handlers<typeof organizerCalls> {
  return {
    'snapshot:get': () => organizerView() ?? notSetUp(),
    'setup:import': (input) => importSetup(venue, who, input.setup, input.replace),
    'setup:export': () => exportSetup(venue),
    'panel:present': (input) => (live.present(venue, who, input), null),
    'panel:stage': (input) => (live.setPanelStage(venue, who, input), null),
    'entry:transition': (input) => (live.transitionEntry(venue, who, input), null),
    'timer:control': (input) => (live.controlTimer(venue, who, input), null),
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
    'release:set': (input) => (live.setRelease(venue, who, input), null),
    'reveal:control': (input) => (controlReveal(venue, who, input), null),
    'screen:mode': (input) => (live.setScreenMode(venue, who, input), null),
    'screens:address': (input) => (setPublicAddress(venue, who, input.base), null),
    'tie:decide': (input) => (live.decideTie(venue, who, input), null),
    'stage:close': (input) => closeStage(venue, who, input),
    'juror:code': (input) => live.jurorCode(venue, who, input),
    'results:get': () => resultsExport(venue),
    'results:official': (input) => confirmOfficial(venue, who, input),
    'logo:set': (input) => (setLogo(venue, who, input.slot, input.base64), null),
    'backup:now': () => backupNow(venue.db, dataDir, 'manual'),
    'backup:list': () => listBackups(dataDir),
    'backup:restore': (input) => restoreBackup(venue, dataDir, input.file, who),
    'audit:list': (input) => auditList(venue, input),
    'sheets:list': (input) => stageSheets(venue, input),
    'festival:save': (input) => edit.saveFestival(venue, who, input),
    'stage:save': (input) => edit.saveStage(venue, who, input),
    'stage:delete': (input) => edit.deleteStage(venue, who, input),
    'category:save': (input) => edit.saveNamed(venue, who, 'category', input),
    'category:delete': (input) => edit.deleteNamed(venue, who, 'category', input),
    'panel:save': (input) => edit.saveNamed(venue, who, 'panel', input),
    'panel:delete': (input) => edit.deleteNamed(venue, who, 'panel', input),
    'category:reorder': (input) => edit.reorderNamed(venue, who, 'category', input),
    'panel:reorder': (input) => edit.reorderNamed(venue, who, 'panel', input),
    'entry:save': (input) => roster.saveEntry(venue, who, input),
    'entry:details': (input) => roster.entryDetails(venue, input),
    'entry:delete': (input) => roster.deleteEntry(venue, who, input),
    'entry:reorder': (input) => roster.reorderEntries(venue, who, input),
    'juror:save': (input) => roster.saveJuror(venue, who, input),
    'juror:delete': (input) => roster.deleteJuror(venue, who, input),
    'roster:import': (input) => importRoster(venue, who, input),
    'comments:list': (input) => publish.listComments(venue, input),
    'comment:release': (input) => publish.releaseComment(venue, who, input),
    'feedback:html': (input) => publish.feedbackHtml(venue, input),
    'feedback:export': (input) => publish.feedbackExport(venue, input),
    'pack:export': (input) => exportPack(venue, input),
    'pack:import': (input) => importPack(venue, who, input),
    'catalogue:build': (input) => buildCatalogue(venue, who, input),
    'catalogue:print': (input) => printCatalogue(venue, input),
  };
}
