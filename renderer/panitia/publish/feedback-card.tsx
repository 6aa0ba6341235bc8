// Feedback sheets on the desk: the server's printable document (one A4 page per entry, or
// one institution's) previewed in a frame and printed from it (the browser's print: a
// printer or "Save as PDF"), and the zip with one document per institution.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../common/i18n.js';
import { Button } from '../../common/ui/index.js';
import { SelectField } from '../fields.js';
import { useAct } from '../live/act.js';
import { useDesk } from '../store.js';
import { CardOutcome, PrintPreview, printFrame, saveZip } from './print-parts.js';

export function FeedbackCard({ stageId }: { stageId: string }) {
  const { t } = useTranslation();
  const snap = useDesk((s) => s.snapshot);
  const act = useAct();
  const frame = useRef<HTMLIFrameElement>(null);
  const [institution, setInstitution] = useState('');
  const [doc, setDoc] = useState<{ html: string; sheets: number } | null>(null);
  const [note, setNote] = useState('');
  if (!snap) return null;
  const lng = currentLanguage();
  const institutions = [...new Set(snap.entries.map((e) => e.institution))].sort((a, b) =>
    a.localeCompare(b, 'id'),
  );
  const show = async () => {
    setNote('');
    const res = await act.run('feedback:html', {
      stageId,
      lng,
      ...(institution ? { institution } : {}),
    });
    if (res.ok) setDoc(res.data);
  };
  const exportZip = async () => {
    setNote('');
    const res = await act.run('feedback:export', { stageId, lng });
    if (!res.ok) return;
    const saved = await saveZip(res.data);
    if (saved.ok)
      setNote(t('pub.feedback.exported', { files: res.data.files, where: saved.where }));
  };
  return (
    <section className="card" aria-labelledby="pub-feedback-title" data-testid="pub-feedback">
      <h2 className="card__title" id="pub-feedback-title">
        {t('pub.feedback.title')}
      </h2>
      <p className="muted">{t('pub.feedback.lead')}</p>
      <div className="toolbar">
        <SelectField
          label={t('pub.feedback.institution')}
          name="feedback-institution"
          value={institution}
          onChange={(v) => {
            setInstitution(v);
            setDoc(null);
          }}
          options={[
            { value: '', label: t('pub.feedback.allInstitutions') },
            ...institutions.map((i) => ({ value: i, label: i })),
          ]}
        />
        <Button onClick={() => void show()} disabled={act.pending} data-testid="feedback-show">
          {t('pub.feedback.show')}
        </Button>
        <Button
          variant="primary"
          disabled={!doc}
          onClick={() => printFrame(frame.current)}
          data-testid="feedback-print"
        >
          {t('pub.feedback.print')}
        </Button>
        <Button
          onClick={() => void exportZip()}
          disabled={act.pending}
          data-testid="feedback-export"
        >
          {t('pub.feedback.export')}
        </Button>
      </div>
      <CardOutcome error={act.error} note={note} />
      {doc ? (
        <>
          <p className="muted">{t('pub.feedback.sheets', { count: doc.sheets })}</p>
          <PrintPreview
            ref={frame}
            title={t('pub.feedback.previewTitle')}
            html={doc.html}
            testId="feedback-frame"
          />
        </>
      ) : null}
    </section>
  );
}
