// Import entries or jurors from the organizers' spreadsheet: pick a file, check the column
// mapping, see every row's errors with its row number, import only a fully valid file
// (the server checks it again and commits it whole or not at all).
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RowError } from '../../../shared/roster-check.js';
import { Badge, Button } from '../../common/ui/index.js';
import { CheckField, FileField, FormError, SelectField } from '../fields.js';
import { call } from '../session.js';
import { useDesk } from '../store.js';
import { serverErrors } from '../validation.js';
import {
  detectTable,
  fieldDefs,
  guessMapping,
  prepare,
  type Mapping,
  type RosterKind,
} from './mapping.js';
import { HEADER_SEARCH_ROWS, readSpreadsheet, withHeaderAt, type SheetData } from './read-sheet.js';
import { saveSample } from './samples.js';

const MAX_ERRORS = 60;
const PREVIEW_ROWS = 12;
const MAX_PAYLOAD = 480_000;

export function useRowErrorText() {
  const { t } = useTranslation();
  return (e: RowError) => {
    const field = t(`import.fields.${e.field}`, { defaultValue: e.field });
    const text =
      e.key === 'issue' ? String(e.params?.text ?? '') : t(`validation.${e.key}`, { ...e.params });
    return e.key === 'columnMissing'
      ? t('validation.columnMissing', { field, header: e.row })
      : t('import.rowError', { row: e.row, field, text });
  };
}

export function ImportPanel({ kind, onDone }: { kind: RosterKind; onDone: () => void }) {
  const { t } = useTranslation();
  const snap = useDesk((s) => s.snapshot);
  const [sheets, setSheets] = useState<SheetData[] | null>(null);
  const [fileName, setFileName] = useState('');
  const [sheetIndex, setSheetIndex] = useState(0);
  const [mapping, setMapping] = useState<Mapping>({});
  const [mode, setMode] = useState<'append' | 'replace'>('append');
  const [createMissing, setCreateMissing] = useState(false);
  const [readError, setReadError] = useState('');
  const [serverError, setServerError] = useState('');
  const [pending, setPending] = useState(false);
  const rowErrorText = useRowErrorText();
  const sheet = sheets?.[sheetIndex] ?? null;

  const prepared = useMemo(
    () =>
      sheet && snap
        ? prepare(
            kind,
            sheet,
            mapping,
            { mode, createMissing },
            { categories: snap.categories, panels: snap.panels, entries: snap.entries },
          )
        : null,
    [sheet, snap, kind, mapping, mode, createMissing],
  );
  const rowsWithErrors = new Set(prepared?.errors.map((e) => e.row) ?? []);
  const count =
    kind === 'entries' ? (prepared?.entries.length ?? 0) : (prepared?.jurors.length ?? 0);

  const onFile = async (file: File | undefined) => {
    setReadError('');
    setServerError('');
    setSheets(null);
    if (!file) return;
    try {
      const read = (await readSpreadsheet(file)).map((s) => detectTable(kind, s));
      const first = Math.max(
        0,
        read.findIndex((s) => s.rows.length > 0),
      );
      setFileName(file.name);
      setSheets(read);
      setSheetIndex(first);
      setMapping(guessMapping(kind, read[first]?.header ?? []));
    } catch {
      setReadError(t('import.unreadable'));
    }
  };

  const submit = async () => {
    if (!prepared || prepared.errors.length > 0) return;
    const payload = { entries: prepared.entries, jurors: prepared.jurors, mode, createMissing };
    // The server accepts messages up to 512 KiB; a festival's list is far smaller.
    if (JSON.stringify(payload).length > MAX_PAYLOAD) return setServerError(t('import.tooBig'));
    setPending(true);
    const res = await call('roster:import', payload);
    setPending(false);
    if (!res.ok) return setServerError(Object.values(serverErrors(res)).join('\n'));
    onDone();
  };

  // The header row: detected, changeable (a title, notes or a two-row header above it).
  const chooseHeaderRow = (row: number) => {
    if (!sheets || !sheet) return;
    const next = withHeaderAt(sheet, row);
    setSheets(sheets.map((s, i) => (i === sheetIndex ? next : s)));
    setMapping(guessMapping(kind, next.header));
  };
  const headerChoices = (sheet?.all ?? []).slice(0, HEADER_SEARCH_ROWS).map((r) => ({
    value: String(r.row),
    label: t('import.headerChoice', {
      row: r.row,
      cells: r.cells
        .filter((c) => c.trim() !== '')
        .join(' · ')
        .slice(0, 70),
    }),
  }));
  const firstData = sheet?.rows[0]?.row;
  const lastData = sheet?.rows.at(-1)?.row;
  const columns = [
    { value: '-1', label: t('import.noColumn') },
    ...(sheet?.header ?? []).map((h, i) => ({ value: String(i), label: h || `#${i + 1}` })),
  ];
  return (
    <section className="card import-panel" aria-labelledby="import-heading">
      <h2 className="card__title" id="import-heading">
        {t(`import.${kind}.title`)}
      </h2>
      <p className="muted">{t(`import.${kind}.lead`)}</p>
      <p className="toolbar">
        <span className="muted">{t('import.sample')}</span>
        <Button
          size="sm"
          variant="ghost"
          data-testid="sample-xlsx"
          onClick={() => void saveSample(kind, 'xlsx', (k) => t(k))}
        >
          {t('import.sampleXlsx')}
        </Button>
        <Button
          size="sm"
          variant="ghost"
          data-testid="sample-csv"
          onClick={() => void saveSample(kind, 'csv', (k) => t(k))}
        >
          {t('import.sampleCsv')}
        </Button>
      </p>
      <FileField
        label={t('import.file')}
        button={t('import.pick')}
        none={t('import.noFile')}
        fileName={fileName}
        accept=".xlsx,.csv,text/csv"
        testId="import-file"
        onFile={(f) => void onFile(f)}
      />
      <FormError message={readError} />
      {sheet ? (
        <>
          <p className="import-panel__file" data-testid="import-rows-read">
            {firstData !== undefined && lastData !== undefined
              ? t('import.rowsRead', {
                  count: sheet.rows.length,
                  first: firstData,
                  last: lastData,
                })
              : t('import.noDataRows')}
          </p>
          {sheets && sheets.length > 1 ? (
            <SelectField
              label={t('import.sheet')}
              value={String(sheetIndex)}
              onChange={(v) => {
                setSheetIndex(Number(v));
                setMapping(guessMapping(kind, sheets[Number(v)]?.header ?? []));
              }}
              options={sheets.map((s, i) => ({ value: String(i), label: s.name }))}
            />
          ) : null}
          {headerChoices.length > 0 ? (
            <SelectField
              label={t('import.headerRow')}
              name="header-row"
              value={String(sheet.headerRow)}
              onChange={(v) => chooseHeaderRow(Number(v))}
              options={headerChoices}
              hint={t('import.headerHint')}
            />
          ) : null}
          <fieldset className="import-panel__mapping">
            <legend>{t('import.mapping')}</legend>
            {fieldDefs[kind].map((def) => (
              <SelectField
                key={def.field}
                name={`map-${def.field}`}
                label={`${t(`import.fields.${def.field}`)}${def.required ? ' *' : ''}`}
                value={String(mapping[def.field] ?? -1)}
                onChange={(v) => setMapping({ ...mapping, [def.field]: Number(v) })}
                options={columns}
              />
            ))}
          </fieldset>
          <div className="import-panel__options">
            <SelectField
              label={t('import.mode')}
              name="mode"
              value={mode}
              onChange={(v) => setMode(v === 'replace' ? 'replace' : 'append')}
              options={[
                { value: 'append', label: t('import.append') },
                { value: 'replace', label: t('import.replace') },
              ]}
            />
            <CheckField
              label={t('import.createMissing')}
              name="create-missing"
              checked={createMissing}
              onChange={setCreateMissing}
            />
          </div>
          {prepared ? (
            <div className="import-panel__result" data-testid="import-summary">
              {prepared.errors.length === 0 ? (
                <Badge tone="success">{t('import.ready', { count })}</Badge>
              ) : (
                <Badge tone="danger">
                  {t('import.errorCount', { count: prepared.errors.length })}
                </Badge>
              )}
              {prepared.newCategories.length + prepared.newPanels.length > 0 ? (
                <span className="muted">
                  {' '}
                  {t('import.willCreate', {
                    names: [...prepared.newCategories, ...prepared.newPanels].join(', '),
                  })}
                </span>
              ) : null}
              {prepared.errors.length > 0 ? (
                <ul className="import-errors" role="alert" data-testid="import-errors">
                  {prepared.errors.slice(0, MAX_ERRORS).map((e, i) => (
                    <li key={i}>{rowErrorText(e)}</li>
                  ))}
                  {prepared.errors.length > MAX_ERRORS ? (
                    <li>
                      {t('import.moreErrors', { count: prepared.errors.length - MAX_ERRORS })}
                    </li>
                  ) : null}
                </ul>
              ) : null}
            </div>
          ) : null}
          <div className="table-wrap">
            <table className="table table--compact" aria-label={t('import.preview')}>
              <thead>
                <tr>
                  <th scope="col">{t('import.row')}</th>
                  {fieldDefs[kind].map((d) => (
                    <th key={d.field} scope="col">
                      {t(`import.fields.${d.field}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {sheet.rows.slice(0, PREVIEW_ROWS).map((r) => (
                  <tr key={r.row} className={rowsWithErrors.has(r.row) ? 'row--error' : undefined}>
                    <td>{r.row}</td>
                    {fieldDefs[kind].map((d) => (
                      <td key={d.field}>
                        {(mapping[d.field] ?? -1) >= 0 ? r.cells[mapping[d.field] ?? 0] : ''}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {sheet.rows.length > PREVIEW_ROWS ? (
            <p className="muted">
              {t('import.previewMore', { count: sheet.rows.length - PREVIEW_ROWS })}
            </p>
          ) : null}
          <FormError message={serverError} />
          <div className="form-actions">
            <Button
              variant="primary"
              data-testid="import-submit"
              disabled={pending || !prepared || prepared.errors.length > 0 || count === 0}
              onClick={() => void submit()}
            >
              {t('import.submit', { count })}
            </Button>
            <Button variant="ghost" onClick={onDone}>
              {t('actions.cancel', { ns: 'common' })}
            </Button>
          </div>
        </>
      ) : (
        <div className="form-actions">
          <Button variant="ghost" onClick={onDone}>
            {t('actions.cancel', { ns: 'common' })}
          </Button>
        </div>
      )}
    </section>
  );
}
