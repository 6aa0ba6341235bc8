// The reveal ceremony: places N up to 1, one at a time. Each new place gets a build-up (a
// drum-roll card for a moment) before the entry appears in the spotlight; the ladder on the
// right keeps the places revealed so far. The snapshot only ever holds places at or below
// the one revealed (the server filters; the e2e test checks the wire), so nothing here can
// leak a place above it. A screen that joins mid-ceremony shows the current state at once.
import type { ScreenModeData } from '../../shared/screen-modes.js';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicRow, ScreenSnapshot } from '../../shared/contract/views.js';
import { currentLanguage } from '../common/i18n.js';
import { formatScoreMicro, revealSlots } from '../common/screen/screen-logic.js';
import { reportShowing } from '../common/screen/screen-store.js';
import { useBuildUp } from '../common/screen/use-build-up.js';
import { useFit } from './use-fit.js';

type Reveal = NonNullable<ScreenSnapshot['reveal']>;

export function RevealView({ snap }: { snap: ScreenModeData<'reveal'> }) {
  const { t } = useTranslation();
  const reveal = snap.reveal;
  const shown = useBuildUp(reveal?.revealedPlace ?? null);
  const startedAt = reveal?.startedAt ?? null;
  // Reported once the place is really on view (after the build-up), not when it arrives.
  useEffect(() => {
    reportShowing({
      mode: 'reveal',
      reveal: startedAt === null ? null : { startedAt, place: shown },
    });
  }, [startedAt, shown]);
  if (!reveal)
    return (
      <div className="reveal reveal--idle" data-testid="reveal">
        <RevealWaiting title={t('reveal.waiting')} />
      </div>
    );
  const category = reveal.categoryId === null ? t('overall') : reveal.categoryName;
  const drumroll = shown !== reveal.revealedPlace;
  const view: Reveal = {
    ...reveal,
    revealedPlace: shown,
    rows: reveal.rows.filter((r) => shown !== null && r.rank !== null && r.rank >= shown),
  };
  const latest = view.rows.filter((r) => r.rank === shown);
  return (
    <div
      className="reveal"
      data-testid="reveal"
      data-revealed={shown ?? ''}
      data-buildup={drumroll}
      data-provisional={reveal.provisional}
    >
      <header className="reveal__head">
        <h1 className="reveal__heading">{t('reveal.heading')}</h1>
        {reveal.provisional ? (
          <span className="mark mark--provisional" data-testid="reveal-provisional">
            {t('reveal.provisional')}
          </span>
        ) : null}
        <span className="reveal__category" title={category}>
          {category}
        </span>
      </header>
      <div className="reveal__stage">
        <div className="reveal__spot">
          {drumroll && reveal.revealedPlace !== null ? (
            <DrumRoll key={reveal.revealedPlace} place={reveal.revealedPlace} />
          ) : shown === null || latest.length === 0 ? (
            <RevealWaiting title={t('reveal.waiting')} />
          ) : (
            <Spotlight key={shown} place={shown} rows={latest} />
          )}
        </div>
        <Ladder reveal={view} />
      </div>
    </div>
  );
}

function DrumRoll({ place }: { place: number }) {
  const { t } = useTranslation();
  return (
    <div className="drumroll" data-testid="drumroll">
      <div className="drumroll__rays" aria-hidden="true" />
      <p className="drumroll__text">{t('reveal.drumroll', { place })}</p>
      <div className="drumroll__place" aria-hidden="true">
        {place}
      </div>
    </div>
  );
}

function Spotlight({ place, rows }: { place: number; rows: PublicRow[] }) {
  const { t } = useTranslation();
  const lng = currentLanguage();
  // The whole title, never cut: a long one makes the card's text smaller until it fits.
  const ref = useRef<HTMLDivElement>(null);
  useFit(ref, [place, rows.map((r) => `${r.entry.title}${r.entry.institution}`).join()]);
  return (
    <div
      ref={ref}
      className={`spotlight spotlight--${Math.min(place, 4)}${rows.length > 1 ? ' spotlight--tied' : ''}${rows.length > 2 ? ' spotlight--many' : ''}`}
      data-testid="spotlight"
      data-place={place}
    >
      <p className="spotlight__place">
        {t(rows.length > 1 ? 'reveal.placeTied' : 'reveal.place', { place })}
      </p>
      {rows.map((r) => (
        <div key={r.entry.id} className="spotlight__entry" data-entry={r.entry.id}>
          <p className="stage__meta">
            <span className="chip chip--code">{r.entry.code}</span>
            <span className="chip">{r.entry.categoryName}</span>
          </p>
          <h2
            className={`spotlight__title${rows.length > 1 ? ' spotlight__title--tied' : ''}`}
            title={r.entry.title}
          >
            {r.entry.title}
          </h2>
          <p className="spotlight__inst" title={r.entry.institution}>
            {r.entry.institution}
          </p>
          {r.scoreMicro !== null ? (
            <p className="spotlight__score">{formatScoreMicro(r.scoreMicro, lng)}</p>
          ) : null}
        </div>
      ))}
    </div>
  );
}

function Ladder({ reveal }: { reveal: Reveal }) {
  const { t } = useTranslation();
  const slots = revealSlots(reveal);
  // Place 1 on top; at most 10 lines (a long reveal shows the places around the current one).
  const ordered = [...slots].reverse();
  const current = reveal.revealedPlace ?? reveal.places;
  const from = Math.max(0, Math.min(current - 5, ordered.length - 10));
  const shown = ordered.slice(from, from + 10);
  // Whole titles, as on the card: long ones make the ladder's text smaller until it fits.
  const ref = useRef<HTMLOListElement>(null);
  useFit(ref, [
    shown.map((s) => `${s.place}${s.state}${s.rows.map((r) => r.entry.title).join()}`).join(),
  ]);
  return (
    <ol ref={ref} className="ladder" aria-label={t('reveal.heading')}>
      {shown.map((s) => (
        <li key={s.place} className={`ladder__slot ladder__slot--${s.state}`} data-place={s.place}>
          <span className="ladder__place">{s.place}</span>
          <span className="ladder__who">
            {s.state === 'hidden' || s.rows.length === 0 ? (
              <span className="ladder__secret">?</span>
            ) : (
              s.rows.map((r) => (
                <span
                  key={r.entry.id}
                  className="ladder__title"
                  title={`${r.entry.title} — ${r.entry.institution}`}
                >
                  {r.entry.title}
                </span>
              ))
            )}
          </span>
        </li>
      ))}
    </ol>
  );
}

function RevealWaiting({ title }: { title: string }) {
  return (
    <div className="reveal-wait">
      <div className="reveal-wait__trophy" aria-hidden="true">
        <svg viewBox="0 0 64 64" width="100%" height="100%">
          <path
            d="M18 6h28v6h10v6c0 8-6 14-13 15-2 5-5 8-9 9v8h9v8H21v-8h9v-8c-4-1-7-4-9-9-7-1-13-7-13-15v-6h10zm-4 12c0 4 2 7 5 8-1-3-1-6-1-8zm36 0h-4c0 2 0 5-1 8 3-1 5-4 5-8z"
            fill="currentColor"
          />
        </svg>
      </div>
      <p className="reveal-wait__title">{title}</p>
    </div>
  );
}
