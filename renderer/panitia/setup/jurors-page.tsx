// Jurors: who scores where, chairs, conflicts, access codes (PIN and QR token: re-issue or
// revoke), add/edit/delete, and import from XLSX/CSV.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizerJuror } from '../../../shared/contract/views.js';
import { Badge, Button, Dialog } from '../../common/ui/index.js';
import { FormError } from '../fields.js';
import { ImportPanel } from '../import/import-panel.js';
import { call } from '../session.js';
import { useDesk } from '../store.js';
import { serverErrors } from '../validation.js';
import { JurorForm } from './juror-form.js';
import { PageHeader } from '../page-header.js';
import { PinCode } from '../pin-code.js';

type Mode = { kind: 'list' } | { kind: 'edit'; juror: OrganizerJuror | null } | { kind: 'import' };

export function JurorsPage() {
  const { t } = useTranslation();
  const snap = useDesk((s) => s.snapshot);
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [confirm, setConfirm] = useState<OrganizerJuror | null>(null);
  const [error, setError] = useState('');
  if (!snap) return null;
  const panelName = (id: string) => snap.panels.find((p) => p.id === id)?.name ?? id;
  const codeOf = (id: string) => snap.entries.find((e) => e.id === id)?.code ?? id;
  const jurors = [...snap.jurors].sort(
    (a, b) =>
      panelName(a.panelId).localeCompare(panelName(b.panelId)) ||
      Number(b.isChair) - Number(a.isChair) ||
      a.name.localeCompare(b.name),
  );

  const act = async (work: () => ReturnType<typeof call>) => {
    const res = await work();
    setError(res.ok ? '' : Object.values(serverErrors(res)).join('\n'));
  };

  return (
    <>
      <PageHeader
        title={t('jurors.title')}
        lead={t('jurors.lead', { count: snap.jurors.length })}
        actions={
          <>
            <Button variant="primary" onClick={() => setMode({ kind: 'edit', juror: null })}>
              {t('jurors.add')}
            </Button>
            <Button data-testid="open-import" onClick={() => setMode({ kind: 'import' })}>
              {t('import.open')}
            </Button>
          </>
        }
      />
      {mode.kind === 'import' ? (
        <ImportPanel kind="jurors" onDone={() => setMode({ kind: 'list' })} />
      ) : null}
      {mode.kind === 'edit' ? (
        <JurorForm
          key={mode.juror?.id ?? 'new'}
          juror={mode.juror}
          onDone={() => setMode({ kind: 'list' })}
        />
      ) : null}
      <section className="card">
        <FormError message={error} />
        <div className="table-wrap">
          <table className="table" data-testid="jurors-table">
            <thead>
              <tr>
                <th scope="col">{t('jurors.name')}</th>
                <th scope="col">{t('jurors.panel')}</th>
                <th scope="col">{t('jurors.conflicts')}</th>
                <th scope="col">{t('jurors.pin')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('entries.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {jurors.map((j) => (
                <tr key={j.id}>
                  <td>
                    {j.name}{' '}
                    {j.isChair ? <Badge tone="info">{t('jurors.chairBadge')}</Badge> : null}
                  </td>
                  <td>{panelName(j.panelId)}</td>
                  <td className="conflicts-cell">
                    {[...j.conflictInstitutions, ...j.conflictEntryIds.map(codeOf)].join('; ') ||
                      '—'}
                  </td>
                  <td>
                    {j.revoked ? (
                      <Badge tone="danger">{t('jurors.revoked')}</Badge>
                    ) : (
                      <span className="pin">
                        <PinCode pin={j.pin} />
                      </span>
                    )}
                  </td>
                  <td className="row-actions">
                    <Button
                      size="sm"
                      onClick={() => setMode({ kind: 'edit', juror: j })}
                      aria-label={t('jurors.editOne', { name: j.name })}
                    >
                      {t('actions.edit')}
                    </Button>
                    <Button
                      size="sm"
                      variant="ghost"
                      onClick={() =>
                        void act(() => call('juror:code', { jurorId: j.id, action: 'reissue' }))
                      }
                      aria-label={t('jurors.reissueOne', { name: j.name })}
                    >
                      {t('jurors.reissue')}
                    </Button>
                    {j.revoked ? null : (
                      <Button
                        size="sm"
                        variant="ghost"
                        onClick={() =>
                          void act(() => call('juror:code', { jurorId: j.id, action: 'revoke' }))
                        }
                        aria-label={t('jurors.revokeOne', { name: j.name })}
                      >
                        {t('jurors.revoke')}
                      </Button>
                    )}
                    <Button
                      size="sm"
                      variant="ghost"
                      onClick={() => setConfirm(j)}
                      aria-label={t('jurors.deleteOne', { name: j.name })}
                    >
                      {t('actions.delete')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {jurors.length === 0 ? <p className="muted empty">{t('jurors.empty')}</p> : null}
        </div>
      </section>
      <Dialog
        open={confirm !== null}
        title={t('jurors.deleteTitle')}
        onClose={() => setConfirm(null)}
        actions={
          <>
            <Button onClick={() => setConfirm(null)} data-autofocus>
              {t('actions.cancel', { ns: 'common' })}
            </Button>
            <Button
              variant="danger"
              onClick={() => {
                const j = confirm;
                setConfirm(null);
                if (j) void act(() => call('juror:delete', { id: j.id }));
              }}
            >
              {t('actions.delete')}
            </Button>
          </>
        }
      >
        <p>{confirm ? t('jurors.deleteBody', { name: confirm.name }) : ''}</p>
      </Dialog>
    </>
  );
}
