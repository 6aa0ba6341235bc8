// Reopening a locked entry needs a written reason (it goes to the audit log).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasReason, type Entry } from '../../../shared/model.js';
import { Button, Dialog } from '../../common/ui/index.js';
import { TextArea } from '../fields.js';
import { useAct } from './act.js';

export function ReopenDialog({
  entry,
  stageId,
  onClose,
}: {
  entry: Entry | null;
  stageId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const act = useAct();
  const tooShort = !hasReason(reason);
  const submit = async () => {
    if (!entry || tooShort) return;
    const res = await act.run('entry:transition', {
      entryId: entry.id,
      stageId,
      action: 'reopen',
      reason: reason.trim(),
    });
    if (res.ok) {
      setReason('');
      onClose();
    }
  };
  return (
    <Dialog
      open={entry !== null}
      title={t('live.reopenTitle', { code: entry?.code ?? '' })}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose}>{t('live.cancel')}</Button>
          <Button
            variant="danger"
            disabled={act.pending || tooShort}
            onClick={() => void submit()}
            data-testid="reopen-confirm"
          >
            {t('live.reopenConfirm')}
          </Button>
        </>
      }
    >
      <p>{t('live.reopenBody')}</p>
      <TextArea
        label={t('live.reason')}
        name="reopen-reason"
        value={reason}
        onChange={setReason}
        rows={3}
        error={act.error ?? undefined}
      />
    </Dialog>
  );
}
