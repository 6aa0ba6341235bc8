// Add or edit one entry (inovasi).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { entryEditSchema, type EntryEditInput } from '../../../shared/contract/setup-schemas.js';
import type { Entry } from '../../../shared/model.js';
import { SelectField, TextArea, TextField } from '../fields.js';
import { call } from '../session.js';
import { useDesk } from '../store.js';
import { useForm } from '../use-form.js';
import { EditForm } from './edit-form.js';

type Draft = {
  code: string;
  title: string;
  institution: string;
  categoryId: string;
  panelId: string;
  presenter: string;
  order: string;
};

/** The entry's optional details as typed; null until loaded (an existing entry's are fetched). */
type DetailsDraft = {
  summary: string;
  problem: string;
  yearStarted: string;
  contact: string;
  link: string;
};
const blankDetails: DetailsDraft = {
  summary: '',
  problem: '',
  yearStarted: '',
  contact: '',
  link: '',
};

export function EntryForm({
  entry,
  panelId,
  onDone,
}: {
  entry: Entry | null;
  panelId: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const snap = useDesk((s) => s.snapshot);
  const [d, setD] = useState<Draft>(() => ({
    code: entry?.code ?? '',
    title: entry?.title ?? '',
    institution: entry?.institution ?? '',
    categoryId: entry?.categoryId ?? snap?.categories[0]?.id ?? '',
    panelId: entry?.panelId ?? panelId,
    presenter: entry?.presenter ?? '',
    order: entry ? String(entry.order) : '',
  }));
  const [det, setDet] = useState<DetailsDraft | null>(entry ? null : blankDetails);
  useEffect(() => {
    if (!entry) return;
    let live = true;
    void call('entry:details', { id: entry.id }).then((res) => {
      if (!live || !res.ok) return;
      const x = res.data;
      setDet({ ...x, yearStarted: x.yearStarted === null ? '' : String(x.yearStarted) });
    });
    return () => {
      live = false;
    };
  }, [entry]);
  const form = useForm();
  if (!snap) return null;
  const set = (k: keyof Draft) => (v: string) => setD({ ...d, [k]: v });
  const setDetail = (k: keyof DetailsDraft) => (v: string) => det && setDet({ ...det, [k]: v });
  const year = det?.yearStarted.trim() ?? '';
  const e = form.errors;
  const toInput = (): EntryEditInput => ({
    ...(entry ? { id: entry.id } : {}),
    code: d.code,
    title: d.title,
    institution: d.institution,
    categoryId: d.categoryId,
    panelId: d.panelId,
    presenter: d.presenter,
    ...(d.order.trim() === ''
      ? {}
      : { order: /^\d+$/.test(d.order.trim()) ? Number(d.order) : (d.order as unknown as number) }),
    // Details not loaded (yet) are left out: the server keeps what it has.
    ...(det
      ? {
          details: {
            summary: det.summary,
            problem: det.problem,
            contact: det.contact,
            link: det.link,
            yearStarted:
              year === '' ? null : /^\d+$/.test(year) ? Number(year) : (year as unknown as number),
          },
        }
      : {}),
  });
  return (
    <EditForm
      id="entry-form"
      title={entry ? t('entries.edit', { code: entry.code }) : t('entries.add')}
      columns={3}
      form={form}
      save={() => {
        const input = toInput();
        return form.submit(entryEditSchema, input, () => call('entry:save', input));
      }}
      onDone={onDone}
    >
      <TextField
        label={t('entries.code')}
        name="code"
        value={d.code}
        onChange={set('code')}
        error={e.code}
        autoFocus
      />
      <TextField
        className="span-2"
        label={t('entries.titleField')}
        name="title"
        value={d.title}
        onChange={set('title')}
        error={e.title}
      />
      <TextField
        label={t('entries.institution')}
        name="institution"
        value={d.institution}
        onChange={set('institution')}
        error={e.institution}
      />
      <SelectField
        label={t('entries.category')}
        name="categoryId"
        value={d.categoryId}
        onChange={set('categoryId')}
        error={e.categoryId}
        options={snap.categories.map((c) => ({ value: c.id, label: c.name }))}
      />
      <SelectField
        label={t('entries.panel')}
        name="panelId"
        value={d.panelId}
        onChange={set('panelId')}
        error={e.panelId}
        options={snap.panels.map((p) => ({ value: p.id, label: p.name }))}
      />
      <TextField
        label={t('entries.presenter')}
        name="presenter"
        value={d.presenter}
        onChange={set('presenter')}
        error={e.presenter}
      />
      <TextField
        label={t('entries.order')}
        name="order"
        value={d.order}
        onChange={set('order')}
        error={e.order}
        hint={t('entries.orderHint')}
      />
      <fieldset className="span-3 form-grid form-grid--3 entry-details" aria-busy={det === null}>
        <legend>{t('entries.details')}</legend>
        {det === null ? (
          <p className="muted span-3">{t('entries.detailsLoading')}</p>
        ) : (
          <>
            <TextArea
              className="span-3"
              label={t('entries.summary')}
              name="summary"
              value={det.summary}
              onChange={setDetail('summary')}
              error={e['details.summary']}
            />
            <TextArea
              className="span-3"
              label={t('entries.problem')}
              name="problem"
              rows={2}
              value={det.problem}
              onChange={setDetail('problem')}
              error={e['details.problem']}
            />
            <TextField
              label={t('entries.yearStarted')}
              name="yearStarted"
              inputMode="numeric"
              value={det.yearStarted}
              onChange={setDetail('yearStarted')}
              error={e['details.yearStarted']}
              hint={t('entries.yearHint')}
            />
            <TextField
              label={t('entries.contact')}
              name="contact"
              value={det.contact}
              onChange={setDetail('contact')}
              error={e['details.contact']}
            />
            <TextField
              label={t('entries.link')}
              name="link"
              value={det.link}
              onChange={setDetail('link')}
              error={e['details.link']}
            />
          </>
        )}
      </fieldset>
    </EditForm>
  );
}
