// Every migration, in order. Append a new file's export at the end; never edit or reorder a
// shipped one (docs/MIGRATIONS.md).
import { festival } from './001-festival.js';
import { assets } from './002-assets.js';
import { openAggregation } from './003-open-aggregation.js';
import { entryDetails } from './004-entry-details.js';
import { commentRelease } from './005-comment-release.js';
import { entryOut } from './006-entry-out.js';
import { signatories } from './007-signatories.js';
import { peoplesChoice } from './008-peoples-choice.js';
import { changeLog } from './009-change-log.js';
import type { Migration } from './types.js';

export type { Migration } from './types.js';

export const migrations: readonly Migration[] = [
  festival,
  assets,
  openAggregation,
  entryDetails,
  commentRelease,
  entryOut,
  signatories,
  peoplesChoice,
  changeLog,
];

/** The schema version this app writes: the last migration's id. */
export const schemaVersion = migrations.length;
