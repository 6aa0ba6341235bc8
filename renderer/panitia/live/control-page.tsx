// Live control of one panel: the stage (entry on stage, timer, steps with shortcuts), the
// running order, the juror slots and the progress matrix (the server's alarms are the
// shell's, on top of every page: alarms.tsx).
// Every button is one organizer call; the snapshot push shows the result.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizerSnapshot } from '../../../shared/contract/views.js';
import type { Entry, EntryPhase, PanelLive } from '../../../shared/model.js';
import type { EntryAction } from '../../../shared/scoring/index.js';
import { discardsTime, idleTimer } from '../../../shared/timer.js';
import { errorText } from '../../common/error-text.js';
import { currentLanguage } from '../../common/i18n.js';
import { Button } from '../../common/ui/index.js';
import { call } from '../session.js';
import { PageHeader } from '../page-header.js';
import { useDesk } from '../store.js';
import { useAct } from './act.js';
import { missingJurorNames, panelEntries, panelJurors, serverOffset } from './desk-data.js';
import { JurorSlots } from './juror-slots.js';
import { NowPresenting, type StageSteps } from './now-presenting.js';
import { ProgressMatrix } from './progress-matrix.js';
import { ReasonDialog, type ReasonAsk } from './reason-dialog.js';
import { ReopenDialog } from './reopen-dialog.js';
import { StageClose } from './stage-close.js';
import { RunningOrder } from './running-order.js';
import { TimerConfirm, type TimerAsk } from './timer-confirm.js';
import './live.css';

function liveOf(snap: OrganizerSnapshot, panelId: string): PanelLive {
  const found = snap.live.find((l) => l.panelId === panelId);
  const stage = snap.stages[0];
  return (
    found ?? {
      panelId,
      stageId: stage?.id ?? '',
      presentingEntryId: null,
      timer: idleTimer(stage?.presentationSec ?? 420),
    }
  );
}

const typing = (el: EventTarget | null) =>
  el instanceof HTMLElement &&
  (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

export function ControlPage() {
  const { t } = useTranslation();
  const snap = useDesk((s) => s.snapshot);
  const [panelId, setPanelId] = useState<string | null>(null);
  const [reopen, setReopen] = useState<Entry | null>(null);
  const [lockConfirm, setLockAsk] = useState<ReasonAsk | null>(null);
  const [timerAsk, setTimerAsk] = useState<TimerAsk | null>(null);
  const act = useAct();
  const keys = useRef<(e: KeyboardEvent) => void>(() => undefined);
  useEffect(() => {
    const on = (e: KeyboardEvent) => keys.current(e);
    window.addEventListener('keydown', on);
    return () => window.removeEventListener('keydown', on);
  }, []);
  if (!snap) return null;
  const panel = snap.panels.find((p) => p.id === panelId) ?? snap.panels[0];
  if (!panel) return <PageHeader title={t('live.title')} lead={t('live.noPanels')} />;
  const live = liveOf(snap, panel.id);
  const stageId = live.stageId;
  const stage = snap.stages.find((s) => s.id === stageId);
  const entries = panelEntries(snap, panel.id);
  const jurors = panelJurors(snap, panel.id);
  const phaseOf = (e: Entry): EntryPhase => snap.phases[stageId]?.[e.id] ?? 'queued';
  const current = entries.find((e) => e.id === live.presentingEntryId) ?? null;
  const at = current ? entries.indexOf(current) : -1;
  const next =
    entries.slice(at + 1).find((e) => phaseOf(e) === 'queued') ??
    entries.find((e) => phaseOf(e) === 'queued') ??
    null;
  const lockTarget =
    entries.find(
      (e) =>
        (phaseOf(e) === 'scoring' || phaseOf(e) === 'closed') &&
        (e.id !== current?.id || phaseOf(e) === 'scoring'),
    ) ?? null;
  const row = snap.progress[stageId] ?? {};
  const waiting = current
    ? jurors
        .filter((j) => ['not-scored', 'draft'].includes(row[current.id]?.[j.id] ?? 'not-scored'))
        .map((j) => j.name)
    : [];
  const segment = live.timer.segment;
  const timerAction =
    segment === 'idle' ? 'start-presentation' : segment === 'presentation' ? 'start-qa' : 'reset';
  const transition = (entry: Entry, action: EntryAction) => {
    if (action === 'reopen') return setReopen(entry);
    // A lock with sheets missing asks first, naming the jurors (the server insists too).
    const missing = action === 'lock' ? missingJurorNames(snap, stageId, entry.id) : [];
    if (missing.length > 0) return setLockAsk(lockAsk(entry, missing));
    void act.run('entry:transition', { entryId: entry.id, stageId, action });
  };
  const lockAsk = (entry: Entry, missing: string[]): ReasonAsk => ({
    title: t('mom.lockTitle', { code: entry.code }),
    body: t('mom.lockBody'),
    items: missing,
    confirmLabel: t('mom.lockConfirm'),
    confirm: async (reason) => {
      const res = await call('entry:transition', {
        entryId: entry.id,
        stageId,
        action: 'lock',
        reason,
      });
      return res.ok ? null : errorText(res, currentLanguage());
    },
  });
  const steps: StageSteps = {
    next,
    lockTarget,
    timerLabel: t(`live.timer.${timerAction}`),
    goNext: () => {
      if (next) void act.run('panel:present', { panelId: panel.id, entryId: next.id });
    },
    timerStep: () => {
      if (!current) return;
      const run = (confirm?: true) =>
        void act.run('timer:control', {
          panelId: panel.id,
          action: timerAction,
          ...(confirm ? { confirm } : {}),
        });
      // Throwing away a segment's time (the third press during the Q&A) is asked first.
      if (discardsTime(live.timer, timerAction))
        setTimerAsk({ code: current.code, timer: live.timer, run: () => run(true) });
      else run();
    },
    pauseResume: () => {
      if (segment === 'idle' || segment === 'done') return;
      void act.run('timer:control', {
        panelId: panel.id,
        action: live.timer.runningSince === null ? 'resume' : 'pause',
      });
    },
    open: () => {
      if (current && phaseOf(current) !== 'scoring' && phaseOf(current) !== 'locked')
        transition(current, 'open');
    },
    lock: () => {
      if (lockTarget) transition(lockTarget, 'lock');
    },
  };
  keys.current = (e) => {
    if (
      e.ctrlKey ||
      e.metaKey ||
      e.altKey ||
      typing(e.target) ||
      document.querySelector('dialog[open]') ||
      act.pending
    )
      return;
    const k = e.key.toLowerCase();
    const map: Record<string, () => void> = {
      n: steps.goNext,
      t: steps.timerStep,
      p: steps.pauseResume,
      o: steps.open,
      l: steps.lock,
    };
    const fn = map[k];
    if (fn) {
      e.preventDefault();
      fn();
    }
  };
  return (
    <>
      <PageHeader
        title={t('live.title')}
        lead={t('live.lead', {
          stage: stage?.name ?? '',
          min: Math.round((stage?.presentationSec ?? 0) / 60),
          qa: Math.round((stage?.qaSec ?? 0) / 60),
        })}
        actions={
          <>
            {snap.stages.length > 1 ? (
              <label className="stage-pick">
                {t('live.stageOfPanel')}{' '}
                <select
                  value={stageId}
                  data-testid="panel-stage"
                  disabled={act.pending}
                  onChange={(e) =>
                    void act.run('panel:stage', { panelId: panel.id, stageId: e.target.value })
                  }
                >
                  {[...snap.stages]
                    .sort((a, b) => a.order - b.order)
                    .map((s) => (
                      <option key={s.id} value={s.id}>
                        {s.name}
                      </option>
                    ))}
                </select>
              </label>
            ) : null}
            <div className="tabs" role="group" aria-label={t('live.panel')}>
              {snap.panels.map((p) => (
                <Button
                  key={p.id}
                  size="sm"
                  variant={p.id === panel.id ? 'primary' : 'secondary'}
                  aria-pressed={p.id === panel.id}
                  onClick={() => setPanelId(p.id)}
                  data-panel={p.id}
                >
                  {p.name}
                </Button>
              ))}
            </div>
          </>
        }
      />
      {act.error ? (
        <p className="notice notice--warning" role="alert" data-testid="act-error">
          {act.error}
        </p>
      ) : null}
      <div className="live-grid">
        <NowPresenting
          snap={snap}
          live={live}
          entry={current}
          waiting={waiting}
          steps={steps}
          pending={act.pending}
        />
        <JurorSlots snap={snap} jurors={jurors} />
      </div>
      <div className="live-grid live-grid--wide">
        <RunningOrder
          snap={snap}
          stageId={stageId}
          entries={entries}
          presentingId={current?.id ?? null}
          onAction={transition}
          pending={act.pending}
        />
        <div className="live-grid__side">
          <ProgressMatrix
            snap={snap}
            stageId={stageId}
            entries={entries}
            jurors={jurors}
            presentingId={current?.id ?? null}
          />
          <StageClose snap={snap} stageId={stageId} />
          <p className="muted shortcuts" data-testid="shortcuts">
            {t('live.shortcuts')}
          </p>
        </div>
      </div>
      <ReopenDialog entry={reopen} stageId={stageId} onClose={() => setReopen(null)} />
      <ReasonDialog ask={lockConfirm} onClose={() => setLockAsk(null)} />
      <TimerConfirm
        ask={timerAsk}
        offsetMs={serverOffset(snap)}
        onClose={() => setTimerAsk(null)}
      />
    </>
  );
}
