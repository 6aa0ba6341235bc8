// The winners' certificates, one A4 page each: signed by the chair of the panel that judged
// the entry and by the festival's signatories (role, name, NIP) the organizer set, or a
// blank line for the organizers when none are set. SEMENTARA when the category is not final.
import { useTranslation } from 'react-i18next';
import type { OrganizerSnapshot } from '../../../shared/contract/views.js';
import type { Stage } from '../../../shared/model.js';
import { isSettled } from '../../../shared/scoring/state.js';
import { byId } from '../live/desk-data.js';
import { longDate } from '../long-date.js';
import { OrganizerSignatures, SignatureBlock } from './signatures.js';

export function CertificatesDoc({
  snap,
  stage,
  places,
}: {
  snap: OrganizerSnapshot;
  stage: Stage;
  places: number;
}) {
  const { t, i18n } = useTranslation();
  const st = snap.standings[stage.id];
  const entries = byId(snap.entries);
  // The chair of the panel that judged the entry signs its certificate.
  const chairOf = (panelId: string | undefined) =>
    snap.jurors.find((j) => j.isChair && j.panelId === panelId)?.name ?? '';
  const unlocked = (categoryId: string) =>
    snap.entries.some(
      (e) => e.categoryId === categoryId && !isSettled(snap.phases[stage.id]?.[e.id] ?? 'queued'),
    );
  const winners = snap.categories.flatMap((c) =>
    (st?.byCategory[c.id] ?? [])
      .filter((r) => r.rank !== null && r.rank <= places)
      .map((r) => ({ row: r, category: c.name, provisional: unlocked(c.id) })),
  );
  if (winners.length === 0) return <p className="muted">{t('paper.noWinners')}</p>;
  return (
    <div data-testid="doc-certificates">
      {winners.map(({ row, category, provisional }) => {
        const e = entries.get(row.entryId);
        const chair = chairOf(e?.panelId);
        return (
          <article
            key={row.entryId}
            className={`doc certificate${provisional ? ' certificate--provisional' : ''}`}
          >
            {provisional ? (
              <p
                className="doc__provisional certificate__provisional"
                data-testid="cert-provisional"
              >
                {t('paper.provisional')}
              </p>
            ) : null}
            <p className="certificate__festival">{snap.festival.name}</p>
            <h1 className="certificate__title">{t('paper.certTitle')}</h1>
            <p>{t('paper.certGiven')}</p>
            <p className="certificate__who">{e?.institution}</p>
            <p className="certificate__entry">“{e?.title}”</p>
            <p className="certificate__place">
              {t('paper.certPlace', { rank: row.rank, category })}
            </p>
            <p>
              {snap.festival.venue}
              {snap.festival.venue ? ', ' : ''}
              {longDate(snap.festival.endDate, i18n.language)}
            </p>
            <div className="certificate__sign" data-testid="cert-signatures">
              <SignatureBlock role={t('paper.headJuror')} name={chair} nip="" />
              <OrganizerSignatures festival={snap.festival} />
            </div>
          </article>
        );
      })}
    </div>
  );
}
