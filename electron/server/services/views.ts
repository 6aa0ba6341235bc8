// Builds what each audience receives. Screens get only what the organizer released:
// no scores unless privacy is "live", and in a reveal no place above the one revealed.
import type {
  ConnectedClient,
  JurorSnapshot,
  OrganizerSnapshot,
  ProgressCell,
  PublicEntry,
  PublicRow,
  ScreenPanel,
  ScreenSnapshot,
  VenueAddresses,
} from '../../../shared/contract/views.js';
import type { Entry, Id, ScreenMode, SheetVersion } from '../../../shared/model.js';
import { revealedRows } from '../../../shared/reveal.js';
import {
  combineStages,
  expectedJurors,
  isRecused,
  isPendingEdit,
  isSettled,
  progressCell,
  sheetTotalMicro,
} from '../../../shared/scoring/index.js';
import type { RankedRow } from '../../../shared/scoring/types.js';
import { idleTimer } from '../../../shared/timer.js';
import type { SetupState } from '../db/setup-repo.js';
import { publicStages } from './finality.js';
import { listLogos } from './logos.js';
import { organizerVoting, screenVoting } from '../voting/views.js';
import { venueInfo } from './place.js';
import type { Venue } from './venue.js';

function meta(venue: Venue) {
  return {
    version: venue.revision,
    serverNow: venue.now(),
    rehearsal: venue.repos.meta.get('rehearsal') === '1',
    venue: venueInfo(venue.place, venue.repos.meta),
  };
}

function liveOf(venue: Venue, setup: SetupState, panelId: Id) {
  const found = venue.lives().find((l) => l.panelId === panelId);
  const stage = setup.stages[0];
  return (
    found ?? {
      panelId,
      stageId: stage?.id ?? '',
      presentingEntryId: null,
      timer: idleTimer(stage?.presentationSec ?? 0),
    }
  );
}

export function jurorSnapshot(venue: Venue, jurorId: Id): JurorSnapshot | null {
  const setup = venue.setup();
  const juror = setup?.jurors.find((j) => j.id === jurorId);
  if (!setup || !juror) return null;
  const live = liveOf(venue, setup, juror.panelId);
  const stage = setup.stages.find((s) => s.id === live.stageId) ?? setup.stages[0];
  if (!stage) return null;
  const categories = new Map(setup.categories.map((c) => [c.id, c.name]));
  const entries = setup.entries
    .filter((e) => e.panelId === juror.panelId && !isRecused(juror, e))
    .sort((a, b) => a.order - b.order)
    .map((entry) => {
      const sheet = venue.currentSheet(stage.id, juror.id, entry.id);
      const counted = venue.countedSheet(stage.id, juror.id, entry.id);
      return {
        entry,
        categoryName: categories.get(entry.categoryId) ?? '',
        phase: venue.phase(stage.id, entry.id),
        mySheet: sheet
          ? {
              status: sheet.status,
              version: sheet.version,
              values: sheet.values,
              comment: sheet.comment,
              updatedAt: sheet.createdAt,
              submissionId: sheet.submissionId,
              submitted: counted
                ? {
                    version: counted.version,
                    values: counted.values,
                    comment: counted.comment,
                    updatedAt: counted.createdAt,
                    submissionId: counted.submissionId,
                    totalMicro: sheetTotalMicro(stage.criteria, counted.values),
                  }
                : null,
              pendingEdit: isPendingEdit(sheet, counted),
            }
          : null,
      };
    });
  return {
    ...meta(venue),
    festival: { id: setup.festival.id, name: setup.festival.name, venue: setup.festival.venue },
    juror: {
      id: juror.id,
      name: juror.name,
      isChair: juror.isChair,
      panelId: juror.panelId,
      token: juror.token,
      panelName: setup.panels.find((p) => p.id === juror.panelId)?.name ?? '',
    },
    stage,
    live,
    entries,
    progress: {
      submitted: entries.filter((e) => e.mySheet?.submitted).length,
      total: entries.length,
    },
  };
}

export function publicEntry(setup: SetupState, e: Entry): PublicEntry {
  return {
    id: e.id,
    code: e.code,
    title: e.title,
    institution: e.institution,
    presenter: e.presenter,
    order: e.order,
    categoryName: setup.categories.find((c) => c.id === e.categoryId)?.name ?? '',
    panelName: setup.panels.find((p) => p.id === e.panelId)?.name ?? '',
  };
}

function publicRows(setup: SetupState, rows: RankedRow[], withScores: boolean): PublicRow[] {
  const out: PublicRow[] = [];
  for (const r of rows) {
    const e = setup.entries.find((x) => x.id === r.entryId);
    if (e)
      out.push({
        rank: r.rank,
        tied: r.tied,
        entry: publicEntry(setup, e),
        scoreMicro: withScores ? r.scoreMicro : null,
      });
  }
  return out;
}

export function screenSnapshot(
  venue: Venue,
  screen: { mode: ScreenMode; panelId: Id | null },
  joinBase: string | null = null,
): ScreenSnapshot | null {
  const setup = venue.setup();
  if (!setup) return null;
  const release = venue.repos.live.release();
  const panels: ScreenPanel[] = setup.panels.map((p) => {
    const live = liveOf(venue, setup, p.id);
    const entry = live.presentingEntryId
      ? setup.entries.find((e) => e.id === live.presentingEntryId)
      : undefined;
    let progress: ScreenPanel['progress'] = null;
    if (entry) {
      const expected = expectedJurors(entry, setup.jurors);
      const submitted = expected.filter(
        (j) => venue.countedSheet(live.stageId, j.id, entry.id) !== undefined,
      ).length;
      progress = { submitted, expected: expected.length };
    }
    return {
      panelId: p.id,
      panelName: p.name,
      live,
      presenting: entry ? publicEntry(setup, entry) : null,
      progress,
    };
  });
  const stageId = release.stageId ?? setup.stages[0]?.id ?? null;
  const standings = stageId ? venue.standings(stageId) : null;
  const stage = setup.stages.find((s) => s.id === stageId);
  let leaderboard: ScreenSnapshot['leaderboard'] = null;
  // During a reveal no leaderboard travels at all, whatever the privacy: it would carry
  // the places not yet revealed.
  if (release.privacy === 'live' && !release.reveal && standings && stage) {
    const provisional = setup.entries.some((e) => !isSettled(venue.phase(stage.id, e.id)));
    leaderboard = {
      stageId: stage.id,
      stageName: stage.name,
      provisional,
      categories: [
        {
          categoryId: null,
          name: 'Semua kategori',
          rows: publicRows(setup, standings.overall, true),
        },
        ...setup.categories.map((c) => ({
          categoryId: c.id,
          name: c.name,
          rows: publicRows(setup, standings.byCategory[c.id] ?? [], true),
        })),
      ],
    };
  }
  let reveal: ScreenSnapshot['reveal'] = null;
  if (release.reveal && standings) {
    const r = release.reveal;
    const source =
      r.categoryId === null ? standings.overall : (standings.byCategory[r.categoryId] ?? []);
    // Never a place above the one revealed so far, and nothing before the first reveal.
    const shown = revealedRows(source, r.places, r.revealedPlace);
    reveal = {
      categoryId: r.categoryId,
      places: r.places,
      revealedPlace: r.revealedPlace,
      startedAt: r.startedAt,
      provisional: r.provisional,
      categoryName:
        r.categoryId === null
          ? 'Semua kategori'
          : (setup.categories.find((c) => c.id === r.categoryId)?.name ?? ''),
      rows: publicRows(setup, shown, true),
    };
  }
  const f = setup.festival;
  return {
    ...meta(venue),
    festival: {
      name: f.name,
      theme: f.theme,
      venue: f.venue,
      startDate: f.startDate,
      endDate: f.endDate,
      logos: listLogos(venue.db),
    },
    screen,
    privacy: release.privacy,
    joinBase,
    message: release.message,
    panels,
    leaderboard,
    reveal,
    voting: screenVoting(venue),
  };
}

/** The grid's view of one sheet: a draft equal to the submitted content is no pending edit. */
function sheetState(latest: SheetVersion | undefined, counted: SheetVersion | undefined) {
  return {
    sheetStatus: !latest
      ? null
      : counted && !isPendingEdit(latest, counted)
        ? counted.status
        : latest.status,
    hasSubmitted: counted !== undefined,
  };
}

export function organizerSnapshot(
  venue: Venue,
  clients: ConnectedClient[],
  addresses: VenueAddresses = { local: '', lan: [], publicBase: null },
): OrganizerSnapshot | null {
  const setup = venue.setup();
  if (!setup) return null;
  const phases: OrganizerSnapshot['phases'] = {};
  const progress: OrganizerSnapshot['progress'] = {};
  const standings: OrganizerSnapshot['standings'] = {};
  for (const stage of setup.stages) {
    const ph: Record<Id, OrganizerSnapshot['phases'][string][string]> = (phases[stage.id] = {});
    const pr: Record<Id, Record<Id, ProgressCell>> = (progress[stage.id] = {});
    for (const e of setup.entries) {
      const phase = venue.phase(stage.id, e.id);
      ph[e.id] = phase;
      const row: Record<Id, ProgressCell> = (pr[e.id] = {});
      for (const j of setup.jurors) {
        if (j.panelId !== e.panelId) continue;
        row[j.id] = progressCell({
          phase,
          recused: isRecused(j, e),
          ...sheetState(
            venue.currentSheet(stage.id, j.id, e.id),
            venue.countedSheet(stage.id, j.id, e.id),
          ),
        });
      }
    }
    const s = venue.standings(stage.id);
    if (s) standings[stage.id] = s;
  }
  const weighted = setup.stages.filter((s) => s.finalWeightBp > 0);
  const combined =
    weighted.length > 1
      ? combineStages(
          weighted.flatMap((stage) =>
            standings[stage.id] ? [{ stage, standings: standings[stage.id]! }] : [],
          ),
        )
      : null;
  const release = venue.repos.live.release();
  const screens = venue.repos.live.screens().map((s) => ({
    ...s,
    online: clients.some((c) => c.kind === 'screen' && c.name === s.name && c.online),
  }));
  return {
    ...meta(venue),
    view: 0, // numbered by the hub when it sends the view (organizer-pushes.ts)
    festival: setup.festival,
    logos: listLogos(venue.db),
    stages: setup.stages,
    categories: setup.categories,
    panels: setup.panels,
    entries: setup.entries,
    jurors: setup.jurors,
    phases,
    live: setup.panels.map((p) => liveOf(venue, setup, p.id)),
    release,
    publicStages: publicStages(venue),
    addresses,
    progress,
    standings,
    combined,
    tieDecisions: venue.repos.live.tieDecisions(),
    clients,
    screens,
    alarms: venue.alarms(),
    voting: organizerVoting(venue),
    standby: venue.place.standby(),
    following: venue.place.following(),
  };
}
