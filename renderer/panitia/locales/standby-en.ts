// The desk's hot standby messages in English; mirrors ./standby-id.ts.
import type { Messages } from '../../common/i18n.js';
import type { standbyId } from './standby-id.js';

export const standbyEn = {
  sb: {
    nav: 'Standby laptop',
    title: 'Standby laptop',
    lead: 'A second laptop that copies this festival as it happens. If this laptop dies, the standby takes over and no score is lost.',
    pairTitle: 'Pair a standby laptop',
    pairLead:
      'On the second laptop: open Panggung, menu Festival → “Make this the standby laptop...”, then type this address and code (or paste the whole line).',
    address: "This laptop's address",
    code: 'Pairing code',
    line: 'Whole line (address + code)',
    qrAlt: 'QR holding the address and the pairing code',
    show: 'Show the pairing code',
    hide: 'Hide the code',
    loopback:
      "This address only opens on this laptop itself. Connect the laptop to the hall's network (Wi-Fi) so the standby can reach it.",
    statusTitle: 'Standby status',
    none: 'No standby laptop yet. Without one, the festival stops if this laptop dies.',
    connected: 'Connected',
    disconnected: 'Disconnected',
    standbyAt: 'Standby laptop: {{address}}',
    behind: '{{changes}} changes behind ({{seconds}} seconds)',
    caughtUp: 'Up to date with this laptop',
    alarmDisconnected:
      'The standby is disconnected. The festival goes on on this laptop alone; check the Wi-Fi and the standby.',
    alarmBehind:
      'The standby is {{seconds}} seconds behind. Jurors’ scores wait until the standby has stored them.',
    followingBanner: 'Standby of {{primary}} — {{changes}} changes behind',
    followingLost: 'Standby of {{primary}} — the primary cannot be reached',
    followingHeld: 'Standby of {{primary}} — connected but NOT receiving changes (see the alarms)',
    readOnly: 'This desk is read-only: every change is made on the primary laptop.',
    takeover: 'Take over',
    takeoverTitle: 'Take over the festival on this laptop?',
    takeoverBody:
      'Do this only if the primary laptop ({{primary}}) is really dead or unusable. This laptop becomes the primary; juror pads and screens move here by themselves. The old laptop, if it comes back, refuses every change.',
    takeoverBehind:
      'Caution: this laptop is {{changes}} changes behind the primary. Those changes are not here; juror pads resend the scores that were not confirmed.',
    takeoverHeld:
      'Caution: this laptop is connected but not receiving the primary’s changes (see the alarms). Changes since then, scores already confirmed to jurors included, may not be here.',
    takeoverConfirm: 'Yes, take over',
    takeoverCancel: 'Cancel',
    takenOver: 'This laptop is now the primary (epoch {{epoch}}).',
    replacedBanner: 'This laptop was replaced by the standby. Changes are not accepted here.',
    replacedGo: 'Open the organizer desk on the standby: {{address}}',
    epoch: 'Epoch {{epoch}}',
    become: {
      title: 'Make this laptop the standby',
      lead: 'This laptop will copy the festival from the primary and follow every change. The festival open now is not deleted.',
      address: "The primary's address",
      addressHint:
        "As on the primary's “Standby laptop” card, e.g. http://192.168.1.10:4321 (or paste the whole line).",
      code: 'Pairing code',
      codeHint: '12 letters/digits; may stay empty when the whole line was pasted above.',
      submit: 'Continue',
      badAddress:
        "This is not an address. Type the primary's address, e.g. http://192.168.1.10:4321.",
      badCode: 'The pairing code has 12 letters/digits, as shown on the primary.',
    },
  },
} satisfies Messages & typeof standbyId;
