// What a projector screen can show: one registry entry per mode (its name, its labels, the
// snapshot data its view reads, how the projector frames it). The ScreenMode type, the
// screen:mode schema, the desk's mode list and labels, and the projector's view table
// (renderer/layar/mode-views.tsx, typed so every mode has its view) all derive from it:
// adding a mode is one entry here plus its view.
//
// Also here, once: the name of the main screen and the rule for screen names.
import type { ScreenSnapshot } from './contract/views.js';
import type { Labels } from './labels.js';

type ScreenModeSpec = {
  /** Its name in the contract and the database. */
  readonly name: string;
  /** The name the desk shows (mode list, audit log). */
  readonly label: Labels;
  /**
   * The snapshot fields its view reads (beyond the frame's festival name and rehearsal
   * mark): the view is typed to get only these.
   */
  readonly needs: ReadonlyArray<keyof ScreenSnapshot>;
  /** titled: top bar with the festival name; untitled: top bar without it; none: nothing. */
  readonly frame: 'titled' | 'untitled' | 'none';
  /** The organizer's message runs as a ticker under the view when one is set. */
  readonly ticker: boolean;
  /**
   * drawn: on view as soon as drawn; self: the view reports what it shows itself
   * (screen:showing), e.g. after the reveal's build-up.
   */
  readonly showing: 'drawn' | 'self';
};

export const screenModes = {
  welcome: {
    name: 'welcome',
    label: { id: 'Sambutan', en: 'Welcome' },
    needs: ['festival', 'joinBase'],
    frame: 'untitled',
    ticker: true,
    showing: 'drawn',
  },
  presenting: {
    name: 'presenting',
    label: { id: 'Sedang tampil', en: 'Now presenting' },
    needs: ['screen', 'panels'],
    frame: 'titled',
    ticker: true,
    showing: 'drawn',
  },
  progress: {
    name: 'progress',
    label: { id: 'Progres', en: 'Progress' },
    needs: ['screen', 'panels'],
    frame: 'titled',
    ticker: true,
    showing: 'drawn',
  },
  leaderboard: {
    name: 'leaderboard',
    label: { id: 'Papan peringkat', en: 'Leaderboard' },
    // Under privacy "progress" it shows the progress view instead.
    needs: ['privacy', 'leaderboard', 'screen', 'panels'],
    frame: 'titled',
    ticker: true,
    showing: 'drawn',
  },
  reveal: {
    name: 'reveal',
    label: { id: 'Pengumuman juara', en: "Winners' reveal" },
    needs: ['reveal'],
    frame: 'titled',
    ticker: false,
    showing: 'self',
  },
  message: {
    name: 'message',
    label: { id: 'Pesan', en: 'Message' },
    needs: ['message'],
    frame: 'titled',
    ticker: false,
    showing: 'drawn',
  },
  voting: {
    name: 'voting',
    label: { id: 'Favorit Penonton', en: "People's choice" },
    // People's choice: turnout or tally (as the display allows), then the favourite's reveal;
    // while nothing is shown, the /publik address to vote from.
    needs: ['voting', 'joinBase'],
    frame: 'titled',
    ticker: false,
    showing: 'drawn',
  },
  blank: {
    name: 'blank',
    label: { id: 'Kosong', en: 'Blank' },
    needs: [],
    frame: 'none',
    ticker: false,
    showing: 'drawn',
  },
} as const satisfies Record<string, ScreenModeSpec>;

export type ScreenMode = keyof typeof screenModes;

/** The mode names, in the order the desk lists them (a non-empty tuple for z.enum). */
export const screenModeNames = Object.keys(screenModes) as [ScreenMode, ...ScreenMode[]];

export function isScreenMode(name: unknown): name is ScreenMode {
  return typeof name === 'string' && Object.hasOwn(screenModes, name);
}

/** The part of the snapshot a mode's view gets. */
export type ScreenModeData<M extends ScreenMode> = Pick<
  ScreenSnapshot,
  (typeof screenModes)[M]['needs'][number]
>;

/** What a screen name nobody has set a mode for shows. */
export const defaultScreenMode: ScreenMode = 'leaderboard';

/** The main projector screen's name: a screen without a name is this one; reveals go here. */
export const mainScreen = 'utama';

/** A screen name: letters, digits, space, - and _, 1 to 40 (it travels in an address). */
export const screenNamePattern = /^[\p{L}\p{N} _-]{1,40}$/u;
