import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge, Button, ConnectionBadge, Dialog, LanguageSwitch } from '../common/ui/index.js';
import { usePad } from './store.js';
import { reconnectNow, signOut } from './sync.js';

export function PadHeader() {
  const { t } = useTranslation();
  const snapshot = usePad((s) => s.snapshot);
  const connection = usePad((s) => s.connection.state);
  const waiting = usePad((s) => s.outbox.length);
  const persistent = usePad((s) => s.outboxPersistent);
  const [confirmOut, setConfirmOut] = useState(false);

  return (
    <header className="pad-header">
      <div className="pad-header__who">
        <span className="pad-header__festival">
          {snapshot?.festival.name ?? t('appName', { ns: 'common' })}
        </span>
        {snapshot ? (
          <span className="pad-header__juror">
            <strong data-testid="juror-name">{snapshot.juror.name}</strong>
            {snapshot.juror.isChair ? ` · ${t('header.chair')}` : ''} · {snapshot.juror.panelName}
          </span>
        ) : null}
      </div>
      {snapshot?.rehearsal ? <Badge tone="warning">{t('header.rehearsal')}</Badge> : null}
      {!persistent ? (
        <Badge tone="danger" role="alert">
          {t('header.notPersistent')}
        </Badge>
      ) : null}
      <div className="pad-header__status">
        <ConnectionBadge state={connection} />
        <Badge
          tone={waiting > 0 ? 'warning' : 'neutral'}
          role="status"
          aria-live="polite"
          data-testid="outbox-count"
          data-count={waiting}
        >
          {waiting > 0 ? t('header.waiting', { count: waiting }) : t('header.allSent')}
        </Badge>
        {connection === 'offline' ? (
          <Button size="sm" variant="ghost" onClick={reconnectNow}>
            {t('actions.retry', { ns: 'common' })}
          </Button>
        ) : null}
        <LanguageSwitch />
        <Button size="sm" variant="secondary" onClick={() => setConfirmOut(true)}>
          {t('header.signOut')}
        </Button>
      </div>
      <Dialog
        open={confirmOut}
        title={t('header.signOutTitle')}
        onClose={() => setConfirmOut(false)}
        actions={
          <>
            <Button onClick={() => setConfirmOut(false)} data-autofocus>
              {t('actions.cancel', { ns: 'common' })}
            </Button>
            <Button
              variant="danger"
              onClick={() => {
                setConfirmOut(false);
                signOut();
              }}
            >
              {t('header.signOut')}
            </Button>
          </>
        }
      >
        <p>{t('header.signOutBody')}</p>
        {waiting > 0 ? (
          <p className="warning-text">{t('header.signOutPending', { count: waiting })}</p>
        ) : null}
      </Dialog>
    </header>
  );
}
