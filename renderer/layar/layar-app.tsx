// The projector screen: one full-viewport frame whose body is the mode the organizer chose
// for this screen name; the registry (shared/screen-modes.ts) says how each mode is framed
// and mode-views.tsx which view draws it. data-version carries the snapshot version on screen, so a test or
// the benchmark can time "submitted -> visible" from outside.
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScreenSnapshot } from '../../shared/contract/views.js';
import { isStale, reportShowing, useScreen } from '../common/screen/screen-store.js';
import { screenModes } from '../../shared/screen-modes.js';
import { Ticker } from './message-view.js';
import { modeViews } from './mode-views.js';

export function LayarApp({ category = null }: { category?: string | null }) {
  const { t } = useTranslation();
  const snap = useScreen((s) => s.snapshot);
  const stale = useScreen(isStale);
  const mode = snap?.screen.mode ?? null;
  // A mode whose view reports its own progress (the reveal's place) is left to it; every
  // other mode is on view as soon as drawn.
  useEffect(() => {
    if (mode !== null && screenModes[mode].showing === 'drawn')
      reportShowing({ mode, reveal: null });
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
  const spec = screenModes[snap.screen.mode];
  const ticker = spec.ticker && snap.message.trim() !== '';
  return (
    <div
      className={`layar layar--${mode}${ticker ? ' layar--ticker' : ''}`}
      data-mode={mode}
      data-version={snap.version}
      data-privacy={snap.privacy}
      data-stale={stale}
    >
      {spec.frame === 'none' ? null : (
        <>
          <TopBar snap={snap} titled={spec.frame === 'titled'} />
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

function TopBar({ snap, titled }: { snap: ScreenSnapshot; titled: boolean }) {
  const { t } = useTranslation();
  return (
    <header className="layar__top">
      <span className="layar__festival" title={snap.festival.name}>
        {titled ? snap.festival.name : ''}
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
  // Each view reads only its part of the snapshot, so any view takes the whole of it.
  const View: (props: { snap: ScreenSnapshot; category: string | null }) => ReactNode =
    modeViews[snap.screen.mode];
  return <View snap={snap} category={category} />;
}
