// Now presenting: the entry on stage and a big server-timed countdown, presentation then
// Q&A. One panel fills the screen; parallel panels (no pinned panel) share it side by side.
import type { ScreenModeData } from '../../shared/screen-modes.js';
import { useTranslation } from 'react-i18next';
import type { ScreenPanel } from '../../shared/contract/views.js';
import { panelsToShow } from '../common/screen/screen-logic.js';
import { useScreen } from '../common/screen/screen-store.js';
import { StageClock } from '../common/screen/stage-clock.js';

export function PresentingView({ snap }: { snap: ScreenModeData<'presenting'> }) {
  const panels = panelsToShow(snap.panels, snap.screen.panelId);
  return (
    <div className={`presenting presenting--${panels.length > 1 ? 'split' : 'single'}`}>
      {panels.map((p) => (
        <PanelStage key={p.panelId} panel={p} showPanel={snap.panels.length > 1} />
      ))}
    </div>
  );
}

function PanelStage({ panel, showPanel }: { panel: ScreenPanel; showPanel: boolean }) {
  const { t } = useTranslation();
  const offsetMs = useScreen((s) => s.offsetMs);
  const e = panel.presenting;
  return (
    <section className="stage" data-panel={panel.panelId}>
      <p className="stage__label">
        {t('presenting.now')}
        {showPanel ? <span className="stage__panel"> · {panel.panelName}</span> : null}
      </p>
      {e ? (
        <div className="stage__entry" data-testid="presenting-entry">
          <p className="stage__meta">
            <span className="chip chip--code">{e.code}</span>
            <span className="chip">{e.categoryName}</span>
          </p>
          <h1
            className={`stage__title${e.title.length > 36 ? ' stage__title--long' : ''}`}
            title={e.title}
          >
            {e.title}
          </h1>
          <p className="stage__institution" title={e.institution}>
            {e.institution}
          </p>
          {e.presenter ? (
            <p className="stage__presenter" title={e.presenter}>
              {t('presenting.presenter')}: {e.presenter}
            </p>
          ) : null}
        </div>
      ) : (
        <div className="stage__entry stage__entry--none">
          <h1 className="stage__title">{t('presenting.nothing')}</h1>
          <p className="stage__institution">{t('presenting.nothingHint')}</p>
        </div>
      )}
      {e ? <StageClock timer={panel.live.timer} offsetMs={offsetMs} className="clock" /> : null}
    </section>
  );
}
