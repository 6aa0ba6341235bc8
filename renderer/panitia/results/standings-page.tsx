// The results desk: standings per stage, overall and per category (and combined when the
// stages are weighted), with the stage's aggregation; raw and adjusted side by side;
// disagreement flags; ties shown as ties with the tie-break that decided them, and the
// head juror's decision form where the chain ends in a tie; then juror insight.
import { useNumbers } from '../../common/use-numbers.js';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizerSnapshot } from '../../../shared/contract/views.js';
import type { Id, Stage } from '../../../shared/model.js';
import { methodOf } from '../../../shared/scoring/methods.js';
import type { RankedRow } from '../../../shared/scoring/types.js';
import { localized } from '../../common/i18n.js';
import { Badge, Button } from '../../common/ui/index.js';
import { byId } from '../live/desk-data.js';
import { PageHeader } from '../page-header.js';
import { useDesk } from '../store.js';
import { JurorInsight } from './insight.js';
import { TieForm } from './tie-form.js';
import { FavouritesResults } from '../voting/favourites.js';
import '../live/live.css';

export function decidedByText(
  stage: Stage,
  decidedBy: string | null,
  t: (k: string) => string,
): string {
  if (decidedBy === null) return '';
  if (decidedBy === 'head-juror') return t('res.byHeadJuror');
  if (decidedBy === 'other-score') return t('res.byOtherScore');
  return stage.criteria.find((c) => c.id === decidedBy)?.name ?? decidedBy;
}

function StandingsTable({
  snap,
  stage,
  rows,
  categoryId,
}: {
  snap: OrganizerSnapshot;
  stage: Stage;
  rows: RankedRow[];
  categoryId: Id | null;
}) {
  const { t } = useTranslation();
  const { points: score } = useNumbers();
  const entries = byId(snap.entries);
  const categories = byId(snap.categories);
  const locked = (id: Id) => snap.phases[stage.id]?.[id] === 'locked';
  // Ties the chain could not break and no decision settled: one form per shared rank.
  const groups = new Map<number, RankedRow[]>();
  for (const r of rows)
    if (r.tied && r.rank !== null) groups.set(r.rank, [...(groups.get(r.rank) ?? []), r]);
  const chair = snap.jurors.find((j) => j.isChair)?.name ?? '';
  return (
    <>
      <div className="table-wrap">
        <table className="table table--compact table--wrap results-table" data-testid="standings">
          <thead>
            <tr>
              <th className="num">{t('res.rank')}</th>
              <th>{t('live.entry')}</th>
              {categoryId === null ? <th>{t('res.category')}</th> : null}
              <th className="num">{t('res.raw')}</th>
              <th className="num">{t('res.adjusted')}</th>
              <th className="num">{t('live.sheets')}</th>
              <th className="num">{t('res.spread')}</th>
              <th>{t('res.notes')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const e = entries.get(r.entryId);
              return (
                <tr key={r.entryId} data-entry={e?.code}>
                  <td className="num" data-testid="rank">
                    {r.rank ?? '—'}
                    {r.tied ? (
                      <span className="tie" title={t('res.tied')}>
                        {' '}
                        =
                      </span>
                    ) : null}
                  </td>
                  <td className="results-entry">
                    <span className="entry-code">{e?.code}</span> {e?.title}{' '}
                    <span className="muted">· {e?.institution}</span>
                  </td>
                  {categoryId === null ? (
                    <td>{categories.get(e?.categoryId ?? '')?.name}</td>
                  ) : null}
                  <td className="num score" data-testid="raw">
                    {score(r.rawMicro)}
                  </td>
                  {/* Adjusted beside raw under every method: the other one is the tie-break "other score". */}
                  <td className="num score" data-testid="adjusted">
                    {score(r.adjustedMicro)}
                  </td>
                  <td className="num">
                    {r.sheetCount}/{r.expectedCount}
                  </td>
                  <td className="num">{score(r.spreadMicro)}</td>
                  <td>
                    {r.disagreement ? (
                      <span className="flag">⚑ {t('res.disagreement')} </span>
                    ) : null}
                    {r.tied ? <span className="tie">{t('res.tied')} </span> : null}
                    {r.decidedBy ? (
                      <span className="muted">
                        {t('res.decidedByRule', {
                          rule: decidedByText(stage, r.decidedBy, t),
                        })}{' '}
                      </span>
                    ) : null}
                    {locked(r.entryId) ? (
                      <Badge tone="success">{t('phase.locked')}</Badge>
                    ) : r.rank !== null ? (
                      <Badge tone="warning">{t('res.provisional')}</Badge>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {[...groups.entries()].map(([rank, tied]) => (
        <TieForm
          key={`${categoryId ?? 'all'}-${rank}-${tied.map((r) => r.entryId).join()}`}
          stageId={stage.id}
          categoryId={categoryId}
          rank={rank}
          chair={chair}
          entries={tied.flatMap((r) => entries.get(r.entryId) ?? [])}
        />
      ))}
    </>
  );
}

function Combined({ snap }: { snap: OrganizerSnapshot }) {
  const { t } = useTranslation();
  const numbers = useNumbers();
  const score = numbers.points;
  const entries = byId(snap.entries);
  const weighted = snap.stages.filter((s) => s.finalWeightBp > 0);
  return (
    <div className="table-wrap">
      <table className="table table--compact table--wrap results-table" data-testid="combined">
        <thead>
          <tr>
            <th className="num">{t('res.rank')}</th>
            <th>{t('live.entry')}</th>
            {weighted.map((s) => (
              <th key={s.id} className="num">
                {s.name} ({numbers.hundredths(s.finalWeightBp)}%)
              </th>
            ))}
            <th className="num">{t('res.combined')}</th>
          </tr>
        </thead>
        <tbody>
          {(snap.combined ?? []).map((r) => (
            <tr key={r.entryId}>
              <td className="num">
                {r.rank ?? '—'}
                {r.tied ? ' =' : ''}
              </td>
              <td>
                <span className="entry-code">{entries.get(r.entryId)?.code}</span>{' '}
                {entries.get(r.entryId)?.title}
              </td>
              {weighted.map((s) => (
                <td key={s.id} className="num">
                  {score(r.stageMicro[s.id])}
                </td>
              ))}
              <td className="num">{score(r.combinedMicro)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function StandingsPage() {
  const { t, i18n } = useTranslation();
  const { points: score } = useNumbers();
  const snap = useDesk((s) => s.snapshot);
  const [stageId, setStageId] = useState<string | null>(null);
  const [view, setView] = useState<string>('overall');
  if (!snap) return null;
  const stage = snap.stages.find((s) => s.id === stageId) ?? snap.stages[0];
  if (!stage) return null;
  const standings = snap.standings[stage.id];
  const views = [
    { id: 'overall', label: t('res.overall') },
    ...snap.categories.map((c) => ({ id: c.id, label: c.name })),
    ...(snap.combined ? [{ id: 'combined', label: t('res.combined') }] : []),
  ];
  const current = views.find((v) => v.id === view) ?? views[0]!;
  const rows = current.id === 'overall' ? standings?.overall : standings?.byCategory[current.id];
  return (
    <>
      <PageHeader
        title={t('res.title')}
        lead={t('res.lead', {
          method: localized(methodOf(stage.rules.aggregation).phrase, i18n.language),
          band: score(stage.rules.disagreementBandMicro),
        })}
        actions={
          snap.stages.length > 1 ? (
            <div className="tabs" role="group" aria-label={t('res.stage')}>
              {snap.stages.map((s) => (
                <Button
                  key={s.id}
                  size="sm"
                  variant={s.id === stage.id ? 'primary' : 'secondary'}
                  aria-pressed={s.id === stage.id}
                  onClick={() => setStageId(s.id)}
                >
                  {s.name}
                </Button>
              ))}
            </div>
          ) : null
        }
      />
      <section className="card" aria-labelledby="standings-title">
        <div className="tabs" role="group" aria-label={t('res.category')}>
          {views.map((v) => (
            <Button
              key={v.id}
              size="sm"
              variant={v.id === current.id ? 'primary' : 'ghost'}
              aria-pressed={v.id === current.id}
              onClick={() => setView(v.id)}
              data-view={v.id}
            >
              {v.label}
            </Button>
          ))}
        </div>
        <h2 className="card__title" id="standings-title">
          {stage.name} · {current.label}
        </h2>
        {current.id === 'combined' ? (
          <Combined snap={snap} />
        ) : (
          <StandingsTable
            snap={snap}
            stage={stage}
            rows={rows ?? []}
            categoryId={current.id === 'overall' ? null : current.id}
          />
        )}
        {standings && standings.flaggedJurors.length > 0 ? (
          <p className="notice notice--warning">
            {t('res.flaggedJurors', {
              names: standings.flaggedJurors
                .map((f) => snap.jurors.find((j) => j.id === f.jurorId)?.name ?? f.jurorId)
                .join(', '),
            })}
          </p>
        ) : null}
      </section>
      {standings ? <JurorInsight snap={snap} stage={stage} standings={standings} /> : null}
      <FavouritesResults snap={snap} />
    </>
  );
}
