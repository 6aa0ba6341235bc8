// A page that lists what one organizer call returns (backups, archived festivals), runs
// actions that change the list, and says what the last one did: the list (null until the
// first answer), a refresh, the note, and the notices for the note and a refused action.
import { useCallback, useEffect, useState } from 'react';
import type { InputOf, ReplyOf } from '../../shared/contract/events.js';
import type { CallsOf } from '../common/socket-client.js';
import { useAct, type Act } from './live/act.js';

/** Organizer calls that list something and take no input. */
type ListCall = 'backup:list' | 'archive:list';

export function useListed<K extends ListCall>(name: K) {
  const act = useAct();
  const { run } = act;
  const [list, setList] = useState<ReplyOf<CallsOf<'organizer'>[K]> | null>(null);
  const [note, setNote] = useState('');
  const refresh = useCallback(async () => {
    // Both take the empty input (s.emptySchema).
    const res = await run(name, {} as InputOf<CallsOf<'organizer'>[K]>);
    if (res.ok) setList(res.data);
  }, [run, name]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return { act, list, note, setNote, refresh };
}

/** What the last action did (a status) and why an action was refused (an alert). */
export function ListedNotices({ act, note, testId }: { act: Act; note: string; testId: string }) {
  return (
    <>
      {note ? (
        <p className="notice notice--info" role="status" data-testid={testId}>
          {note}
        </p>
      ) : null}
      {act.error ? (
        <p className="notice notice--warning" role="alert">
          {act.error}
        </p>
      ) : null}
    </>
  );
}
