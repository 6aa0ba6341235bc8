// The projector's people's-choice mode: before the reveal, what the organizer's display
// setting allows (an invitation to vote, the turnout per group, or the live tally); then
// the favourite's reveal in the ceremony style (a drum-roll, then the spotlight). The
// server shapes the data (hidden sends no group, turnout no tally), so nothing here can
// show more than the organizer released.
import { useTranslation } from 'react-i18next';
import type { ScreenModeData } from '../../shared/screen-modes.js';
import type { ScreenVoting, VoteRow } from '../../shared/contract/voting-views.js';
import { addPageMessages } from '../common/i18n.js';
import { publicUrl } from '../common/screen/screen-logic.js';
import { useDrumRoll } from '../common/screen/use-build-up.js';
import { useNumbers } from '../common/use-numbers.js';
import { votingScreenEn, votingScreenId } from './voting-locales.js';
import './voting.css';

addPageMessages({ id: votingScreenId, en: votingScreenEn });

type Group = ScreenVoting['groups'][number];
type Reveal = NonNullable<ScreenVoting['reveal']>;

export function VotingView({ snap }: { snap: ScreenModeData<'voting'> }) {
  const { t } = useTranslation();
  const { count } = useNumbers();
  const v = snap.voting;
  if (v?.reveal) return <FavouriteReveal key={v.reveal.startedAt} reveal={v.reveal} />;
  const groups = v?.groups ?? [];
  const total = groups.reduce((n, g) => n + g.turnout, 0);
  const url = publicUrl(snap.joinBase ?? window.location.origin).replace(/^https?:\/\//, '');
  return (
    <div className="vscreen" data-testid="voting-screen" data-display={v?.display ?? 'hidden'}>
      <header className="vscreen__head">
        <h1 className="vscreen__heading">{t('voting.heading')}</h1>
        <p className="vscreen__lead">{t('voting.lead')}</p>
        {groups.length > 0 ? (
          <p className="vscreen__total" data-testid="voting-total">
            {t('voting.total', { n: count(total) })}
          </p>
        ) : null}
      </header>
      {groups.length === 0 ? (
        <div className="vscreen__invite">
          <p>{t('voting.invite')}</p>
          <p className="vscreen__url">{url}</p>
        </div>
      ) : (
        <div className={`vgroups vgroups--${Math.min(groups.length, 4)}`}>
          {groups.map((g) => (
            <GroupCard key={g.categoryId ?? '*'} group={g} />
          ))}
        </div>
      )}
      <p className="vscreen__apart">{t('voting.apart')}</p>
    </div>
  );
}

function GroupCard({ group: g }: { group: Group }) {
  const { t } = useTranslation();
  const { count } = useNumbers();
  const most = Math.max(1, ...(g.tally ?? []).map((r) => r.votes));
  return (
    <section className="vgroup" data-group={g.categoryId ?? '*'} data-testid="voting-group">
      <h2 className="vgroup__name">
        {g.categoryId === null ? t('voting.festival') : g.name}
        <span className={`vgroup__state${g.open ? ' vgroup__state--open' : ''}`}>
          {g.open ? t('voting.open') : t('voting.closed')}
        </span>
      </h2>
      <p className="vgroup__turnout" data-testid="group-turnout" data-turnout={g.turnout}>
        {t('voting.turnout', { n: count(g.turnout) })}
      </p>
      {g.tally ? (
        <ol className="vbars" data-testid="group-tally">
          {g.tally.slice(0, 6).map((r) => (
            <li key={r.entry.id} className="vbar" data-entry={r.entry.code} data-votes={r.votes}>
              <span className="vbar__label">
                <span className="chip chip--code">{r.entry.code}</span> {r.entry.title}
              </span>
              <span className="vbar__track">
                <span className="vbar__fill" style={{ width: `${(100 * r.votes) / most}%` }} />
              </span>
              <span className="vbar__votes">{count(r.votes)}</span>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}

function FavouriteReveal({ reveal }: { reveal: Reveal }) {
  const { t } = useTranslation();
  const { count } = useNumbers();
  const rolling = useDrumRoll(reveal.startedAt);
  const group = reveal.categoryId === null ? t('voting.festival') : reveal.name;
  const tied = reveal.winners.length > 1;
  return (
    <div className="reveal vreveal" data-testid="favourite-reveal" data-buildup={rolling}>
      <header className="reveal__head">
        <h1 className="reveal__heading">{t('voting.heading')}</h1>
        <span className="reveal__category" title={group}>
          {group}
        </span>
      </header>
      <div className="reveal__spot vreveal__spot">
        {rolling ? (
          <div className="drumroll" data-testid="drumroll">
            <div className="drumroll__rays" aria-hidden="true" />
            <p className="drumroll__text">{t('voting.drumroll')}</p>
            <div className="drumroll__place vreveal__heart" aria-hidden="true">
              ★
            </div>
          </div>
        ) : (
          <div
            className={`spotlight spotlight--1${tied ? ' spotlight--tied' : ''}${reveal.winners.length > 2 ? ' spotlight--many' : ''}`}
            data-testid="favourite-spotlight"
          >
            <p className="spotlight__place">{t(tied ? 'voting.winnerTied' : 'voting.winner')}</p>
            {reveal.winners.map((w) => (
              <Winner key={w.entry.id} row={w} tied={tied} />
            ))}
            <p className="vreveal__turnout">
              {t('voting.ofTurnout', { n: count(reveal.turnout) })}
            </p>
          </div>
        )}
      </div>
    </div>
  );
}

function Winner({ row, tied }: { row: VoteRow; tied: boolean }) {
  const { t } = useTranslation();
  const { count } = useNumbers();
  return (
    <div className="spotlight__entry" data-entry={row.entry.id}>
      <p className="stage__meta">
        <span className="chip chip--code">{row.entry.code}</span>
        <span className="chip">{row.entry.categoryName}</span>
      </p>
      <h2
        className={`spotlight__title${tied ? ' spotlight__title--tied' : ''}`}
        title={row.entry.title}
      >
        {row.entry.title}
      </h2>
      <p className="spotlight__inst" title={row.entry.institution}>
        {row.entry.institution}
      </p>
      <p className="spotlight__score" data-testid="favourite-votes">
        {t('voting.votes', { n: count(row.votes) })}
      </p>
    </div>
  );
}
