// Running one organizer call from a button: pending while it runs, the error (in the
// reader's language) when it is refused. The snapshot push shows the effect; nothing here
// patches state.
import { useCallback, useState } from 'react';
import type { InputOf, ReplyOf } from '../../../shared/contract/events.js';
import { errorText } from '../../common/error-text.js';
import { currentLanguage } from '../../common/i18n.js';
import type { CallName, CallResult, CallsOf } from '../../common/socket-client.js';
import { call } from '../session.js';

export type Act = {
  pending: boolean;
  error: string | null;
  clear: () => void;
  run: <K extends CallName<'organizer'>>(
    name: K,
    payload: InputOf<CallsOf<'organizer'>[K]>,
  ) => Promise<CallResult<ReplyOf<CallsOf<'organizer'>[K]>>>;
};

export function useAct(): Act {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async <K extends CallName<'organizer'>>(name: K, payload: InputOf<CallsOf<'organizer'>[K]>) => {
      setPending(true);
      setError(null);
      const res = await call(name, payload);
      setPending(false);
      if (!res.ok) {
        const details = 'details' in res && res.details ? ` (${res.details.join('; ')})` : '';
        setError(errorText(res, currentLanguage()) + details);
      }
      return res;
    },
    [],
  );
  return { pending, error, clear: () => setError(null), run };
}
