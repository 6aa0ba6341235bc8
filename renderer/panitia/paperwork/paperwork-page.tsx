// Paperwork: the results workbook (XLSX) and CSV, and the printable A4 documents (recap,
// Berita Acara, certificates) previewed here and printed with the browser's print.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../common/ui/index.js';
import { ErrorLine, SelectField, TextField } from '../fields.js';
import { fileSlug, saveTextFile } from '../files.js';
import { errorText } from '../../common/error-text.js';
import { currentLanguage } from '../../common/i18n.js';
import { useAct } from '../live/act.js';
import { ReasonDialog, type ReasonAsk } from '../live/reason-dialog.js';
import { byId } from '../live/desk-data.js';
import { call } from '../session.js';
import { PageHeader } from '../page-header.js';
import { useDesk } from '../store.js';
import type { StageSheetRow } from '../../../shared/contract/desk-views.js';
import { csvChoices, toCsv } from './csv.js';
import { decidedByText } from '../results/standings-page.js';
import type { CsvDialect, NumberLanguage } from '../../../shared/number-format.js';
import { CertificatesDoc } from './certificates.js';
import { BeritaAcaraDoc, RecapDoc } from './documents.js';
import { longDate } from '../long-date.js';
import { FavouriteCertificates } from '../voting/favourites.js';
import { hasFavourites } from '../voting/favourites-data.js';
import { saveBinaryFile } from './save-binary.js';
import { buildWorkbook, points } from './workbook.js';
import '../live/live.css';
import './paperwork.css';

type Doc = 'berita-acara' | 'recap' | 'certificates' | 'favourites';

export function PaperworkPage() {
  const { t, i18n } = useTranslation();
  const lng: NumberLanguage = i18n.language === 'en' ? 'en' : 'id';
  const snap = useDesk((s) => s.snapshot);
  const [doc, setDoc] = useState<Doc>('berita-acara');
  const [stageId, setStageId] = useState('');
  const [places, setPlaces] = useState('3');
  const [note, setNote] = useState('');
  const act = useAct();
  const [ask, setAsk] = useState<ReasonAsk | null>(null);
  if (!snap) return null;
  const stage = snap.stages.find((s) => s.id === stageId) ?? snap.stages[0];
  if (!stage) return null;
  const n = Math.min(50, Math.max(1, Number(places) || 3));
  const slug = fileSlug(snap.festival.name);

  /**
   * Certificates and official exports of results that are not locked: the server names
   * the entries and the organizer confirms with a reason (audited), or stops.
   */
  const official = async (
    purpose: 'certificates' | 'export',
    stageIds: string[],
    then: () => void | Promise<void>,
  ) => {
    setNote('');
    const refused: string[] = [];
    for (const id of stageIds) {
      const res = await act.run('results:official', { stageId: id, categoryId: null, purpose });
      if (res.ok) continue;
      if (!('code' in res) || res.code !== 'PROVISIONAL') return;
      act.clear();
      const name = snap.stages.find((x) => x.id === id)?.name ?? id;
      refused.push(...(res.details ?? []).map((d) => (stageIds.length > 1 ? `${name}: ${d}` : d)));
    }
    if (refused.length === 0) return void (await then());
    setAsk({
      title: t('mom.provisionalTitle'),
      body: t('mom.provisionalBody'),
      items: refused,
      confirmLabel: t('mom.provisionalConfirm'),
      confirm: async (reason) => {
        for (const id of stageIds) {
          const res = await call('results:official', {
            stageId: id,
            categoryId: null,
            purpose,
            provisionalReason: reason,
          });
          if (!res.ok) return errorText(res, currentLanguage());
        }
        // After the dialog has closed, so the print shows the document alone.
        setTimeout(() => void then(), 0);
        return null;
      },
    });
  };
  const status = (stageId: string, entryId: string) =>
    snap.phases[stageId]?.[entryId] === 'locked' ? t('mom.locked') : t('mom.provisional');

  const exportXlsx = async () => {
    setNote('');
    const sheets: Record<string, StageSheetRow[]> = {};
    for (const s of snap.stages) {
      const res = await act.run('sheets:list', { stageId: s.id });
      if (!res.ok) return;
      sheets[s.id] = res.data;
    }
    const bytes = await buildWorkbook(snap, sheets, (k) => t(k), lng, status);
    const saved = await saveBinaryFile(
      `${slug}-hasil.xlsx`,
      bytes,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    if (saved.ok) setNote(t('paper.saved', { where: saved.where }));
  };
  const exportCsv = async (dialect: CsvDialect) => {
    setNote('');
    const res = await call('results:get', {});
    if (!res.ok) return;
    const entries = byId(snap.entries);
    const categories = byId(snap.categories);
    const rows = res.data.stages.flatMap(({ stage: s, standings }) =>
      standings.overall.map((r) => {
        const e = entries.get(r.entryId);
        return [
          s.name,
          r.rank,
          r.tied ? t('res.tied') : '',
          e?.code,
          e?.title,
          e?.institution,
          categories.get(r.categoryId)?.name,
          points(r.rawMicro),
          points(r.adjustedMicro),
          points(r.scoreMicro),
          r.sheetCount,
          r.expectedCount,
          points(r.spreadMicro),
          r.disagreement ? t('paper.yes') : '',
          decidedByText(s, r.decidedBy, t),
          status(s.id, r.entryId),
        ];
      }),
    );
    const csv = toCsv(
      [
        [
          t('res.stage'),
          t('res.rank'),
          t('res.tied'),
          t('paper.xlsx.code'),
          t('paper.xlsx.entry'),
          t('paper.xlsx.institution'),
          t('res.category'),
          t('res.raw'),
          t('res.adjusted'),
          t('res.score'),
          t('paper.xlsx.sheets'),
          t('paper.xlsx.expected'),
          t('res.spread'),
          t('res.disagreement'),
          t('paper.xlsx.decidedBy'),
          t('paper.xlsx.status'),
        ],
        ...rows,
      ],
      dialect,
    );
    const suffix = dialect.separator === ';' ? '' : '-intl';
    const saved = await saveTextFile(`${slug}-peringkat${suffix}.csv`, csv, 'text/csv');
    if (saved.ok) setNote(t('paper.saved', { where: saved.where }));
  };
  const docs: Doc[] = [
    'berita-acara',
    'recap',
    'certificates',
    ...(hasFavourites(snap) ? (['favourites'] as const) : []),
  ];
  return (
    <>
      <div className="no-print">
        <PageHeader title={t('paper.title')} lead={t('paper.lead')} />
      </div>
      <section className="card no-print" aria-labelledby="exports-title">
        <h2 className="card__title" id="exports-title">
          {t('paper.exports')}
        </h2>
        <div className="toolbar">
          <Button
            variant="primary"
            onClick={() => void official('export', stageIdsOf(snap), exportXlsx)}
            disabled={act.pending}
            data-testid="export-xlsx"
          >
            {t('paper.xlsxButton')}
          </Button>
          {csvChoices(lng).map((c) => (
            <Button
              key={c.key}
              onClick={() => void official('export', stageIdsOf(snap), () => exportCsv(c.dialect))}
              data-testid={`export-csv-${c.key}`}
              title={t(`paper.csvHint.${c.key}`)}
            >
              {t(`paper.csvButton.${c.key}`)}
            </Button>
          ))}
        </div>
        <ErrorLine message={act.error} />
        {note ? (
          <p className="muted" role="status">
            {note}
          </p>
        ) : null}
      </section>
      <section className="card no-print" aria-labelledby="docs-title">
        <h2 className="card__title" id="docs-title">
          {t('paper.documents')}
        </h2>
        <div className="toolbar">
          <div className="tabs" role="group" aria-label={t('paper.documents')}>
            {docs.map((d) => (
              <Button
                key={d}
                size="sm"
                variant={d === doc ? 'primary' : 'secondary'}
                aria-pressed={d === doc}
                onClick={() => setDoc(d)}
                data-doc={d}
              >
                {t(`paper.doc.${d}`)}
              </Button>
            ))}
          </div>
          {snap.stages.length > 1 ? (
            <SelectField
              label={t('res.stage')}
              name="doc-stage"
              value={stage.id}
              onChange={setStageId}
              options={snap.stages.map((s) => ({ value: s.id, label: s.name }))}
            />
          ) : null}
          {doc !== 'recap' && doc !== 'favourites' ? (
            <TextField
              label={t('paper.places')}
              name="doc-places"
              value={places}
              onChange={setPlaces}
              inputMode="numeric"
            />
          ) : null}
          <Button
            variant="primary"
            onClick={() =>
              doc === 'certificates'
                ? void official('certificates', [stage.id], () => window.print())
                : window.print()
            }
            data-testid="print"
          >
            {t('paper.print')}
          </Button>
        </div>
        <p className="muted">{t('paper.printHint')}</p>
      </section>
      <div className="doc-stack">
        {doc === 'recap' ? (
          <RecapDoc snap={snap} stage={stage} />
        ) : doc === 'favourites' ? (
          <FavouriteCertificates
            snap={snap}
            date={longDate(snap.festival.endDate, i18n.language)}
          />
        ) : doc === 'berita-acara' ? (
          <BeritaAcaraDoc snap={snap} stage={stage} places={n} />
        ) : (
          <CertificatesDoc snap={snap} stage={stage} places={n} />
        )}
      </div>
      <div className="no-print">
        <ReasonDialog ask={ask} onClose={() => setAsk(null)} />
      </div>
    </>
  );
}

const stageIdsOf = (snap: { stages: Array<{ id: string }> }) => snap.stages.map((s) => s.id);
