// "Favorit Penonton" in the results: a section of its own on the results page and in the
// Berita Acara, and its own certificate. Drawn from the organizer snapshot's voting part
// (tallies the server computed from the stored votes); never mixed into jury standings.
import { useTranslation } from 'react-i18next';
import type { OrganizerSnapshot } from '../../../shared/contract/views.js';
import type { VotingGroupTally } from '../../../shared/contract/voting-views.js';
import { favouriteWinners } from '../../../shared/voting.js';
import { Badge } from '../../common/ui/index.js';
import { useNumbers } from '../../common/use-numbers.js';
import { byId, entryHover } from '../live/desk-data.js';
import { OrganizerSignatures } from '../paperwork/signatures.js';
import { hasFavourites } from './favourites-data.js';
import { groupName } from './voting-groups.js';

function FavouriteTable({
  snap,
  group,
  limit,
}: {
  snap: OrganizerSnapshot;
  group: VotingGroupTally;
  limit?: number;
}) {
  const { t } = useTranslation();
  const { count } = useNumbers();
  const entries = byId(snap.entries);
  const rows = group.tally.filter((r) => r.votes > 0 && (limit === undefined || r.rank <= limit));
  return (
    <table className="doc-table table table--compact" data-testid="favourite-table">
      <thead>
        <tr>
          <th className="num">{t('fav.rank')}</th>
          <th>{t('paper.xlsx.code')}</th>
          <th>{t('paper.xlsx.entry')}</th>
          <th>{t('paper.xlsx.institution')}</th>
          <th className="num">{t('fav.votes')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const e = entries.get(r.entryId);
          return (
            <tr key={r.entryId} data-entry={e?.code}>
              <td className="num">
                {r.rank}
                {r.tied ? ' =' : ''}
              </td>
              <td className="doc-code">{e?.code}</td>
              {/* A compact table cuts a long title or institution (ellipsis): whole on hover. */}
              <td title={entryHover(e)}>{e?.title}</td>
              <td title={e?.institution}>{e?.institution}</td>
              <td className="num">{count(r.votes)}</td>
            </tr>
          );
        })}
        {rows.length === 0 ? (
          <tr>
            <td colSpan={5}>{t('fav.none')}</td>
          </tr>
        ) : null}
      </tbody>
    </table>
  );
}

/** The results page's section: every group, every entry with a vote. */
export function FavouritesResults({ snap }: { snap: OrganizerSnapshot }) {
  const { t } = useTranslation();
  const { count } = useNumbers();
  if (!hasFavourites(snap)) return null;
  return (
    <section className="card" aria-labelledby="favourites-title" data-testid="favourites-results">
      <h2 className="card__title" id="favourites-title">
        {t('fav.title')}
      </h2>
      <p className="muted">
        {t('fav.lead')} {t('fav.mode', { mode: t(`vot.modes.${snap.voting.mode}`) })}
      </p>
      {snap.voting.groups.map((g) => (
        <div key={g.categoryId ?? '*'} className="fav-group">
          <h3>
            {groupName(g, t)} · {t('fav.turnout', { n: count(g.turnout) })}{' '}
            {g.open ? <Badge tone="warning">{t('fav.open')}</Badge> : null}
          </h3>
          <FavouriteTable snap={snap} group={g} />
        </div>
      ))}
    </section>
  );
}

/** The Berita Acara's section: the favourites' top places per group, with the turnout. */
export function FavouritesMinutes({ snap, places }: { snap: OrganizerSnapshot; places: number }) {
  const { t } = useTranslation();
  const { count } = useNumbers();
  if (!hasFavourites(snap)) return null;
  return (
    <section className="doc__section" data-testid="ba-favourites">
      <h2>{t('fav.title')}</h2>
      <p>{t('fav.baIntro', { mode: t(`vot.modes.${snap.voting.mode}`) })}</p>
      {snap.voting.groups.map((g) => (
        <div key={g.categoryId ?? '*'}>
          <h3 className="doc__h3">
            {t('fav.baGroup', {
              group: groupName(g, t),
              turnout: t('fav.turnout', { n: count(g.turnout) }),
            })}
            {g.open ? ` (${t('fav.open')})` : ''}
          </h3>
          <FavouriteTable snap={snap} group={g} limit={places} />
        </div>
      ))}
    </section>
  );
}

/**
 * One "Favorit Penonton" certificate per favourite (each of a tie), per group, signed by
 * the festival's signatories like the jury's certificates (no jury chair: the audience chose).
 */
export function FavouriteCertificates({ snap, date }: { snap: OrganizerSnapshot; date: string }) {
  const { t } = useTranslation();
  const { count } = useNumbers();
  const entries = byId(snap.entries);
  const f = snap.festival;
  const winners = snap.voting.groups.flatMap((g) =>
    favouriteWinners(g.tally).map((w) => ({ w, g })),
  );
  if (winners.length === 0) return <p className="muted">{t('fav.none')}</p>;
  return (
    <div data-testid="doc-favourite-certificates">
      {winners.map(({ w, g }) => {
        const e = entries.get(w.entryId);
        return (
          <article
            key={`${g.categoryId ?? '*'}-${w.entryId}`}
            className={`doc certificate certificate--favourite${g.open ? ' certificate--provisional' : ''}`}
          >
            {g.open ? (
              <p className="doc__provisional certificate__provisional">{t('paper.provisional')}</p>
            ) : null}
            <p className="certificate__festival">{f.name}</p>
            <h1 className="certificate__title">{t('fav.certTitle')}</h1>
            <p>{t('fav.certGiven')}</p>
            <p className="certificate__who">{e?.institution}</p>
            <p className="certificate__entry">“{e?.title}”</p>
            <p className="certificate__place">
              {t('fav.certPlace', { group: groupName(g, t), votes: count(w.votes) })}
              {w.tied ? ` (${t('fav.certTied')})` : ''}
            </p>
            <p>
              {f.venue}
              {f.venue ? ', ' : ''}
              {date}
            </p>
            <div className="certificate__sign" data-testid="cert-signatures">
              <OrganizerSignatures festival={f} />
            </div>
          </article>
        );
      })}
    </div>
  );
}
