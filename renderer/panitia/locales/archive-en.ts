// The desk's results archive page in English; mirrors ./archive-id.ts.
import type { Messages } from '../../common/i18n.js';

export const archiveEn = {
  arch: {
    nav: 'Results archive',
    title: 'Results archive',
    lead: "Past years' festivals side by side: how they were scored (stages, method, criterion weights) and who won. Archived files are only read, never changed.",
    where:
      'The archive is the archive/ folder inside the data folder: copy a past festival’s data folder (holding panggung.db) or its .db file (a backup works too) there. File names: letters, digits, dots, underscores and hyphens.',
    save: 'Keep this festival in the archive',
    saved: 'Kept in the archive as {{id}}.',
    empty: 'No festival in the archive yet.',
    readOnly: 'read-only',
    file: 'File: {{id}}',
    entries: '{{count}} entries',
    method: 'Method: {{method}}',
    locked: '{{locked}} of {{entries}} locked',
    criteria: 'Criteria and weights',
    winners: 'Winners',
    noWinners: 'No ranking yet.',
    refused: 'Cannot be opened: {{why}}',
  },
} satisfies Messages;
