// "Laptop cadangan" on the desk. On the primary: the pairing code (text, whole line and
// QR, asked from the server only when the organizer opens it) and the standby's state:
// connected or not, how far behind in changes and seconds, an alarm when it lags or is
// gone. On a standby or a replaced laptop the shell's banner says everything; this
// page repeats it with the epoch.
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizerSnapshot, StandbyStatus } from '../../../shared/contract/views.js';
import { pairLink } from '../../../shared/standby-pairing.js';
import { Badge, Button } from '../../common/ui/index.js';
import { useNumbers } from '../../common/use-numbers.js';
import { useAct } from '../live/act.js';
import { PageHeader } from '../page-header.js';
import { useDesk } from '../store.js';
import { deskPlace, isLoopbackUrl, shortAddress, standbyHealth } from './standby-logic.js';
import './standby.css';
import { ErrorLine } from '../fields.js';

export function StandbyPage() {
  const { t } = useTranslation();
  const snap = useDesk((s) => s.snapshot);
  if (!snap) return null;
  const place = deskPlace(snap, window.location.origin);
  return (
    <>
      <PageHeader
        title={t('sb.title')}
        lead={t('sb.lead')}
        actions={<Badge tone="neutral">{t('sb.epoch', { epoch: snap.venue.epoch })}</Badge>}
      />
      {place.kind === 'primary' ? (
        <div className="standby-grid">
          <StandbyState standby={snap.standby} />
          <PairCard />
        </div>
      ) : null}
      <TakenOver snap={snap} />
    </>
  );
}

/** After a take-over on this desk: say so once the snapshot shows the new epoch. */
function TakenOver({ snap }: { snap: OrganizerSnapshot }) {
  const { t } = useTranslation();
  if (snap.venue.role !== 'primary' || snap.venue.epoch < 2 || snap.venue.replaced) return null;
  return (
    <p className="muted" role="status">
      {t('sb.takenOver', { epoch: snap.venue.epoch })}
    </p>
  );
}

function StandbyState({ standby }: { standby: StandbyStatus | null }) {
  const { t } = useTranslation();
  const n = useNumbers();
  const health = standbyHealth(standby);
  return (
    <section className="card" aria-labelledby="standby-state" data-health={health}>
      <h2 className="card__title" id="standby-state">
        {t('sb.statusTitle')}
      </h2>
      {!standby ? (
        <p className="standby-warn" data-testid="standby-none">
          {t('sb.none')}
        </p>
      ) : (
        <>
          <p className="standby-line">
            <Badge tone={standby.connected ? 'success' : 'danger'}>
              {standby.connected ? t('sb.connected') : t('sb.disconnected')}
            </Badge>
            <span>{t('sb.standbyAt', { address: shortAddress(standby.address) })}</span>
          </p>
          <p className="standby-behind" data-testid="standby-behind">
            {standby.behindChanges === 0
              ? t('sb.caughtUp')
              : t('sb.behind', {
                  changes: standby.behindChanges,
                  seconds: n.plain(standby.behindSeconds, 1),
                })}
          </p>
          {health === 'disconnected' || health === 'behind' ? (
            <p className="alarms" role="alert" data-testid="standby-alarm">
              ⚠{' '}
              {health === 'disconnected'
                ? t('sb.alarmDisconnected')
                : t('sb.alarmBehind', { seconds: n.plain(standby.behindSeconds, 1) })}
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}

function PairCard() {
  const { t } = useTranslation();
  const act = useAct();
  const [pairing, setPairing] = useState<{ code: string; url: string } | null>(null);
  const [qr, setQr] = useState('');
  const line = pairing ? pairLink(pairing.url, pairing.code) : '';
  useEffect(() => {
    if (!line) return setQr('');
    let live = true;
    // Drawn here from our own text (qrcode, SVG): nothing leaves the hall.
    void QRCode.toString(line, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 }).then(
      (svg) => {
        if (live) setQr(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      },
    );
    return () => {
      live = false;
    };
  }, [line]);
  return (
    <section className="card" aria-labelledby="standby-pair">
      <h2 className="card__title" id="standby-pair">
        {t('sb.pairTitle')}
      </h2>
      <p className="muted">{t('sb.pairLead')}</p>
      <ErrorLine message={act.error} />
      {!pairing ? (
        <Button
          variant="primary"
          disabled={act.pending}
          data-testid="pair-show"
          onClick={() =>
            void act.run('standby:pairing', {}).then((res) => {
              if (res.ok) setPairing(res.data);
            })
          }
        >
          {t('sb.show')}
        </Button>
      ) : (
        <div className="pairing" data-testid="pairing">
          <dl className="pairing__facts">
            <dt>{t('sb.address')}</dt>
            <dd className="pairing__value">{shortAddress(pairing.url)}</dd>
            <dt>{t('sb.code')}</dt>
            <dd className="pairing__value pairing__code" data-testid="pair-code">
              {pairing.code}
            </dd>
            <dt>{t('sb.line')}</dt>
            <dd className="pairing__line">{line}</dd>
          </dl>
          {qr ? <img className="pairing__qr" src={qr} alt={t('sb.qrAlt')} /> : null}
          {isLoopbackUrl(pairing.url) ? (
            <p className="standby-warn" role="alert">
              {t('sb.loopback')}
            </p>
          ) : null}
          <Button variant="ghost" size="sm" onClick={() => setPairing(null)}>
            {t('sb.hide')}
          </Button>
        </div>
      )}
    </section>
  );
}
