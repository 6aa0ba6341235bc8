// Lower third (the entry on stage, with its clock) and a top-5 strip (only when the
// organizer released live scores). The page background stays transparent for OBS. The
// organizer's "blank" mode for this screen name clears the overlay.
import { useTranslation } from 'react-i18next';
import type { ScreenSnapshot } from '../../shared/contract/views.js';
import { currentLanguage } from '../common/i18n.js';
import { formatScoreMicro, panelsToShow, topRows } from '../common/screen/screen-logic.js';
import { isStale, useScreen } from '../common/screen/screen-store.js';
import { StageClock } from '../common/screen/stage-clock.js';

export function OverlayApp({ panel }: { panel: string | null }) {
  const snap = useScreen((s) => s.snapshot);
  const stale = useScreen(isStale);
  if (!snap) return <div className="ov" data-version="0" />;
  const blank = snap.screen.mode === 'blank';
  return (
    <div className="ov" data-version={snap.version} data-privacy={snap.privacy} data-stale={stale}>
      {blank ? null : (
        <>
          <TopStrip snap={snap} />
          <LowerThird snap={snap} panel={panel ?? snap.screen.panelId} />
        </>
      )}
    </div>
  );
}

function TopStrip({ snap }: { snap: ScreenSnapshot }) {
  const { t } = useTranslation();
  const lng = currentLanguage();
  const overall =
    snap.privacy === 'live'
      ? snap.leaderboard?.categories.find((c) => c.categoryId === null)
      : undefined;
  const rows = overall ? topRows(overall.rows, 5) : [];
  if (rows.length === 0) return null;
  return (
    <section className="ov-top" data-testid="top5">
      <span className="ov-top__label">
        {t('leaderboard.top', { count: rows.length })}
        {snap.leaderboard?.provisional ? (
          <span className="ov-top__prov">{t('provisional')}</span>
        ) : null}
      </span>
      <ol className="ov-top__rows">
        {rows.map((r) => (
          <li key={r.entry.id} className="ov-top__row" data-entry={r.entry.id}>
            <span className="ov-top__rank">{r.rank}</span>
            <span className="ov-top__title" title={`${r.entry.title} — ${r.entry.institution}`}>
              {r.entry.title}
            </span>
            <span className="ov-top__score">
              {r.scoreMicro === null ? '–' : formatScoreMicro(r.scoreMicro, lng)}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

function LowerThird({ snap, panel }: { snap: ScreenSnapshot; panel: string | null }) {
  const { t } = useTranslation();
  const offsetMs = useScreen((s) => s.offsetMs);
  const p = panelsToShow(snap.panels, panel).find((x) => x.presenting !== null);
  const e = p?.presenting;
  if (!p || !e) return null;
  return (
    <section className="ov-lower" data-testid="lower-third" data-entry={e.id}>
      <div className="ov-lower__tag">
        <span>{t('presenting.now')}</span>
        <span className="ov-lower__code">{e.code}</span>
      </div>
      <div className="ov-lower__main">
        <p className="ov-lower__title" title={e.title}>
          {e.title}
        </p>
        <p className="ov-lower__inst" title={e.institution}>
          {e.institution} · {e.categoryName}
        </p>
      </div>
      <StageClock timer={p.live.timer} offsetMs={offsetMs} className="ov-clock" />
      {snap.rehearsal ? <span className="ov-lower__rehearsal">{t('rehearsal')}</span> : null}
    </section>
  );
}
