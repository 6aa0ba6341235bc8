// The public phone view (/publik): audience phones on the hall Wi-Fi, each named by
// ?nama= like a screen (default "publik"), ?lang=en (or ?bahasa=en). Entry point only.
// Its own bundle, without the projector's chart library: a phone on a crowded access point
// loads only what a scrolling list needs (docs/PERFORMANCE.md, page weight). It shares the
// screens' stylesheet (layar.css: the dark theme and the .publik rules).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../common/ui/theme.css';
import '../layar/layar.css';
import { setLanguage, setupI18n } from '../common/i18n.js';
import { screenEn, screenId } from '../common/screen/screen-locales.js';
import { languageFromSearch, screenFromLocation } from '../common/screen/screen-logic.js';
import { startScreen } from '../common/screen/screen-store.js';
import { PublikApp } from './publik-app.js';

const where = screenFromLocation(window.location.pathname, window.location.search);
const i18n = setupI18n({ id: screenId, en: screenEn });
const lang = languageFromSearch(window.location.search);
if (lang) setLanguage(lang);
const retitle = () => {
  document.title = i18n.t('titlePublic');
};
retitle();
i18n.on('languageChanged', retitle);
document.documentElement.dataset.screen = 'publik';
startScreen(where.name);

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <PublikApp />
    </StrictMode>,
  );
