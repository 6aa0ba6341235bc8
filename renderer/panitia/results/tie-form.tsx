// A tie the chain could not break: the head juror puts the entries in order, names
// themselves, and writes the reason; the decision is recorded (tie:decide) and audited.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasReason, type Entry, type Id } from '../../../shared/model.js';
import { Button } from '../../common/ui/index.js';
import { ErrorLine, TextArea, TextField } from '../fields.js';
import { useAct } from '../live/act.js';

export function TieForm({
  stageId,
  categoryId,
  entries,
  chair,
  rank,
}: {
  stageId: Id;
  categoryId: Id | null;
  entries: Entry[];
  chair: string;
  rank: number;
}) {
  const { t } = useTranslation();
  const [order, setOrder] = useState(entries.map((e) => e.id));
  const [decidedBy, setDecidedBy] = useState(chair);
  const [reason, setReason] = useState('');
  const act = useAct();
  const byId = new Map(entries.map((e) => [e.id, e]));
  const move = (i: number, d: number) => {
    const next = [...order];
    const [x] = next.splice(i, 1);
    if (x) next.splice(i + d, 0, x);
    setOrder(next);
  };
  return (
    <form
      className="card tie-form"
      data-testid="tie-form"
      onSubmit={(e) => {
        e.preventDefault();
        void act.run('tie:decide', {
          stageId,
          categoryId,
          entryIds: order,
          decidedBy: decidedBy.trim(),
          reason: reason.trim(),
        });
      }}
    >
      <h3 className="card__title">{t('res.tieTitle', { rank })}</h3>
      <p className="muted">{t('res.tieLead')}</p>
      <ol>
        {order.map((id, i) => (
          <li key={id}>
            <span className="entry-code">{byId.get(id)?.code}</span> {byId.get(id)?.title}{' '}
            <Button
              size="sm"
              variant="ghost"
              disabled={i === 0}
              onClick={() => move(i, -1)}
              aria-label={t('res.up', { code: byId.get(id)?.code })}
            >
              ↑
            </Button>
            <Button
              size="sm"
              variant="ghost"
              disabled={i === order.length - 1}
              onClick={() => move(i, 1)}
              aria-label={t('res.down', { code: byId.get(id)?.code })}
            >
              ↓
            </Button>
          </li>
        ))}
      </ol>
      <div className="form-grid">
        <TextField
          label={t('res.decidedBy')}
          name="tie-decided-by"
          value={decidedBy}
          onChange={setDecidedBy}
        />
        <TextArea
          label={t('res.tieReason')}
          name="tie-reason"
          value={reason}
          onChange={setReason}
          rows={2}
        />
      </div>
      <ErrorLine message={act.error} />
      <Button
        type="submit"
        variant="primary"
        disabled={act.pending || !hasReason(reason) || !decidedBy.trim()}
      >
        {t('res.record')}
      </Button>
    </form>
  );
}
