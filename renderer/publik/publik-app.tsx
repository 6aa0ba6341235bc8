// The public view for audience phones on the hall Wi-Fi (/publik): the same released data
// as the projector, in one scrolling column. The reader picks the category (no cycling).
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScreenPanel, ScreenSnapshot } from '../../shared/contract/views.js';
import { currentLanguage } from '../common/i18n.js';
import { formatScoreMicro, revealSlots, topRows } from '../common/screen/screen-logic.js';
import { isStale, useScreen } from '../common/screen/screen-store.js';
import { StageClock } from '../common/screen/stage-clock.js';
import { useBuildUp } from '../common/screen/use-build-up.js';
import { LanguageSwitch } from '../common/ui/index.js';
import { ticketFromSearch, votesWaiting } from './voting/vote-keys.js';

// People's choice: its own chunk, fetched only by a phone that votes (a scanned ticket
// link, a vote still waiting from before a reload, or the "vote" button while voting is open).
const VotingView = lazy(() => import('./voting/voting-view.js'));
// What the organizer released of the vote (turnout, tally, the favourite): its own chunk,
// fetched only once the server sends something to show (the display setting decides).
const PhoneFavourites = lazy(() => import('./voting/phone-favourites.js'));
const scannedTicket = ticketFromSearch(window.location.search);

export function PublikApp() {
  const { t } = useTranslation();
  const snap = useScreen((s) => s.snapshot);
  const stale = useScreen(isStale);
  const [voting, setVoting] = useState(() => scannedTicket !== null || votesWaiting());
  return (
    <div
      className="publik"
      data-version={snap?.version ?? 0}
      data-privacy={snap?.privacy ?? ''}
      data-stale={stale}
    >
      <header className="publik__head">
        <div className="publik__brand">
          <span className="publik__app">Panggung</span>
          <span className="publik__festival">{snap?.festival.name ?? ''}</span>
        </div>
        <LanguageSwitch />
      </header>
      {stale ? (
        <p className="publik__stale" role="status" data-testid="reconnecting">
          {t('reconnecting')}
        </p>
      ) : null}
      {snap?.rehearsal ? (
        <p className="mark mark--rehearsal publik__mark">{t('rehearsalLong')}</p>
      ) : null}
      {voting ? (
        <Suspense fallback={<p className="publik__waiting">{t('waiting')}</p>}>
          <VotingView
            ticket={scannedTicket}
            phoneMode={snap?.voting?.mode === 'phone'}
            onClose={() => setVoting(false)}
          />
        </Suspense>
      ) : !snap ? (
        <p className="publik__waiting" role="status">
          {t('waiting')}
        </p>
      ) : (
        <main className="publik__body">
          {snap.message.trim() ? <p className="publik__message">{snap.message}</p> : null}
          {snap.voting?.open ? (
            <button type="button" className="publik__vote" onClick={() => setVoting(true)}>
              {t('publik.vote')}
            </button>
          ) : null}
          {snap.voting && (snap.voting.reveal || snap.voting.groups.length > 0) ? (
            <Suspense fallback={null}>
              <PhoneFavourites voting={snap.voting} />
            </Suspense>
          ) : null}
          <PhoneReveal reveal={snap.reveal} />
          <section className="publik__section">
            <h2 className="publik__h">{t('publik.nowOnStage')}</h2>
            {snap.panels.map((p) => (
              <PhonePanel key={p.panelId} panel={p} showPanel={snap.panels.length > 1} />
            ))}
          </section>
          <PhoneResults snap={snap} />
        </main>
      )}
    </div>
  );
}

function PhonePanel({ panel, showPanel }: { panel: ScreenPanel; showPanel: boolean }) {
  const { t } = useTranslation();
  const offsetMs = useScreen((s) => s.offsetMs);
  const e = panel.presenting;
  return (
    <article className="pcard" data-panel={panel.panelId}>
      {showPanel ? <p className="pcard__panel">{panel.panelName}</p> : null}
      {e ? (
        <>
          <p className="pcard__meta">
            <span className="chip chip--code">{e.code}</span>{' '}
            <span className="chip">{e.categoryName}</span>
          </p>
          <h3 className="pcard__title">{e.title}</h3>
          <p className="pcard__inst">{e.institution}</p>
          <StageClock timer={panel.live.timer} offsetMs={offsetMs} className="pclock" />
        </>
      ) : (
        <p className="pcard__none">{t('presenting.nothing')}</p>
      )}
    </article>
  );
}

function PhoneResults({ snap }: { snap: ScreenSnapshot }) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<string>('overall');
  const lng = currentLanguage();
  if (snap.privacy === 'progress') {
    const onStage = snap.panels.filter((p) => p.presenting && p.progress);
    return (
      <section className="publik__section" data-testid="progress-view">
        <h2 className="publik__h">{t('progress.heading')}</h2>
        {onStage.length === 0 ? <p className="publik__muted">{t('progress.none')}</p> : null}
        {onStage.map((p) => (
          <p key={p.panelId} className="pcard pcard__progress">
            <span className="chip chip--code">{p.presenting?.code}</span>{' '}
            {t('progress.submitted', {
              submitted: p.progress?.submitted ?? 0,
              expected: p.progress?.expected ?? 0,
            })}
          </p>
        ))}
      </section>
    );
  }
  const lb = snap.leaderboard;
  if (snap.privacy === 'hidden' || !lb)
    return (
      <section className="publik__section pcard publik__hidden" data-testid="hidden-card">
        <h2 className="publik__h">{t('hidden.heading')}</h2>
        <p className="publik__muted">{t('hidden.body')}</p>
      </section>
    );
  const cat = lb.categories.find((c) => (c.categoryId ?? 'overall') === picked) ?? lb.categories[0];
  // Every ranked entry: a phone scrolls, nobody is left out.
  const rows = cat ? topRows(cat.rows, Number.POSITIVE_INFINITY) : [];
  return (
    <section className="publik__section" data-testid="leaderboard">
      <h2 className="publik__h">
        {t('publik.results')} · {lb.stageName}
        {lb.provisional ? (
          <span className="mark mark--provisional publik__prov">{t('provisional')}</span>
        ) : null}
      </h2>
      <div className="ptabs" role="tablist" aria-label={t('publik.category')}>
        {lb.categories.map((c) => {
          const id = c.categoryId ?? 'overall';
          return (
            <button
              key={id}
              type="button"
              role="tab"
              aria-selected={id === (cat?.categoryId ?? 'overall')}
              className="ptab"
              onClick={() => setPicked(id)}
            >
              {c.categoryId === null ? t('overall') : c.name}
            </button>
          );
        })}
      </div>
      {rows.length === 0 ? <p className="publik__muted">{t('leaderboard.empty')}</p> : null}
      <ol className="prows">
        {rows.map((r) => (
          <li key={r.entry.id} className="prow" data-entry={r.entry.id}>
            <span className="prow__rank">{r.rank}</span>
            <span className="prow__entry">
              <span className="prow__title">{r.entry.title}</span>
              <span className="prow__inst">
                {r.entry.code} · {r.entry.institution}
              </span>
            </span>
            <span className="prow__score">
              {r.scoreMicro === null ? '–' : formatScoreMicro(r.scoreMicro, lng)}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

function PhoneReveal({ reveal }: { reveal: ScreenSnapshot['reveal'] }) {
  const { t } = useTranslation();
  const shown = useBuildUp(reveal?.revealedPlace ?? null);
  if (!reveal || shown === null) return null;
  const held = {
    ...reveal,
    revealedPlace: shown,
    rows: reveal.rows.filter((r) => r.rank !== null && r.rank >= shown),
  };
  const revealed = revealSlots(held)
    .filter((s) => s.state !== 'hidden' && s.rows.length > 0)
    .reverse();
  return (
    <section className="publik__section preveal" data-testid="reveal">
      <h2 className="publik__h">
        {t('reveal.heading')} · {reveal.categoryId === null ? t('overall') : reveal.categoryName}
      </h2>
      {reveal.provisional ? (
        <p className="mark mark--provisional" data-testid="reveal-provisional">
          {t('reveal.provisional')}
        </p>
      ) : null}
      <ol className="prows">
        {revealed.map((s) => (
          <li
            key={s.place}
            className={`prow prow--place${s.state === 'latest' ? ' prow--latest' : ''}`}
          >
            <span className="prow__rank">{s.place}</span>
            <span className="prow__entry">
              {s.rows.map((r) => (
                <span key={r.entry.id} className="prow__title">
                  {r.entry.title}
                </span>
              ))}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
