import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../common/error-text.js';
import { currentLanguage } from '../common/i18n.js';
import { Button, LanguageSwitch } from '../common/ui/index.js';
import { usePad } from './store.js';
import { joinWithPin } from './sync.js';

const PIN_RE = /^[0-9A-Za-z]{4,12}$/;

export function JoinPage() {
  const { t } = useTranslation();
  const joining = usePad((s) => s.joining);
  const joinError = usePad((s) => s.joinError);
  const [pin, setPin] = useState('');
  const [formatError, setFormatError] = useState(false);
  const pinId = useId();
  const hintId = useId();
  const errorId = useId();

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    // PINs are printed in groups ("482 559 037"): spaces and dashes are not part of them.
    const clean = pin.replace(/[\s-]/g, '');
    if (!PIN_RE.test(clean)) {
      setFormatError(true);
      return;
    }
    setFormatError(false);
    joinWithPin(clean);
  };

  const message = formatError
    ? t('join.pinInvalid')
    : joinError
      ? // The shared text speaks of "a code or key" for every audience; a juror has a PIN.
        'code' in joinError && joinError.code === 'UNAUTHORIZED'
        ? t('join.pinUnknown')
        : errorText(joinError, currentLanguage())
      : null;
  return (
    <main className="join">
      <div className="join__lang">
        <LanguageSwitch />
      </div>
      <form className="join__card card" onSubmit={onSubmit} noValidate>
        <p className="join__brand">{t('appName', { ns: 'common' })}</p>
        <h1 className="join__heading">{t('join.heading')}</h1>
        <p className="join__lead">{t('join.lead')}</p>
        <label className="field-label" htmlFor={pinId}>
          {t('join.pinLabel')}
        </label>
        <input
          id={pinId}
          className="text-input join__pin"
          name="pin"
          value={pin}
          onChange={(e) => setPin(e.target.value)}
          autoComplete="one-time-code"
          autoCapitalize="characters"
          spellCheck={false}
          inputMode="text"
          maxLength={20}
          aria-describedby={message ? `${hintId} ${errorId}` : hintId}
          aria-invalid={message ? 'true' : 'false'}
          autoFocus
        />
        <p className="join__hint" id={hintId}>
          {t('join.pinHint')}
        </p>
        {message ? (
          <p
            className="join__error"
            id={errorId}
            role="alert"
            data-error={joinError && !formatError ? joinError.code : 'FORMAT'}
          >
            {message}
          </p>
        ) : null}
        <Button
          type="submit"
          variant="primary"
          size="lg"
          disabled={joining}
          className="join__submit"
        >
          {joining ? t('join.joining') : t('join.submit')}
        </Button>
      </form>
    </main>
  );
}
