// The organizer's side of people's choice: settings, opening and closing per group, ballot
// tickets (made from the CSPRNG, voided with a reason) and the favourite's reveal on the
// screens. One commit and one audit row each; voters are told (ballot:changed) when what
// their ballot shows changed.
import { randomInt } from 'node:crypto';
import { DomainError } from '../../../shared/contract/errors.js';
import type { ParsedOf } from '../../../shared/contract/call.js';
import type { votingCalls } from '../../../shared/contract/organizer/voting.js';
import type { TicketList } from '../../../shared/contract/voting-views.js';
import type { ScreenSetting } from '../../../shared/model.js';
import { mainScreen } from '../../../shared/screen-modes.js';
import {
  formatTicket,
  normalizeTicket,
  ticketAlphabet,
  ticketLength,
} from '../../../shared/voting.js';
import type { Venue } from '../services/venue.js';
import { groupKey, requireGroup } from './groups.js';

type In<K extends keyof typeof votingCalls> = ParsedOf<(typeof votingCalls)[K]>;

/** At most this many tickets in a festival (a hall of 400 entries has far fewer voters). */
export const maxTickets = 50_000;

/** `length` symbols of the ticket alphabet from the server's CSPRNG (5 bits each). */
export function randomCode(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ticketAlphabet[randomInt(ticketAlphabet.length)];
  return out;
}

const audit = (
  venue: Venue,
  actor: string,
  action: string,
  target: string,
  values: { old?: unknown; new?: unknown; reason?: string },
) => venue.repos.audit.add({ at: venue.now(), actor, action, target, ...values });

export function saveVotingSettings(venue: Venue, who: string, input: In<'voting:settings'>): void {
  const repo = venue.repos.voting;
  const before = repo.settings();
  const next = {
    mode: input.mode ?? before.mode,
    scope: input.scope ?? before.scope,
    display: input.display ?? before.display,
  };
  if ((next.mode !== before.mode || next.scope !== before.scope) && repo.voteCount() > 0)
    throw new DomainError('BAD_TRANSITION', [
      'votes are stored: the voting mode and scope can no longer change',
    ]);
  const ballot = next.mode !== before.mode || next.scope !== before.scope;
  venue.commit([{ kind: 'voting', ballot }], () => {
    // A new scope has other groups: whatever was open under the old one closes.
    if (next.scope !== before.scope)
      for (const key of repo.openGroups()) repo.setOpen(key, false, venue.now());
    repo.saveSettings({ ...next, reveal: before.reveal }, venue.now());
    const { reveal: _r, ...old } = before;
    audit(venue, who, 'voting.settings', 'voting', { old, new: next });
  });
}

export function openVoting(venue: Venue, who: string, input: In<'voting:open'>): void {
  const repo = venue.repos.voting;
  const group = requireGroup(venue, input.categoryId);
  if (repo.openGroups().has(group.key) === input.open) return;
  venue.commit([{ kind: 'voting', ballot: true }], () => {
    repo.setOpen(group.key, input.open, venue.now());
    audit(venue, who, input.open ? 'voting.open' : 'voting.close', group.name, {
      new: { categoryId: group.categoryId },
    });
  });
}

export function makeTickets(
  venue: Venue,
  who: string,
  input: In<'tickets:make'>,
): { made: number; total: number } {
  const repo = venue.repos.voting;
  const total = repo.ticketCounts().issued;
  if (total + input.count > maxTickets)
    throw new DomainError('BAD_INPUT', [`at most ${maxTickets} tickets (${total} made)`]);
  return venue.commit([], () => {
    for (let serial = total + 1; serial <= total + input.count; serial++) {
      let code = randomCode(ticketLength);
      while (repo.ticket(code)) code = randomCode(ticketLength);
      repo.addTicket(serial, code, venue.now());
    }
    audit(venue, who, 'tickets.make', 'tickets', {
      new: { made: input.count, serials: [total + 1, total + input.count] },
    });
    return { made: input.count, total: total + input.count };
  });
}

export function listTickets(venue: Venue, input: In<'tickets:list'>): TicketList {
  const repo = venue.repos.voting;
  const total = repo.ticketCounts().issued;
  const tickets = repo.tickets(input.from ?? 1, input.count ?? maxTickets);
  return {
    total,
    tickets: tickets.map((t) => ({ serial: t.serial, code: t.code, voided: t.voidedAt !== null })),
  };
}

/** Voids a lost or stolen ticket: refused from now on; its stored votes stop counting. */
export function voidTicket(
  venue: Venue,
  who: string,
  input: In<'ticket:void'>,
): { code: string; votes: number } {
  const repo = venue.repos.voting;
  const code = normalizeTicket(input.code);
  const ticket = code === null ? undefined : repo.ticket(code);
  if (!ticket || code === null) throw new DomainError('TICKET_UNKNOWN');
  if (ticket.voidedAt !== null) throw new DomainError('TICKET_VOIDED');
  const votes = repo.votesOf({ ticketCode: code });
  return venue.commit([{ kind: 'voting', ballot: false }], () => {
    repo.voidTicket(code, input.reason, venue.now());
    audit(venue, who, 'ticket.void', `ticket ${formatTicket(code)}`, {
      new: {
        serial: ticket.serial,
        votes: votes.map((v) => ({ categoryId: v.groupKey || null, entryId: v.entryId })),
      },
      reason: input.reason,
    });
    return { code, votes: votes.length };
  });
}

/**
 * Shows a closed group's favourite on the screens named (they switch to the voting mode
 * and remember theirs), or takes it down (each screen goes back unless it was moved
 * meanwhile).
 */
export function revealFavourite(venue: Venue, who: string, input: In<'favourite:reveal'>): void {
  const repo = venue.repos.voting;
  const settings = repo.settings();
  const live = venue.repos.live;
  if (input.action === 'end') {
    const reveal = settings.reveal;
    if (!reveal) return;
    const now = new Map(live.screens().map((s) => [s.name, s]));
    venue.commit([{ kind: 'screens' }], () => {
      for (const s of reveal.restore)
        if (now.get(s.name)?.mode === 'voting') live.saveScreen(s.name, s.mode, s.panelId);
      repo.saveSettings({ ...settings, reveal: null }, venue.now());
      audit(venue, who, 'favourite.reveal.end', reveal.categoryId ?? 'festival', {});
    });
    return;
  }
  const group = requireGroup(venue, input.categoryId ?? null);
  if (repo.openGroups().has(group.key))
    throw new DomainError('BAD_TRANSITION', [
      `voting in ${group.name} is still open: close it first`,
    ]);
  const names = input.screens ?? [mainScreen];
  const known = new Map(live.screens().map((s) => [s.name, s]));
  const restore: ScreenSetting[] = names.map(
    (name) =>
      settings.reveal?.restore.find((s) => s.name === name) ??
      known.get(name) ?? { name, mode: 'leaderboard', panelId: null },
  );
  venue.commit([{ kind: 'screens' }], () => {
    for (const name of names) live.saveScreen(name, 'voting', null);
    repo.saveSettings(
      {
        ...settings,
        reveal: { categoryId: group.categoryId, startedAt: venue.now(), screens: names, restore },
      },
      venue.now(),
    );
    audit(venue, who, 'favourite.reveal.start', group.name, {
      new: { categoryId: group.categoryId, screens: names, key: groupKey(group.categoryId) },
    });
  });
}
