// The audience screen (/layar, any number on the LAN, each named by ?nama=): entry point
// only. The public phone view (/publik) is its own page and bundle (renderer/publik/).
// Address options: ?nama=utama (screen name; the organizer sets each name's mode),
// ?kategori=opd|semua (pin a leaderboard to one category instead of cycling),
// ?lang=en (or ?bahasa=en; default Bahasa Indonesia). The root element carries
// data-version (the snapshot on screen) so tests and the benchmark can time updates.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../common/ui/theme.css';
import './layar.css';
import { setLanguage, setupI18n } from '../common/i18n.js';
import { screenEn, screenId } from '../common/screen/screen-locales.js';
import {
  languageFromSearch,
  pinnedCategory,
  screenFromLocation,
} from '../common/screen/screen-logic.js';
import { startScreen } from '../common/screen/screen-store.js';
import { LayarApp } from './layar-app.js';

const where = screenFromLocation(window.location.pathname, window.location.search);
const i18n = setupI18n({ id: screenId, en: screenEn });
const lang = languageFromSearch(window.location.search);
if (lang) setLanguage(lang);
const retitle = () => {
  document.title = i18n.t('title');
};
retitle();
i18n.on('languageChanged', retitle);
document.documentElement.dataset.screen = 'layar';
startScreen(where.name);

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <LayarApp category={pinnedCategory(window.location.search)} />
    </StrictMode>,
  );
