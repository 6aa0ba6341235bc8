import { useEffect, useState } from 'react';
import { useScreen } from './screen-store.js';

/** How long a newly revealed place is held back for the drum-roll, on every audience page. */
export const BUILD_UP_MS = 2600;

/**
 * Follows the reveal's revealedPlace, holding each newly revealed (better) place back for
 * the build-up, so the projector's drum-roll is not spoiled by a phone. Going back, ending,
 * or a first look mid-ceremony show the state at once.
 */
export function useBuildUp(place: number | null, holdMs = BUILD_UP_MS): number | null {
  const [shown, setShown] = useState(place);
  useEffect(() => {
    if (place === null || shown === null ? place === null : place >= shown) {
      setShown(place);
      return;
    }
    const timer = setTimeout(() => setShown(place), holdMs);
    return () => clearTimeout(timer);
  }, [place, shown, holdMs]);
  return shown;
}

/**
 * True while a reveal that started at `startedAt` (server clock) is in its build-up: the
 * projector rolls its drums, and a phone holds the favourite back so as not to spoil it.
 * Key the view by startedAt: the clock offset of its first render holds.
 */
export function useDrumRoll(startedAt: number, holdMs = BUILD_UP_MS): boolean {
  const offsetMs = useScreen((s) => s.offsetMs);
  const left = () => startedAt + holdMs - (Date.now() + offsetMs);
  const [rolling, setRolling] = useState(() => left() > 0);
  useEffect(() => {
    const ms = left();
    if (ms <= 0) return setRolling(false);
    const timer = setTimeout(() => setRolling(false), ms);
    return () => clearTimeout(timer);
  }, [startedAt]);
  return rolling;
}
