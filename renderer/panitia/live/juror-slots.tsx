// The panel's juror slots: connected or not, last seen, sheets waiting in an offline pad's
// outbox, and re-issuing a code (the old one stops working at once).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizerJuror, OrganizerSnapshot } from '../../../shared/contract/views.js';
import { Badge, Button, Dialog } from '../../common/ui/index.js';
import { useServerClock } from '../../common/use-server-clock.js';
import { useAct } from './act.js';
import { serverOffset } from './desk-data.js';
import { PinCode } from '../pin-code.js';
import { ErrorLine } from '../fields.js';

/** Seconds (under a minute) or whole minutes since a moment. */
const ago = (ms: number): { key: 'live.secondsAgo' | 'live.minutesAgo'; count: number } => {
  const s = Math.max(0, Math.round(ms / 1000));
  return s < 60
    ? { key: 'live.secondsAgo', count: s }
    : { key: 'live.minutesAgo', count: Math.floor(s / 60) };
};

export function JurorSlots({
  snap,
  jurors,
}: {
  snap: OrganizerSnapshot;
  jurors: OrganizerJuror[];
}) {
  const { t } = useTranslation();
  const now = useServerClock(serverOffset(snap), 5000);
  const [reissue, setReissue] = useState<OrganizerJuror | null>(null);
  const [issued, setIssued] = useState<{ name: string; pin: string } | null>(null);
  const act = useAct();
  const confirm = async () => {
    if (!reissue) return;
    const res = await act.run('juror:code', { jurorId: reissue.id, action: 'reissue' });
    if (res.ok && res.data) setIssued({ name: reissue.name, pin: res.data.pin });
    setReissue(null);
  };
  return (
    <section className="card" aria-labelledby="slots-title">
      <h2 className="card__title" id="slots-title">
        {t('live.jurors')}
      </h2>
      {issued ? (
        <p className="notice notice--info" role="status" data-testid="new-pin">
          {t('live.newPin', { name: issued.name })}{' '}
          <span className="pin">
            <PinCode pin={issued.pin} />
          </span>
        </p>
      ) : null}
      <ErrorLine message={act.error} />
      <ul className="slots" data-testid="juror-slots">
        {jurors.map((j) => {
          const conns = snap.clients.filter((c) => c.kind === 'juror' && c.id === j.id);
          const online = conns.some((c) => c.online);
          const lastSeen = conns.reduce((m, c) => Math.max(m, c.lastSeen), 0);
          const outbox = conns.reduce((m, c) => Math.max(m, c.outbox), 0);
          return (
            <li key={j.id} className="slot" data-juror={j.id}>
              <span className={`slot__dot${online ? ' slot__dot--on' : ''}`} aria-hidden="true" />
              <span className="slot__name">
                {j.name} {j.isChair ? <Badge tone="outline">{t('live.chair')}</Badge> : null}
                {j.revoked ? <Badge tone="danger">{t('live.revoked')}</Badge> : null}
              </span>
              <span className="slot__state muted">
                {online
                  ? `${t('live.online')} · ${t(ago(now - lastSeen).key, { count: ago(now - lastSeen).count })}`
                  : t('live.offline')}
              </span>
              {outbox > 0 ? (
                <Badge tone="warning" data-testid="outbox">
                  {t('live.unsent', { count: outbox })}
                </Badge>
              ) : null}
              <Button
                size="sm"
                variant="ghost"
                onClick={() => setReissue(j)}
                aria-label={t('live.reissueFor', { name: j.name })}
              >
                {t('live.reissue')}
              </Button>
            </li>
          );
        })}
      </ul>
      <Dialog
        open={reissue !== null}
        title={t('live.reissueTitle', { name: reissue?.name ?? '' })}
        onClose={() => setReissue(null)}
        actions={
          <>
            <Button onClick={() => setReissue(null)}>{t('live.cancel')}</Button>
            <Button variant="danger" onClick={() => void confirm()} disabled={act.pending}>
              {t('live.reissue')}
            </Button>
          </>
        }
      >
        <p>{t('live.reissueBody')}</p>
      </Dialog>
    </section>
  );
}
