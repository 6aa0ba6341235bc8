// Entries (inovasi) per panel in running order: add, edit, delete, reorder (drag a row,
// or the up/down buttons, or type its place), and import from XLSX/CSV. A search looks in
// every panel (the header's search box lands here with its query).
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry } from '../../../shared/model.js';
import { Button } from '../../common/ui/index.js';
import { SelectField, TextField } from '../fields.js';
import { call } from '../session.js';
import { useDesk } from '../store.js';
import { serverErrors } from '../validation.js';
import { searchEntries } from '../entry-search.js';
import { EntryForm } from './entry-form.js';
import { OrderInput } from './order-input.js';
import {
  DeleteButton,
  EditButton,
  RosterDelete,
  RosterHeader,
  RosterTable,
  useRoster,
} from './roster.js';

export function EntriesPage() {
  const { t } = useTranslation();
  const snap = useDesk((s) => s.snapshot);
  const [panelId, setPanelId] = useState(() => snap?.panels[0]?.id ?? '');
  const roster = useRoster<Entry>();
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
    roster.setError(res.ok ? '' : (serverErrors(res)[''] ?? ''));
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

  return (
    <>
      <RosterHeader
        roster={roster}
        title={t('entries.title')}
        lead={t('entries.lead', { count: snap.entries.length })}
        addLabel={t('entries.add')}
        importKind="entries"
        form={(entry, done) => <EntryForm entry={entry} panelId={panel?.id ?? ''} onDone={done} />}
      />
      <RosterTable
        error={roster.error}
        testId="entries-table"
        toolbar={
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
            <TextField
              label={t('entries.search')}
              name="search"
              value={query}
              onChange={setQuery}
            />
            <p className="muted toolbar__hint" data-testid="entries-hint">
              {canMove ? t('entries.dragHint') : t('entries.searchHint', { count: shown.length })}
            </p>
          </div>
        }
        columns={[
          t('entries.order'),
          t('entries.code'),
          t('entries.titleField'),
          t('entries.institution'),
          t('entries.category'),
          ...(searching ? [t('entries.panel')] : []),
          t('entries.presenter'),
        ]}
        empty={
          shown.length > 0
            ? null
            : searching
              ? t('search.none', { query: query.trim() })
              : t('entries.empty')
        }
      >
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
              <EditButton roster={roster} item={e} label={t('entries.editOne', { code: e.code })} />
              <DeleteButton
                roster={roster}
                item={e}
                label={t('entries.deleteOne', { code: e.code })}
              />
            </td>
          </tr>
        ))}
      </RosterTable>
      <RosterDelete
        roster={roster}
        title={t('entries.deleteTitle')}
        body={(e) => t('entries.deleteBody', { code: e.code, title: e.title })}
        remove={(e) => call('entry:delete', { id: e.id })}
      />
    </>
  );
}
