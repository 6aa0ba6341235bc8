// The panel's presentation / Q&A countdown, computed from the server's clock.
import { useTranslation } from 'react-i18next';
import type { PanelTimer } from '../../shared/model.js';
import { timerView } from '../common/clock.js';
import { ClockText } from '../common/clock-text.js';
import { useServerClock } from '../common/use-server-clock.js';

export function StageTimer({
  timer,
  offsetMs,
  compact = false,
}: {
  timer: PanelTimer;
  offsetMs: number;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const now = useServerClock(offsetMs);
  const v = timerView(timer, now);
  const showClock = v.segment === 'presentation' || v.segment === 'qa';
  const overtime = showClock && v.remainingMs < 0;
  const share = v.durationMs > 0 ? Math.min(1, Math.max(0, v.elapsedMs / v.durationMs)) : 0;
  return (
    <div
      className={`stage-timer${compact ? ' stage-timer--compact' : ''}${overtime ? ' stage-timer--over' : ''}`}
      data-segment={v.segment}
    >
      <span className="stage-timer__segment">
        {t(`timer.${v.segment}`)}
        {showClock && !v.running ? ` (${t('timer.paused')})` : ''}
      </span>
      {showClock ? (
        <>
          <span
            className="stage-timer__clock"
            role="timer"
            aria-label={t('timer.remaining')}
            data-testid="timer"
          >
            <ClockText remainingMs={v.remainingMs} className="stage-timer" />
          </span>
          <span className="stage-timer__bar" aria-hidden="true">
            <span style={{ width: `${share * 100}%` }} />
          </span>
        </>
      ) : null}
    </div>
  );
}
