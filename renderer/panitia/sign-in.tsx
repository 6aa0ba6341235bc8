// Sign in with the organizer key (printed by the server at start). In the Electron window
// the key comes from the app and this form is skipped.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../common/error-text.js';
import { currentLanguage } from '../common/i18n.js';
import { Button, LanguageSwitch } from '../common/ui/index.js';
import { signIn } from './session.js';
import { useDesk } from './store.js';

export function SignIn() {
  const { t } = useTranslation();
  const error = useDesk((s) => s.signInError);
  const [key, setKey] = useState('');
  const [empty, setEmpty] = useState(false);
  const id = useId();
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (key.trim() === '') return setEmpty(true);
    setEmpty(false);
    signIn(key.trim());
  };
  const message = empty
    ? t('validation.required')
    : error
      ? errorText(error, currentLanguage())
      : null;
  return (
    <main className="signin">
      <div className="signin__lang">
        <LanguageSwitch />
      </div>
      <form className="card signin__card" onSubmit={onSubmit} noValidate>
        <p className="signin__brand">{t('appName', { ns: 'common' })}</p>
        <h1 className="signin__heading">{t('signIn.heading')}</h1>
        <p className="muted">{t('signIn.lead')}</p>
        <label className="field-label" htmlFor={id}>
          {t('signIn.key')}
        </label>
        <input
          id={id}
          className="text-input"
          type="password"
          name="organizer-key"
          autoComplete="current-password"
          value={key}
          onChange={(e) => setKey(e.target.value)}
          aria-invalid={message ? 'true' : 'false'}
          aria-describedby={message ? `${id}-error` : undefined}
          autoFocus
        />
        {message ? (
          <p className="field-error" id={`${id}-error`} role="alert">
            {message}
          </p>
        ) : null}
        <Button type="submit" variant="primary" size="lg" className="signin__submit">
          {t('signIn.submit')}
        </Button>
      </form>
    </main>
  );
}
