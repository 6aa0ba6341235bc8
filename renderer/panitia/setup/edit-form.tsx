// The add/edit form of a listed thing (an entry, a juror): a card titled by what it edits,
// its fields on a grid, then the form's error line, "save" and "cancel". Saving checks with
// the shared schema first (useForm: errors next to the fields, in the reader's language);
// a save the server took closes the form.
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../common/ui/index.js';
import { FormError } from '../fields.js';
import type { useForm } from '../use-form.js';

export function EditForm({
  id,
  title,
  columns,
  form,
  save,
  onDone,
  children,
}: {
  /** The form's id stem: the title is `${id}-title` (tests and aria-labelledby find it). */
  id: string;
  title: string;
  /** The grid's columns; the title and the actions span them all. */
  columns: 2 | 3;
  form: ReturnType<typeof useForm>;
  /** Checks and sends; null when refused (useForm.submit). */
  save: () => Promise<unknown>;
  onDone: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const span = `span-${columns}`;
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    void save().then((r) => r && onDone());
  };
  return (
    <form
      className={columns === 3 ? 'card form-grid form-grid--3' : 'card form-grid'}
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={submit}
    >
      <h2 className={`card__title ${span}`} id={`${id}-title`}>
        {title}
      </h2>
      {children}
      <div className={`${span} form-actions`}>
        <FormError message={form.errors['']} />
        <Button type="submit" variant="primary" disabled={form.pending}>
          {t('actions.save')}
        </Button>
        <Button variant="ghost" onClick={onDone}>
          {t('actions.cancel', { ns: 'common' })}
        </Button>
      </div>
    </form>
  );
}
