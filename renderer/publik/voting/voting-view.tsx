// The voting view on /publik (a lazily loaded chunk: phones that only watch never fetch
// it): the ballot's groups (categories, or the whole festival), the entries with code,
// title and institution, a confirmation, then "Suara Anda tercatat" with the receipt code.
// Votes go through the phone's outbox (vote-sync.ts): through a Wi-Fi drop the view says
// the vote waits on the phone, and shows the receipt once the server stored it.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BallotGroup } from '../../../shared/contract/voting-views.js';
import { formatReceipt, formatTicket } from '../../../shared/voting.js';
import { errorText } from '../../common/error-text.js';
import { addPageMessages, currentLanguage } from '../../common/i18n.js';
import { groupKey, pendingFor, voterKey } from './vote-policy.js';
import { useVote } from './vote-store.js';
import { castVote, forgetTicket, reconnectNow, startVoting } from './vote-sync.js';
import { voteEn, voteId } from './vote-locales.js';
import { TicketForm } from './ticket-form.js';
import './voting.css';

addPageMessages({ id: voteId, en: voteEn });

export default function VotingView({
  ticket,
  phoneMode,
  onClose,
}: {
  ticket: string | null;
  phoneMode: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const voter = useVote((s) => s.voter);
  const ballot = useVote((s) => s.ballot);
  const ballotError = useVote((s) => s.ballotError);
  const connection = useVote((s) => s.connection);
  const persistent = useVote((s) => s.persistent);
  const [picked, setPicked] = useState<string | null>(null);
  const waiting = useVote((s) => {
    const key = s.voter ? voterKey(s.voter) : null;
    return s.outbox.some((v) => voterKey(v.voter) === key);
  });
  useEffect(() => startVoting({ ticket, phoneMode }), [ticket, phoneMode]);
  const groups = ballot?.groups ?? [];
  const group =
    groups.find((g) => groupKey(g.categoryId) === picked) ??
    groups.find((g) => g.open) ??
    groups[0];
  return (
    <section className="vote" data-testid="voting" aria-labelledby="vote-heading">
      <header className="vote__head">
        <h2 className="publik__h" id="vote-heading">
          {t('vote.heading')}
        </h2>
        <button type="button" className="vote__link" onClick={onClose}>
          {t('vote.close')}
        </button>
      </header>
      <p className="publik__muted">{t('vote.lead')}</p>
      {voter && 'ticket' in voter ? (
        <p className="vote__voter">
          <span className="chip chip--code" data-testid="vote-ticket">
            {t('vote.ticket', { code: formatTicket(voter.ticket) })}
          </span>{' '}
          <button type="button" className="vote__link" onClick={forgetTicket}>
            {t('vote.otherTicket')}
          </button>
        </p>
      ) : null}
      {voter && 'phoneId' in voter ? (
        <p className="vote__weak" data-testid="vote-phone-mode">
          <strong>{t('vote.phoneMode')}</strong> {t('vote.phoneModeNote')}
        </p>
      ) : null}
      {connection.state !== 'online' && connection.state !== 'connecting' ? (
        <p className="publik__stale" role="status">
          {t('vote.offline')}{' '}
          <button type="button" className="vote__link" onClick={reconnectNow}>
            {t('vote.retry')}
          </button>
        </p>
      ) : null}
      {!persistent ? <p className="vote__warn">{t('vote.notKept')}</p> : null}
      {voter === null ? (
        <TicketForm />
      ) : ballotError && !('transport' in ballotError) ? (
        <p className="vote__refused" role="alert" data-testid="vote-refused">
          {errorText(ballotError, currentLanguage())}
        </p>
      ) : !ballot && waiting ? (
        // Offline after a reload: no ballot yet, but the phone still holds the vote.
        <div className="vote__pending" data-testid="vote-pending" role="status">
          <p className="vote__recorded">{t('vote.sending')}</p>
          <p className="publik__muted">{t('vote.waiting')}</p>
        </div>
      ) : !ballot || !group ? (
        <p className="publik__muted" role="status">
          {ballot ? t('vote.noneOpen') : t('vote.loading')}
        </p>
      ) : (
        <>
          {groups.length > 1 ? (
            <div className="ptabs" role="tablist" aria-label={t('publik.category')}>
              {groups.map((g) => (
                <button
                  key={groupKey(g.categoryId)}
                  type="button"
                  role="tab"
                  aria-selected={g === group}
                  className="ptab"
                  onClick={() => setPicked(groupKey(g.categoryId))}
                >
                  {g.categoryId === null ? t('vote.festival') : g.name}
                  {g.open ? '' : ` · ${t('vote.groupClosed')}`}
                </button>
              ))}
            </div>
          ) : null}
          <GroupBallot key={groupKey(group.categoryId)} group={group} />
        </>
      )}
    </section>
  );
}

function GroupBallot({ group }: { group: BallotGroup }) {
  const { t } = useTranslation();
  const voter = useVote((s) => s.voter);
  const outbox = useVote((s) => s.outbox);
  const receipts = useVote((s) => s.receipts);
  const refusal = useVote((s) => s.refusals[groupKey(group.categoryId)] ?? null);
  const connection = useVote((s) => s.connection);
  const [choice, setChoice] = useState<string | null>(null);
  if (!voter) return null;
  const key = voterKey(voter);
  const local = receipts.find(
    (r) => r.voterKey === key && groupKey(r.categoryId) === groupKey(group.categoryId),
  );
  const cast = group.cast ?? (local ? { entryId: local.entryId, receipt: local.receipt } : null);
  const pending = pendingFor(outbox, key, group.categoryId);
  const name = group.categoryId === null ? t('vote.festival') : group.name;
  const title = (id: string) => group.entries.find((e) => e.id === id);
  if (cast) {
    const e = title(cast.entryId);
    return (
      <div className="vote__receipt" data-testid="vote-receipt" role="status">
        <p className="vote__recorded">{t('vote.recorded')}</p>
        <p className="publik__muted">
          {t('vote.votedFor')} · {name}
        </p>
        {e ? (
          <p className="vote__chosen">
            <span className="chip chip--code">{e.code}</span> {e.title}
          </p>
        ) : null}
        <p className="vote__receipt-label">{t('vote.receipt')}</p>
        <p className="vote__receipt-code" data-testid="receipt-code">
          {formatReceipt(cast.receipt)}
        </p>
        <p className="publik__muted">{t('vote.receiptNote')}</p>
        {refusal ? <Refusal error={refusal} /> : null}
      </div>
    );
  }
  if (pending) {
    const e = title(pending.entryId);
    return (
      <div className="vote__pending" data-testid="vote-pending" role="status">
        <p className="vote__recorded">{t('vote.sending')}</p>
        {e ? (
          <p className="vote__chosen">
            <span className="chip chip--code">{e.code}</span> {e.title}
          </p>
        ) : null}
        {connection.state !== 'online' || pending.attempts > 0 ? (
          <p className="publik__muted">{t('vote.waiting')}</p>
        ) : null}
      </div>
    );
  }
  const chosen = choice ? title(choice) : undefined;
  return (
    <div className="vote__group" data-group={groupKey(group.categoryId)}>
      {refusal ? <Refusal error={refusal} /> : null}
      {!group.open ? <p className="vote__closed">{t('vote.closedNote')}</p> : null}
      {group.entries.length === 0 ? <p className="publik__muted">{t('vote.empty')}</p> : null}
      <ul className="vote__entries">
        {group.entries.map((e) => (
          <li key={e.id} className={`ventry${e.id === choice ? ' ventry--chosen' : ''}`}>
            <span className="ventry__text">
              <span className="chip chip--code">{e.code}</span>
              <span className="ventry__title">{e.title}</span>
              <span className="ventry__inst">{e.institution}</span>
            </span>
            <button
              type="button"
              className="ventry__pick"
              disabled={!group.open}
              aria-pressed={e.id === choice}
              data-entry={e.code}
              onClick={() => setChoice(e.id)}
            >
              {e.id === choice ? t('vote.chosen') : t('vote.choose')}
            </button>
          </li>
        ))}
      </ul>
      {chosen && group.open ? (
        <div className="vote__confirm" role="dialog" aria-labelledby="vote-confirm-title">
          <p className="vote__confirm-title" id="vote-confirm-title">
            {t('vote.confirmTitle')}
          </p>
          <p className="vote__chosen">
            <span className="chip chip--code">{chosen.code}</span> {chosen.title}
          </p>
          <p className="publik__muted">
            {t('ticket' in voter ? 'vote.confirmNote' : 'vote.confirmNotePhone', { group: name })}
          </p>
          <div className="vote__actions">
            <button type="button" className="vote__button" onClick={() => setChoice(null)}>
              {t('vote.cancel')}
            </button>
            <button
              type="button"
              className="vote__button vote__button--primary"
              data-testid="vote-send"
              onClick={() => {
                castVote(group.categoryId, chosen.id);
                setChoice(null);
              }}
            >
              {t('vote.send')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}

function Refusal({ error }: { error: Parameters<typeof errorText>[0] }) {
  return (
    <p className="vote__refused" role="alert" data-testid="vote-refused">
      {errorText(error, currentLanguage())}
    </p>
  );
}
