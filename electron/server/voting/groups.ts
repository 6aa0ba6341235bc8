// The groups people vote in, from the setup and the voting scope: one per category (in
// the categories' order), or one for the whole festival. A group's storage key is its
// category id, or '' for the festival-wide vote.
import { DomainError } from '../../../shared/contract/errors.js';
import type { Entry, Id } from '../../../shared/model.js';
import { rankFavourites, type FavouriteRow } from '../../../shared/voting.js';
import type { SetupState } from '../db/setup-repo.js';
import type { Venue } from '../services/venue.js';

export type VotingGroup = {
  key: string;
  categoryId: Id | null;
  name: string;
  /** In running order (category order, then the entry's order). */
  entries: Entry[];
};

export const groupKey = (categoryId: Id | null): string => categoryId ?? '';

function byRunningOrder(setup: SetupState): Entry[] {
  const rank = new Map(setup.categories.map((c, i) => [c.id, i]));
  return [...setup.entries].sort(
    (a, b) =>
      (rank.get(a.categoryId) ?? 0) - (rank.get(b.categoryId) ?? 0) ||
      a.order - b.order ||
      a.code.localeCompare(b.code),
  );
}

export function votingGroups(venue: Venue): VotingGroup[] {
  const setup = venue.setup();
  if (!setup) return [];
  const entries = byRunningOrder(setup);
  if (venue.repos.voting.settings().scope === 'festival')
    return [{ key: '', categoryId: null, name: setup.festival.name, entries }];
  return setup.categories.map((c) => ({
    key: c.id,
    categoryId: c.id,
    name: c.name,
    entries: entries.filter((e) => e.categoryId === c.id),
  }));
}

/** The group of the current scope for a category id (null: the festival), or NOT_FOUND. */
export function requireGroup(venue: Venue, categoryId: Id | null): VotingGroup {
  const group = votingGroups(venue).find((g) => g.categoryId === categoryId);
  if (!group)
    throw new DomainError('NOT_FOUND', [
      categoryId === null
        ? 'voting is per category: name a category'
        : `no voting group for category ${categoryId}`,
    ]);
  return group;
}

export type GroupTally = VotingGroup & {
  open: boolean;
  turnout: number;
  voidedVotes: number;
  rows: FavouriteRow[];
};

/** Every group with its counted votes, computed from the stored votes. */
export function tallyGroups(venue: Venue): GroupTally[] {
  const repo = venue.repos.voting;
  const open = repo.openGroups();
  const voided = repo.voidedVotes();
  const byGroup = new Map<string, Array<{ entryId: string; votes: number }>>();
  for (const t of repo.tally()) {
    const list = byGroup.get(t.groupKey) ?? [];
    list.push({ entryId: t.entryId, votes: t.votes });
    byGroup.set(t.groupKey, list);
  }
  return votingGroups(venue).map((g) => {
    const tally = byGroup.get(g.key) ?? [];
    return {
      ...g,
      open: open.has(g.key),
      turnout: tally.reduce((n, t) => n + t.votes, 0),
      voidedVotes: voided.get(g.key) ?? 0,
      rows: rankFavourites(
        tally,
        g.entries.map((e) => e.id),
      ),
    };
  });
}
