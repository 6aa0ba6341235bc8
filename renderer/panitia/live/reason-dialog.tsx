// A confirmation that needs a written reason (audited by the server): locking an entry
// with sheets missing, or producing a result while entries are not locked. It names what
// the organizer is about to leave out, so nobody confirms blind.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog } from '../../common/ui/index.js';
import { TextArea } from '../fields.js';

export type ReasonAsk = {
  title: string;
  body: string;
  /** What the confirmation leaves out: missing jurors, unlocked entries. */
  items: string[];
  confirmLabel: string;
  /** Runs the action with the reason; resolves with an error text, or null when done. */
  confirm: (reason: string) => Promise<string | null>;
};

export function ReasonDialog({ ask, onClose }: { ask: ReasonAsk | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const tooShort = reason.trim().length < 3;
  const close = () => {
    setReason('');
    setError(null);
    onClose();
  };
  const submit = async () => {
    if (!ask || tooShort) return;
    setPending(true);
    const err = await ask.confirm(reason.trim());
    setPending(false);
    if (err) setError(err);
    else close();
  };
  return (
    <Dialog
      open={ask !== null}
      title={ask?.title ?? ''}
      onClose={close}
      actions={
        <>
          <Button onClick={close}>{t('mom.cancel')}</Button>
          <Button
            variant="danger"
            disabled={pending || tooShort}
            onClick={() => void submit()}
            data-testid="reason-confirm"
          >
            {ask?.confirmLabel ?? ''}
          </Button>
        </>
      }
    >
      <p>{ask?.body}</p>
      <ul className="reason-items" data-testid="reason-items">
        {ask?.items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <TextArea
        label={t('mom.reason')}
        name="confirm-reason"
        value={reason}
        onChange={setReason}
        rows={3}
        error={error ?? undefined}
      />
    </Dialog>
  );
}
