// The livestream overlay (/overlay): an OBS browser source on a transparent background,
// with a lower third for the entry on stage and a top-5 strip. Entry point only.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../common/ui/theme.css';
import './overlay.css';
import { setLanguage, setupI18n } from '../common/i18n.js';
import { screenEn, screenId } from '../common/screen/screen-locales.js';
import { languageFromSearch, screenFromLocation } from '../common/screen/screen-logic.js';
import { startScreen } from '../common/screen/screen-store.js';
import { OverlayApp } from './overlay-app.js';

const where = screenFromLocation(window.location.pathname, window.location.search);
const i18n = setupI18n({ id: screenId, en: screenEn });
const lang = languageFromSearch(window.location.search);
if (lang) setLanguage(lang);
document.title = i18n.t('titleOverlay');
document.documentElement.dataset.screen = 'overlay';
// ?panel=panel-b pins the lower third to one panel (a stream per room).
const panel = new URLSearchParams(window.location.search).get('panel');
startScreen(where.name);

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <OverlayApp panel={panel} />
    </StrictMode>,
  );
