// Jurors: who scores where, chairs, conflicts, access codes (PIN and QR token: re-issue or
// revoke), add/edit/delete, and import from XLSX/CSV.
import { useTranslation } from 'react-i18next';
import type { OrganizerJuror } from '../../../shared/contract/views.js';
import { Badge, Button } from '../../common/ui/index.js';
import { call } from '../session.js';
import { useDesk } from '../store.js';
import { JurorForm } from './juror-form.js';
import { PinCode } from '../pin-code.js';
import {
  DeleteButton,
  EditButton,
  RosterDelete,
  RosterHeader,
  RosterTable,
  useRoster,
} from './roster.js';

export function JurorsPage() {
  const { t } = useTranslation();
  const snap = useDesk((s) => s.snapshot);
  const roster = useRoster<OrganizerJuror>();
  if (!snap) return null;
  const panelName = (id: string) => snap.panels.find((p) => p.id === id)?.name ?? id;
  const codeOf = (id: string) => snap.entries.find((e) => e.id === id)?.code ?? id;
  const jurors = [...snap.jurors].sort(
    (a, b) =>
      panelName(a.panelId).localeCompare(panelName(b.panelId)) ||
      Number(b.isChair) - Number(a.isChair) ||
      a.name.localeCompare(b.name),
  );
  const code = (j: OrganizerJuror, action: 'reissue' | 'revoke') =>
    void roster.act(() => call('juror:code', { jurorId: j.id, action }));

  return (
    <>
      <RosterHeader
        roster={roster}
        title={t('jurors.title')}
        lead={t('jurors.lead', { count: snap.jurors.length })}
        addLabel={t('jurors.add')}
        importKind="jurors"
        form={(juror, done) => <JurorForm juror={juror} onDone={done} />}
      />
      <RosterTable
        error={roster.error}
        testId="jurors-table"
        columns={[t('jurors.name'), t('jurors.panel'), t('jurors.conflicts'), t('jurors.pin')]}
        empty={jurors.length === 0 ? t('jurors.empty') : null}
      >
        {jurors.map((j) => (
          <tr key={j.id}>
            <td>
              {j.name} {j.isChair ? <Badge tone="info">{t('jurors.chairBadge')}</Badge> : null}
            </td>
            <td>{panelName(j.panelId)}</td>
            <td className="conflicts-cell">
              {[...j.conflictInstitutions, ...j.conflictEntryIds.map(codeOf)].join('; ') || '—'}
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
              <EditButton roster={roster} item={j} label={t('jurors.editOne', { name: j.name })} />
              <Button
                size="sm"
                variant="ghost"
                onClick={() => code(j, 'reissue')}
                aria-label={t('jurors.reissueOne', { name: j.name })}
              >
                {t('jurors.reissue')}
              </Button>
              {j.revoked ? null : (
                <Button
                  size="sm"
                  variant="ghost"
                  onClick={() => code(j, 'revoke')}
                  aria-label={t('jurors.revokeOne', { name: j.name })}
                >
                  {t('jurors.revoke')}
                </Button>
              )}
              <DeleteButton
                roster={roster}
                item={j}
                label={t('jurors.deleteOne', { name: j.name })}
              />
            </td>
          </tr>
        ))}
      </RosterTable>
      <RosterDelete
        roster={roster}
        title={t('jurors.deleteTitle')}
        body={(j) => t('jurors.deleteBody', { name: j.name })}
        remove={(j) => call('juror:delete', { id: j.id })}
      />
    </>
  );
}
