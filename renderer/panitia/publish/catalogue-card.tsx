// Katalog Inovasi from the desk: one click saves the whole catalogue folder as a zip (it
// opens offline from a USB stick, or goes on a regency web site as it is); the A4 print
// version is previewed in a frame and printed from it. A stage with unlocked entries needs
// a written reason, and the catalogue then says SEMENTARA on every page.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../common/i18n.js';
import { Button } from '../../common/ui/index.js';
import { TextField } from '../fields.js';
import { useAct } from '../live/act.js';
import { CardOutcome, PrintPreview, printFrame, saveZip } from './print-parts.js';

export function CatalogueCard({ stageId, unlocked }: { stageId: string; unlocked: number }) {
  const { t } = useTranslation();
  const act = useAct();
  const frame = useRef<HTMLIFrameElement>(null);
  const [places, setPlaces] = useState('3');
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [print, setPrint] = useState<string | null>(null);
  const input = () => ({
    stageId,
    lng: currentLanguage(),
    places: Math.min(10, Math.max(0, Number(places) || 0)),
    ...(unlocked > 0 && reason.trim() ? { provisionalReason: reason.trim() } : {}),
  });
  const build = async () => {
    setNote('');
    const res = await act.run('catalogue:build', input());
    if (!res.ok) return;
    const saved = await saveZip(res.data);
    if (saved.ok)
      setNote(t('pub.catalogue.saved', { entries: res.data.entries, where: saved.where }));
  };
  const preview = async () => {
    setNote('');
    const res = await act.run('catalogue:print', input());
    if (res.ok) setPrint(res.data.html);
  };
  return (
    <section className="card" aria-labelledby="pub-catalogue-title" data-testid="pub-catalogue">
      <h2 className="card__title" id="pub-catalogue-title">
        {t('pub.catalogue.title')}
      </h2>
      <p className="muted">{t('pub.catalogue.lead')}</p>
      <div className="toolbar">
        <TextField
          label={t('pub.catalogue.places')}
          name="catalogue-places"
          value={places}
          onChange={setPlaces}
          inputMode="numeric"
        />
        {unlocked > 0 ? (
          <TextField
            label={t('pub.catalogue.reason')}
            name="catalogue-reason"
            value={reason}
            onChange={setReason}
            hint={t('pub.catalogue.reasonHint')}
          />
        ) : null}
        <Button
          variant="primary"
          onClick={() => void build()}
          disabled={act.pending}
          data-testid="catalogue-build"
        >
          {t('pub.catalogue.build')}
        </Button>
        <Button
          onClick={() => void preview()}
          disabled={act.pending}
          data-testid="catalogue-preview"
        >
          {t('pub.catalogue.preview')}
        </Button>
        <Button
          disabled={!print}
          onClick={() => printFrame(frame.current)}
          data-testid="catalogue-print"
        >
          {t('pub.catalogue.print')}
        </Button>
      </div>
      <CardOutcome error={act.error} note={note} />
      {print ? (
        <PrintPreview
          ref={frame}
          title={t('pub.catalogue.previewTitle')}
          html={print}
          testId="catalogue-frame"
        />
      ) : null}
    </section>
  );
}
