// The presentation / Q&A countdown for audiences, computed from the server clock offset so
// every screen, phone and pad shows the same second. Overtime is shown, never hidden.
import { useTranslation } from 'react-i18next';
import type { PanelTimer } from '../../../shared/model.js';
import { timerView } from '../clock.js';
import { ClockText } from '../clock-text.js';
import { useServerClock } from '../use-server-clock.js';

export function StageClock({
  timer,
  offsetMs,
  className,
}: {
  timer: PanelTimer;
  offsetMs: number;
  className: string;
}) {
  const { t } = useTranslation();
  const now = useServerClock(offsetMs, 200);
  const v = timerView(timer, now);
  const counting = v.segment === 'presentation' || v.segment === 'qa';
  const overtime = counting && v.remainingMs < 0;
  const share =
    counting && v.durationMs > 0 ? Math.min(1, Math.max(0, v.elapsedMs / v.durationMs)) : 0;
  return (
    <div
      className={`${className}${overtime ? ` ${className}--over` : ''}`}
      data-segment={v.segment}
      data-running={v.running}
    >
      <div className={`${className}__segment`}>
        {t(`presenting.${v.segment}`)}
        {counting && !v.running ? ` · ${t('presenting.paused')}` : ''}
      </div>
      {counting ? (
        <>
          <div className={`${className}__digits`} role="timer" data-testid="countdown">
            <ClockText remainingMs={v.remainingMs} className={className} />
          </div>
          <div className={`${className}__bar`} aria-hidden="true">
            <span style={{ width: `${share * 100}%` }} />
          </div>
        </>
      ) : v.segment === 'idle' && v.durationMs > 0 ? (
        // Before the start: the time the presenter will have, dimmed.
        <div className={`${className}__digits ${className}__digits--idle`}>
          <ClockText remainingMs={v.durationMs} className={className} />
        </div>
      ) : null}
    </div>
  );
}
