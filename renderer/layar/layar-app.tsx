// The projector screen: one full-viewport frame whose body is the mode the organizer chose
// for this screen name. data-version carries the snapshot version on screen, so a test or
// the benchmark can time "submitted -> visible" from outside.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScreenSnapshot } from '../../shared/contract/views.js';
import { isStale, reportShowing, useScreen } from '../common/screen/screen-store.js';
import { HiddenCard, LeaderboardView } from './leaderboard-view.js';
import { MessageView, Ticker } from './message-view.js';
import { PresentingView } from './presenting-view.js';
import { ProgressView } from './progress-view.js';
import { RevealView } from './reveal-view.js';
import { WelcomeView } from './welcome-view.js';

export function LayarApp({ category = null }: { category?: string | null }) {
  const { t } = useTranslation();
  const snap = useScreen((s) => s.snapshot);
  const stale = useScreen(isStale);
  const mode = snap?.screen.mode ?? null;
  // The reveal view reports its own place; every other mode is on view as soon as drawn.
  useEffect(() => {
    if (mode !== null && mode !== 'reveal') reportShowing({ mode, reveal: null });
  }, [mode]);
  if (!snap)
    return (
      <div className="layar layar--waiting" data-mode="waiting" data-version="0">
        <p className="layar__waiting-title" role="status">
          {t('waiting')}
        </p>
        <p className="layar__waiting-hint">{t('waitingHint')}</p>
      </div>
    );
  const ticker =
    snap.message.trim() !== '' &&
    (mode === 'welcome' || mode === 'presenting' || mode === 'progress' || mode === 'leaderboard');
  return (
    <div
      className={`layar layar--${mode}${ticker ? ' layar--ticker' : ''}`}
      data-mode={mode}
      data-version={snap.version}
      data-privacy={snap.privacy}
      data-stale={stale}
    >
      {mode === 'blank' ? null : (
        <>
          <TopBar snap={snap} />
          <main className="layar__body">
            <ModeBody snap={snap} category={category} />
          </main>
          {ticker ? <Ticker text={snap.message} /> : null}
        </>
      )}
      {stale ? (
        <div className="layar__reconnecting" role="status" data-testid="reconnecting">
          {t('reconnecting')}
        </div>
      ) : null}
    </div>
  );
}

function TopBar({ snap }: { snap: ScreenSnapshot }) {
  const { t } = useTranslation();
  return (
    <header className="layar__top">
      <span className="layar__festival" title={snap.festival.name}>
        {snap.screen.mode === 'welcome' ? '' : snap.festival.name}
      </span>
      {snap.rehearsal ? (
        <span className="mark mark--rehearsal" data-testid="rehearsal">
          {t('rehearsalLong')}
        </span>
      ) : null}
    </header>
  );
}

function ModeBody({ snap, category }: { snap: ScreenSnapshot; category: string | null }) {
  switch (snap.screen.mode) {
    case 'welcome':
      return <WelcomeView snap={snap} />;
    case 'presenting':
      return <PresentingView snap={snap} />;
    case 'progress':
      return <ProgressView snap={snap} />;
    case 'leaderboard':
      if (snap.privacy === 'progress') return <ProgressView snap={snap} />;
      if (snap.privacy === 'hidden' || !snap.leaderboard) return <HiddenCard />;
      return <LeaderboardView leaderboard={snap.leaderboard} pinned={category} />;
    case 'reveal':
      return <RevealView snap={snap} />;
    case 'message':
      return <MessageView text={snap.message} />;
    case 'blank':
      return null;
  }
}
