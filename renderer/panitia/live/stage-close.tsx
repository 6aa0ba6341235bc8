// Closing a stage not every entry reached (a final with the best of the day): entries never
// presented are marked "not in this stage", open ones locked, in one call with a written
// reason (stage:close, audited). The dialog says how many of each before it is done.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizerSnapshot } from '../../../shared/contract/views.js';
import { hasReason, type Id } from '../../../shared/model.js';
import { isSettled } from '../../../shared/scoring/state.js';
import { Button, Dialog } from '../../common/ui/index.js';
import { TextArea } from '../fields.js';
import { useAct } from './act.js';

export function StageClose({ snap, stageId }: { snap: OrganizerSnapshot; stageId: Id }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const act = useAct();
  const phases = snap.phases[stageId] ?? {};
  const phase = (id: Id) => phases[id] ?? 'queued';
  const out = snap.entries.filter((e) => phase(e.id) === 'queued').length;
  const lock = snap.entries.filter((e) => ['scoring', 'closed'].includes(phase(e.id))).length;
  const settled = snap.entries.every((e) => isSettled(phase(e.id)));
  const submit = async () => {
    if (!hasReason(reason)) return;
    const res = await act.run('stage:close', { stageId, reason: reason.trim() });
    if (res.ok) {
      setReason('');
      setOpen(false);
    }
  };
  return (
    <div className="stage-close">
      <Button size="sm" disabled={settled} onClick={() => setOpen(true)} data-testid="stage-close">
        {t('live.stageClose')}
      </Button>
      <Dialog
        open={open}
        title={t('live.stageCloseTitle')}
        onClose={() => setOpen(false)}
        actions={
          <>
            <Button onClick={() => setOpen(false)}>{t('live.cancel')}</Button>
            <Button
              variant="danger"
              disabled={act.pending || !hasReason(reason)}
              onClick={() => void submit()}
              data-testid="stage-close-confirm"
            >
              {t('live.stageCloseConfirm')}
            </Button>
          </>
        }
      >
        <p>{t('live.stageCloseBody', { out, lock })}</p>
        <TextArea
          label={t('live.reason')}
          name="stage-close-reason"
          value={reason}
          onChange={setReason}
          rows={3}
          error={act.error ?? undefined}
        />
      </Dialog>
    </div>
  );
}
