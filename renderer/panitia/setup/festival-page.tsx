// Festival details: name, theme, venue, dates, organizer, and the official documents'
// number and signatories.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  festivalDetailsSchema,
  type FestivalDetailsInput,
} from '../../../shared/contract/setup-schemas.js';
import type { Signatory } from '../../../shared/model.js';
import { Button } from '../../common/ui/index.js';
import { DateField, FormError, TextField } from '../fields.js';
import { call } from '../session.js';
import { useDesk } from '../store.js';
import { useForm } from '../use-form.js';
import { LogosCard } from './logos-card.js';
import { SavedNote, PageHeader } from '../page-header.js';
import { SignatoriesFields } from './signatories-fields.js';

type Draft = Required<Omit<FestivalDetailsInput, 'signatories'>> & { signatories: Signatory[] };

export function FestivalPage() {
  const { t } = useTranslation();
  const festival = useDesk((s) => s.snapshot?.festival);
  const [draft, setDraft] = useState<Draft>(() => ({
    name: festival?.name ?? '',
    theme: festival?.theme ?? '',
    venue: festival?.venue ?? '',
    startDate: festival?.startDate ?? '',
    endDate: festival?.endDate ?? '',
    organizerName: festival?.organizerName ?? '',
    documentNumber: festival?.documentNumber ?? '',
    signatories: festival?.signatories ?? [],
  }));
  const form = useForm();
  const set = (k: Exclude<keyof FestivalDetailsInput, 'signatories'>) => (v: string) =>
    setDraft({ ...draft, [k]: v });
  const e = form.errors;
  return (
    <>
      <PageHeader title={t('festival.title')} lead={t('festival.lead')} />
      <form
        className="card form-grid"
        noValidate
        onSubmit={(ev) => {
          ev.preventDefault();
          void form.submit(festivalDetailsSchema, draft, () => call('festival:save', draft));
        }}
      >
        <TextField
          className="span-2"
          label={t('festival.name')}
          name="name"
          value={draft.name}
          onChange={set('name')}
          error={e.name}
        />
        <TextField
          className="span-2"
          label={t('festival.theme')}
          name="theme"
          value={draft.theme}
          onChange={set('theme')}
          error={e.theme}
        />
        <TextField
          label={t('festival.venue')}
          name="venue"
          value={draft.venue}
          onChange={set('venue')}
          error={e.venue}
        />
        <TextField
          label={t('festival.organizerName')}
          name="organizerName"
          value={draft.organizerName}
          onChange={set('organizerName')}
          error={e.organizerName}
        />
        <DateField
          label={t('festival.startDate')}
          name="startDate"
          value={draft.startDate}
          onChange={set('startDate')}
          error={e.startDate}
        />
        <DateField
          label={t('festival.endDate')}
          name="endDate"
          value={draft.endDate}
          onChange={set('endDate')}
          error={e.endDate}
        />
        <SignatoriesFields
          documentNumber={draft.documentNumber}
          signatories={draft.signatories}
          errors={e}
          onNumber={set('documentNumber')}
          onChange={(signatories) => setDraft({ ...draft, signatories })}
        />
        <div className="span-2 form-actions">
          <FormError message={e['']} />
          <Button type="submit" variant="primary" disabled={form.pending}>
            {t('actions.save')}
          </Button>
          <SavedNote at={form.savedAt} text={t('actions.saved')} />
        </div>
      </form>
      <LogosCard />
    </>
  );
}
