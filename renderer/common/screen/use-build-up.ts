import { useEffect, useState } from 'react';

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
