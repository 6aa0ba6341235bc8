// The festival's official-document fields: the Berita Acara's number and the organizers'
// signatories (position, name, NIP), at most as many as a certificate has room for.
import { useTranslation } from 'react-i18next';
import { maxSignatories, type Signatory } from '../../../shared/model.js';
import { Button } from '../../common/ui/index.js';
import { TextField } from '../fields.js';
import type { FieldErrors } from '../validation.js';

export function SignatoriesFields({
  documentNumber,
  signatories,
  errors,
  onNumber,
  onChange,
}: {
  documentNumber: string;
  signatories: Signatory[];
  errors: FieldErrors;
  onNumber: (v: string) => void;
  onChange: (next: Signatory[]) => void;
}) {
  const { t } = useTranslation();
  const edit = (i: number, k: keyof Signatory) => (v: string) =>
    onChange(signatories.map((s, j) => (j === i ? { ...s, [k]: v } : s)));
  return (
    <fieldset className="span-2 form-grid" data-testid="signatories">
      <legend className="card__title">{t('sign.heading')}</legend>
      <p className="muted span-2">{t('sign.lead')}</p>
      <TextField
        className="span-2"
        label={t('sign.documentNumber')}
        name="documentNumber"
        value={documentNumber}
        onChange={onNumber}
        hint={t('sign.documentNumberHint')}
        error={errors.documentNumber}
      />
      {signatories.map((s, i) => (
        <div key={i} className="span-2 form-grid form-grid--3 signatory-row">
          <TextField
            label={`${t('sign.signatory', { n: i + 1 })}: ${t('sign.role')}`}
            name={`signatory-${i}-role`}
            value={s.role}
            onChange={edit(i, 'role')}
            error={errors[`signatories.${i}.role`]}
          />
          <TextField
            label={t('sign.name')}
            name={`signatory-${i}-name`}
            value={s.name}
            onChange={edit(i, 'name')}
            error={errors[`signatories.${i}.name`]}
          />
          <TextField
            label={t('sign.nipLabel')}
            name={`signatory-${i}-nip`}
            value={s.nip}
            inputMode="numeric"
            onChange={edit(i, 'nip')}
            error={errors[`signatories.${i}.nip`]}
          />
          <div className="span-3">
            <Button size="sm" onClick={() => onChange(signatories.filter((_, j) => j !== i))}>
              {t('sign.remove', { n: i + 1 })}
            </Button>
          </div>
        </div>
      ))}
      <div className="span-2">
        <Button
          size="sm"
          disabled={signatories.length >= maxSignatories}
          onClick={() => onChange([...signatories, { role: '', name: '', nip: '' }])}
          data-testid="signatory-add"
        >
          {t('sign.add')}
        </Button>
      </div>
    </fieldset>
  );
}
