// What the hall sees: every screen by name with its mode (switchable), what is released
// (privacy, stage, message/ticker), and the reveal ceremony (reveal-panel.tsx).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizerSnapshot } from '../../../shared/contract/views.js';
import { privacies } from '../../../shared/model.js';
import {
  defaultScreenMode,
  isScreenMode,
  mainScreen,
  screenModeNames,
  screenModes,
} from '../../../shared/screen-modes.js';
import { localized } from '../../common/i18n.js';
import { Button } from '../../common/ui/index.js';
import { ErrorLine, SelectField, TextField } from '../fields.js';
import { PageHeader } from '../page-header.js';
import { useDesk } from '../store.js';
import { useAct } from './act.js';
import { RevealPanel } from './reveal-panel.js';
import './live.css';

function ScreenList({ snap }: { snap: OrganizerSnapshot }) {
  const { t, i18n } = useTranslation();
  const act = useAct();
  const names = new Map(snap.screens.map((s) => [s.name, s]));
  for (const c of snap.clients)
    if (c.kind === 'screen' && !names.has(c.name))
      names.set(c.name, {
        name: c.name,
        mode: c.mode ?? defaultScreenMode,
        panelId: null,
        online: true,
      });
  const list = [...names.values()].sort(
    (a, b) => Number(b.online) - Number(a.online) || a.name.localeCompare(b.name),
  );
  const panelOptions = [
    { value: '', label: t('scr.allPanels') },
    ...snap.panels.map((p) => ({ value: p.id, label: p.name })),
  ];
  return (
    <section className="card" aria-labelledby="screens-title">
      <h2 className="card__title" id="screens-title">
        {t('scr.screens')}
      </h2>
      <ErrorLine message={act.error} />
      {list.length === 0 ? <p className="muted">{t('scr.none')}</p> : null}
      <div className="screens-list" data-testid="screen-list">
        {list.map((s) => (
          <div key={s.name} className="screen-row" data-screen={s.name}>
            <span
              className={`slot__dot${s.online ? ' slot__dot--on' : ''}`}
              role="img"
              aria-label={s.online ? t('live.online') : t('live.offline')}
            />
            <strong>{s.name}</strong>
            <SelectField
              label={t('scr.modeOf', { name: s.name })}
              hideLabel
              value={s.mode}
              name={`mode-${s.name}`}
              onChange={(v) => {
                if (isScreenMode(v))
                  void act.run('screen:mode', { screen: s.name, mode: v, panelId: s.panelId });
              }}
              options={screenModeNames.map((m) => ({
                value: m,
                label: localized(screenModes[m].label, i18n.language),
              }))}
            />
            <SelectField
              label={t('scr.panelOf', { name: s.name })}
              hideLabel
              value={s.panelId ?? ''}
              name={`panel-${s.name}`}
              onChange={(v) =>
                void act.run('screen:mode', { screen: s.name, mode: s.mode, panelId: v || null })
              }
              options={panelOptions}
            />
          </div>
        ))}
      </div>
      <p className="muted">{t('scr.howToName', { main: mainScreen })}</p>
    </section>
  );
}

function Release({ snap }: { snap: OrganizerSnapshot }) {
  const { t } = useTranslation();
  const act = useAct();
  // The message form's own call: a privacy or stage change still waiting for its answer
  // must not disable the form's button, which would swallow an Enter pressed meanwhile.
  const send = useAct();
  const [message, setMessage] = useState(snap.release.message);
  return (
    <section className="card" aria-labelledby="release-title">
      <h2 className="card__title" id="release-title">
        {t('scr.release')}
      </h2>
      <fieldset className="tabs" aria-label={t('scr.privacy')}>
        {privacies.map((p) => (
          <Button
            key={p}
            size="sm"
            variant={snap.release.privacy === p ? 'primary' : 'secondary'}
            aria-pressed={snap.release.privacy === p}
            onClick={() => void act.run('release:set', { privacy: p })}
            data-privacy={p}
          >
            {t(`scr.privacyMode.${p}`)}
          </Button>
        ))}
      </fieldset>
      <p className="muted">{t(`scr.privacyHelp.${snap.release.privacy}`)}</p>
      <SelectField
        label={t('scr.stage')}
        value={snap.release.stageId ?? ''}
        name="release-stage"
        onChange={(v) => void act.run('release:set', { stageId: v || null })}
        options={[
          { value: '', label: t('scr.firstStage') },
          ...snap.stages.map((s) => ({ value: s.id, label: s.name })),
        ]}
      />
      <PublicAddress snap={snap} />
      <form
        className="add-form__row"
        onSubmit={(e) => {
          e.preventDefault();
          void send.run('release:set', { message });
        }}
      >
        <TextField
          label={t('scr.message')}
          name="ticker"
          value={message}
          onChange={setMessage}
          maxLength={500}
        />
        <Button type="submit" disabled={send.pending || message === snap.release.message}>
          {t('scr.showMessage')}
        </Button>
      </form>
      <ErrorLine message={act.error} />
      <ErrorLine message={send.error} />
    </section>
  );
}

const loopback = (url: string) => /^https?:\/\/(localhost|127\.|\[::1\])/.test(url);

/** The address phones use (the welcome screen's QR): a LAN address, never loopback. */
function PublicAddress({ snap }: { snap: OrganizerSnapshot }) {
  const { t } = useTranslation();
  const act = useAct();
  const a = snap.addresses;
  const current = a.publicBase ?? a.lan[0] ?? '';
  const choices = [...new Set([...a.lan, ...(a.publicBase ? [a.publicBase] : [])])];
  if (choices.length === 0)
    return (
      <p className="notice notice--warning" data-testid="public-address-warning">
        {t('mom.noLan')}
      </p>
    );
  return (
    <SelectField
      label={t('mom.publicAddress')}
      name="public-address"
      value={current}
      onChange={(v) => void act.run('screens:address', { base: v || null })}
      options={choices.map((c) => ({ value: c, label: c }))}
      hint={loopback(current) ? t('cards.loopback') : t('mom.publicAddressHint')}
    />
  );
}

export function ScreensPage() {
  const { t } = useTranslation();
  const snap = useDesk((s) => s.snapshot);
  if (!snap) return null;
  return (
    <>
      <PageHeader title={t('scr.title')} lead={t('scr.lead')} />
      <div className="two-col">
        <ScreenList snap={snap} />
        <Release key={snap.release.message} snap={snap} />
      </div>
      <RevealPanel snap={snap} />
    </>
  );
}
