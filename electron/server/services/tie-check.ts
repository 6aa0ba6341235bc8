// A head-juror decision must settle a real tie: the entries it orders are exactly the
// entries sharing one rank in the current ranking as the tie-break chain leaves it
// (before any recorded decision). Anything else would be recorded and change nothing,
// or silently reorder entries that are not tied.
import { DomainError } from '../../../shared/contract/errors.js';
import type { Id, Stage } from '../../../shared/model.js';
import { computeStandings } from '../../../shared/scoring/index.js';
import type { Venue } from './venue.js';

export function checkTie(venue: Venue, stage: Stage, categoryId: Id | null, entryIds: Id[]): void {
  const setup = venue.requireSetup();
  if (categoryId !== null && !setup.categories.some((c) => c.id === categoryId))
    throw new DomainError('NOT_FOUND', [`category ${categoryId}`]);
  const undecided = computeStandings({
    stage,
    entries: setup.entries,
    jurors: setup.jurors,
    categories: setup.categories,
    sheets: venue.sheetsOfStage(stage.id),
    tieDecisions: [],
  });
  const rows = categoryId === null ? undecided.overall : (undecided.byCategory[categoryId] ?? []);
  const picked = rows.filter((r) => entryIds.includes(r.entryId));
  const rank = picked[0]?.rank ?? null;
  const group = rank === null ? [] : rows.filter((r) => r.rank === rank);
  const code = (id: Id) => setup.entries.find((e) => e.id === id)?.code ?? id;
  const tied =
    picked.length === entryIds.length &&
    rank !== null &&
    picked.every((r) => r.rank === rank && r.tied) &&
    group.length === picked.length;
  if (!tied)
    throw new DomainError(
      'NOT_TIED',
      entryIds.map((id) => {
        const r = rows.find((x) => x.entryId === id);
        if (!r) return `${code(id)}: not in this ranking`;
        if (r.rank === null) return `${code(id)}: not scored`;
        const shared = rows.filter((x) => x.rank === r.rank).map((x) => code(x.entryId));
        return shared.length > 1
          ? `${code(id)}: rank ${r.rank}, tied with ${shared.filter((c) => c !== code(id)).join(', ')}`
          : `${code(id)}: rank ${r.rank}, not tied`;
      }),
    );
}
