// "Festival baru" while a festival runs: the current one is archived first (a backup on the
// Cadangan data page, restorable there), then emptied, and "Buat festival" appears. The
// organizer confirms in a dialog by typing the festival's name; the server checks it again.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog } from '../../common/ui/index.js';
import { FormError, TextField } from '../fields.js';
import { call, refresh } from '../session.js';
import { useDesk } from '../store.js';
import { serverErrors, type FieldErrors } from '../validation.js';

export function NewFestivalCard() {
  const { t } = useTranslation();
  const festival = useDesk((s) => s.snapshot?.festival ?? null);
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState(false);
  const [archived, setArchived] = useState<{ file: string; name: string } | null>(null);
  const close = () => {
    setOpen(false);
    setTyped('');
    setErrors({});
  };
  const start = async () => {
    if (!festival) return;
    setPending(true);
    const res = await call('festival:new', { festivalName: typed });
    setPending(false);
    if (!res.ok) return setErrors(serverErrors(res));
    setArchived({ file: res.data.file, name: festival.name });
    close();
    await refresh();
  };
  if (!festival && !archived) return null;
  return (
    <section className="card" aria-labelledby="new-festival-title">
      <h2 className="card__title" id="new-festival-title">
        {t('newFestival.title')}
      </h2>
      {archived ? (
        <p className="notice notice--info" role="status" data-testid="new-festival-archived">
          {t('newFestival.done', archived)}{' '}
          <a href="#/results/backups">{t('newFestival.seeBackups')}</a>
        </p>
      ) : null}
      {festival ? (
        <>
          <p className="muted">{t('newFestival.lead')}</p>
          <div className="form-actions">
            <Button variant="danger" data-testid="new-festival" onClick={() => setOpen(true)}>
              {t('newFestival.open')}
            </Button>
          </div>
        </>
      ) : null}
      <Dialog
        open={open}
        title={t('newFestival.confirmTitle')}
        onClose={close}
        actions={
          <>
            <Button data-autofocus onClick={close}>
              {t('actions.cancel', { ns: 'common' })}
            </Button>
            <Button
              variant="danger"
              data-testid="confirm-new-festival"
              disabled={pending || typed.trim() === ''}
              onClick={() => void start()}
            >
              {t('newFestival.confirm')}
            </Button>
          </>
        }
      >
        <p>{t('newFestival.confirmBody', { name: festival?.name ?? '' })}</p>
        <TextField
          label={t('newFestival.typeName', { name: festival?.name ?? '' })}
          name="festival-name-confirm"
          value={typed}
          onChange={setTyped}
          error={errors.festivalName}
        />
        <FormError message={errors.festivalName ? undefined : errors['']} />
      </Dialog>
    </section>
  );
}
