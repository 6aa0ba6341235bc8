import { useEffect, useState } from 'react';

/** The server's clock as estimated from a snapshot offset, re-rendering every tick. */
export function useServerClock(offsetMs: number, tickMs = 250): number {
  const [now, setNow] = useState(() => Date.now() + offsetMs);
  useEffect(() => {
    setNow(Date.now() + offsetMs);
    const t = setInterval(() => setNow(Date.now() + offsetMs), tickMs);
    return () => clearInterval(t);
  }, [offsetMs, tickMs]);
  return now;
}
