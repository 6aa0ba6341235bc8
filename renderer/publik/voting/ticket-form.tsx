// Typing a ticket's code by hand (no camera, or the QR would not scan): lower case,
// spaces and dashes are fine; a code that cannot be a ticket is refused here with the
// reason, before anything is sent.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { normalizeTicket } from '../../../shared/voting.js';
import { useVote } from './vote-store.js';
import { enterTicket } from './vote-sync.js';

export function TicketForm() {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const badLink = useVote((s) => s.badLink);
  const [typedBad, setBad] = useState(false);
  const bad = typedBad || badLink;
  return (
    <form
      className="vote__form"
      onSubmit={(e) => {
        e.preventDefault();
        const ticket = normalizeTicket(code);
        setBad(ticket === null);
        if (ticket !== null) enterTicket(ticket);
      }}
    >
      <p className="vote__confirm-title">{t('vote.codeTitle')}</p>
      <p className="publik__muted">{t('vote.codeLead')}</p>
      <label className="vote__label" htmlFor="vote-code">
        {t('vote.codeLabel')}
      </label>
      <input
        id="vote-code"
        className="vote__input"
        value={code}
        onChange={(e) => setCode(e.target.value)}
        autoCapitalize="characters"
        autoComplete="off"
        spellCheck={false}
        aria-invalid={bad}
        aria-describedby={bad ? 'vote-code-error' : undefined}
      />
      {bad ? (
        <p className="vote__refused" id="vote-code-error" role="alert">
          {t('vote.codeInvalid')}
        </p>
      ) : null}
      <button type="submit" className="vote__button vote__button--primary">
        {t('vote.codeSubmit')}
      </button>
    </form>
  );
}
