// Every voting group (a category, or the festival) on the desk: open or closed (a button
// each), the turnout against the tickets issued, and the live tally computed by the server
// from the stored votes: every entry ranked, ties shown as ties. Only the desk sees the
// tally unless the display setting sends it to screens.
import { useTranslation } from 'react-i18next';
import type { OrganizerSnapshot } from '../../../shared/contract/views.js';
import type { VotingGroupTally } from '../../../shared/contract/voting-views.js';
import { favouriteWinners } from '../../../shared/voting.js';
import { Badge, Button } from '../../common/ui/index.js';
import { useNumbers } from '../../common/use-numbers.js';
import { useAct } from '../live/act.js';
import { byId, entryHover } from '../live/desk-data.js';
import { ErrorLine } from '../fields.js';

export const groupName = (
  g: { categoryId: string | null; name: string },
  t: (k: string) => string,
) => (g.categoryId === null ? t('vot.festival') : g.name);

export function VotingGroups({ snap }: { snap: OrganizerSnapshot }) {
  const { t } = useTranslation();
  const act = useAct();
  const v = snap.voting;
  return (
    <section className="card" aria-labelledby="voting-groups-title">
      <h2 className="card__title" id="voting-groups-title">
        {t('vot.groups')}
      </h2>
      <p className="muted">{t(v.scope === 'festival' ? 'vot.groupsFestival' : 'vot.groupsLead')}</p>
      <ErrorLine message={act.error} />
      <div className="vot-groups">
        {v.groups.map((g) => (
          <GroupCard
            key={g.categoryId ?? '*'}
            snap={snap}
            group={g}
            pending={act.pending}
            onOpen={(open) => void act.run('voting:open', { categoryId: g.categoryId, open })}
          />
        ))}
      </div>
    </section>
  );
}

function GroupCard({
  snap,
  group: g,
  pending,
  onOpen,
}: {
  snap: OrganizerSnapshot;
  group: VotingGroupTally;
  pending: boolean;
  onOpen: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  const { plain, count } = useNumbers();
  const entries = byId(snap.entries);
  const issued =
    snap.voting.mode === 'ticket' ? snap.voting.ticketsIssued - snap.voting.ticketsVoided : 0;
  const winners = new Set(favouriteWinners(g.tally).map((r) => r.entryId));
  const most = Math.max(1, ...g.tally.map((r) => r.votes));
  return (
    <article className="vot-group" data-group={g.categoryId ?? '*'} data-open={g.open}>
      <header className="vot-group__head">
        <h3 className="vot-group__name">{groupName(g, t)}</h3>
        <Badge tone={g.open ? 'success' : 'neutral'} data-testid="group-state">
          {g.open ? t('vot.open') : t('vot.closed')}
        </Badge>
        <Button
          size="sm"
          variant={g.open ? 'danger' : 'primary'}
          disabled={pending}
          data-testid={g.open ? 'group-close' : 'group-open'}
          onClick={() => onOpen(!g.open)}
        >
          {g.open ? t('vot.close') : t('vot.openAction')}
        </Button>
      </header>
      <p className="vot-group__turnout" data-testid="group-turnout">
        {issued > 0
          ? t('vot.turnoutOf', {
              n: count(g.turnout),
              issued: count(issued),
              percent: plain((100 * g.turnout) / issued, 1),
            })
          : t('vot.turnout', { n: count(g.turnout) })}
        {g.voidedVotes > 0 ? ` · ${t('vot.voidedVotes', { n: count(g.voidedVotes) })}` : ''}
      </p>
      <table className="table table--compact" data-testid="group-tally">
        <thead>
          <tr>
            <th className="num">{t('res.rank')}</th>
            <th>{t('live.entry')}</th>
            <th className="num">{t('vot.votes')}</th>
            <th className="vot-bar-col" aria-hidden="true" />
          </tr>
        </thead>
        <tbody>
          {g.tally.map((r) => {
            const e = entries.get(r.entryId);
            return (
              <tr
                key={r.entryId}
                data-entry={e?.code}
                className={winners.has(r.entryId) ? 'vot-row--top' : ''}
              >
                <td className="num">
                  {r.rank}
                  {r.tied ? ' =' : ''}
                </td>
                {/* The title may be cut to fit the card (ellipsis): the whole title on hover. */}
                <td className="vot-entry" title={entryHover(e)}>
                  <span className="entry-code">{e?.code}</span> {e?.title}
                </td>
                <td className="num" data-testid="votes">
                  {count(r.votes)}
                </td>
                <td className="vot-bar-col" aria-hidden="true">
                  <span className="vot-bar" style={{ width: `${(100 * r.votes) / most}%` }} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </article>
  );
}
