// The banner above every desk page when this desk is not on the festival's primary:
// on a standby "Cadangan dari <primary> — tertinggal N perubahan" (or that it is not
// receiving changes: unreachable, or refused: the alarm says why) with "Ambil alih"
// (a confirmation first: taking over is a person's decision, never automatic); on a
// laptop that was replaced, that it was and where the festival is now.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog } from '../../common/ui/index.js';
import { useAct } from '../live/act.js';
import { shortAddress, type DeskPlace } from './standby-logic.js';
import './standby.css';
import { ErrorLine } from '../fields.js';

export function VenueBanner({ place }: { place: DeskPlace }) {
  const { t } = useTranslation();
  if (place.kind === 'primary') return null;
  if (place.kind === 'replaced')
    return (
      <div className="venue-banner venue-banner--replaced" role="alert" data-testid="replaced">
        <strong>{t('sb.replacedBanner')}</strong>
        {place.elsewhere.map((a) => (
          <span key={a}>{t('sb.replacedGo', { address: shortAddress(a) })}</span>
        ))}
      </div>
    );
  return <StandbyBanner place={place} />;
}

function StandbyBanner({ place }: { place: Extract<DeskPlace, { kind: 'standby' }> }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const act = useAct();
  const primary = shortAddress(place.primary);
  return (
    <div className="venue-banner venue-banner--standby" role="status" data-testid="following">
      <div>
        <strong>
          {!place.connected
            ? t('sb.followingLost', { primary })
            : place.streaming
              ? t('sb.followingBanner', { primary, changes: place.behindChanges })
              : t('sb.followingHeld', { primary })}
        </strong>
        <span className="venue-banner__note">{t('sb.readOnly')}</span>
      </div>
      <Button variant="danger" onClick={() => setAsking(true)} data-testid="takeover">
        {t('sb.takeover')}
      </Button>
      <Dialog
        open={asking}
        title={t('sb.takeoverTitle')}
        onClose={() => setAsking(false)}
        actions={
          <>
            <Button variant="secondary" data-autofocus onClick={() => setAsking(false)}>
              {t('sb.takeoverCancel')}
            </Button>
            <Button
              variant="danger"
              disabled={act.pending}
              data-testid="takeover-confirm"
              onClick={() =>
                void act.run('standby:takeover', { confirm: true }).then((res) => {
                  if (res.ok) setAsking(false);
                })
              }
            >
              {t('sb.takeoverConfirm')}
            </Button>
          </>
        }
      >
        <p>{t('sb.takeoverBody', { primary })}</p>
        {place.connected && !place.streaming ? (
          <p className="form-error" data-testid="takeover-held">
            {t('sb.takeoverHeld')}
          </p>
        ) : place.behindChanges > 0 ? (
          <p className="form-error">{t('sb.takeoverBehind', { changes: place.behindChanges })}</p>
        ) : null}
        <ErrorLine message={act.error} />
      </Dialog>
    </div>
  );
}
