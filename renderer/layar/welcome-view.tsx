// Welcome: the festival, its theme, venue and dates, and the join QR for the public phone
// view. The QR is drawn here from the venue address the server sends (joinBase), else the
// page's own address.
import type { ScreenModeData } from '../../shared/screen-modes.js';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import QRCode from 'qrcode';
import { currentLanguage } from '../common/i18n.js';
import { formatDateRange, publicUrl } from '../common/screen/screen-logic.js';

export function WelcomeView({ snap }: { snap: ScreenModeData<'welcome'> }) {
  const { t } = useTranslation();
  const f = snap.festival;
  // The venue's LAN address from the server (the organizer's choice): a projector window
  // on the organizer's laptop runs on loopback, which no phone can reach.
  const url = publicUrl(snap.joinBase ?? window.location.origin);
  const lng = currentLanguage();
  return (
    <div className="welcome">
      <div className="welcome__text">
        {f.logos.length > 0 ? (
          <div className="welcome__logos" data-testid="logos">
            {f.logos.map((l) => (
              <img key={l.slot} src={l.url} alt="" className="welcome__logo" />
            ))}
          </div>
        ) : (
          <p className="welcome__brand">Panggung</p>
        )}
        <h1 className="welcome__name">{f.name}</h1>
        {f.theme ? <p className="welcome__theme">{f.theme}</p> : null}
        <p className="welcome__where">
          {[f.venue, formatDateRange(f.startDate, f.endDate, lng)].filter(Boolean).join(' · ')}
        </p>
      </div>
      <figure className="welcome__qr">
        <JoinQr url={url} />
        <figcaption>
          <span className="welcome__scan">{t('welcome.scan')}</span>
          <span className="welcome__url" data-testid="public-url">
            {url.replace(/^https?:\/\//, '')}
          </span>
        </figcaption>
      </figure>
    </div>
  );
}

function JoinQr({ url }: { url: string }) {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toString(url, {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 2,
      color: { dark: '#000000', light: '#ffffff' },
    })
      .then((s) => {
        if (live) setSvg(s);
      })
      .catch(() => {
        if (live) setSvg(null);
      });
    return () => {
      live = false;
    };
  }, [url]);
  // The SVG is made locally by the qrcode library from our own URL: safe to inline.
  return svg ? (
    <div
      className="welcome__qr-code"
      data-testid="join-qr"
      data-url={url}
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  ) : (
    <div className="welcome__qr-code" />
  );
}
