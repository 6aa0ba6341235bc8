// Templates, a new festival, and the archive. Export the setup (no scores, no codes) to a
// file; import one into this festival (replacing it while no sheet exists) or start a new
// festival from a template or from scratch in an empty data folder; save an archive.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FestivalSetup } from '../../../shared/contract/schemas.js';
import { rubricPresets } from '../../../shared/presets/rubrics.js';
import { Badge, Button, Dialog } from '../../common/ui/index.js';
import { currentLanguage } from '../../common/i18n.js';
import { FileField, FormError, SelectField } from '../fields.js';
import { call, refresh } from '../session.js';
import { useDesk } from '../store.js';
import { blankSetup } from '../blank-setup.js';
import { exportArchive, exportTemplate, readTemplate } from '../templates.js';
import { check, serverErrors, type FieldErrors } from '../validation.js';
import { festivalDetailsSchema } from '../../../shared/contract/setup-schemas.js';
import { NewFestivalFields, newFestivalDetails } from './new-festival-fields.js';
import { PageHeader } from '../page-header.js';
import { PackCard } from '../publish/pack-card.js';
import { NewFestivalCard } from './new-festival-card.js';

function NewFestival() {
  const { t } = useTranslation();
  const [f, setF] = useState({ ...newFestivalDetails(), presetId: rubricPresets[0]?.id ?? '' });
  const [error, setError] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = async () => {
    const c = check(festivalDetailsSchema, {
      name: f.name,
      venue: f.venue,
      startDate: f.startDate,
      endDate: f.endDate,
    });
    setErrors(c.ok ? {} : c.errors);
    if (!c.ok) return;
    const setup = blankSetup(f, {
      stage: t('templates.defaultStage'),
      category: t('templates.defaultCategory'),
      panel: t('templates.defaultPanel'),
    });
    const res = await call('setup:import', { setup, replace: false });
    if (!res.ok) return setError(Object.values(serverErrors(res)).join('\n'));
    await refresh();
    window.location.hash = '#/setup/festival';
  };
  return (
    <form
      className="card form-grid"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void create();
      }}
      aria-labelledby="new-title"
    >
      <h2 className="card__title span-2" id="new-title">
        {t('templates.newTitle')}
      </h2>
      <p className="muted span-2">{t('templates.newLead')}</p>
      <NewFestivalFields
        prefix="new"
        value={f}
        errors={errors}
        onChange={(details) => setF({ ...f, ...details })}
      />
      <SelectField
        label={t('rubric.preset')}
        value={f.presetId}
        onChange={(v) => setF({ ...f, presetId: v })}
        options={rubricPresets.map((p) => ({ value: p.id, label: p.name[currentLanguage()] }))}
      />
      <div className="span-2 form-actions">
        <FormError message={error} />
        <Button type="submit" variant="primary">
          {t('templates.create')}
        </Button>
      </div>
    </form>
  );
}

export function TemplatesPage() {
  const { t } = useTranslation();
  const snap = useDesk((s) => s.snapshot);
  const noFestival = useDesk((s) => s.noFestival);
  const [loaded, setLoaded] = useState<FestivalSetup | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [confirm, setConfirm] = useState(false);
  const [fileName, setFileName] = useState('');

  const onText = (text: string) => {
    const read = readTemplate(text);
    if (read.ok) setLoaded(read.setup);
    else setErrors(read.errors.map((e) => (e === 'json' ? t('templates.notJson') : e)));
  };
  const onFile = async (file: File | undefined) => {
    setLoaded(null);
    setErrors([]);
    setNote('');
    setFileName(file?.name ?? '');
    if (file) onText(await file.text());
  };
  const picked = useDesk((s) => s.pickedTemplate);
  useEffect(() => {
    // A file chosen in the Electron app's native dialog (menu: import template).
    if (!picked) return;
    useDesk.setState({ pickedTemplate: null });
    setErrors([]);
    setNote('');
    onText(picked.text);
  });
  const apply = async () => {
    if (!loaded) return;
    setConfirm(false);
    const res = await call('setup:import', { setup: loaded, replace: !noFestival });
    if (!res.ok) return setErrors(Object.values(serverErrors(res)).join('\n').split('\n'));
    setLoaded(null);
    setNote(t('templates.imported', { entries: res.data.entries, jurors: res.data.jurors }));
    await refresh();
  };
  const saved = (r: Awaited<ReturnType<typeof exportTemplate>>) =>
    setNote(r.ok ? t('templates.savedTo', { where: r.where }) : 'error' in r ? r.error : '');

  return (
    <>
      <PageHeader title={t('templates.title')} lead={t('templates.lead')} />
      {noFestival ? <NewFestival /> : null}
      <NewFestivalCard />
      <PackCard />
      {snap ? (
        <section className="card" aria-labelledby="export-title">
          <h2 className="card__title" id="export-title">
            {t('templates.exportTitle')}
          </h2>
          <p className="muted">{t('templates.exportLead')}</p>
          <div className="form-actions">
            <Button
              variant="primary"
              data-testid="export-template"
              onClick={() => void exportTemplate().then(saved)}
            >
              {t('templates.export')}
            </Button>
            <Button data-testid="export-archive" onClick={() => void exportArchive().then(saved)}>
              {t('templates.archive')}
            </Button>
          </div>
        </section>
      ) : null}
      <section className="card" aria-labelledby="import-title">
        <h2 className="card__title" id="import-title">
          {noFestival ? t('templates.importNewTitle') : t('templates.importTitle')}
        </h2>
        <p className="muted">
          {noFestival ? t('templates.importNewLead') : t('templates.importLead')}
        </p>
        <FileField
          label={t('templates.file')}
          button={t('import.pick')}
          none={t('import.noFile')}
          fileName={fileName}
          accept=".json,application/json"
          testId="template-file"
          onFile={(f) => void onFile(f)}
        />
        {errors.length > 0 ? (
          <ul className="import-errors" role="alert">
            {errors.slice(0, 40).map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
        ) : null}
        {loaded ? (
          <div className="template-summary" data-testid="template-summary">
            <p>
              <strong>{loaded.festival.name}</strong> · {loaded.festival.startDate} –{' '}
              {loaded.festival.endDate}
            </p>
            <p>
              <Badge>{t('templates.count.stages', { count: loaded.stages.length })}</Badge>{' '}
              <Badge>{t('templates.count.categories', { count: loaded.categories.length })}</Badge>{' '}
              <Badge>{t('templates.count.panels', { count: loaded.panels.length })}</Badge>{' '}
              <Badge>{t('templates.count.entries', { count: loaded.entries.length })}</Badge>{' '}
              <Badge>{t('templates.count.jurors', { count: loaded.jurors.length })}</Badge>
            </p>
            <Button
              variant="primary"
              data-testid="apply-template"
              onClick={() => (noFestival ? void apply() : setConfirm(true))}
            >
              {noFestival ? t('templates.createFrom') : t('templates.replace')}
            </Button>
          </div>
        ) : null}
        {note ? (
          <p className="notice notice--info" role="status">
            {note}
          </p>
        ) : null}
      </section>
      <Dialog
        open={confirm}
        title={t('templates.replaceTitle')}
        onClose={() => setConfirm(false)}
        actions={
          <>
            <Button data-autofocus onClick={() => setConfirm(false)}>
              {t('actions.cancel', { ns: 'common' })}
            </Button>
            <Button variant="danger" data-testid="confirm-replace" onClick={() => void apply()}>
              {t('templates.replace')}
            </Button>
          </>
        }
      >
        <p>{t('templates.replaceBody')}</p>
      </Dialog>
    </>
  );
}
