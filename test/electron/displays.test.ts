import { describe, expect, it } from 'vitest';
import {
  chooseProjectorPlacement,
  largestExternalDisplay,
  windowedBounds,
} from '../../electron/main/displays.js';
import {
  createProjectorController,
  type ProjectorWindowLike,
} from '../../electron/main/projector.js';
import { display } from './fake-electron.js';
import { EventEmitter } from 'node:events';

const laptop = display(1, 1366, 768, 0);
const hd = display(2, 1920, 1080, 1366);
const xga = display(3, 1024, 768, 3286);

describe('display choice', () => {
  it('picks the largest non-primary display', () => {
    expect(largestExternalDisplay([laptop, xga, hd], laptop.id)).toBe(hd);
    expect(largestExternalDisplay([hd, laptop], laptop.id)).toBe(hd);
    // The primary is never chosen automatically, even when it is the largest.
    expect(largestExternalDisplay([hd, xga], hd.id)).toBe(xga);
    expect(largestExternalDisplay([laptop], laptop.id)).toBeNull();
  });

  it('single display -> windowed on it, inside its work area', () => {
    const p = chooseProjectorPlacement([laptop], laptop);
    expect(p.mode).toBe('windowed');
    if (p.mode !== 'windowed') return;
    expect(p.display).toBe(laptop);
    expect(p.bounds.x).toBeGreaterThanOrEqual(laptop.workArea.x);
    expect(p.bounds.x + p.bounds.width).toBeLessThanOrEqual(
      laptop.workArea.x + laptop.workArea.width,
    );
    expect(p.bounds.y + p.bounds.height).toBeLessThanOrEqual(
      laptop.workArea.y + laptop.workArea.height,
    );
  });

  it('external display -> fullscreen there; a chosen display wins while it is plugged in', () => {
    expect(chooseProjectorPlacement([laptop, xga, hd], laptop)).toEqual({
      mode: 'fullscreen',
      display: hd,
    });
    expect(chooseProjectorPlacement([laptop, xga, hd], laptop, xga.id)).toEqual({
      mode: 'fullscreen',
      display: xga,
    });
    expect(chooseProjectorPlacement([laptop, hd], laptop, xga.id)).toEqual({
      mode: 'fullscreen',
      display: hd,
    });
  });

  it('windowed bounds stay 16:9 and at most 1280x720', () => {
    const b = windowedBounds({ x: 0, y: 0, width: 3840, height: 2160 });
    expect([b.width, b.height]).toEqual([1280, 720]);
  });
});

describe('projector controller re-chooses on display-added/removed', () => {
  it('moves the window and leaves fullscreen before moving', () => {
    const screen = Object.assign(new EventEmitter(), {
      list: [laptop, hd],
      getAllDisplays: () => screen.list,
      getPrimaryDisplay: () => laptop,
    });
    const calls: string[] = [];
    const win: ProjectorWindowLike & EventEmitter = Object.assign(new EventEmitter(), {
      setFullScreen: (f: boolean) => void calls.push(`fullscreen ${f}`),
      setBounds: (b: { width: number }) => void calls.push(`bounds ${b.width}`),
      isDestroyed: () => false,
      close: () => undefined,
    });
    const created: string[] = [];
    const c = createProjectorController(
      screen,
      (p) => (created.push(`${p.mode} ${p.display.id}`), win),
    );
    c.open();
    expect(created).toEqual(['fullscreen 2']);
    screen.list = [laptop];
    screen.emit('display-removed');
    expect(calls).toEqual(['fullscreen false', 'bounds 1092']);
    calls.length = 0;
    screen.emit('display-metrics-changed');
    expect(calls).toEqual([]);
    screen.list = [laptop, xga];
    screen.emit('display-added');
    expect(calls).toEqual(['fullscreen false', 'bounds 1024', 'fullscreen true']);
    expect(created).toHaveLength(1);
  });
});
