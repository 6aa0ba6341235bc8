// Saving a file the desk made: the native save dialog in the Electron window, a download
// in a browser. Nothing is uploaded anywhere.
import { bridge } from './bridge.js';

export type Saved = { ok: true; where: string } | { ok: false; cancelled: boolean };

export async function saveTextFile(
  name: string,
  content: string,
  mime = 'application/json',
): Promise<Saved> {
  const b = bridge();
  if (b) {
    const res = await b.dialogs.saveFile({ suggestedName: name, encoding: 'utf8', content });
    if (!res.ok) return { ok: false, cancelled: false };
    return res.data ? { ok: true, where: res.data.path } : { ok: false, cancelled: true };
  }
  return downloadBlob(name, new Blob([content], { type: `${mime};charset=utf-8` }));
}

/** The browser's way: a download of the blob under the given name. */
export function downloadBlob(name: string, blob: Blob): Saved {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { ok: true, where: name };
}

/** A file-name-safe slug of a festival name. */
export const fileSlug = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .slice(0, 60) || 'festival';
