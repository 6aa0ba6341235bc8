// The Electron window's preload bridge (window.panggung), absent in a plain browser. The
// desk works in both: every use has a browser fallback next to it.
import type { PanggungBridge } from '../../shared/contract/ipc.js';

export function bridge(): PanggungBridge | null {
  return (window as unknown as { panggung?: PanggungBridge }).panggung ?? null;
}
