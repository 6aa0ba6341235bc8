// What the hall sees: every screen by name with its mode (switchable), what is released
// (privacy, stage, message/ticker), and the reveal ceremony with a stealth preview drawn
// from the organizer's own standings: it is never sent to a screen.
import { useNumbers } from '../../common/use-numbers.js';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizerSnapshot } from '../../../shared/contract/views.js';
import type { Id, Privacy, ScreenMode } from '../../../shared/model.js';
import type { RankedRow } from '../../../shared/scoring/types.js';
import { Badge, Button } from '../../common/ui/index.js';
import { SelectField, TextField } from '../fields.js';
import { ScreenHeader } from '../screens/screen-header.js';
import { useDesk } from '../store.js';
import { useAct } from './act.js';
import { Alarms } from './control-screen.js';
import { byId } from './desk-data.js';
import './live.css';

const modes: ScreenMode[] = [
  'welcome',
  'presenting',
  'progress',
  'leaderboard',
  'reveal',
  'message',
  'blank',
];
const privacies: Privacy[] = ['live', 'progress', 'hidden'];

function ScreenList({ snap }: { snap: OrganizerSnapshot }) {
  const { t } = useTranslation();
  const act = useAct();
  const names = new Map(snap.screens.map((s) => [s.name, s]));
  for (const c of snap.clients)
    if (c.kind === 'screen' && !names.has(c.name))
      names.set(c.name, {
        name: c.name,
        mode: c.mode ?? 'leaderboard',
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
      {act.error ? (
        <p className="form-error" role="alert">
          {act.error}
        </p>
      ) : null}
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
              onChange={(v) =>
                void act.run('screen:mode', {
                  screen: s.name,
                  mode: v as ScreenMode,
                  panelId: s.panelId,
                })
              }
              options={modes.map((m) => ({ value: m, label: t(`scr.mode.${m}`) }))}
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
      <p className="muted">{t('scr.howToName')}</p>
    </section>
  );
}

function Release({ snap }: { snap: OrganizerSnapshot }) {
  const { t } = useTranslation();
  const act = useAct();
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
      <form
        className="add-form__row"
        onSubmit={(e) => {
          e.preventDefault();
          void act.run('release:set', { message });
        }}
      >
        <TextField
          label={t('scr.message')}
          name="ticker"
          value={message}
          onChange={setMessage}
          maxLength={500}
        />
        <Button type="submit" disabled={act.pending || message === snap.release.message}>
          {t('scr.showMessage')}
        </Button>
      </form>
      {act.error ? (
        <p className="form-error" role="alert">
          {act.error}
        </p>
      ) : null}
    </section>
  );
}

function Reveal({ snap }: { snap: OrganizerSnapshot }) {
  const { t } = useTranslation();
  const { points: score } = useNumbers();
  const act = useAct();
  const reveal = snap.release.reveal;
  const [categoryId, setCategoryId] = useState<string>(reveal?.categoryId ?? '');
  const [places, setPlaces] = useState(String(reveal?.places ?? 3));
  const stageId: Id | undefined = snap.release.stageId ?? snap.stages[0]?.id;
  const standings = stageId ? snap.standings[stageId] : undefined;
  const cat = reveal ? reveal.categoryId : categoryId || null;
  const rows: RankedRow[] = (cat === null ? standings?.overall : standings?.byCategory[cat]) ?? [];
  const n = reveal?.places ?? (Number(places) || 3);
  const shown = rows
    .filter((r) => r.rank !== null && r.rank <= n)
    .sort((a, b) => (b.rank ?? 0) - (a.rank ?? 0));
  const entries = byId(snap.entries);
  const catName = (id: Id | null) =>
    id === null ? t('scr.overall') : (snap.categories.find((c) => c.id === id)?.name ?? id);
  return (
    <section className="card" aria-labelledby="reveal-title">
      <h2 className="card__title" id="reveal-title">
        {t('scr.reveal')}
      </h2>
      <div className="reveal-controls">
        <SelectField
          label={t('scr.category')}
          name="reveal-category"
          value={categoryId}
          onChange={setCategoryId}
          options={[
            { value: '', label: t('scr.overall') },
            ...snap.categories.map((c) => ({ value: c.id, label: c.name })),
          ]}
        />
        <TextField
          label={t('scr.places')}
          name="reveal-places"
          value={places}
          onChange={setPlaces}
          inputMode="numeric"
        />
        <Button
          variant="primary"
          disabled={act.pending}
          data-testid="reveal-start"
          onClick={() =>
            void act.run('reveal:control', {
              action: 'start',
              categoryId: categoryId || null,
              places: Math.min(50, Math.max(1, Number(places) || 3)),
            })
          }
        >
          {t('scr.start')}
        </Button>
        <Button
          disabled={act.pending || !reveal}
          onClick={() => void act.run('reveal:control', { action: 'back' })}
        >
          {t('scr.back')}
        </Button>
        <Button
          variant="primary"
          disabled={act.pending || !reveal || reveal.revealedPlace === 1}
          data-testid="reveal-next"
          onClick={() => void act.run('reveal:control', { action: 'next' })}
        >
          {t('scr.next')}
        </Button>
        <Button
          variant="danger"
          disabled={act.pending || !reveal}
          onClick={() => void act.run('reveal:control', { action: 'end' })}
        >
          {t('scr.end')}
        </Button>
      </div>
      {act.error ? (
        <p className="form-error" role="alert">
          {act.error}
        </p>
      ) : null}
      <p data-testid="reveal-status">
        {reveal
          ? t('scr.revealStatus', {
              category: catName(reveal.categoryId),
              places: reveal.places,
              place: reveal.revealedPlace ?? '—',
            })
          : t('scr.noReveal')}
      </p>
      <div className="stealth card table-wrap" data-testid="stealth-preview">
        <h3 className="card__title">
          {t('scr.stealth')} <Badge tone="outline">{t('scr.onlyYou')}</Badge>
        </h3>
        <table className="table table--compact">
          <thead>
            <tr>
              <th>{t('res.rank')}</th>
              <th>{t('live.entry')}</th>
              <th className="num">{t('res.score')}</th>
              <th>{t('scr.onScreen')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => {
              const e = entries.get(r.entryId);
              const out = reveal?.revealedPlace != null && (r.rank ?? 99) >= reveal.revealedPlace;
              return (
                <tr key={r.entryId} className={out ? '' : 'stealth__row--hidden'}>
                  <td className="num">
                    {r.rank}
                    {r.tied ? ' =' : ''}
                  </td>
                  <td>
                    <span className="entry-code">{e?.code}</span> {e?.title}
                  </td>
                  <td className="num">{score(r.scoreMicro)}</td>
                  <td>{out ? t('scr.shown') : t('scr.notYet')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function ScreensScreen() {
  const { t } = useTranslation();
  const snap = useDesk((s) => s.snapshot);
  if (!snap) return null;
  return (
    <>
      <ScreenHeader title={t('scr.title')} lead={t('scr.lead')} />
      <Alarms snap={snap} />
      <div className="two-col">
        <ScreenList snap={snap} />
        <Release key={snap.release.message} snap={snap} />
      </div>
      <Reveal snap={snap} />
    </>
  );
}
