// People's choice as the audience's phones see it on /publik: what the organizer's display
// setting released to every screen (the turnout per group, or the live tally; nothing when
// hidden: the server sends no group), then the favourite once revealed, held back for the
// projector's drum-roll. Its own lazy chunk: loaded only when there is something to show.
// The text is the projector's (layar/voting-locales.ts): one wording on both.
import { useTranslation } from 'react-i18next';
import type { ScreenVoting, VoteRow } from '../../../shared/contract/voting-views.js';
import { addPageMessages } from '../../common/i18n.js';
import { useDrumRoll } from '../../common/screen/use-build-up.js';
import { useNumbers } from '../../common/use-numbers.js';
import { votingScreenEn, votingScreenId } from '../../layar/voting-locales.js';
import './phone-favourites.css';

addPageMessages({ id: votingScreenId, en: votingScreenEn });

type Group = ScreenVoting['groups'][number];
type Reveal = NonNullable<ScreenVoting['reveal']>;

export default function PhoneFavourites({ voting }: { voting: ScreenVoting }) {
  const { t } = useTranslation();
  const { count } = useNumbers();
  if (voting.reveal)
    return <PhoneFavouriteReveal key={voting.reveal.startedAt} reveal={voting.reveal} />;
  // A phone scrolls: only groups voting now or with votes, only entries with votes.
  const groups = voting.groups.filter((g) => g.open || g.turnout > 0);
  if (voting.groups.length === 0) return null;
  const total = voting.groups.reduce((n, g) => n + g.turnout, 0);
  return (
    <section
      className="publik__section pfav"
      data-testid="phone-favourites"
      data-display={voting.display}
    >
      <h2 className="publik__h">{t('voting.heading')}</h2>
      <p className="pfav__total" data-testid="phone-voting-total" data-total={total}>
        {t('voting.total', { n: count(total) })}
      </p>
      {groups.map((g) => (
        <PhoneGroup key={g.categoryId ?? '*'} group={g} />
      ))}
      <p className="publik__muted">{t('voting.apart')}</p>
    </section>
  );
}

function PhoneGroup({ group: g }: { group: Group }) {
  const { t } = useTranslation();
  const { count } = useNumbers();
  return (
    <article className="pcard pfav__group" data-group={g.categoryId ?? '*'}>
      <h3 className="pfav__name">
        <span>{g.categoryId === null ? t('voting.festival') : g.name}</span>
        <span className={`pfav__state${g.open ? ' pfav__state--open' : ''}`}>
          {g.open ? t('voting.open') : t('voting.closed')}
        </span>
      </h3>
      <p className="pfav__turnout" data-testid="phone-group-turnout" data-turnout={g.turnout}>
        {t('voting.turnout', { n: count(g.turnout) })}
      </p>
      {g.tally ? (
        <ol className="prows" data-testid="phone-group-tally">
          {g.tally
            .filter((r) => r.votes > 0)
            .map((r) => (
              <li key={r.entry.id} className="prow" data-entry={r.entry.code} data-votes={r.votes}>
                <span className="prow__rank">{r.rank}</span>
                <span className="prow__entry">
                  <span className="prow__title">{r.entry.title}</span>
                  <span className="prow__inst">
                    {r.entry.code} · {r.entry.institution}
                  </span>
                </span>
                <span className="prow__score">{count(r.votes)}</span>
              </li>
            ))}
        </ol>
      ) : null}
    </article>
  );
}

function PhoneFavouriteReveal({ reveal }: { reveal: Reveal }) {
  const { t } = useTranslation();
  const { count } = useNumbers();
  const rolling = useDrumRoll(reveal.startedAt);
  const tied = reveal.winners.length > 1;
  return (
    <section
      className="publik__section pfav pfav--reveal"
      data-testid="phone-favourite-reveal"
      data-buildup={rolling}
    >
      <h2 className="publik__h">
        {t('voting.heading')} · {reveal.categoryId === null ? t('voting.festival') : reveal.name}
      </h2>
      {rolling ? (
        <p className="pcard pfav__drumroll">{t('voting.drumroll')}</p>
      ) : (
        <div className="pcard pfav__spot" data-testid="phone-favourite">
          <p className="pfav__place">{t(tied ? 'voting.winnerTied' : 'voting.winner')}</p>
          {reveal.winners.map((w) => (
            <PhoneWinner key={w.entry.id} row={w} />
          ))}
          <p className="publik__muted">{t('voting.ofTurnout', { n: count(reveal.turnout) })}</p>
        </div>
      )}
    </section>
  );
}

function PhoneWinner({ row }: { row: VoteRow }) {
  const { t } = useTranslation();
  const { count } = useNumbers();
  return (
    <div className="pfav__winner" data-entry={row.entry.code}>
      <p className="pcard__meta">
        <span className="chip chip--code">{row.entry.code}</span>{' '}
        <span className="chip">{row.entry.categoryName}</span>
      </p>
      <h3 className="pcard__title">{row.entry.title}</h3>
      <p className="pcard__inst">{row.entry.institution}</p>
      <p className="pfav__votes">{t('voting.votes', { n: count(row.votes) })}</p>
    </div>
  );
}
