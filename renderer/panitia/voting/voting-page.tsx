// The desk's people's-choice page (Favorit Penonton): settings and what screens show,
// tickets (make, print, void), every group's opening, turnout and live tally, and the
// favourite's reveal. The printed ticket sheet is the only thing on paper when printing.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketRow } from '../../../shared/contract/voting-views.js';
import { Button } from '../../common/ui/index.js';
import { useNumbers } from '../../common/use-numbers.js';
import { PageHeader } from '../page-header.js';
import { useDesk } from '../store.js';
import { FavouriteReveal } from './favourite-reveal.js';
import { TicketSheet } from './ticket-sheet.js';
import { VotingGroups } from './voting-groups.js';
import { VotingSettings } from './voting-settings.js';
import { VotingTickets } from './voting-tickets.js';
import '../live/live.css';
import './voting.css';

const loopback = (url: string) => /^https?:\/\/(localhost|127\.|\[::1\])/.test(url);

export function VotingPage() {
  const { t } = useTranslation();
  const n = useNumbers();
  const snap = useDesk((s) => s.snapshot);
  const [printable, setPrintable] = useState<TicketRow[] | null>(null);
  if (!snap) return null;
  // The address phones use (the same as the welcome screen's QR): a LAN address.
  const base = snap.addresses.publicBase ?? snap.addresses.lan[0] ?? window.location.origin;
  return (
    <>
      <div className="no-print">
        <PageHeader
          title={t('vot.title')}
          lead={t('vot.lead')}
          actions={
            printable ? (
              <Button variant="primary" onClick={() => window.print()} data-testid="tickets-print">
                {t('vot.print', { n: n.count(printable.length) })}
              </Button>
            ) : null
          }
        />
        <div className="two-col">
          <VotingSettings snap={snap} />
          <VotingTickets snap={snap} onPrintable={setPrintable} />
        </div>
        <VotingGroups snap={snap} />
        <FavouriteReveal snap={snap} />
        {printable ? (
          <p className={`notice ${loopback(base) ? 'notice--warning' : 'notice--info'}`}>
            {loopback(base) ? t('cards.loopback') : t('vot.printAddress', { base })}
          </p>
        ) : null}
      </div>
      {printable ? (
        <TicketSheet tickets={printable} festival={snap.festival.name} base={base} />
      ) : null}
    </>
  );
}
