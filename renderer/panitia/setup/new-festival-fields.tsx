// The details a new festival starts with (name, venue, first and last day), wherever one
// is made: from scratch or a template on the templates page, or from a festival pack.
// Checked with festivalDetailsSchema before anything is sent.
import { useTranslation } from 'react-i18next';
import { DateField, TextField } from '../fields.js';
import type { FieldErrors } from '../validation.js';

export type NewFestivalDetails = {
  name: string;
  venue: string;
  startDate: string;
  endDate: string;
};

/** Empty names, both days today. */
export function newFestivalDetails(): NewFestivalDetails {
  const today = new Date().toISOString().slice(0, 10);
  return { name: '', venue: '', startDate: today, endDate: today };
}

/** The four fields, named `<prefix>-name`, `-venue`, `-start`, `-end`; for a form grid. */
export function NewFestivalFields({
  prefix,
  value,
  errors,
  onChange,
}: {
  prefix: string;
  value: NewFestivalDetails;
  errors: FieldErrors;
  onChange: (next: NewFestivalDetails) => void;
}) {
  const { t } = useTranslation();
  const set = (key: keyof NewFestivalDetails) => (v: string) => onChange({ ...value, [key]: v });
  return (
    <>
      <TextField
        label={t('festival.name')}
        name={`${prefix}-name`}
        value={value.name}
        onChange={set('name')}
        error={errors.name}
      />
      <TextField
        label={t('festival.venue')}
        name={`${prefix}-venue`}
        value={value.venue}
        onChange={set('venue')}
        error={errors.venue}
      />
      <DateField
        label={t('festival.startDate')}
        name={`${prefix}-start`}
        value={value.startDate}
        onChange={set('startDate')}
        error={errors.startDate}
      />
      <DateField
        label={t('festival.endDate')}
        name={`${prefix}-end`}
        value={value.endDate}
        onChange={set('endDate')}
        error={errors.endDate}
      />
    </>
  );
}
