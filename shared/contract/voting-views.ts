// What people's choice sends back: the voter's ballot and receipt, the organizer's tally,
// the screens' view (shaped by the display setting) and the results section. Favourites are
// a section of their own everywhere: they never touch the jury's standings.
import type { Id } from '../model.js';
import type {
  FavouriteRow,
  TallyDisplay,
  VotingMode,
  VotingScope,
  VotingSettings,
} from '../voting.js';
import type { PublicEntry } from './views.js';

// ---- voter ------------------------------------------------------------------------------

/** A counted vote, as its voter sees it. */
export type VoteReceipt = {
  /** 8 symbols (formatReceipt shows "ABCD-EFGH"); the same on every resend of the vote. */
  receipt: string;
  entryId: Id;
  /** The group: a category, or null for the festival-wide vote. */
  categoryId: Id | null;
};

export type VoteCastReply = VoteReceipt & {
  /** True when this vote id had been stored before (a resend): counted once, nothing new. */
  duplicate: boolean;
};

export type BallotEntry = Pick<PublicEntry, 'id' | 'code' | 'title' | 'institution'>;

export type BallotGroup = {
  categoryId: Id | null;
  name: string;
  open: boolean;
  entries: BallotEntry[];
  /** This voter's counted vote in the group, if any. */
  cast: Pick<VoteReceipt, 'entryId' | 'receipt'> | null;
};

export type BallotView = {
  festivalName: string;
  mode: VotingMode;
  scope: VotingScope;
  /** One group per category (scope "category"), or one for the festival. */
  groups: BallotGroup[];
};

// ---- organizer --------------------------------------------------------------------------

export type VotingGroupTally = {
  categoryId: Id | null;
  name: string;
  open: boolean;
  /** Counted votes in the group (votes of voided tickets are not counted). */
  turnout: number;
  /** Votes stored in the group with a ticket voided afterwards: kept, never counted. */
  voidedVotes: number;
  /** Every entry of the group, ranked by counted votes (computed from the stored votes). */
  tally: FavouriteRow[];
};

/** The favourite's reveal on the projector (favourite:reveal). */
export type FavouriteRevealState = {
  categoryId: Id | null;
  startedAt: number;
  screens: string[];
};

export type OrganizerVoting = VotingSettings & {
  ticketsIssued: number;
  ticketsVoided: number;
  groups: VotingGroupTally[];
  reveal: FavouriteRevealState | null;
};

export type TicketRow = { serial: number; code: string; voided: boolean };
export type TicketList = { total: number; tickets: TicketRow[] };

// ---- screens ----------------------------------------------------------------------------

/** One entry's votes on a screen (rank and tie from rankFavourites). */
export type VoteRow = { entry: PublicEntry; votes: number; rank: number; tied: boolean };

/**
 * What screens see of the vote, shaped by the display setting: "hidden" sends no group,
 * "turnout" the turnout per group (tally null), "tally" both. The favourite's reveal is
 * sent whatever the display (it is the release), only for the group it reveals.
 */
export type ScreenVoting = {
  /**
   * Whatever the display: how phones vote (a phone-mode page offers "vote" without a
   * ticket) and whether any group is open now (the phone page shows its "vote" button).
   */
  mode: VotingMode;
  open: boolean;
  display: TallyDisplay;
  groups: Array<{
    categoryId: Id | null;
    name: string;
    open: boolean;
    turnout: number;
    tally: VoteRow[] | null;
  }>;
  reveal: {
    categoryId: Id | null;
    name: string;
    startedAt: number;
    turnout: number;
    /** The entries with the most votes (several when tied). */
    winners: VoteRow[];
  } | null;
};

// ---- results ----------------------------------------------------------------------------

/** The "Favorit Penonton" section of results, XLSX and Berita Acara; never jury standings. */
export type FavouriteResults = {
  mode: VotingMode;
  scope: VotingScope;
  ticketsIssued: number;
  ticketsVoided: number;
  groups: Array<{
    categoryId: Id | null;
    name: string;
    open: boolean;
    turnout: number;
    voidedVotes: number;
    rows: FavouriteRow[];
  }>;
};
