// The printable documents, rendered from the organizer's snapshot: the A4 score recap and
// the Berita Acara (official minutes with its number, the jurors' signature lines and the
// organizer's signatories); the certificates are in ./certificates.tsx. Printed with window.print() (or page.pdf in tests); the
// print style sheet keeps only the document.
import { useNumbers } from '../../common/use-numbers.js';
import { useTranslation } from 'react-i18next';
import type { OrganizerSnapshot } from '../../../shared/contract/views.js';
import type { Stage } from '../../../shared/model.js';
import { methodOf } from '../../../shared/scoring/methods.js';
import { isSettled } from '../../../shared/scoring/state.js';
import type { RankedRow } from '../../../shared/scoring/types.js';
import { localized } from '../../common/i18n.js';
import { byId } from '../live/desk-data.js';
import { longDate } from '../long-date.js';
import { OrganizerSignatures } from './signatures.js';
import { FavouritesMinutes } from '../voting/favourites.js';

// Final when every entry is locked or out of the stage (did not advance).
const allLocked = (snap: OrganizerSnapshot, stage: Stage) =>
  snap.entries.every((e) => isSettled(snap.phases[stage.id]?.[e.id] ?? 'queued'));

function RankTable({
  snap,
  rows,
  limit,
}: {
  snap: OrganizerSnapshot;
  rows: RankedRow[];
  limit?: number;
}) {
  const { t } = useTranslation();
  const { points: score } = useNumbers();
  const entries = byId(snap.entries);
  const shown = limit ? rows.filter((r) => r.rank !== null && r.rank <= limit) : rows;
  return (
    <table className="doc-table">
      <thead>
        <tr>
          <th>{t('res.rank')}</th>
          <th>{t('paper.xlsx.code')}</th>
          <th>{t('paper.xlsx.entry')}</th>
          <th>{t('paper.xlsx.institution')}</th>
          <th className="num">{t('res.score')}</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((r) => {
          const e = entries.get(r.entryId);
          return (
            <tr key={r.entryId}>
              <td className="num">
                {r.rank ?? '—'}
                {r.tied ? ' =' : ''}
              </td>
              <td className="doc-code">{e?.code}</td>
              <td>{e?.title}</td>
              <td>{e?.institution}</td>
              <td className="num">{score(r.scoreMicro)}</td>
            </tr>
          );
        })}
        {shown.length === 0 ? (
          <tr>
            <td colSpan={5}>{t('paper.noWinners')}</td>
          </tr>
        ) : null}
      </tbody>
    </table>
  );
}

export function RecapDoc({ snap, stage }: { snap: OrganizerSnapshot; stage: Stage }) {
  const { t, i18n } = useTranslation();
  const st = snap.standings[stage.id];
  return (
    <article className="doc" data-testid="doc-recap">
      <header className="doc__head">
        <h1>{t('paper.recapTitle')}</h1>
        <p>
          {snap.festival.name} · {stage.name}
        </p>
        <p className="doc__meta">
          {snap.festival.venue} · {longDate(snap.festival.endDate, i18n.language)} ·{' '}
          {t('paper.method', { method: localized(methodOf(stage.rules.aggregation).phrase) })}
        </p>
        {!allLocked(snap, stage) ? (
          <p className="doc__provisional">{t('paper.provisional')}</p>
        ) : null}
      </header>
      {snap.categories.map((c) => (
        <section key={c.id} className="doc__section">
          <h2>{c.name}</h2>
          <RankTable snap={snap} rows={st?.byCategory[c.id] ?? []} />
        </section>
      ))}
    </article>
  );
}

export function BeritaAcaraDoc({
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
  const f = snap.festival;
  const panels = byId(snap.panels);
  const jurors = [...snap.jurors].sort(
    (a, b) => a.panelId.localeCompare(b.panelId) || Number(b.isChair) - Number(a.isChair),
  );
  return (
    <article className="doc" data-testid="doc-berita-acara">
      <header className="doc__head">
        <h1>{t('paper.baTitle')}</h1>
        <p className="doc__number" data-testid="ba-number">
          {t('sign.number')}: {f.documentNumber || '______________________'}
        </p>
        <p className="doc__sub">{f.name}</p>
      </header>
      <p>
        {t('paper.baOpening', {
          date: longDate(f.endDate, i18n.language),
          venue: f.venue || '—',
          festival: f.name,
          stage: stage.name,
          organizer: f.organizerName || t('paper.theOrganizer'),
        })}
      </p>
      <p>
        {t('paper.baMethod', {
          method: localized(methodOf(stage.rules.aggregation).phrase),
          count: snap.entries.length,
          jurors: snap.jurors.length,
        })}
      </p>
      {!allLocked(snap, stage) ? (
        <p className="doc__provisional">{t('paper.provisional')}</p>
      ) : null}
      {snap.categories.map((c) => (
        <section key={c.id} className="doc__section">
          <h2>{t('paper.categoryWinners', { category: c.name })}</h2>
          <RankTable snap={snap} rows={st?.byCategory[c.id] ?? []} limit={places} />
        </section>
      ))}
      {snap.tieDecisions
        .filter((d) => d.stageId === stage.id)
        .map((d, i) => (
          <p key={i} className="doc__note">
            {t('paper.tieNote', {
              by: d.decidedBy,
              reason: d.reason,
              entries: d.entryIds
                .map((id) => snap.entries.find((e) => e.id === id)?.code ?? id)
                .join(' > '),
            })}
          </p>
        ))}
      <FavouritesMinutes snap={snap} places={places} />
      <p>{t('paper.baClosing')}</p>
      <p className="doc__place">
        {f.venue ? `${f.venue}, ` : ''}
        {longDate(f.endDate, i18n.language)}
      </p>
      <section className="doc__section doc__signatures">
        <h2>{t('paper.jury')}</h2>
        <table className="doc-table doc-sign">
          <thead>
            <tr>
              <th>No.</th>
              <th>{t('res.juror')}</th>
              <th>{t('live.panel')}</th>
              <th>{t('paper.signature')}</th>
            </tr>
          </thead>
          <tbody>
            {jurors.map((j, i) => (
              <tr key={j.id} data-testid="signature-row">
                <td className="num">{i + 1}</td>
                <td>
                  {j.name}
                  {j.isChair ? ` (${t('live.chair')})` : ''}
                </td>
                <td>{panels.get(j.panelId)?.name}</td>
                <td className="doc-sign__line">{i + 1}. ______________________</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="doc-sign__organizers">
          <p>
            {t('paper.forOrganizer', { organizer: f.organizerName || t('paper.theOrganizer') })}
          </p>
          <div className="sign-row">
            <OrganizerSignatures festival={f} />
          </div>
        </div>
      </section>
    </article>
  );
}
