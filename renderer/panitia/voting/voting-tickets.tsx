// Ballot tickets on the desk: how many exist, make more, pick a range to print (the sheet
// below the controls is what prints), and void a lost or stolen ticket with a reason (its
// votes stay stored, never counted; the server audits it).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizerSnapshot } from '../../../shared/contract/views.js';
import type { TicketRow } from '../../../shared/contract/voting-views.js';
import { formatTicket, normalizeTicket } from '../../../shared/voting.js';
import { Button } from '../../common/ui/index.js';
import { useNumbers } from '../../common/use-numbers.js';
import { ErrorLine, TextField } from '../fields.js';
import { useAct } from '../live/act.js';

const count = (raw: string, fallback: number) => {
  const n = Number(raw.trim());
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

export function VotingTickets({
  snap,
  onPrintable,
}: {
  snap: OrganizerSnapshot;
  /** The tickets to lay out on A4 for printing (or null to clear the sheet). */
  onPrintable: (tickets: TicketRow[] | null) => void;
}) {
  const { t } = useTranslation();
  const n = useNumbers();
  const act = useAct();
  const v = snap.voting;
  const [make, setMake] = useState('100');
  const [from, setFrom] = useState('1');
  const [many, setMany] = useState(String(Math.max(10, v.ticketsIssued)));
  const [code, setCode] = useState('');
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [codeError, setCodeError] = useState<string | undefined>();
  const run = async (then: () => Promise<void>) => {
    setNote('');
    await then();
  };
  return (
    <section className="card" aria-labelledby="voting-tickets-title">
      <h2 className="card__title" id="voting-tickets-title">
        {t('vot.tickets')}
      </h2>
      <p data-testid="tickets-count">
        {t('vot.ticketsCount', { n: n.count(v.ticketsIssued), voided: n.count(v.ticketsVoided) })}
      </p>
      {v.mode === 'phone' ? <p className="muted">{t('vot.ticketsUnused')}</p> : null}
      <form
        className="toolbar vot-form"
        onSubmit={(e) => {
          e.preventDefault();
          void run(async () => {
            const res = await act.run('tickets:make', { count: count(make, 0) });
            if (res.ok)
              setNote(t('vot.made', { n: n.count(res.data.made), total: n.count(res.data.total) }));
          });
        }}
      >
        <TextField
          label={t('vot.makeCount')}
          name="tickets-make"
          value={make}
          onChange={setMake}
          inputMode="numeric"
        />
        <Button type="submit" variant="primary" disabled={act.pending} data-testid="tickets-make">
          {t('vot.make')}
        </Button>
      </form>
      <form
        className="toolbar vot-form"
        onSubmit={(e) => {
          e.preventDefault();
          void run(async () => {
            const res = await act.run('tickets:list', {
              from: count(from, 1),
              count: count(many, 10),
            });
            if (!res.ok) return;
            onPrintable(res.data.tickets);
            setNote(t('vot.ready', { n: n.count(res.data.tickets.length) }));
          });
        }}
      >
        <TextField
          label={t('vot.printFrom')}
          name="tickets-from"
          value={from}
          onChange={setFrom}
          inputMode="numeric"
        />
        <TextField
          label={t('vot.printCount')}
          name="tickets-count"
          value={many}
          onChange={setMany}
          inputMode="numeric"
        />
        <Button
          type="submit"
          disabled={act.pending || v.ticketsIssued === 0}
          data-testid="tickets-prepare"
        >
          {t('vot.prepare')}
        </Button>
      </form>
      <form
        className="toolbar vot-form"
        onSubmit={(e) => {
          e.preventDefault();
          const normal = normalizeTicket(code);
          setCodeError(normal === null ? t('vot.codeInvalid') : undefined);
          if (normal === null) return;
          void run(async () => {
            const res = await act.run('ticket:void', { code: normal, reason: reason.trim() });
            if (!res.ok) return;
            setNote(
              t('vot.voided', { code: formatTicket(res.data.code), n: n.count(res.data.votes) }),
            );
            setCode('');
            setReason('');
          });
        }}
      >
        <TextField
          label={t('vot.voidCode')}
          name="ticket-void-code"
          value={code}
          onChange={setCode}
          error={codeError}
        />
        <TextField
          label={t('vot.voidReason')}
          name="ticket-void-reason"
          value={reason}
          onChange={setReason}
          maxLength={500}
        />
        <Button
          type="submit"
          variant="danger"
          disabled={act.pending || reason.trim().length < 3}
          data-testid="ticket-void"
        >
          {t('vot.void')}
        </Button>
      </form>
      <ErrorLine message={act.error} />
      {note ? (
        <p className="muted" role="status" data-testid="tickets-note">
          {note}
        </p>
      ) : null}
    </section>
  );
}
