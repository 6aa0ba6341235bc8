// The panel's stage: the entry on stage, its server-timed clock (presentation, then Q&A),
// and the common steps with their keyboard shortcuts.
import { useTranslation } from 'react-i18next';
import type { OrganizerSnapshot } from '../../../shared/contract/views.js';
import type { Entry, PanelLive } from '../../../shared/model.js';
import { displayPhase } from '../../../shared/scoring/index.js';
import { remainingMs } from '../../../shared/timer.js';
import { ClockText } from '../../common/clock-text.js';
import { Badge, Button } from '../../common/ui/index.js';
import { useServerClock } from '../../common/use-server-clock.js';
import { serverOffset } from './desk-data.js';

export type StageSteps = {
  next: Entry | null;
  lockTarget: Entry | null;
  goNext: () => void;
  timerStep: () => void;
  pauseResume: () => void;
  open: () => void;
  lock: () => void;
  timerLabel: string;
};

export function NowPresenting({
  snap,
  live,
  entry,
  waiting,
  steps,
  pending,
}: {
  snap: OrganizerSnapshot;
  live: PanelLive;
  entry: Entry | null;
  waiting: string[];
  steps: StageSteps;
  pending: boolean;
}) {
  const { t } = useTranslation();
  const now = useServerClock(serverOffset(snap), 500);
  const timer = live.timer;
  const left = remainingMs(timer, now);
  const running = timer.runningSince !== null;
  // Only a paused presentation or Q&A can resume; a stopped (locked) or idle clock cannot.
  const paused = !running && (timer.segment === 'presentation' || timer.segment === 'qa');
  const phase = entry ? snap.phases[live.stageId]?.[entry.id] : undefined;
  const row = entry
    ? snap.standings[live.stageId]?.overall.find((r) => r.entryId === entry.id)
    : undefined;
  const shown = phase
    ? displayPhase(phase, row?.expectedCount ?? 0, row?.sheetCount ?? 0)
    : undefined;
  const category = entry ? snap.categories.find((c) => c.id === entry.categoryId)?.name : '';
  return (
    <section className="card now" aria-labelledby="now-title">
      <div className="now__head">
        <h2 className="card__title" id="now-title">
          {t('live.nowPresenting')}
        </h2>
        {shown ? (
          <Badge
            tone={shown === 'complete' || shown === 'locked' ? 'success' : 'info'}
            data-testid="now-phase"
          >
            {t(`phase.${shown}`)}
          </Badge>
        ) : null}
      </div>
      {entry ? (
        <div className="now__entry" data-testid="now-entry">
          <span className="entry-code">{entry.code}</span>
          <span className="now__title">{entry.title}</span>
          <span className="muted">
            {entry.institution} · {category}
          </span>
        </div>
      ) : (
        <p className="muted now__entry">{t('live.nobody')}</p>
      )}
      <div className="now__clock-row">
        <div
          className={`now__clock${left < 0 ? ' now__clock--over' : ''}`}
          role="timer"
          aria-live="off"
          data-testid="timer"
        >
          <span className="now__segment">
            {t(`timer.${timer.segment}`)}
            {paused ? ` · ${t('timer.paused')}` : ''}
          </span>
          <span className="now__digits">
            <ClockText remainingMs={left} className="now" />
          </span>
        </div>
        <div className="now__buttons">
          <Button
            variant="primary"
            onClick={steps.goNext}
            disabled={pending || !steps.next}
            data-testid="step-next"
          >
            <kbd>N</kbd>{' '}
            {steps.next ? t('live.presentNext', { code: steps.next.code }) : t('live.noNext')}
          </Button>
          <Button onClick={steps.timerStep} disabled={pending || !entry} data-testid="step-timer">
            <kbd>T</kbd> {steps.timerLabel}
          </Button>
          <Button
            onClick={steps.pauseResume}
            disabled={pending || !(running || paused)}
            data-testid="step-pause"
          >
            <kbd>P</kbd> {paused ? t('live.resume') : t('live.pause')}
          </Button>
          <Button
            onClick={steps.open}
            disabled={pending || !entry || phase === 'scoring' || phase === 'locked'}
            data-testid="step-open"
          >
            <kbd>O</kbd> {t('live.openScoring')}
          </Button>
          <Button
            variant="danger"
            onClick={steps.lock}
            disabled={pending || !steps.lockTarget}
            data-testid="step-lock"
          >
            <kbd>L</kbd>{' '}
            {steps.lockTarget
              ? t('live.lockOne', { code: steps.lockTarget.code })
              : t('live.nothingToLock')}
          </Button>
        </div>
      </div>
      {entry ? (
        <p
          className={waiting.length ? 'now__waiting' : 'now__waiting now__waiting--done'}
          data-testid="waiting"
        >
          {waiting.length ? t('live.waitingFor', { names: waiting.join(', ') }) : t('live.allIn')}
        </p>
      ) : null}
    </section>
  );
}
