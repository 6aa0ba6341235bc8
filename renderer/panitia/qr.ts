// A QR code of a link, drawn in the page as an SVG data URL (qrcode): nothing leaves the
// hall. Used by the juror cards and the ballot tickets.
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** The QR of `link` as an image URL; '' until drawn. */
export function useQr(link: string): string {
  const [qr, setQr] = useState('');
  useEffect(() => {
    let live = true;
    void QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 }).then(
      (svg) => {
        if (live) setQr(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      },
    );
    return () => {
      live = false;
    };
  }, [link]);
  return qr;
}
