// What the publishing cards share: saving a zip the server made, the card's outcome line
// (refusal or what was saved where), and the printable document previewed in a frame and
// printed from it (the browser's print: a printer or "Save as PDF").
import type { Ref } from 'react';
import { saveBinaryFile } from '../paperwork/save-binary.js';
import { ErrorLine } from '../fields.js';

const fromBase64 = (b64: string): Uint8Array => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));

/** Saves a zip the server made (its file name and bytes as base64). */
export function saveZip(made: { fileName: string; base64: string }) {
  return saveBinaryFile(made.fileName, fromBase64(made.base64), 'application/zip');
}

/** Prints a frame's own document (its @page rules give A4), not the desk around it. */
export function printFrame(frame: HTMLIFrameElement | null): void {
  frame?.contentWindow?.focus();
  frame?.contentWindow?.print();
}

/** The server's refusal, if any, and the card's last note. */
export function CardOutcome({ error, note }: { error: string | null; note: string }) {
  return (
    <>
      <ErrorLine message={error} />
      {note ? (
        <p className="muted" role="status">
          {note}
        </p>
      ) : null}
    </>
  );
}

/** The printable document in a frame on the desk; printFrame(ref) prints it. */
export function PrintPreview({
  ref,
  title,
  html,
  testId,
}: {
  ref: Ref<HTMLIFrameElement>;
  title: string;
  html: string;
  testId: string;
}) {
  return (
    <iframe ref={ref} className="pub-frame" title={title} srcDoc={html} data-testid={testId} />
  );
}
