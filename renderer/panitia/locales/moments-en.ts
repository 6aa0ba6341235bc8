// The desk's moments-of-truth messages in English, mirroring ./moments-id.ts.
import type { Messages } from '../../common/i18n.js';

export const momentsEn = {
  mom: {
    timerTitle: 'Reset the clock ({{segment}})?',
    timerBody:
      '{{segment}} of {{code}} is under way ({{clock}}). Resetting throws that time away and starts the clock over.',
    timerConfirm: 'Yes, reset',
    lockTitle: 'Lock {{code}} with sheets missing?',
    lockBody:
      'These jurors have not submitted for this entry. Locking now leaves their scores out. The written reason goes to the audit log.',
    lockConfirm: 'Lock without their sheets',
    reason: 'Reason (required)',
    cancel: 'Cancel',
    revealScreens: 'Screens for the reveal',
    revealScreensHelp:
      'On start, the chosen screens switch to the reveal at once; when it ends they go back to their previous mode.',
    noScreenShowing: 'No screen is showing the reveal. Check the projector or pick another screen.',
    showingOn: 'Showing on: {{names}}',
    wasPublic:
      'Note: live scores of this stage were shown on screens earlier, so the audience may already know the order.',
    isPublicNow:
      'Scores are live on screens (privacy “Live scores”). The leaderboard is withheld during the reveal.',
    provisionalTitle: 'Results are PROVISIONAL',
    provisionalBody:
      'These entries are not locked. Lock them first in Live control, or go on with a written reason: the result is marked PROVISIONAL on screen and on paper, and the reason goes to the audit log.',
    provisionalConfirm: 'Go on as PROVISIONAL',
    provisionalReveal: 'This reveal is PROVISIONAL (not every score is locked).',
    provisionalDocs: 'This document is PROVISIONAL: {{reason}}',
    stepsLeft: 'Next step: place {{place}}',
    revealDone: 'Every place has been revealed.',
    locked: 'locked',
    provisional: 'provisional',
    publicAddress: 'Address for the audience (welcome screen QR)',
    publicAddressHint: "The audience's phones open this address; pick the hall's Wi-Fi network.",
    noLan:
      'The server has no network (LAN) address: phones cannot open the welcome screen QR. Run the server on 0.0.0.0 and join the hall Wi-Fi.',
    tied: 'tied',
  },
  sign: {
    number: 'Number',
    nip: 'NIP {{nip}}',
    heading: 'Official documents',
    lead: "The minutes' document number and the organizers' signatories. Certificates are signed by the chair of the panel that judged the entry and by the signatories below (none: one blank line for the organizers).",
    documentNumber: 'Minutes document number (Nomor)',
    documentNumberHint: 'E.g. 000.8/412/406.012/2026. Blank: a line is printed to fill in by hand.',
    signatory: 'Signatory {{n}}',
    role: 'Position',
    name: 'Full name and titles',
    nipLabel: 'NIP (civil-servant number, optional)',
    add: 'Add a signatory',
    remove: 'Remove signatory {{n}}',
  },
} satisfies Messages;
