// Add or edit one juror: name, panel, chair, conflicts of interest by institution (one
// per line) or by entry (ticked in the panel's list). A recused juror does not score the
// entry and does not count in its average.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { jurorEditSchema, type JurorEditInput } from '../../../shared/contract/setup-schemas.js';
import type { OrganizerJuror } from '../../../shared/contract/views.js';
import { CheckField, SelectField, TextArea, TextField } from '../fields.js';
import { call } from '../session.js';
import { useDesk } from '../store.js';
import { useForm } from '../use-form.js';
import { EditForm } from './edit-form.js';

export function JurorForm({ juror, onDone }: { juror: OrganizerJuror | null; onDone: () => void }) {
  const { t } = useTranslation();
  const snap = useDesk((s) => s.snapshot);
  const [name, setName] = useState(juror?.name ?? '');
  const [panelId, setPanelId] = useState(juror?.panelId ?? snap?.panels[0]?.id ?? '');
  const [isChair, setChair] = useState(juror?.isChair ?? false);
  const [institutions, setInstitutions] = useState((juror?.conflictInstitutions ?? []).join('\n'));
  const [entryIds, setEntryIds] = useState<string[]>(juror?.conflictEntryIds ?? []);
  const form = useForm();
  if (!snap) return null;
  const e = form.errors;
  const input: JurorEditInput = {
    ...(juror ? { id: juror.id } : {}),
    name,
    panelId,
    isChair,
    conflictInstitutions: institutions
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean),
    conflictEntryIds: entryIds,
  };
  const panelEntries = snap.entries
    .filter((x) => x.panelId === panelId)
    .sort((a, b) => a.order - b.order);
  const toggle = (id: string, on: boolean) =>
    setEntryIds(on ? [...entryIds, id] : entryIds.filter((x) => x !== id));
  return (
    <EditForm
      id="juror-form"
      title={juror ? t('jurors.edit', { name: juror.name }) : t('jurors.add')}
      columns={2}
      form={form}
      save={() => form.submit(jurorEditSchema, input, () => call('juror:save', input))}
      onDone={onDone}
    >
      <TextField
        label={t('jurors.name')}
        name="name"
        value={name}
        onChange={setName}
        error={e.name}
        autoFocus
      />
      <SelectField
        label={t('jurors.panel')}
        name="panelId"
        value={panelId}
        onChange={setPanelId}
        error={e.panelId}
        options={snap.panels.map((p) => ({ value: p.id, label: p.name }))}
      />
      <div className="span-2">
        <CheckField
          label={t('jurors.chair')}
          name="isChair"
          checked={isChair}
          onChange={setChair}
        />
      </div>
      <TextArea
        label={t('jurors.conflictInstitutions')}
        name="conflictInstitutions"
        value={institutions}
        onChange={setInstitutions}
        hint={t('jurors.conflictInstitutionsHint')}
        error={
          e.conflictInstitutions ??
          Object.entries(e).find(([k]) => k.startsWith('conflictInstitutions.'))?.[1]
        }
        rows={4}
      />
      <fieldset className="conflict-entries">
        <legend className="field-label">{t('jurors.conflictEntries')}</legend>
        <div className="conflict-entries__list">
          {panelEntries.map((x) => (
            <CheckField
              key={x.id}
              label={`${x.code} · ${x.title}`}
              checked={entryIds.includes(x.id)}
              onChange={(on) => toggle(x.id, on)}
            />
          ))}
        </div>
        {e.conflictEntryIds ? (
          <p className="field-error" role="alert">
            {e.conflictEntryIds}
          </p>
        ) : null}
      </fieldset>
    </EditForm>
  );
}
