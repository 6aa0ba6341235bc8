// The projector window's life: open on the chosen display (displays.ts decides), follow
// the displays as they are plugged in and out, toggle from the menu. The window itself is
// made by the factory the shell passes in (windows.ts), so this runs against a fake screen.
import {
  chooseProjectorPlacement,
  samePlacement,
  type DisplayLike,
  type ProjectorPlacement,
} from './displays.js';

export type ScreenLike = {
  getAllDisplays(): DisplayLike[];
  getPrimaryDisplay(): DisplayLike;
  on(event: 'display-added', listener: () => void): unknown;
  on(event: 'display-removed', listener: () => void): unknown;
  on(event: 'display-metrics-changed', listener: () => void): unknown;
};

export type ProjectorWindowLike = {
  setFullScreen(flag: boolean): void;
  setBounds(bounds: { x: number; y: number; width: number; height: number }): void;
  isDestroyed(): boolean;
  close(): void;
  once(event: 'closed', listener: () => void): unknown;
};

export type ProjectorController = {
  isOpen(): boolean;
  open(): void;
  close(): void;
  toggle(): void;
  /** null = automatic (largest external display). */
  setPreferredDisplay(id: number | null): void;
  preferredDisplay(): number | null;
  placement(): ProjectorPlacement;
  /** Re-applies the placement; called on display changes. */
  refresh(): void;
};

export function applyPlacement(win: ProjectorWindowLike, placement: ProjectorPlacement): void {
  // Leave fullscreen before moving: a fullscreen window cannot change displays.
  win.setFullScreen(false);
  if (placement.mode === 'fullscreen') {
    win.setBounds(placement.display.bounds);
    win.setFullScreen(true);
  } else {
    win.setBounds(placement.bounds);
  }
}

export function createProjectorController(
  screen: ScreenLike,
  createWindow: (placement: ProjectorPlacement) => ProjectorWindowLike,
  onChange: () => void = () => undefined,
): ProjectorController {
  let win: ProjectorWindowLike | null = null;
  let preferredId: number | null = null;
  let current: ProjectorPlacement | null = null;

  const placement = () =>
    chooseProjectorPlacement(screen.getAllDisplays(), screen.getPrimaryDisplay(), preferredId);
  const alive = () => win !== null && !win.isDestroyed();

  const refresh = () => {
    if (!win || !alive()) return;
    const next = placement();
    if (samePlacement(current, next)) return;
    current = next;
    applyPlacement(win, next);
  };

  const controller: ProjectorController = {
    isOpen: alive,
    open() {
      if (alive()) return refresh();
      current = placement();
      const opened = createWindow(current);
      win = opened;
      opened.once('closed', () => {
        if (win === opened) win = null;
        current = null;
        onChange();
      });
      onChange();
    },
    close() {
      if (win && alive()) win.close();
      win = null;
      current = null;
      onChange();
    },
    toggle() {
      if (alive()) controller.close();
      else controller.open();
    },
    setPreferredDisplay(id) {
      preferredId = id;
      refresh();
      onChange();
    },
    preferredDisplay: () => preferredId,
    placement,
    refresh,
  };

  screen.on('display-added', refresh);
  screen.on('display-removed', refresh);
  screen.on('display-metrics-changed', refresh);
  return controller;
}
