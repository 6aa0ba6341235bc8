// Payload schemas of the organizer desk's results and paperwork calls: the audit
// log page and the raw sheets behind the exports. Parsed at the edge like every payload.
import { z } from 'zod';
import { idSchema } from './schemas.js';

const filterText = z.string().trim().max(120);

export const auditListSchema = z
  .object({
    /** Exact action (e.g. "sheet.correct"), or a prefix ending in "." ("entry."). */
    action: filterText.optional(),
    /** Substring of the actor ("organizer@127.0.0.1", "juror:j-a1"). */
    actor: filterText.optional(),
    /** Substring of the target (entry, juror, panel ids...). */
    target: filterText.optional(),
    /** Epoch ms: rows at or after. */
    since: z.number().int().min(0).optional(),
    /** Paging: rows with an id below this one (the last row of the previous page). */
    beforeId: z.number().int().min(1).optional(),
    limit: z.number().int().min(1).max(5000).default(200),
  })
  .strict();

export const sheetsListSchema = z.object({ stageId: idSchema }).strict();
