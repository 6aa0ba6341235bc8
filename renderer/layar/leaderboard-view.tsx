// Leaderboard: every ranked entry of one category at a time (overall first), a page of
// rows at a time, rotating through every page of every category in step on every screen
// (the rotation follows the wall clock; ?putar=<seconds> sets how long a page stays). No
// entry is ever left out: "+N lainnya" and the page dots say more is coming. Each row has
// a bar in the chart beside it, on the same line. Rows slide to their new place (FLIP)
// when the standings change. Only rendered when privacy is "live".
import { memo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicRow, ScreenSnapshot } from '../../shared/contract/views.js';
import { currentLanguage } from '../common/i18n.js';
import {
  cycleIndex,
  cyclingCategories,
  formatScoreMicro,
  leaderboardPages,
  rotationMsFromSearch,
} from '../common/screen/screen-logic.js';
import { useFlip } from '../common/screen/use-flip.js';
import { useNow } from '../common/screen/use-now.js';
import { ScoreBars, chartBase } from './score-bars.js';

const CYCLE_MS = 12_000;

/**
 * Rows per page: six, so that a long title has room for two lines (plus code and
 * institution) on a 4:3 projector and at 16:9 alike; more entries rotate onto more pages.
 */
const ROWS_PER_PAGE = 6;

export function LeaderboardView({
  leaderboard,
  pinned,
}: {
  leaderboard: NonNullable<ScreenSnapshot['leaderboard']>;
  pinned: string | null;
}) {
  const { t } = useTranslation();
  const period = rotationMsFromSearch(window.location.search, CYCLE_MS);
  const now = useNow(Math.min(1000, period / 2));
  const perPage = ROWS_PER_PAGE;
  const cats = cyclingCategories(leaderboard, pinned);
  const pages = leaderboardPages(cats, perPage);
  const shown = pages[cycleIndex(pages.length, now, period)];
  if (!shown) return <HiddenCard />;
  const { cat } = shown;
  const catIndex = cats.indexOf(cat);
  const name = cat.categoryId === null ? t('overall') : cat.name;
  return (
    <div
      className="lb"
      data-testid="leaderboard"
      data-category={cat.categoryId ?? 'overall'}
      data-page={shown.page + 1}
      data-pages={shown.pages}
    >
      <header className="lb__head">
        <h1 className="lb__category" title={name}>
          {name}
        </h1>
        <span className="lb__stage">{leaderboard.stageName}</span>
        {leaderboard.provisional ? (
          <span
            className="mark mark--provisional"
            title={t('provisionalLong')}
            data-testid="provisional"
          >
            {t('provisional')}
          </span>
        ) : null}
        {shown.pages > 1 ? (
          <span className="lb__pager" data-testid="pager">
            <span className="visually-hidden">
              {t('leaderboard.page', { page: shown.page + 1, pages: shown.pages })}
            </span>
            <span className="lb__more">{t('leaderboard.others', { count: shown.others })}</span>
            <span className="lb__dots lb__dots--pages" aria-hidden="true">
              {Array.from({ length: shown.pages }, (_, i) => (
                <span key={i} className={`lb__pdot${i === shown.page ? ' lb__pdot--on' : ''}`} />
              ))}
            </span>
          </span>
        ) : null}
        {cats.length > 1 ? (
          <span className="lb__dots" aria-hidden="true">
            {cats.map((c, i) => (
              <span
                key={c.categoryId ?? 'overall'}
                className={`lb__dot${i === catIndex ? ' lb__dot--on' : ''}`}
              />
            ))}
          </span>
        ) : null}
      </header>
      <CategoryBoard
        key={`${cat.categoryId ?? 'overall'}:${shown.page}`}
        rows={shown.rows}
        slots={perPage}
      />
    </div>
  );
}

// Memoized: the cycling clock above must not re-render the rows and the chart.
const CategoryBoard = memo(function CategoryBoard({
  rows,
  slots,
}: {
  rows: PublicRow[];
  slots: number;
}) {
  const { t } = useTranslation();
  const lng = currentLanguage();
  const list = useRef<HTMLOListElement>(null);
  useFlip(list, rows.map((r) => `${r.entry.id}:${r.rank}`).join('|'));
  if (rows.length === 0) return <p className="lb__empty">{t('leaderboard.empty')}</p>;
  const base = chartBase(rows);
  return (
    <div className="lb__board">
      <div className="lb__cols" aria-hidden="true">
        <span>{t('leaderboard.rank')}</span>
        <span>{t('leaderboard.entry')}</span>
        <span className="lb__cols-score">{t('leaderboard.score')}</span>
        <span className="lb__axis">
          <span>{base}</span>
          <span>100</span>
        </span>
      </div>
      <div className="lb__body">
        <ol
          className="lb__rows"
          ref={list}
          style={{ gridTemplateRows: `repeat(${slots}, minmax(0, 1fr))` }}
        >
          {rows.map((r) => (
            <li
              key={r.entry.id}
              className={`lb-row lb-row--${Math.min(r.rank ?? 99, 4)}`}
              data-flip-key={r.entry.id}
              data-entry={r.entry.id}
              data-rank={r.rank ?? ''}
            >
              <span className="lb-row__rank">
                {r.rank}
                {r.tied ? <span className="lb-row__tied">{t('leaderboard.tied')}</span> : null}
              </span>
              <span className="lb-row__entry">
                <span className="lb-row__title" title={r.entry.title}>
                  {r.entry.title}
                </span>
                <span className="lb-row__inst" title={`${r.entry.code} · ${r.entry.institution}`}>
                  <span className="lb-row__code">{r.entry.code}</span> {r.entry.institution}
                </span>
              </span>
              <span className="lb-row__score" data-testid="score">
                {r.scoreMicro === null ? '–' : formatScoreMicro(r.scoreMicro, lng)}
              </span>
            </li>
          ))}
        </ol>
        <div className="lb__chart" role="img" aria-label={t('leaderboard.chart')}>
          <ScoreBars rows={rows} slots={slots} base={base} />
        </div>
      </div>
    </div>
  );
});

export function HiddenCard() {
  const { t } = useTranslation();
  return (
    <div className="hidden-card" data-testid="hidden-card">
      <div className="hidden-card__seal" aria-hidden="true">
        <svg viewBox="0 0 64 64" width="100%" height="100%">
          <path d="M32 4l7 14 15 2-11 11 3 15-14-7-14 7 3-15L10 20l15-2z" fill="currentColor" />
        </svg>
      </div>
      <h1 className="hidden-card__heading">{t('hidden.heading')}</h1>
      <p className="hidden-card__body">{t('hidden.body')}</p>
    </div>
  );
}
