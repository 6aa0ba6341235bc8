// The reveal ceremony on the desk: which screens take part (default the main screen),
// the category and the number of places, the steps (one rank group each: tied entries
// come out together), and a stealth preview drawn from the organizer's own standings,
// never sent to a screen. "Shown" there means a connected screen reported it really shows
// that place; the panel warns when no screen is showing the reveal, when the scores were
// public before, and asks for a reason before revealing results that are not locked.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizerSnapshot } from '../../../shared/contract/views.js';
import type { Id } from '../../../shared/model.js';
import { nextRevealPlace, revealComplete } from '../../../shared/reveal.js';
import type { RankedRow } from '../../../shared/scoring/types.js';
import { errorText } from '../../common/error-text.js';
import { currentLanguage } from '../../common/i18n.js';
import { Badge, Button } from '../../common/ui/index.js';
import { ErrorLine, SelectField, TextField } from '../fields.js';
import { call } from '../session.js';
import { mainScreen } from '../../../shared/screen-modes.js';
import { useAct } from './act.js';
import { useNumbers } from '../../common/use-numbers.js';
import { byId } from './desk-data.js';
import { ReasonDialog, type ReasonAsk } from './reason-dialog.js';
import { RevealScreens, StealthCard } from './reveal-parts.js';

/** Online screens that report showing this reveal, and the best place any of them shows. */
function onView(snap: OrganizerSnapshot) {
  const reveal = snap.release.reveal;
  const showing = snap.clients.filter(
    (c) =>
      c.kind === 'screen' &&
      c.online &&
      reveal !== null &&
      c.showing?.mode === 'reveal' &&
      c.showing.reveal?.startedAt === reveal.startedAt,
  );
  const places = showing.flatMap((c) =>
    typeof c.showing?.reveal?.place === 'number' ? [c.showing.reveal.place] : [],
  );
  return {
    names: [...new Set(showing.map((c) => c.name))],
    best: places.length > 0 ? Math.min(...places) : null,
  };
}

export function RevealPanel({ snap }: { snap: OrganizerSnapshot }) {
  const { t } = useTranslation();
  const { points: score } = useNumbers();
  const act = useAct();
  const reveal = snap.release.reveal;
  const [categoryId, setCategoryId] = useState<string>(reveal?.categoryId ?? '');
  const [places, setPlaces] = useState(String(reveal?.places ?? 3));
  const [picked, setPicked] = useState<string[]>(
    reveal?.screens.map((s) => s.name) ?? [mainScreen],
  );
  const [ask, setAsk] = useState<ReasonAsk | null>(null);
  const stageId: Id | undefined = snap.release.stageId ?? snap.stages[0]?.id;
  const standings = stageId ? snap.standings[stageId] : undefined;
  const cat = reveal ? reveal.categoryId : categoryId || null;
  const rows: RankedRow[] = (cat === null ? standings?.overall : standings?.byCategory[cat]) ?? [];
  const n = reveal?.places ?? (Number(places) || 3);
  const preview = rows
    .filter((r) => r.rank !== null && r.rank <= n)
    .sort((a, b) => (b.rank ?? 0) - (a.rank ?? 0));
  const entries = byId(snap.entries);
  const catName = (id: Id | null) =>
    id === null ? t('scr.overall') : (snap.categories.find((c) => c.id === id)?.name ?? id);
  const view = onView(snap);
  const done = reveal ? revealComplete(rows, reveal.places, reveal.revealedPlace) : false;
  const upcoming = reveal ? nextRevealPlace(rows, reveal.places, reveal.revealedPlace) : null;
  const payload = () => ({
    action: 'start' as const,
    categoryId: categoryId || null,
    places: Math.min(50, Math.max(1, Number(places) || 3)),
    screens: picked.length > 0 ? picked : [mainScreen],
  });
  const start = async () => {
    const res = await act.run('reveal:control', payload());
    if (res.ok || !('code' in res) || res.code !== 'PROVISIONAL') return;
    act.clear();
    setAsk({
      title: t('mom.provisionalTitle'),
      body: t('mom.provisionalBody'),
      items: 'details' in res && res.details ? res.details : [],
      confirmLabel: t('mom.provisionalConfirm'),
      confirm: async (reason) => {
        const again = await call('reveal:control', { ...payload(), provisionalReason: reason });
        return again.ok ? null : errorText(again, currentLanguage());
      },
    });
  };
  return (
    <section className="card" aria-labelledby="reveal-title">
      <h2 className="card__title" id="reveal-title">
        {t('scr.reveal')}{' '}
        {reveal?.provisional ? (
          <Badge tone="warning" data-testid="reveal-provisional-badge">
            {t('mom.provisionalReveal')}
          </Badge>
        ) : null}
      </h2>
      {stageId && snap.publicStages.includes(stageId) ? (
        <p className="notice notice--warning" data-testid="reveal-was-public">
          {snap.release.privacy === 'live' ? t('mom.isPublicNow') : t('mom.wasPublic')}
        </p>
      ) : null}
      <RevealScreens
        snap={snap}
        prefix="reveal-screen"
        picked={picked}
        onChange={setPicked}
        disabled={reveal !== null}
      >
        <p className="muted">{t('mom.revealScreensHelp')}</p>
      </RevealScreens>
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
          disabled={act.pending || picked.length === 0}
          data-testid="reveal-start"
          onClick={() => void start()}
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
          disabled={act.pending || !reveal || done}
          data-testid="reveal-next"
          onClick={() => void act.run('reveal:control', { action: 'next' })}
        >
          {t('scr.next')}
        </Button>
        <Button
          variant="danger"
          disabled={act.pending || !reveal}
          data-testid="reveal-end"
          onClick={() => void act.run('reveal:control', { action: 'end' })}
        >
          {t('scr.end')}
        </Button>
      </div>
      <ErrorLine message={act.error} />
      <p data-testid="reveal-status">
        {reveal
          ? t('scr.revealStatus', {
              category: catName(reveal.categoryId),
              places: reveal.places,
              place: reveal.revealedPlace ?? '—',
            })
          : t('scr.noReveal')}{' '}
        {reveal
          ? done
            ? t('mom.revealDone')
            : upcoming !== null
              ? t('mom.stepsLeft', { place: upcoming })
              : ''
          : ''}
      </p>
      {reveal && view.names.length === 0 ? (
        <p className="notice notice--warning" role="alert" data-testid="reveal-no-screen">
          {t('mom.noScreenShowing')}
        </p>
      ) : null}
      {reveal && view.names.length > 0 ? (
        <p className="muted" data-testid="reveal-showing-on">
          {t('mom.showingOn', { names: view.names.join(', ') })}
        </p>
      ) : null}
      <StealthCard title={t('scr.stealth')} testId="stealth-preview" className="table-wrap">
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
            {preview.map((r) => {
              const e = entries.get(r.entryId);
              const out = view.best !== null && (r.rank ?? 99) >= view.best;
              return (
                <tr
                  key={r.entryId}
                  className={out ? '' : 'stealth__row--hidden'}
                  data-entry={r.entryId}
                  data-shown={out}
                >
                  <td className="num">
                    {r.rank}
                    {r.tied ? ` (${t('mom.tied')})` : ''}
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
      </StealthCard>
      <ReasonDialog ask={ask} onClose={() => setAsk(null)} />
    </section>
  );
}
