// The audit log: who, when, what, old and new values, and why; filtered on the server
// (audit:list), paged, and exported as CSV (every matching row).
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../shared/contract/desk-views.js';
import { formatX100 } from '../../../shared/fixed.js';
import { Button } from '../../common/ui/index.js';
import { SelectField, TextField } from '../fields.js';
import { fileSlug, saveTextFile } from '../files.js';
import { useAct } from '../live/act.js';
import { dateTime } from '../live/desk-data.js';
import { toCsv } from '../paperwork/csv.js';
import { call } from '../session.js';
import { useDesk } from '../store.js';

const actions = [
  '',
  'sheet.',
  'sheet.correct',
  'entry.',
  'entry.lock',
  'entry.reopen',
  'panel.present',
  'timer.',
  'tie.decide',
  'juror.',
  'release.set',
  'reveal.',
  'screen.mode',
  'backup.',
  'rubric.unlock',
  'refused',
];

const brief = (v: unknown): string =>
  v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v);

const valuesOf = (v: unknown): Record<string, number | null> | null => {
  const values = (v as { values?: unknown } | null)?.values;
  return values && typeof values === 'object' ? (values as Record<string, number | null>) : null;
};
const x100 = (v: number | null | undefined) =>
  v === null || v === undefined ? '—' : formatX100(v);

/** A sheet change as "criterion: old → new" for the criteria that changed; else the raw value. */
export function changeText(oldValue: unknown, newValue: unknown, side: 'old' | 'new'): string {
  const before = valuesOf(oldValue);
  const after = valuesOf(newValue);
  if (!before || !after) return brief(side === 'old' ? oldValue : newValue);
  const changed = Object.keys({ ...before, ...after }).filter((k) => before[k] !== after[k]);
  const version = (side === 'old' ? oldValue : newValue) as { version?: number };
  return side === 'old'
    ? `v${version.version ?? '?'}: ${changed.map((k) => `${k} ${x100(before[k])}`).join(', ')}`
    : `v${version.version ?? '?'}: ${changed.map((k) => `${k} ${x100(before[k])} → ${x100(after[k])}`).join(', ')}`;
}

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
  // Ids in targets ("presentasi/e002/j-a2") read as codes and names.
  const names = new Map<string, string>([
    ...(snap?.entries ?? []).map((e): [string, string] => [e.id, e.code]),
    ...(snap?.jurors ?? []).map((j): [string, string] => [j.id, j.name]),
    ...(snap?.panels ?? []).map((p): [string, string] => [p.id, p.name]),
    ...(snap?.stages ?? []).map((s): [string, string] => [s.id, s.name]),
  ]);
  const targetText = (target: string) =>
    target
      .split('/')
      .map((part) => names.get(part) ?? part)
      .join(' / ');
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
    const csv = toCsv([
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
    ]);
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
          options={actions.map((a) => ({
            value: a,
            label: a === '' ? t('aud.allActions') : a.endsWith('.') ? `${a}*` : a,
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
      {act.error ? (
        <p className="form-error" role="alert">
          {act.error}
        </p>
      ) : null}
      <div className="table-wrap">
        <table className="table table--compact table--wrap" data-testid="audit-log">
          <thead>
            <tr>
              <th>{t('aud.when')}</th>
              <th>{t('aud.who')}</th>
              <th>{t('aud.action')}</th>
              <th>{t('aud.target')}</th>
              <th>{t('aud.old')}</th>
              <th>{t('aud.new')}</th>
              <th>{t('aud.why')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-action={r.action}>
                <td className="num">{dateTime(r.at, i18n.language)}</td>
                <td>{r.actor}</td>
                <td>{r.action}</td>
                <td>{targetText(r.target)}</td>
                <td className="audit-json">{changeText(r.old, r.new, 'old').slice(0, 300)}</td>
                <td className="audit-json">{changeText(r.old, r.new, 'new').slice(0, 300)}</td>
                <td>{r.reason ?? ''}</td>
              </tr>
            ))}
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
