// Corrections after a lock (with a written reason) and the audit log, on one page.
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../page-header.js';
import { useDesk } from '../store.js';
import { AuditLog } from './audit-log.js';
import { CorrectionForm } from './correction-form.js';
import '../live/live.css';

export function CorrectionsPage() {
  const { t } = useTranslation();
  const snap = useDesk((s) => s.snapshot);
  if (!snap) return null;
  return (
    <>
      <PageHeader title={t('aud.title')} lead={t('aud.lead')} />
      <CorrectionForm snap={snap} />
      <AuditLog />
    </>
  );
}
