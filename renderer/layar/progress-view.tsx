// Progress: how many jurors of each panel have submitted for the entry on stage. Never a
// score: the snapshot under privacy "progress" carries none, and this view shows counts only.
import type { ScreenModeData } from '../../shared/screen-modes.js';
import { useTranslation } from 'react-i18next';
import type { ScreenPanel } from '../../shared/contract/views.js';
import { panelsToShow, progressShare } from '../common/screen/screen-logic.js';

export function ProgressView({ snap }: { snap: ScreenModeData<'progress'> }) {
  const { t } = useTranslation();
  const panels = panelsToShow(snap.panels, snap.screen.panelId).filter(
    (p) => p.presenting !== null,
  );
  return (
    <div className="progress-view" data-testid="progress-view">
      <h1 className="view-heading">{t('progress.heading')}</h1>
      {panels.length === 0 ? (
        <p className="progress-view__none">{t('progress.none')}</p>
      ) : (
        <div
          className={`progress-view__panels progress-view__panels--${panels.length > 1 ? 'split' : 'single'}`}
        >
          {panels.map((p) => (
            <PanelProgress key={p.panelId} panel={p} showPanel={snap.panels.length > 1} />
          ))}
        </div>
      )}
    </div>
  );
}

function PanelProgress({ panel, showPanel }: { panel: ScreenPanel; showPanel: boolean }) {
  const { t } = useTranslation();
  const e = panel.presenting;
  const p = panel.progress ?? { submitted: 0, expected: 0 };
  const complete = p.expected > 0 && p.submitted >= p.expected;
  return (
    <section
      className="jprog"
      data-panel={panel.panelId}
      data-submitted={p.submitted}
      data-expected={p.expected}
    >
      {showPanel ? <p className="jprog__panel">{panel.panelName}</p> : null}
      {e ? (
        <p className="jprog__entry" title={`${e.code} · ${e.title}`}>
          <span className="chip chip--code">{e.code}</span> {e.title}
        </p>
      ) : null}
      <div className="jprog__count" aria-hidden="true">
        {p.submitted}
        <span className="jprog__of">/{p.expected}</span>
      </div>
      <div className="jprog__seats" aria-hidden="true">
        {Array.from({ length: p.expected }, (_, i) => (
          <span key={i} className={`jprog__seat${i < p.submitted ? ' jprog__seat--done' : ''}`} />
        ))}
      </div>
      <div className="jprog__bar" aria-hidden="true">
        <span style={{ width: `${progressShare(p) * 100}%` }} />
      </div>
      <p className={`jprog__text${complete ? ' jprog__text--done' : ''}`} role="status">
        {complete
          ? t('progress.complete')
          : t('progress.submitted', { submitted: p.submitted, expected: p.expected })}
      </p>
    </section>
  );
}
