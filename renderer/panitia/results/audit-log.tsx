// The audit log: who, when, what, old and new values, and why; filtered on the server
// (audit:list), paged, and exported as CSV (every matching row).
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../shared/contract/desk-views.js';
import { csvDialectFor } from '../../../shared/number-format.js';
import { useNumbers } from '../../common/use-numbers.js';
import { auditFilters, auditLookup, describeAudit } from './audit-text.js';
import { Button } from '../../common/ui/index.js';
import { ErrorLine, SelectField, TextField } from '../fields.js';
import { fileSlug, saveTextFile } from '../files.js';
import { useAct } from '../live/act.js';
import { dateTime } from '../live/desk-data.js';
import { toCsv } from '../paperwork/csv.js';
import { call } from '../session.js';
import { useDesk } from '../store.js';

const brief = (v: unknown): string =>
  v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v);

/** "sheet." -> "sheet", "entry.lock" -> "entryLock": the filter's label key. */
const filterKey = (a: string) =>
  a === '' ? 'all' : a.replace(/\.$/, '').replace(/\.(\w)/g, (_, c: string) => c.toUpperCase());

type Filter = { action: string; actor: string; target: string; since: string };

const query = (f: Filter) => ({
  ...(f.action ? { action: f.action } : {}),
  ...(f.actor.trim() ? { actor: f.actor.trim() } : {}),
  ...(f.target.trim() ? { target: f.target.trim() } : {}),
  ...(f.since && !Number.isNaN(Date.parse(f.since)) ? { since: Date.parse(f.since) } : {}),
});

export function AuditLog() {
  const { t, i18n } = useTranslation();
  const version = useDesk((s) => s.snapshot?.version ?? 0);
  const snap = useDesk((s) => s.snapshot);
  const numbers = useNumbers();
  // Ids read as codes and names, values as the language's numbers (the CSV keeps ids).
  const look = auditLookup(snap);
  const festival = useDesk((s) => s.snapshot?.festival.name ?? '');
  const [filter, setFilter] = useState<Filter>({ action: '', actor: '', target: '', since: '' });
  const [applied, setApplied] = useState(filter);
  const [rows, setRows] = useState<AuditEntry[]>([]);
  const [more, setMore] = useState(false);
  const act = useAct();
  const { run } = act;
  const fetchPage = useCallback(
    async (f: Filter, beforeId?: number) => {
      const res = await run('audit:list', {
        ...query(f),
        limit: 100,
        ...(beforeId ? { beforeId } : {}),
      });
      if (!res.ok) return;
      setRows((old) => (beforeId ? [...old, ...res.data.rows] : res.data.rows));
      setMore(res.data.more);
    },
    [run],
  );
  // The first page follows the festival as it changes (new rows on top).
  useEffect(() => {
    void fetchPage(applied);
  }, [applied, fetchPage, version]);
  const exportCsv = async () => {
    const all: AuditEntry[] = [];
    let before: number | undefined;
    for (let page = 0; page < 50; page++) {
      const res = await call('audit:list', {
        ...query(applied),
        limit: 5000,
        ...(before ? { beforeId: before } : {}),
      });
      if (!res.ok) return;
      all.push(...res.data.rows);
      before = res.data.rows.at(-1)?.id;
      if (!res.data.more || before === undefined) break;
    }
    const csv = toCsv(
      [
        [
          'id',
          t('aud.when'),
          'epoch_ms',
          t('aud.who'),
          t('aud.action'),
          t('aud.target'),
          t('aud.old'),
          t('aud.new'),
          t('aud.why'),
        ],
        ...all.map((r) => [
          r.id,
          dateTime(r.at, i18n.language),
          r.at,
          r.actor,
          r.action,
          r.target,
          brief(r.old),
          brief(r.new),
          r.reason ?? '',
        ]),
      ],
      csvDialectFor(numbers.lng),
    );
    await saveTextFile(`${fileSlug(festival)}-log-audit.csv`, csv, 'text/csv');
  };
  const set = (k: keyof Filter) => (v: string) => setFilter({ ...filter, [k]: v });
  return (
    <section className="card" aria-labelledby="audit-title">
      <h2 className="card__title" id="audit-title">
        {t('aud.logTitle')}
      </h2>
      <form
        className="toolbar audit-filter"
        onSubmit={(e) => {
          e.preventDefault();
          setApplied(filter);
        }}
      >
        <SelectField
          label={t('aud.action')}
          name="audit-action"
          value={filter.action}
          onChange={set('action')}
          options={auditFilters.map((a) => ({
            value: a,
            label: t(`aud.filterLabel.${filterKey(a)}`),
          }))}
        />
        <TextField
          label={t('aud.who')}
          name="audit-actor"
          value={filter.actor}
          onChange={set('actor')}
        />
        <TextField
          label={t('aud.target')}
          name="audit-target"
          value={filter.target}
          onChange={set('target')}
        />
        <TextField
          label={t('aud.since')}
          name="audit-since"
          type="datetime-local"
          value={filter.since}
          onChange={set('since')}
        />
        <Button type="submit" variant="primary">
          {t('aud.filter')}
        </Button>
        <Button onClick={() => void exportCsv()} data-testid="audit-csv">
          {t('aud.exportCsv')}
        </Button>
      </form>
      <ErrorLine message={act.error} />
      <div className="table-wrap">
        <table className="table table--compact table--wrap" data-testid="audit-log">
          <thead>
            <tr>
              <th>{t('aud.when')}</th>
              <th>{t('aud.who')}</th>
              <th>{t('aud.event')}</th>
              <th>{t('aud.why')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const d = describeAudit(r, look, (k, o) => t(k, o ?? {}), numbers);
              return (
                <tr key={r.id} data-action={r.action}>
                  <td className="num">{dateTime(r.at, i18n.language)}</td>
                  <td>{d.who}</td>
                  <td className="audit-event">{d.text}</td>
                  <td>{r.reason ?? ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {rows.length === 0 ? <p className="muted empty">{t('aud.empty')}</p> : null}
      {more ? (
        <Button onClick={() => void fetchPage(applied, rows.at(-1)?.id)}>{t('aud.more')}</Button>
      ) : null}
    </section>
  );
}
