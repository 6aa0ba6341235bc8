// The welcome screen's logos: four slots, each an image the organizer picks (checked again
// by the server: PNG, JPEG or WebP by their bytes, 300 KB at most) or removes.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../common/error-text.js';
import { currentLanguage } from '../../common/i18n.js';
import { Button } from '../../common/ui/index.js';
import { call } from '../session.js';
import { useDesk } from '../store.js';

const maxBytes = 300 * 1024;

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

export function LogosCard() {
  const { t } = useTranslation();
  const logos = useDesk((s) => s.snapshot?.logos ?? []);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const set = async (slot: number, file: File | null) => {
    setError(null);
    if (file && file.size > maxBytes) return setError(t('festival.logoTooBig'));
    setPending(true);
    const res = await call('logo:set', { slot, base64: file ? await readBase64(file) : null });
    setPending(false);
    if (!res.ok)
      setError(
        errorText(res, currentLanguage()) +
          ('details' in res && res.details ? ` (${res.details.join('; ')})` : ''),
      );
  };
  return (
    <section className="card" aria-labelledby="logos-title" data-testid="logos-card">
      <h2 id="logos-title">{t('festival.logos')}</h2>
      <p className="muted">{t('festival.logosLead')}</p>
      <div className="logo-slots">
        {[1, 2, 3, 4].map((slot) => {
          const logo = logos.find((l) => l.slot === slot);
          return (
            <div key={slot} className="logo-slot" data-slot={slot}>
              <span className="logo-slot__label">{t('festival.logoSlot', { slot })}</span>
              <div className="logo-slot__image">
                {logo ? (
                  <img src={logo.url} alt={t('festival.logoSlot', { slot })} />
                ) : (
                  <span className="muted">{t('festival.logoEmpty')}</span>
                )}
              </div>
              <label className="btn btn--secondary btn--sm">
                {t('festival.logoPick')}
                <input
                  type="file"
                  accept="image/png,image/jpeg,image/webp"
                  className="visually-hidden"
                  disabled={pending}
                  data-testid={`logo-file-${slot}`}
                  onChange={(e) => {
                    const file = e.target.files?.[0] ?? null;
                    e.target.value = '';
                    if (file) void set(slot, file);
                  }}
                />
              </label>
              {logo ? (
                <Button
                  size="sm"
                  variant="secondary"
                  disabled={pending}
                  onClick={() => void set(slot, null)}
                >
                  {t('festival.logoClear')}
                </Button>
              ) : null}
            </div>
          );
        })}
      </div>
      {error ? (
        <p className="notice notice--warning" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
