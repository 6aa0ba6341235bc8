import { useEffect, useState } from 'react';

/** The local clock, re-rendering every `tickMs` (category cycling, build-ups). */
export function useNow(tickMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), tickMs);
    return () => clearInterval(t);
  }, [tickMs]);
  return now;
}
