// The audience screen (/layar, any number on the LAN, each named by ?nama=) and the public
// phone view (/publik, served from this same page): entry point only.
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
import { PublikApp } from './publik-app.js';

const where = screenFromLocation(window.location.pathname, window.location.search);
const i18n = setupI18n({ id: screenId, en: screenEn });
const lang = languageFromSearch(window.location.search);
if (lang) setLanguage(lang);
const titleKey = where.kind === 'publik' ? 'titlePublic' : 'title';
const retitle = () => {
  document.title = i18n.t(titleKey);
};
retitle();
i18n.on('languageChanged', retitle);
document.documentElement.dataset.screen = where.kind;
startScreen(where.name);

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      {where.kind === 'publik' ? (
        <PublikApp />
      ) : (
        <LayarApp category={pinnedCategory(window.location.search)} />
      )}
    </StrictMode>,
  );
