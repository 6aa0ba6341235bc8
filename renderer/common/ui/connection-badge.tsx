import { useTranslation } from 'react-i18next';
import type { ConnectionState } from '../socket-client.js';
import { Badge, type BadgeTone } from './badge.js';

const tones: Record<ConnectionState, BadgeTone> = {
  online: 'success',
  connecting: 'warning',
  offline: 'danger',
  refused: 'danger',
};

/** The live connection state, announced politely to screen readers when it changes. */
export function ConnectionBadge({ state }: { state: ConnectionState }) {
  const { t } = useTranslation('common');
  return (
    <Badge tone={tones[state]} role="status" aria-live="polite" data-connection={state}>
      <span aria-hidden="true">{state === 'online' ? '●' : '○'}</span>
      {t(`connection.${state}`)}
    </Badge>
  );
}
