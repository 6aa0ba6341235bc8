// The frame the entries and jurors pages share: a header with "add" and "import", the
// add/edit form or the import panel above the list, the list's table with its error line,
// the row's edit and delete buttons, and the delete confirmation. What a row shows and
// its other actions (reorder, access codes) stay each page's own.
import { Fragment, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallResult } from '../../common/socket-client.js';
import { Button, Dialog } from '../../common/ui/index.js';
import { FormError } from '../fields.js';
import { ImportPanel } from '../import/import-panel.js';
import { PageHeader } from '../page-header.js';
import { serverErrors } from '../validation.js';

type Mode<T> = { kind: 'list' } | { kind: 'edit'; item: T | null } | { kind: 'import' };

export type Roster<T> = {
  mode: Mode<T>;
  setMode: (mode: Mode<T>) => void;
  /** The row waiting for the delete confirmation. */
  confirm: T | null;
  setConfirm: (item: T | null) => void;
  /** The list's error line. */
  error: string;
  setError: (message: string) => void;
  /** Sends a call; a refusal, every line of it, goes to the list's error line. */
  act: (work: () => Promise<CallResult<unknown>>) => Promise<void>;
};

export function useRoster<T>(): Roster<T> {
  const [mode, setMode] = useState<Mode<T>>({ kind: 'list' });
  const [confirm, setConfirm] = useState<T | null>(null);
  const [error, setError] = useState('');
  const act = async (work: () => Promise<CallResult<unknown>>) => {
    const res = await work();
    setError(res.ok ? '' : Object.values(serverErrors(res)).join('\n'));
  };
  return { mode, setMode, confirm, setConfirm, error, setError, act };
}

/** The page header (add, import) and, under it, the import panel or the add/edit form. */
export function RosterHeader<T extends { id: string }>({
  roster,
  title,
  lead,
  addLabel,
  importKind,
  form,
}: {
  roster: Roster<T>;
  title: string;
  lead: string;
  addLabel: string;
  importKind: 'entries' | 'jurors';
  /** The form for one row (null: a new one); done closes it. */
  form: (item: T | null, done: () => void) => ReactNode;
}) {
  const { t } = useTranslation();
  const { mode, setMode } = roster;
  const close = () => setMode({ kind: 'list' });
  return (
    <>
      <PageHeader
        title={title}
        lead={lead}
        actions={
          <>
            <Button variant="primary" onClick={() => setMode({ kind: 'edit', item: null })}>
              {addLabel}
            </Button>
            <Button data-testid="open-import" onClick={() => setMode({ kind: 'import' })}>
              {t('import.open')}
            </Button>
          </>
        }
      />
      {mode.kind === 'import' ? <ImportPanel kind={importKind} onDone={close} /> : null}
      {mode.kind === 'edit' ? (
        // Keyed by the row: opening another row starts a fresh form.
        <Fragment key={mode.item?.id ?? 'new'}>{form(mode.item, close)}</Fragment>
      ) : null}
    </>
  );
}

/** The list's card: what goes above the table, the error line, the table, the empty note. */
export function RosterTable({
  error,
  testId,
  toolbar,
  columns,
  empty,
  children,
}: {
  error: string;
  testId: string;
  toolbar?: ReactNode;
  columns: string[];
  /** Shown under the table when it has no rows; null when it has. */
  empty: string | null;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section className="card">
      {toolbar}
      <FormError message={error} />
      <div className="table-wrap">
        <table className="table" data-testid={testId}>
          <thead>
            <tr>
              {columns.map((c) => (
                <th scope="col" key={c}>
                  {c}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">{t('entries.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
        {empty === null ? null : <p className="muted empty">{empty}</p>}
      </div>
    </section>
  );
}

/** A row's "edit" button: opens the form on it. */
export function EditButton<T>({
  roster,
  item,
  label,
}: {
  roster: Roster<T>;
  item: T;
  label: string;
}) {
  const { t } = useTranslation();
  return (
    <Button size="sm" onClick={() => roster.setMode({ kind: 'edit', item })} aria-label={label}>
      {t('actions.edit')}
    </Button>
  );
}

/** A row's "delete" button: asks first (RosterDelete). */
export function DeleteButton<T>({
  roster,
  item,
  label,
}: {
  roster: Roster<T>;
  item: T;
  label: string;
}) {
  const { t } = useTranslation();
  return (
    <Button size="sm" variant="ghost" onClick={() => roster.setConfirm(item)} aria-label={label}>
      {t('actions.delete')}
    </Button>
  );
}

/** The delete confirmation; "cancel" has the focus, so Enter does not delete. */
export function RosterDelete<T>({
  roster,
  title,
  body,
  remove,
}: {
  roster: Roster<T>;
  title: string;
  body: (item: T) => string;
  remove: (item: T) => Promise<CallResult<unknown>>;
}) {
  const { t } = useTranslation();
  const { confirm, setConfirm } = roster;
  return (
    <Dialog
      open={confirm !== null}
      title={title}
      onClose={() => setConfirm(null)}
      actions={
        <>
          <Button onClick={() => setConfirm(null)} data-autofocus>
            {t('actions.cancel', { ns: 'common' })}
          </Button>
          <Button
            variant="danger"
            onClick={() => {
              setConfirm(null);
              if (confirm !== null) void roster.act(() => remove(confirm));
            }}
          >
            {t('actions.delete')}
          </Button>
        </>
      }
    >
      <p>{confirm !== null ? body(confirm) : ''}</p>
    </Dialog>
  );
}
