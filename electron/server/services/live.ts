// Live control by the organizer: now presenting, entry phases, timers, what screens show
// (the reveal ceremony is reveal.ts), tie decisions, juror codes. Every action is one commit with an audit row.
import { DomainError } from '../../../shared/contract/errors.js';
import type { ParsedOf, organizerCalls } from '../../../shared/contract/events.js';
import type { PanelLive, Release } from '../../../shared/model.js';
import { transition as nextPhase } from '../../../shared/scoring/index.js';
import { applyTimer, discardsTime, idleTimer, stopTimer } from '../../../shared/timer.js';
import { setJurorCodes } from '../db/setup-repo.js';
import { newPin, newToken } from './ids.js';
import { checkTie } from './tie-check.js';
import type { Venue } from './venue.js';

type In<K extends keyof typeof organizerCalls> = ParsedOf<(typeof organizerCalls)[K]>;

function panelLive(venue: Venue, panelId: string): PanelLive {
  const setup = venue.requireSetup();
  if (!setup.panels.some((p) => p.id === panelId))
    throw new DomainError('NOT_FOUND', [`panel ${panelId}`]);
  const found = venue.lives().find((l) => l.panelId === panelId);
  if (found) return found;
  const stage = setup.stages[0];
  if (!stage) throw new DomainError('INVALID_SETUP', ['no stage']);
  return {
    panelId,
    stageId: stage.id,
    presentingEntryId: null,
    timer: idleTimer(stage.presentationSec),
  };
}

function stageOf(venue: Venue, stageId: string) {
  const stage = venue.requireSetup().stages.find((s) => s.id === stageId);
  if (!stage) throw new DomainError('NOT_FOUND', [`stage ${stageId}`]);
  return stage;
}

export function present(venue: Venue, actor: string, input: In<'panel:present'>): void {
  const live = panelLive(venue, input.panelId);
  const stage = stageOf(venue, live.stageId);
  const entry = input.entryId === null ? null : venue.entry(input.entryId);
  if (input.entryId !== null && !entry)
    throw new DomainError('NOT_FOUND', [`entry ${input.entryId}`]);
  if (entry && entry.panelId !== input.panelId) throw new DomainError('NOT_YOUR_PANEL');
  let phase = entry ? venue.phase(stage.id, entry.id) : null;
  if (entry && phase !== null && phase !== 'scoring') {
    const next = nextPhase(phase, 'present');
    if (!next.ok) throw new DomainError(next.code, [`${entry.code}: ${phase} -> presenting`]);
    phase = next.phase;
  }
  const previous = live.presentingEntryId;
  venue.commit([{ kind: 'live', panelId: input.panelId }], () => {
    // The entry leaving the stage opens for scoring, so jurors can finish its sheets.
    if (previous && previous !== entry?.id && venue.phase(stage.id, previous) === 'presenting')
      venue.setPhase(stage.id, previous, 'scoring');
    if (entry && phase) venue.setPhase(stage.id, entry.id, phase);
    venue.repos.live.saveLive({
      ...live,
      presentingEntryId: entry?.id ?? null,
      timer: idleTimer(stage.presentationSec),
    });
    venue.repos.audit.add({
      at: venue.now(),
      actor,
      action: 'panel.present',
      target: input.panelId,
      old: previous,
      new: entry?.id ?? null,
    });
  });
}

/** A panel moves to another stage: nothing on stage, timer idle; the entry that was on stage opens for scoring. */
export function setPanelStage(venue: Venue, actor: string, input: In<'panel:stage'>): void {
  const live = panelLive(venue, input.panelId);
  const stage = stageOf(venue, input.stageId);
  if (live.stageId === stage.id) return;
  venue.commit([{ kind: 'live', panelId: input.panelId }], () => {
    if (
      live.presentingEntryId &&
      venue.phase(live.stageId, live.presentingEntryId) === 'presenting'
    )
      venue.setPhase(live.stageId, live.presentingEntryId, 'scoring');
    venue.repos.live.saveLive({
      panelId: input.panelId,
      stageId: stage.id,
      presentingEntryId: null,
      timer: idleTimer(stage.presentationSec),
    });
    venue.repos.audit.add({
      at: venue.now(),
      actor,
      action: 'panel.stage',
      target: input.panelId,
      old: live.stageId,
      new: stage.id,
    });
  });
}

export function transitionEntry(venue: Venue, actor: string, input: In<'entry:transition'>): void {
  const entry = venue.entry(input.entryId);
  if (!entry) throw new DomainError('NOT_FOUND', [`entry ${input.entryId}`]);
  const stage = stageOf(venue, input.stageId);
  if (input.action === 'present') {
    present(venue, actor, { panelId: entry.panelId, entryId: entry.id });
    return;
  }
  const phase = venue.phase(stage.id, entry.id);
  const next = nextPhase(phase, input.action, input.reason ?? null);
  if (!next.ok) throw new DomainError(next.code, [`${entry.code}: ${phase} -/-> ${input.action}`]);
  const missing = input.action === 'lock' ? missingJurors(venue, stage.id, entry.id) : [];
  // Locking with sheets still missing freezes the entry without them: only on purpose.
  if (missing.length > 0 && !input.reason)
    throw new DomainError('MISSING_SHEETS', [`${entry.code}: ${missing.join(', ')}`]);
  const live = panelLive(venue, entry.panelId);
  const onStage = live.presentingEntryId === entry.id;
  venue.commit([{ kind: 'live', panelId: entry.panelId, locked: next.phase === 'locked' }], () => {
    venue.setPhase(stage.id, entry.id, next.phase);
    if (input.action === 'requeue' && onStage)
      venue.repos.live.saveLive({
        ...live,
        presentingEntryId: null,
        timer: idleTimer(stage.presentationSec),
      });
    // A locked entry's clock has nothing left to time: it stops where it is, for good.
    if (next.phase === 'locked' && onStage)
      venue.repos.live.saveLive({ ...live, timer: stopTimer(live.timer, venue.now()) });
    venue.repos.audit.add({
      at: venue.now(),
      actor,
      action: `entry.${input.action}`,
      target: `${stage.id}/${entry.id}`,
      old: phase,
      new: next.phase,
      // The jurors whose sheets the lock left out stay on record next to the reason.
      reason: input.reason
        ? `${input.reason}${missing.length > 0 ? ` — ${missingNote}: ${missing.join(', ')}` : ''}`
        : null,
    });
  });
}

const missingNote = 'dikunci tanpa lembar dari';

/** Names of the expected, non-recused jurors whose submitted sheet the entry lacks. */
function missingJurors(venue: Venue, stageId: string, entryId: string): string[] {
  const row = venue.standings(stageId)?.overall.find((r) => r.entryId === entryId);
  if (!row) return [];
  const jurors = venue.requireSetup().jurors;
  return row.missingJurorIds.map((id) => jurors.find((j) => j.id === id)?.name ?? id);
}

export function controlTimer(venue: Venue, actor: string, input: In<'timer:control'>): void {
  const live = panelLive(venue, input.panelId);
  const stage = stageOf(venue, live.stageId);
  // A stray third press must not wipe a Q&A under way: throwing time away is deliberate.
  if (discardsTime(live.timer, input.action) && !input.confirm)
    throw new DomainError('TIMER_RUNNING', [`${input.panelId}: ${live.timer.segment}`]);
  const timer = applyTimer(live.timer, input.action, venue.now(), stage);
  venue.commit([{ kind: 'live', panelId: input.panelId }], () => {
    venue.repos.live.saveLive({ ...live, timer });
    venue.repos.audit.add({
      at: venue.now(),
      actor,
      action: `timer.${input.action}`,
      target: input.panelId,
    });
  });
}

export function setRelease(venue: Venue, actor: string, input: In<'release:set'>): void {
  const before = venue.repos.live.release();
  if (input.stageId) stageOf(venue, input.stageId);
  const after: Release = {
    ...before,
    privacy: input.privacy ?? before.privacy,
    stageId: input.stageId === undefined ? before.stageId : input.stageId,
    message: input.message ?? before.message,
  };
  venue.commit([{ kind: 'screens' }], () => {
    venue.repos.live.saveRelease(after);
    venue.repos.audit.add({
      at: venue.now(),
      actor,
      action: 'release.set',
      target: 'screens',
      old: before,
      new: after,
    });
  });
}

export function setScreenMode(venue: Venue, actor: string, input: In<'screen:mode'>): void {
  if (input.panelId) panelLive(venue, input.panelId);
  venue.commit([{ kind: 'screens' }], () => {
    venue.repos.live.saveScreen(input.screen, input.mode, input.panelId ?? null);
    venue.repos.audit.add({
      at: venue.now(),
      actor,
      action: 'screen.mode',
      target: input.screen,
      new: { mode: input.mode, panelId: input.panelId ?? null },
    });
  });
}

export function decideTie(venue: Venue, actor: string, input: In<'tie:decide'>): void {
  const stage = stageOf(venue, input.stageId);
  for (const id of input.entryIds)
    if (!venue.entry(id)) throw new DomainError('NOT_FOUND', [`entry ${id}`]);
  if (new Set(input.entryIds).size !== input.entryIds.length)
    throw new DomainError('BAD_INPUT', ['entryIds: duplicates']);
  checkTie(venue, stage, input.categoryId, input.entryIds);
  venue.commit([{ kind: 'setup' }], () => {
    venue.repos.live.addTieDecision(input, venue.now());
    venue.repos.audit.add({
      at: venue.now(),
      actor,
      action: 'tie.decide',
      target: input.stageId,
      new: input,
      reason: input.reason,
    });
  });
}

export function jurorCode(
  venue: Venue,
  actor: string,
  input: In<'juror:code'>,
): { pin: string; token: string } | null {
  const setup = venue.requireSetup();
  const juror = setup.jurors.find((j) => j.id === input.jurorId);
  if (!juror) throw new DomainError('NOT_FOUND', [`juror ${input.jurorId}`]);
  const codes =
    input.action === 'reissue'
      ? { pin: newPin(new Set(setup.jurors.map((j) => j.pin))), token: newToken() }
      : { pin: juror.pin, token: juror.token };
  venue.commit([{ kind: 'setup' }], () => {
    setJurorCodes(venue.db, juror.id, codes, input.action === 'revoke');
    venue.repos.audit.add({
      at: venue.now(),
      actor,
      action: `juror.${input.action}`,
      target: juror.id,
    });
  });
  return input.action === 'reissue' ? codes : null;
}
