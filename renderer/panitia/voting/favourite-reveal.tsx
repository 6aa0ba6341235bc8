// The favourite's reveal from the desk: pick a closed group and the screens, then show its
// favourite (several when tied) on them in the ceremony style, and take it down again. The
// preview under it is the desk's own, from the stored votes; nothing is sent to a screen
// before "show". The screens and the preview card are the jury reveal's (reveal-parts.tsx).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizerSnapshot } from '../../../shared/contract/views.js';
import { favouriteWinners } from '../../../shared/voting.js';
import { Button } from '../../common/ui/index.js';
import { useNumbers } from '../../common/use-numbers.js';
import { ErrorLine, SelectField } from '../fields.js';
import { useAct } from '../live/act.js';
import { byId } from '../live/desk-data.js';
import { mainScreen } from '../../../shared/screen-modes.js';
import { RevealScreens, StealthCard } from '../live/reveal-parts.js';
import { groupName } from './voting-groups.js';

const keyOf = (id: string | null) => id ?? '*';

export function FavouriteReveal({ snap }: { snap: OrganizerSnapshot }) {
  const { t } = useTranslation();
  const n = useNumbers();
  const act = useAct();
  const v = snap.voting;
  const reveal = v.reveal;
  const closed = v.groups.filter((g) => !g.open);
  const [picked, setPicked] = useState<string>(
    keyOf(reveal?.categoryId ?? closed[0]?.categoryId ?? null),
  );
  const [screens, setScreens] = useState<string[]>(reveal?.screens ?? [mainScreen]);
  const group = v.groups.find(
    (g) => keyOf(g.categoryId) === (reveal ? keyOf(reveal.categoryId) : picked),
  );
  const winners = group ? favouriteWinners(group.tally) : [];
  const entries = byId(snap.entries);
  const showing = snap.clients.filter(
    (c) => c.kind === 'screen' && c.online && c.showing?.mode === 'voting',
  );
  return (
    <section className="card" aria-labelledby="favourite-reveal-title">
      <h2 className="card__title" id="favourite-reveal-title">
        {t('vot.reveal')}
      </h2>
      <p className="muted">{t('vot.revealLead')}</p>
      <RevealScreens
        snap={snap}
        prefix="favourite-screen"
        picked={screens}
        onChange={setScreens}
        disabled={reveal !== null}
      />
      <div className="reveal-controls">
        <SelectField
          label={t('vot.group')}
          name="favourite-group"
          value={reveal ? keyOf(reveal.categoryId) : picked}
          onChange={setPicked}
          options={
            closed.length === 0
              ? [{ value: '', label: t('vot.noneClosed') }]
              : closed.map((g) => ({ value: keyOf(g.categoryId), label: groupName(g, t) }))
          }
        />
        <Button
          variant="primary"
          disabled={act.pending || reveal !== null || !group || group.open || screens.length === 0}
          data-testid="favourite-start"
          onClick={() =>
            void act.run('favourite:reveal', {
              action: 'start',
              categoryId: group?.categoryId ?? null,
              screens,
            })
          }
        >
          {t('vot.revealStart')}
        </Button>
        <Button
          variant="danger"
          disabled={act.pending || reveal === null}
          data-testid="favourite-end"
          onClick={() => void act.run('favourite:reveal', { action: 'end' })}
        >
          {t('vot.revealEnd')}
        </Button>
      </div>
      <ErrorLine message={act.error} />
      <p data-testid="favourite-status">
        {reveal && group
          ? t('vot.revealOn', { group: groupName(group, t), screens: reveal.screens.join(', ') })
          : t('vot.revealNone')}
        {reveal && showing.length === 0 ? ` ${t('mom.noScreenShowing')}` : ''}
      </p>
      <StealthCard title={t('vot.preview')} testId="favourite-preview">
        {winners.length === 0 ? (
          <p className="muted">{t('vot.noVotes')}</p>
        ) : (
          <ul className="vot-winners">
            {winners.map((w) => {
              const e = entries.get(w.entryId);
              return (
                <li key={w.entryId} data-entry={e?.code}>
                  <span className="entry-code">{e?.code}</span> {e?.title} —{' '}
                  {t('vot.votesCount', { n: n.count(w.votes) })}
                  {w.tied ? ` (${t('mom.tied')})` : ''}
                </li>
              );
            })}
          </ul>
        )}
      </StealthCard>
    </section>
  );
}
