// Entries (inovasi) per panel in running order: add, edit, delete, reorder (drag a row,
// or the up/down buttons, or type its place), and import from XLSX/CSV. A search looks in
// every panel (the header's search box lands here with its query).
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry } from '../../../shared/model.js';
import { Button, Dialog } from '../../common/ui/index.js';
import { FormError, SelectField, TextField } from '../fields.js';
import { ImportPanel } from '../import/import-panel.js';
import { call } from '../session.js';
import { useDesk } from '../store.js';
import { serverErrors } from '../validation.js';
import { searchEntries } from '../entry-search.js';
import { EntryForm } from './entry-form.js';
import { OrderInput } from './order-input.js';
import { PageHeader } from '../page-header.js';

type Mode = { kind: 'list' } | { kind: 'edit'; entry: Entry | null } | { kind: 'import' };

export function EntriesPage() {
  const { t } = useTranslation();
  const snap = useDesk((s) => s.snapshot);
  const [panelId, setPanelId] = useState(() => snap?.panels[0]?.id ?? '');
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [confirm, setConfirm] = useState<Entry | null>(null);
  const [error, setError] = useState('');
  const [dragged, setDraggedState] = useState<string | null>(null);
  // A ref as well: a drop can come before React re-rendered after the drag started.
  const draggedRef = useRef<string | null>(null);
  const setDragged = (id: string | null) => {
    draggedRef.current = id;
    setDraggedState(id);
  };
  const query = useDesk((s) => s.entryQuery);
  const setQuery = (entryQuery: string) => useDesk.setState({ entryQuery });
  // The search is this page's: leaving it clears the filter.
  useEffect(() => () => useDesk.setState({ entryQuery: '' }), []);
  if (!snap) return null;
  const panel = snap.panels.find((p) => p.id === panelId) ?? snap.panels[0];
  const rows = snap.entries
    .filter((e) => e.panelId === panel?.id)
    .sort((a, b) => a.order - b.order);
  // A search shows matches from every panel; the list is partial, so reordering is off.
  const searching = query.trim() !== '';
  const shown = searching ? searchEntries(snap.entries, snap.panels, query) : rows;
  const canMove = !searching;
  const category = (id: string) => snap.categories.find((c) => c.id === id)?.name ?? id;
  const panelName = (id: string) => snap.panels.find((p) => p.id === id)?.name ?? id;

  const reorder = async (ids: string[]) => {
    if (!panel) return;
    const res = await call('entry:reorder', { panelId: panel.id, entryIds: ids });
    setError(res.ok ? '' : (serverErrors(res)[''] ?? ''));
  };
  const move = (index: number, by: number) => {
    const ids = rows.map((r) => r.id);
    const [id] = ids.splice(index, 1);
    if (id === undefined) return;
    ids.splice(Math.max(0, Math.min(ids.length, index + by)), 0, id);
    void reorder(ids);
  };
  const drop = (targetId: string) => {
    const from = draggedRef.current;
    if (!from || from === targetId) return setDragged(null);
    const ids = rows.map((r) => r.id).filter((id) => id !== from);
    ids.splice(ids.indexOf(targetId), 0, from);
    setDragged(null);
    void reorder(ids);
  };
  const remove = async (entry: Entry) => {
    setConfirm(null);
    const res = await call('entry:delete', { id: entry.id });
    setError(res.ok ? '' : Object.values(serverErrors(res)).join('\n'));
  };

  return (
    <>
      <PageHeader
        title={t('entries.title')}
        lead={t('entries.lead', { count: snap.entries.length })}
        actions={
          <>
            <Button variant="primary" onClick={() => setMode({ kind: 'edit', entry: null })}>
              {t('entries.add')}
            </Button>
            <Button data-testid="open-import" onClick={() => setMode({ kind: 'import' })}>
              {t('import.open')}
            </Button>
          </>
        }
      />
      {mode.kind === 'import' ? (
        <ImportPanel kind="entries" onDone={() => setMode({ kind: 'list' })} />
      ) : null}
      {mode.kind === 'edit' ? (
        <EntryForm
          key={mode.entry?.id ?? 'new'}
          entry={mode.entry}
          panelId={panel?.id ?? ''}
          onDone={() => setMode({ kind: 'list' })}
        />
      ) : null}
      <section className="card">
        <div className="toolbar">
          <SelectField
            label={t('entries.panel')}
            name="panel-filter"
            value={panel?.id ?? ''}
            onChange={setPanelId}
            options={snap.panels.map((p) => ({
              value: p.id,
              label: `${p.name} (${snap.entries.filter((e) => e.panelId === p.id).length})`,
            }))}
          />
          <TextField label={t('entries.search')} name="search" value={query} onChange={setQuery} />
          <p className="muted toolbar__hint" data-testid="entries-hint">
            {canMove ? t('entries.dragHint') : t('entries.searchHint', { count: shown.length })}
          </p>
        </div>
        <FormError message={error} />
        <div className="table-wrap">
          <table className="table" data-testid="entries-table">
            <thead>
              <tr>
                <th scope="col">{t('entries.order')}</th>
                <th scope="col">{t('entries.code')}</th>
                <th scope="col">{t('entries.titleField')}</th>
                <th scope="col">{t('entries.institution')}</th>
                <th scope="col">{t('entries.category')}</th>
                {searching ? <th scope="col">{t('entries.panel')}</th> : null}
                <th scope="col">{t('entries.presenter')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('entries.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((e, i) => (
                <tr
                  key={e.id}
                  draggable={canMove}
                  onDragStart={() => setDragged(e.id)}
                  onDragEnd={() => setDragged(null)}
                  onDragOver={(ev) => ev.preventDefault()}
                  onDrop={() => drop(e.id)}
                  className={dragged === e.id ? 'row--dragged' : undefined}
                >
                  <td className="num">
                    <span className="drag-handle" aria-hidden="true">
                      ⠿
                    </span>{' '}
                    <OrderInput
                      position={searching ? e.order : i + 1}
                      count={rows.length}
                      disabled={!canMove}
                      label={t('entries.orderOf', { code: e.code })}
                      onMove={(to) => move(i, to - 1 - i)}
                    />
                  </td>
                  <td className="entry-code">{e.code}</td>
                  <td>{e.title}</td>
                  <td>{e.institution}</td>
                  <td>{category(e.categoryId)}</td>
                  {searching ? <td>{panelName(e.panelId)}</td> : null}
                  <td>{e.presenter}</td>
                  <td className="row-actions">
                    <Button
                      size="sm"
                      variant="ghost"
                      disabled={!canMove || i === 0}
                      onClick={() => move(i, -1)}
                      aria-label={t('entries.up', { code: e.code })}
                    >
                      ↑
                    </Button>
                    <Button
                      size="sm"
                      variant="ghost"
                      disabled={!canMove || i === rows.length - 1}
                      onClick={() => move(i, 1)}
                      aria-label={t('entries.down', { code: e.code })}
                    >
                      ↓
                    </Button>
                    <Button
                      size="sm"
                      onClick={() => setMode({ kind: 'edit', entry: e })}
                      aria-label={t('entries.editOne', { code: e.code })}
                    >
                      {t('actions.edit')}
                    </Button>
                    <Button
                      size="sm"
                      variant="ghost"
                      onClick={() => setConfirm(e)}
                      aria-label={t('entries.deleteOne', { code: e.code })}
                    >
                      {t('actions.delete')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {shown.length === 0 ? (
            <p className="muted empty">
              {searching ? t('search.none', { query: query.trim() }) : t('entries.empty')}
            </p>
          ) : null}
        </div>
      </section>
      <Dialog
        open={confirm !== null}
        title={t('entries.deleteTitle')}
        onClose={() => setConfirm(null)}
        actions={
          <>
            <Button onClick={() => setConfirm(null)} data-autofocus>
              {t('actions.cancel', { ns: 'common' })}
            </Button>
            <Button variant="danger" onClick={() => confirm && void remove(confirm)}>
              {t('actions.delete')}
            </Button>
          </>
        }
      >
        <p>
          {confirm ? t('entries.deleteBody', { code: confirm.code, title: confirm.title }) : ''}
        </p>
      </Dialog>
    </>
  );
}
