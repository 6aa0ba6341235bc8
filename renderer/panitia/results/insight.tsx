// Juror insight for one stage: each juror's severity against the rest of their panel,
// their spread, outlying sheets, and how z-score normalization moved each entry.
import { useNumbers } from '../../common/use-numbers.js';
import { useTranslation } from 'react-i18next';
import type { OrganizerSnapshot } from '../../../shared/contract/views.js';
import type { Stage } from '../../../shared/model.js';
import { jurorInsight } from '../../../shared/scoring/juror-insight.js';
import { methodOf } from '../../../shared/scoring/methods.js';
import type { Standings } from '../../../shared/scoring/types.js';
import { Badge } from '../../common/ui/index.js';
import { byId } from '../live/desk-data.js';

export function JurorInsight({
  snap,
  stage,
  standings,
}: {
  snap: OrganizerSnapshot;
  stage: Stage;
  standings: Standings;
}) {
  const { t } = useTranslation();
  const { points: score } = useNumbers();
  const signed = (m: number | null) => (m === null ? '—' : `${m > 0 ? '+' : ''}${score(m)}`);
  const insight = jurorInsight(
    standings,
    snap.jurors.map((j) => j.id),
    stage.rules.disagreementBandMicro,
  );
  const jurors = byId(snap.jurors);
  const entries = byId(snap.entries);
  const panels = byId(snap.panels);
  const moved = insight.moves
    .filter((m) => m.deltaMicro !== null)
    .sort((a, b) => Math.abs(b.deltaMicro ?? 0) - Math.abs(a.deltaMicro ?? 0));
  return (
    <section className="card" aria-labelledby="insight-title" data-testid="insight">
      <h2 className="card__title" id="insight-title">
        {t('res.insight')}
      </h2>
      <p className="muted">{t('res.insightLead')}</p>
      <div className="table-wrap">
        <table className="table table--compact">
          <thead>
            <tr>
              <th>{t('res.juror')}</th>
              <th>{t('live.panel')}</th>
              <th className="num">{t('live.sheets')}</th>
              <th className="num">{t('res.mean')}</th>
              <th className="num">{t('res.sd')}</th>
              <th className="num">{t('res.severity')}</th>
              <th>{t('res.outliers')}</th>
            </tr>
          </thead>
          <tbody>
            {insight.jurors.map((j) => {
              const juror = jurors.get(j.jurorId);
              return (
                <tr key={j.jurorId}>
                  <td>
                    {juror?.name}{' '}
                    {j.flagged ? <Badge tone="warning">{t(`res.flag.${j.flagged}`)}</Badge> : null}
                  </td>
                  <td>{panels.get(juror?.panelId ?? '')?.name}</td>
                  <td className="num">{j.sheetCount}</td>
                  <td className="num">{score(j.meanMicro)}</td>
                  <td className="num">{score(j.spreadMicro)}</td>
                  <td className="num">
                    {signed(j.severityMicro)}{' '}
                    {j.severityMicro !== null ? (
                      <span className="muted">
                        {j.severityMicro < 0 ? t('res.stricter') : t('res.milder')}
                      </span>
                    ) : null}
                  </td>
                  <td>
                    {j.outliers
                      .map(
                        (o) =>
                          `${entries.get(o.entryId)?.code ?? o.entryId} (${signed(o.deltaMicro)})`,
                      )
                      .join(', ') || '—'}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {moved.length > 0 ? (
        <>
          <h3>{t('res.moves')}</h3>
          <div className="table-wrap">
            <table className="table table--compact">
              <thead>
                <tr>
                  <th>{t('live.entry')}</th>
                  <th className="num">{t('res.raw')}</th>
                  <th className="num">{t('res.adjusted')}</th>
                  <th className="num">Δ</th>
                  <th className="num">{t('res.rawRank')}</th>
                  <th className="num">{t('res.adjustedRank')}</th>
                </tr>
              </thead>
              <tbody>
                {moved.map((m) => (
                  <tr key={m.entryId}>
                    <td>
                      <span className="entry-code">{entries.get(m.entryId)?.code}</span>{' '}
                      {entries.get(m.entryId)?.title}
                    </td>
                    <td className="num">{score(m.rawMicro)}</td>
                    <td className="num">{score(m.adjustedMicro)}</td>
                    <td className="num">{signed(m.deltaMicro)}</td>
                    <td className="num">{m.rawRank ?? '—'}</td>
                    <td className="num">{m.adjustedRank ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : (
        <p className="muted">
          {methodOf(stage.rules.aggregation).ranks === 'adjusted'
            ? t('res.noMoves')
            : t('res.notZscore')}
        </p>
      )}
    </section>
  );
}
