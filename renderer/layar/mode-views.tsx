// The projector's view for each screen mode (shared/screen-modes.ts). The table is typed
// from the registry: a mode without its view does not compile, and each view gets only
// the snapshot fields its registry entry says it needs.
import type { ReactNode } from 'react';
import type { ScreenMode, ScreenModeData } from '../../shared/screen-modes.js';
import { HiddenCard, LeaderboardView } from './leaderboard-view.js';
import { MessageView } from './message-view.js';
import { PresentingView } from './presenting-view.js';
import { ProgressView } from './progress-view.js';
import { RevealView } from './reveal-view.js';
import { VotingView } from './voting-view.js';
import { WelcomeView } from './welcome-view.js';

type ModeView<M extends ScreenMode> = (props: {
  snap: ScreenModeData<M>;
  /** ?kategori= on the address: the leaderboard stays on this category. */
  category: string | null;
}) => ReactNode;

export const modeViews: { [M in ScreenMode]: ModeView<M> } = {
  welcome: WelcomeView,
  presenting: PresentingView,
  progress: ProgressView,
  leaderboard: ({ snap, category }) => {
    if (snap.privacy === 'progress') return <ProgressView snap={snap} />;
    if (snap.privacy === 'hidden' || !snap.leaderboard) return <HiddenCard />;
    return <LeaderboardView leaderboard={snap.leaderboard} pinned={category} />;
  },
  reveal: RevealView,
  message: ({ snap }) => <MessageView text={snap.message} />,
  voting: VotingView,
  blank: () => null,
};
