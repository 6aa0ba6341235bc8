import { useTranslation } from 'react-i18next';
import { languages, setLanguage, isLanguage } from '../i18n.js';

/** Language picker; the choice is remembered on this device. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation('common');
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('language.label')}</span>
      <select
        className="text-input"
        value={i18n.language}
        onChange={(e) => {
          if (isLanguage(e.target.value)) setLanguage(e.target.value);
        }}
        style={{ width: 'auto', minHeight: 40 }}
      >
        {languages.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`language.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
