// The juror pad (/juri): entry point only; the work is in the modules next to it.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../common/ui/theme.css';
import './juri.css';
import { setupI18n } from '../common/i18n.js';
import { App } from './app.js';
import { juriEn, juriId } from './locales.js';
import { startPad } from './sync.js';

const i18n = setupI18n({ id: juriId, en: juriEn });
document.title = i18n.t('title');
i18n.on('languageChanged', () => {
  document.title = i18n.t('title');
});
startPad();

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
