// The panel's running order: every entry with its phase, sheets in, and the steps its
// phase allows (reopen asks for a reason).
import { useTranslation } from 'react-i18next';
import type { OrganizerSnapshot } from '../../../shared/contract/views.js';
import type { Entry, EntryPhase, Id } from '../../../shared/model.js';
import { allowedActions, displayPhase, type EntryAction } from '../../../shared/scoring/index.js';
import { Badge, Button, type BadgeTone } from '../../common/ui/index.js';

const tones: Record<string, BadgeTone> = {
  queued: 'neutral',
  presenting: 'info',
  scoring: 'warning',
  closed: 'outline',
  complete: 'success',
  locked: 'success',
};

export function RunningOrder({
  snap,
  stageId,
  entries,
  presentingId,
  onAction,
  pending,
}: {
  snap: OrganizerSnapshot;
  stageId: Id;
  entries: Entry[];
  presentingId: Id | null;
  onAction: (entry: Entry, action: EntryAction) => void;
  pending: boolean;
}) {
  const { t } = useTranslation();
  const rows = snap.standings[stageId]?.overall ?? [];
  const result = new Map(rows.map((r) => [r.entryId, r]));
  return (
    <section className="card" aria-labelledby="order-title">
      <h2 className="card__title" id="order-title">
        {t('live.runningOrder')}
      </h2>
      <div className="table-wrap order-wrap">
        <table className="table table--compact" data-testid="running-order">
          <thead>
            <tr>
              <th>#</th>
              <th>{t('live.entry')}</th>
              <th>{t('live.phase')}</th>
              <th>{t('live.sheets')}</th>
              <th className="row-actions">{t('live.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => {
              const phase: EntryPhase = snap.phases[stageId]?.[e.id] ?? 'queued';
              const r = result.get(e.id);
              const shown = displayPhase(phase, r?.expectedCount ?? 0, r?.sheetCount ?? 0);
              return (
                <tr
                  key={e.id}
                  className={e.id === presentingId ? 'row--current' : undefined}
                  data-entry={e.code}
                >
                  <td className="num">{e.order}</td>
                  <td>
                    <span className="entry-code">{e.code}</span>{' '}
                    <span className="order-title">{e.title}</span>
                  </td>
                  <td>
                    <Badge tone={tones[shown] ?? 'neutral'} data-testid="phase">
                      {t(`phase.${shown}`)}
                    </Badge>
                  </td>
                  <td className="num">{r ? `${r.sheetCount}/${r.expectedCount}` : '—'}</td>
                  <td className="row-actions">
                    {allowedActions(phase).map((a) => (
                      <Button
                        key={a}
                        size="sm"
                        variant={a === 'lock' ? 'danger' : 'ghost'}
                        disabled={pending}
                        onClick={() => onAction(e, a)}
                        aria-label={`${t(`action.${a}`)} ${e.code}`}
                      >
                        {t(`action.${a}`)}
                      </Button>
                    ))}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
