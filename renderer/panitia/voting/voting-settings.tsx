// People's choice settings on the desk: how voters are known (tickets, or the weaker one
// vote per phone), what one vote covers (a category, or the festival), and what screens
// show before the reveal (nothing, turnout, the live tally). Mode and scope are fixed once
// a vote is stored (the server refuses; the desk says why before anyone tries).
import { useTranslation } from 'react-i18next';
import type { OrganizerSnapshot } from '../../../shared/contract/views.js';
import { tallyDisplays, votingModes, votingScopes } from '../../../shared/voting.js';
import { Badge, Button } from '../../common/ui/index.js';
import { useAct } from '../live/act.js';
import { defaultScreenMode, mainScreen, screenModes } from '../../../shared/screen-modes.js';
import { localized } from '../../common/i18n.js';
import { ChoiceButtons } from './choice-buttons.js';
import { ErrorLine } from '../fields.js';

export function VotingSettings({ snap }: { snap: OrganizerSnapshot }) {
  const { t, i18n } = useTranslation();
  const act = useAct();
  const v = snap.voting;
  const votesStored = v.groups.some((g) => g.turnout + g.voidedVotes > 0);
  const main = snap.screens.find((s) => s.name === mainScreen);
  return (
    <section className="card vot-settings" aria-labelledby="voting-settings-title">
      <h2 className="card__title" id="voting-settings-title">
        {t('vot.settings')}
      </h2>
      <h3 className="vot__label">{t('vot.mode')}</h3>
      <ChoiceButtons
        name="mode"
        label={t('vot.mode')}
        values={votingModes}
        value={v.mode}
        text={(m) => t(`vot.modes.${m}`)}
        onPick={(mode) => void act.run('voting:settings', { mode })}
        disabled={votesStored}
      />
      {v.mode === 'phone' ? (
        <p className="notice notice--warning" data-testid="phone-mode-weaker">
          <Badge tone="warning">{t('vot.weaker')}</Badge> {t('vot.phoneWarning')}
        </p>
      ) : (
        <p className="muted">{t('vot.ticketHelp')}</p>
      )}
      <h3 className="vot__label">{t('vot.scope')}</h3>
      <ChoiceButtons
        name="scope"
        label={t('vot.scope')}
        values={votingScopes}
        value={v.scope}
        text={(s) => t(`vot.scopes.${s}`)}
        onPick={(scope) => void act.run('voting:settings', { scope })}
        disabled={votesStored}
      />
      {votesStored ? <p className="muted">{t('vot.fixedOnceVoted')}</p> : null}
      <h3 className="vot__label">{t('vot.display')}</h3>
      <ChoiceButtons
        name="display"
        label={t('vot.display')}
        values={tallyDisplays}
        value={v.display}
        text={(d) => t(`vot.displays.${d}`)}
        onPick={(display) => void act.run('voting:settings', { display })}
      />
      <p className="muted">{t(`vot.displayHelp.${v.display}`)}</p>
      <div className="toolbar">
        <Button
          size="sm"
          disabled={act.pending || main?.mode === 'voting'}
          data-testid="voting-on-main"
          onClick={() =>
            void act.run('screen:mode', { screen: mainScreen, mode: 'voting', panelId: null })
          }
        >
          {t('vot.showOnMain')}
        </Button>
        <span className="muted" data-testid="main-screen-mode">
          {t('vot.mainShows', {
            mode: localized(screenModes[main?.mode ?? defaultScreenMode].label, i18n.language),
          })}
        </span>
      </div>
      <ErrorLine message={act.error} />
    </section>
  );
}
