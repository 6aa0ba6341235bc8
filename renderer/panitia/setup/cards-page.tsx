// Juror cards on A4: one card per juror (eight to a page) with a QR code of the juror's
// link (http://LAN-ADDRESS:PORT/juri#token=...), name, panel, PIN and the address to type.
// The QR is drawn here (qr.ts): nothing leaves the hall.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizerJuror } from '../../../shared/contract/views.js';
import { Button } from '../../common/ui/index.js';
import { bridge } from '../bridge.js';
import { SelectField, TextField } from '../fields.js';
import { useDesk } from '../store.js';
import { PageHeader } from '../page-header.js';
import { PinCode } from '../pin-code.js';
import { useQr } from '../qr.js';

const isLoopback = (host: string) => /^(localhost|127\.|\[::1\])/.test(host);

/** The address jurors type: the Electron app's LAN address (a choice when there are
 *  several network interfaces), else this page's own. */
function useBaseUrl(): { base: string; setBase: (v: string) => void; choices: string[] } {
  const [base, setBase] = useState(() => window.location.origin);
  const [choices, setChoices] = useState<string[]>([]);
  useEffect(() => {
    const b = bridge();
    if (!b) return;
    void b.lanInfo().then((res) => {
      if (!res.ok) return;
      setChoices(res.data.lan);
      setBase(res.data.lan[0] ?? res.data.local);
    });
  }, []);
  return { base, setBase, choices };
}

export const jurorLink = (base: string, token: string) =>
  `${base.replace(/\/+$/, '')}/juri#token=${token}`;

function JurorCard({
  juror,
  panel,
  festival,
  base,
}: {
  juror: OrganizerJuror;
  panel: string;
  festival: string;
  base: string;
}) {
  const { t } = useTranslation();
  const qr = useQr(jurorLink(base, juror.token));
  return (
    <article className="juror-card" data-testid="juror-card">
      <header className="juror-card__head">
        <span className="juror-card__festival">{festival}</span>
        <span className="juror-card__role">
          {juror.isChair ? t('cards.chair') : t('cards.juror')}
        </span>
      </header>
      <div className="juror-card__body">
        {qr ? (
          <img className="juror-card__qr" src={qr} alt={t('cards.qrAlt', { name: juror.name })} />
        ) : (
          <div className="juror-card__qr" />
        )}
        <div className="juror-card__text">
          <p className="juror-card__name">{juror.name}</p>
          <p className="juror-card__panel">{panel}</p>
          <p className="juror-card__pin-label">{t('cards.pin')}</p>
          <p className="juror-card__pin" data-testid="card-pin">
            <PinCode pin={juror.pin} />
          </p>
        </div>
      </div>
      <p className="juror-card__how">
        {t('cards.how', { url: `${base.replace(/\/+$/, '')}/juri` })}
      </p>
    </article>
  );
}

export function CardsPage() {
  const { t } = useTranslation();
  const snap = useDesk((s) => s.snapshot);
  const [panelId, setPanelId] = useState('all');
  const { base, setBase, choices } = useBaseUrl();
  if (!snap) return null;
  const host = (() => {
    try {
      return new URL(base).host;
    } catch {
      return '';
    }
  })();
  const panelName = (id: string) => snap.panels.find((p) => p.id === id)?.name ?? id;
  const jurors = snap.jurors
    .filter((j) => !j.revoked && (panelId === 'all' || j.panelId === panelId))
    .sort(
      (a, b) =>
        panelName(a.panelId).localeCompare(panelName(b.panelId)) ||
        Number(b.isChair) - Number(a.isChair) ||
        a.name.localeCompare(b.name),
    );
  return (
    <>
      <div className="no-print">
        <PageHeader
          title={t('cards.title')}
          lead={t('cards.lead')}
          actions={
            <Button variant="primary" onClick={() => window.print()}>
              {t('cards.print')}
            </Button>
          }
        />
        <div className="card toolbar">
          <SelectField
            label={t('entries.panel')}
            name="cards-panel"
            value={panelId}
            onChange={setPanelId}
            options={[
              { value: 'all', label: t('cards.allPanels') },
              ...snap.panels.map((p) => ({ value: p.id, label: p.name })),
            ]}
          />
          {choices.length > 1 ? (
            <SelectField
              label={t('cards.network')}
              name="lan"
              value={choices.includes(base) ? base : ''}
              onChange={setBase}
              options={[
                ...(choices.includes(base) ? [] : [{ value: '', label: '—' }]),
                ...choices.map((c) => ({ value: c, label: c })),
              ]}
            />
          ) : null}
          <TextField
            label={t('cards.address')}
            name="base"
            value={base}
            onChange={setBase}
            hint={isLoopback(host) ? t('cards.loopback') : t('cards.addressHint')}
          />
        </div>
      </div>
      <div className="card-sheet" data-testid="card-sheet">
        {jurors.map((j) => (
          <JurorCard
            key={j.id}
            juror={j}
            panel={panelName(j.panelId)}
            festival={snap.festival.name}
            base={base}
          />
        ))}
      </div>
    </>
  );
}
