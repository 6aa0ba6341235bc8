// What the results archive sends the desk: past festivals found in the data folder's
// archive/, each read from a copy (the file itself is never written), summarized with how
// it was scored (stages, method, rubric) and its winners.
import type { Festival } from '../model.js';

export type ArchivedPlace = {
  rank: number;
  tied: boolean;
  code: string;
  title: string;
  institution: string;
  scoreMicro: number | null;
};

export type ArchivedStage = {
  id: string;
  name: string;
  /** The scoring method's name (shared/scoring/methods.ts). */
  aggregation: string;
  criteria: Array<{ name: string; weightBp: number }>;
  entries: number;
  locked: number;
  /** The first places of each category, in category order. */
  winners: Array<{ category: string; places: ArchivedPlace[] }>;
};

export type ArchivedFestival = {
  /** The file inside archive/: "name.db" or "folder/panggung.db". */
  id: string;
  bytes: number;
  modifiedAt: number;
  /** Null when the file could not be read; `refused` says why. */
  festival: Festival | null;
  schemaVersion: number | null;
  entries: number;
  stages: ArchivedStage[];
  refused: string | null;
};
