// The confirmation before a clock's time is thrown away (a third press of T during the Q&A,
// a restart of a segment under way). The server refuses such a call without `confirm`.
import { useTranslation } from 'react-i18next';
import type { PanelTimer } from '../../../shared/model.js';
import { remainingMs } from '../../../shared/timer.js';
import { useClockFace } from '../../common/clock-text.js';
import { Button, Dialog } from '../../common/ui/index.js';
import { useServerClock } from '../../common/use-server-clock.js';

export type TimerAsk = { code: string; timer: PanelTimer; run: () => void };

export function TimerConfirm({
  ask,
  offsetMs,
  onClose,
}: {
  ask: TimerAsk | null;
  offsetMs: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const now = useServerClock(offsetMs, 500);
  const face = useClockFace(ask ? remainingMs(ask.timer, now) : 0);
  const segment = ask ? t(`timer.${ask.timer.segment}`) : '';
  return (
    <Dialog
      open={ask !== null}
      title={t('mom.timerTitle', { segment })}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose} data-autofocus data-testid="timer-keep">
            {t('mom.cancel')}
          </Button>
          <Button
            variant="danger"
            onClick={() => {
              ask?.run();
              onClose();
            }}
            data-testid="timer-reset-confirm"
          >
            {t('mom.timerConfirm')}
          </Button>
        </>
      }
    >
      <p data-testid="timer-confirm-body">
        {t('mom.timerBody', { segment, code: ask?.code ?? '', clock: face.text })}
      </p>
    </Dialog>
  );
}
