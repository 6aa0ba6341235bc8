// 5: the organizer's release of jurors' comments for publication (feedback sheets, the
// catalogue): per juror x entry x stage, the comment as it was approved (source_text, to
// notice a later change) and the text published without the juror's name (public_text,
// which the organizer may shorten or redact). Shipped: never edit it.
import type { Migration } from './types.js';

export const commentRelease: Migration = {
  id: 5,
  name: 'comment-release',
  up(db) {
    db.exec(`
  CREATE TABLE comment_release (
    juror_id TEXT NOT NULL REFERENCES juror(id) ON DELETE CASCADE,
    entry_id TEXT NOT NULL REFERENCES entry(id) ON DELETE CASCADE,
    stage_id TEXT NOT NULL REFERENCES stage(id) ON DELETE CASCADE,
    source_text TEXT NOT NULL, public_text TEXT NOT NULL,
    approved_at INTEGER NOT NULL, approved_by TEXT NOT NULL,
    PRIMARY KEY (juror_id, entry_id, stage_id)
  ) STRICT;
  `);
  },
};
