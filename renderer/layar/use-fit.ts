// Shrinks a block's text until the whole block fits its box: the reveal's spotlight shows a
// winner's full title (however long) instead of cutting it. The block's fonts are sized
// with `calc(... * var(--fit, 1))`; this sets --fit from 1 down in small steps until the
// block's height fits the box's content height and nothing spills sideways, again on every
// resize. Layout sizes ignore transforms, so the spotlight's entrance animation is no matter.
import { useLayoutEffect, type DependencyList, type RefObject } from 'react';

const step = 0.92;
const smallest = 0.3;

export function useFit(ref: RefObject<HTMLElement | null>, deps: DependencyList): void {
  useLayoutEffect(() => {
    const el = ref.current;
    const box = el?.parentElement;
    if (!el || !box) return;
    const room = () => {
      const cs = getComputedStyle(box);
      return box.clientHeight - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom);
    };
    const spills = () =>
      el.scrollHeight > room() + 0.5 ||
      [...el.querySelectorAll<HTMLElement>('*')].some((x) => x.scrollWidth > x.clientWidth + 1);
    const fit = () => {
      let scale = 1;
      el.style.setProperty('--fit', '1');
      while (scale > smallest && spills()) {
        scale *= step;
        el.style.setProperty('--fit', scale.toFixed(3));
      }
    };
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, deps);
}
