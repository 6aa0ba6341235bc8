// Ballot tickets (kupon suara) on A4, ten to a page: each with a QR of the link that opens
// /publik holding its code, and the code in text for typing, its serial, and how to vote.
// Printed with the browser's print (the desk's print style keeps only the sheet).
import { useTranslation } from 'react-i18next';
import type { TicketRow } from '../../../shared/contract/voting-views.js';
import { formatTicket, ticketLink } from '../../../shared/voting.js';
import { useQr } from '../qr.js';

function TicketCard({
  ticket,
  festival,
  base,
}: {
  ticket: TicketRow;
  festival: string;
  base: string;
}) {
  const { t } = useTranslation();
  const qr = useQr(ticketLink(base, ticket.code));
  return (
    <article
      className={`ticket${ticket.voided ? ' ticket--void' : ''}`}
      data-testid="ticket"
      data-serial={ticket.serial}
    >
      <header className="ticket__head">
        <span className="ticket__festival">{festival}</span>
        <span className="ticket__serial">No. {ticket.serial}</span>
      </header>
      <div className="ticket__body">
        {qr ? (
          <img className="ticket__qr" src={qr} alt={t('vot.qrAlt', { serial: ticket.serial })} />
        ) : (
          <div className="ticket__qr" />
        )}
        <div className="ticket__text">
          <p className="ticket__title">{t('vot.ticketTitle')}</p>
          <p className="ticket__how">{t('vot.ticketHow')}</p>
          <p className="ticket__code-label">{t('vot.ticketCode')}</p>
          <p className="ticket__code" data-testid="ticket-code">
            {formatTicket(ticket.code)}
          </p>
        </div>
      </div>
      <p className="ticket__url">
        {t('vot.ticketUrl', { url: `${base.replace(/\/+$/, '')}/publik` })}
      </p>
      {ticket.voided ? <p className="ticket__voided">{t('vot.ticketVoided')}</p> : null}
    </article>
  );
}

export function TicketSheet({
  tickets,
  festival,
  base,
}: {
  tickets: TicketRow[];
  festival: string;
  base: string;
}) {
  return (
    <div className="ticket-sheet" data-testid="ticket-sheet">
      {tickets.map((tk) => (
        <TicketCard key={tk.code} ticket={tk} festival={festival} base={base} />
      ))}
    </div>
  );
}
