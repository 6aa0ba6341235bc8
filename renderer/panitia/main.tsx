// The organizer desk (/panitia): entry point only; the work is in the modules next to it.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../common/ui/theme.css';
import './panitia.css';
import { setupI18n, currentLanguage, isLanguage } from '../common/i18n.js';
import { App } from './app.js';
import { panitiaEn } from './locales/en.js';
import { panitiaId } from './locales/id.js';
import { startDesk } from './session.js';
import { applyZodLocale } from './validation.js';

const i18n = setupI18n({ id: panitiaId, en: panitiaEn });
applyZodLocale(currentLanguage());
document.title = i18n.t('title');
i18n.on('languageChanged', (lng) => {
  document.title = i18n.t('title');
  if (isLanguage(lng)) applyZodLocale(lng);
});
void startDesk();

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
