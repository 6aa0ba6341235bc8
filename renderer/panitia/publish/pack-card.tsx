// The festival pack on the templates page: export this festival's structure and words
// with a note (no people, no scores), or, in an empty data folder, open a pack, see what
// it brings, give the new festival its own name and dates, and apply it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  festivalPackSchema,
  packSummary,
  type FestivalPack,
} from '../../../shared/contract/pack-schemas.js';
import { festivalDetailsSchema } from '../../../shared/contract/setup-schemas.js';
import { formatHundredths } from '../../../shared/number-format.js';
import { currentLanguage } from '../../common/i18n.js';
import { Button } from '../../common/ui/index.js';
import { ErrorLine, FileField, FormError, TextArea } from '../fields.js';
import { NewFestivalFields, newFestivalDetails } from '../setup/new-festival-fields.js';
import { fileSlug, saveTextFile } from '../files.js';
import { useAct } from '../live/act.js';
import { refresh } from '../session.js';
import { useDesk } from '../store.js';
import { check, type FieldErrors } from '../validation.js';

function PackExport() {
  const { t } = useTranslation();
  const act = useAct();
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState('');
  const save = async () => {
    const res = await act.run('pack:export', { note });
    if (!res.ok) return;
    const r = await saveTextFile(
      `paket-${fileSlug(res.data.origin.festival)}.json`,
      `${JSON.stringify(res.data, null, 2)}\n`,
    );
    setSaved(r.ok ? t('templates.savedTo', { where: r.where }) : '');
  };
  return (
    <section className="card" aria-labelledby="pack-export-title" data-testid="pack-export">
      <h2 className="card__title" id="pack-export-title">
        {t('pub.pack.exportTitle')}
      </h2>
      <p className="muted">{t('pub.pack.exportLead')}</p>
      <TextArea
        label={t('pub.pack.note')}
        name="pack-note"
        value={note}
        onChange={setNote}
        hint={t('pub.pack.noteHint')}
      />
      <div className="form-actions">
        <Button variant="primary" onClick={() => void save()} data-testid="pack-save">
          {t('pub.pack.export')}
        </Button>
        <FormError message={act.error ?? undefined} />
        {saved ? <span role="status">{saved}</span> : null}
      </div>
    </section>
  );
}

function PackImport() {
  const { t } = useTranslation();
  const act = useAct();
  const lng = currentLanguage();
  const [fileName, setFileName] = useState('');
  const [pack, setPack] = useState<FestivalPack | null>(null);
  const [error, setError] = useState('');
  const [f, setF] = useState(newFestivalDetails);
  const [errors, setErrors] = useState<FieldErrors>({});
  const onFile = async (file: File | undefined) => {
    setPack(null);
    setError('');
    if (!file) return;
    setFileName(file.name);
    let json: unknown = null;
    try {
      json = JSON.parse(await file.text());
    } catch {
      json = null;
    }
    const parsed = festivalPackSchema.safeParse(json);
    if (!parsed.success) return setError(t('pub.pack.unreadable'));
    setPack(parsed.data);
  };
  const apply = async () => {
    if (!pack) return;
    const c = check(festivalDetailsSchema, f);
    setErrors(c.ok ? {} : c.errors);
    if (!c.ok) return;
    const res = await act.run('pack:import', { pack, festival: f });
    if (!res.ok) return;
    await refresh();
    window.location.hash = '#/setup/festival';
  };
  const s = pack ? packSummary(pack) : null;
  const min = (sec: number) => formatHundredths(Math.round((sec * 100) / 60), lng);
  return (
    <section className="card" aria-labelledby="pack-import-title" data-testid="pack-import">
      <h2 className="card__title" id="pack-import-title">
        {t('pub.pack.importTitle')}
      </h2>
      <p className="muted">{t('pub.pack.importLead')}</p>
      <FileField
        label={t('pub.pack.file')}
        button={t('import.pick')}
        none={t('import.noFile')}
        fileName={fileName}
        accept=".json,application/json"
        testId="pack-file"
        onFile={(file) => void onFile(file)}
      />
      <ErrorLine message={error} />
      {s ? (
        <div className="pack-summary" data-testid="pack-summary">
          <p>
            <strong>
              {t('pub.pack.from', {
                festival: s.origin.festival,
                organizer: s.origin.organizer,
                start: s.origin.startDate,
                end: s.origin.endDate,
              })}
            </strong>
          </p>
          {s.origin.note ? <p>{t('pub.pack.noteFrom', { note: s.origin.note })}</p> : null}
          <h3>{t('pub.pack.brings')}</h3>
          <ul>
            {s.stages.map((st) => (
              <li key={st.name}>
                {t('pub.pack.stage', {
                  name: st.name,
                  count: st.criteria.length,
                  present: min(st.timers.presentationSec),
                  qa: min(st.timers.qaSec),
                })}
                <ul>
                  {st.criteria.map((c) => (
                    <li key={c.name}>
                      {t('pub.pack.criterion', {
                        name: c.name,
                        weight: formatHundredths(c.weightBp, lng),
                        min: formatHundredths(c.minX100, lng),
                        max: formatHundredths(c.maxX100, lng),
                        levels: c.levels,
                      })}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
            <li>{t('pub.pack.categories', { list: s.categories.join(', ') })}</li>
            <li>{t('pub.pack.panels', { list: s.panels.join(', ') })}</li>
            <li>{t('pub.pack.logos', { count: s.logos })}</li>
            {s.texts.screenMessage ? (
              <li>{t('pub.pack.screenMessage', { text: s.texts.screenMessage })}</li>
            ) : null}
          </ul>
          <h3>{t('pub.pack.newFestival')}</h3>
          <div className="form-grid">
            <NewFestivalFields prefix="pack" value={f} errors={errors} onChange={setF} />
          </div>
          <div className="form-actions">
            <Button variant="primary" onClick={() => void apply()} data-testid="pack-apply">
              {t('pub.pack.apply')}
            </Button>
            <FormError message={act.error ?? undefined} />
          </div>
        </div>
      ) : null}
    </section>
  );
}

/** Export when a festival exists; import in an empty data folder. */
export function PackCard() {
  const { t } = useTranslation();
  const snap = useDesk((s) => s.snapshot);
  return snap ? (
    <>
      <PackExport />
      <p className="muted">{t('pub.pack.importElsewhere')}</p>
    </>
  ) : (
    <PackImport />
  );
}
