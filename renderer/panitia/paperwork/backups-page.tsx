// Backups: the server copies the database after every lock and every few minutes; here the
// organizer backs up now, sees every copy, and restores one after a confirmation (the
// server first saves a pre-restore copy, so a restore can itself be undone).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/contract/views.js';
import { Button, Dialog } from '../../common/ui/index.js';
import { dateTime } from '../live/desk-data.js';
import { formatPlain, type NumberLanguage } from '../../../shared/number-format.js';
import { PageHeader } from '../page-header.js';
import { ListedNotices, useListed } from '../use-listed.js';
import '../live/live.css';

const size = (bytes: number, lng: NumberLanguage) =>
  bytes >= 1_048_576
    ? `${formatPlain(bytes / 1_048_576, lng, 1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;

export function BackupsPage() {
  const { t, i18n } = useTranslation();
  const { act, list, note, setNote, refresh } = useListed('backup:list');
  const [restore, setRestore] = useState<BackupInfo | null>(null);
  const now = async () => {
    const res = await act.run('backup:now', {});
    if (res.ok) setNote(t('bak.made', { file: res.data.file }));
    await refresh();
  };
  const confirm = async () => {
    if (!restore) return;
    const res = await act.run('backup:restore', { file: restore.file, confirm: true });
    setRestore(null);
    if (res.ok) setNote(t('bak.restored', { file: restore.file, copy: res.data.file }));
    await refresh();
  };
  return (
    <>
      <PageHeader
        title={t('bak.title')}
        lead={t('bak.lead')}
        actions={
          <Button
            variant="primary"
            onClick={() => void now()}
            disabled={act.pending}
            data-testid="backup-now"
          >
            {t('bak.now')}
          </Button>
        }
      />
      <ListedNotices act={act} note={note} testId="backup-note" />
      <section className="card" aria-labelledby="bak-list">
        <h2 className="card__title" id="bak-list">
          {t('bak.list')}
        </h2>
        <div className="table-wrap">
          <table className="table table--compact" data-testid="backup-list">
            <thead>
              <tr>
                <th>{t('bak.when')}</th>
                <th>{t('bak.why')}</th>
                <th>{t('bak.file')}</th>
                <th className="num">{t('bak.size')}</th>
                <th className="row-actions">{t('live.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list?.map((b) => (
                <tr key={b.file} data-file={b.file}>
                  <td className="num">{dateTime(b.createdAt, i18n.language)}</td>
                  <td>{t(`bak.reason.${b.reason}`, { defaultValue: b.reason })}</td>
                  <td className="audit-json">{b.file}</td>
                  <td className="num">{size(b.bytes, i18n.language === 'en' ? 'en' : 'id')}</td>
                  <td className="row-actions">
                    <Button
                      size="sm"
                      variant="danger"
                      onClick={() => setRestore(b)}
                      aria-label={t('bak.restoreOne', { file: b.file })}
                    >
                      {t('bak.restore')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {list?.length === 0 ? <p className="muted empty">{t('bak.none')}</p> : null}
      </section>
      <Dialog
        open={restore !== null}
        title={t('bak.confirmTitle')}
        onClose={() => setRestore(null)}
        actions={
          <>
            <Button onClick={() => setRestore(null)} data-autofocus>
              {t('live.cancel')}
            </Button>
            <Button
              variant="danger"
              onClick={() => void confirm()}
              disabled={act.pending}
              data-testid="restore-confirm"
            >
              {t('bak.restore')}
            </Button>
          </>
        }
      >
        <p>
          {t('bak.confirmBody', {
            when: restore ? dateTime(restore.createdAt, i18n.language) : '',
          })}
        </p>
      </Dialog>
    </>
  );
}
