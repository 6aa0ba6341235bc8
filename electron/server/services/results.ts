// The full results document: every stage's standings, the combined ranking, and the setup
// they refer to. Served to the organizer (socket call and HTTP export).
import type { ResultsExport } from '../../../shared/contract/views.js';
import { combineStages } from '../../../shared/scoring/index.js';
import { favouriteResults } from '../voting/views.js';
import type { Venue } from './venue.js';

export function resultsExport(venue: Venue): ResultsExport {
  const setup = venue.requireSetup();
  const stages = setup.stages.flatMap((stage) => {
    const standings = venue.standings(stage.id);
    return standings ? [{ stage, standings }] : [];
  });
  const weighted = stages.filter((s) => s.stage.finalWeightBp > 0);
  return {
    festival: setup.festival,
    generatedAt: venue.now(),
    stages,
    combined: weighted.length > 1 ? combineStages(weighted) : null,
    categories: setup.categories,
    entries: setup.entries,
    jurors: setup.jurors.map(({ pin: _p, token: _t, revoked: _r, ...j }) => j),
    // People's choice: its own section, never part of the standings above.
    favourites: favouriteResults(venue),
  };
}
