// Saving a binary file the desk made (XLSX): the native save dialog in the Electron window
// (base64 over the preload), a download in a browser. Nothing is uploaded anywhere.
import { bridge } from '../bridge.js';
import { downloadBlob, type Saved } from '../files.js';

const base64 = (bytes: Uint8Array): string => {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
};

export async function saveBinaryFile(
  name: string,
  bytes: Uint8Array,
  mime: string,
): Promise<Saved> {
  const b = bridge();
  if (b) {
    const res = await b.dialogs.saveFile({
      suggestedName: name,
      encoding: 'base64',
      content: base64(bytes),
    });
    if (!res.ok) return { ok: false, cancelled: false };
    return res.data ? { ok: true, where: res.data.path } : { ok: false, cancelled: true };
  }
  return downloadBlob(name, new Blob([bytes as BlobPart], { type: mime }));
}
