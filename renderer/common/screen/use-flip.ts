// FLIP animation for ranked lists: when a row changes place, it slides from where it was
// to where it is (First, Last, Invert, Play) with a CSS transform, so the audience sees an
// entry climb instead of rows jumping. Rows are found by their data-flip-key attribute.
import { useLayoutEffect, useRef, type RefObject } from 'react';

const reducedMotion = () =>
  typeof window !== 'undefined' &&
  typeof window.matchMedia === 'function' &&
  window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Call in the component that renders the rows; `order` must change whenever the order
 * changes (e.g. the row keys joined). `durationMs` of the slide.
 */
export function useFlip(
  container: RefObject<HTMLElement | null>,
  order: string,
  durationMs = 900,
): void {
  const last = useRef(new Map<string, number>());
  useLayoutEffect(() => {
    const root = container.current;
    if (!root) return;
    const rows = [...root.querySelectorAll<HTMLElement>('[data-flip-key]')];
    const next = new Map<string, number>();
    for (const el of rows) next.set(el.dataset.flipKey ?? '', el.getBoundingClientRect().top);
    if (!reducedMotion()) {
      for (const el of rows) {
        const before = last.current.get(el.dataset.flipKey ?? '');
        const now = next.get(el.dataset.flipKey ?? '');
        if (before === undefined || now === undefined || Math.abs(before - now) < 1) continue;
        el.animate(
          [{ transform: `translateY(${before - now}px)` }, { transform: 'translateY(0)' }],
          { duration: durationMs, easing: 'cubic-bezier(0.22, 1, 0.36, 1)' },
        );
      }
    }
    last.current = next;
  }, [container, order, durationMs]);
}
