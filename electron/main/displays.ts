// Where the projector window goes: fullscreen on the largest display that is not the
// primary one (the organizer's laptop screen), or windowed on the primary display when
// there is no other. Pure: takes the displays, returns a placement.

export type Rect = { x: number; y: number; width: number; height: number };
export type DisplayLike = { id: number; bounds: Rect; workArea: Rect; label?: string };

export type ProjectorPlacement =
  | { mode: 'fullscreen'; display: DisplayLike }
  | { mode: 'windowed'; display: DisplayLike; bounds: Rect };

const area = (r: Rect) => r.width * r.height;

/** The largest non-primary display (first listed wins a tie), or null with a single display. */
export function largestExternalDisplay(
  displays: readonly DisplayLike[],
  primaryId: number,
): DisplayLike | null {
  let best: DisplayLike | null = null;
  for (const d of displays) {
    if (d.id === primaryId) continue;
    if (!best || area(d.bounds) > area(best.bounds)) best = d;
  }
  return best;
}

/** A 16:9 window centred in the work area, at most 1280x720. */
export function windowedBounds(workArea: Rect): Rect {
  const width = Math.min(1280, Math.floor(workArea.width * 0.8));
  const height = Math.min(720, Math.floor(workArea.height * 0.8), Math.floor((width * 9) / 16));
  return {
    x: workArea.x + Math.floor((workArea.width - width) / 2),
    y: workArea.y + Math.floor((workArea.height - height) / 2),
    width,
    height,
  };
}

/**
 * The placement for the projector. `preferredId` is the display the organizer picked in
 * the menu; when it is gone (unplugged) the automatic choice applies again. Picking the
 * primary display explicitly means fullscreen there (a single-screen rehearsal).
 */
export function chooseProjectorPlacement(
  displays: readonly DisplayLike[],
  primary: DisplayLike,
  preferredId: number | null = null,
): ProjectorPlacement {
  const preferred = preferredId === null ? undefined : displays.find((d) => d.id === preferredId);
  if (preferred) return { mode: 'fullscreen', display: preferred };
  const external = largestExternalDisplay(displays, primary.id);
  if (external) return { mode: 'fullscreen', display: external };
  return { mode: 'windowed', display: primary, bounds: windowedBounds(primary.workArea) };
}

export function samePlacement(a: ProjectorPlacement | null, b: ProjectorPlacement): boolean {
  if (!a || a.mode !== b.mode || a.display.id !== b.display.id) return false;
  const ra = a.mode === 'fullscreen' ? a.display.bounds : a.bounds;
  const rb = b.mode === 'fullscreen' ? b.display.bounds : b.bounds;
  return ra.x === rb.x && ra.y === rb.y && ra.width === rb.width && ra.height === rb.height;
}
