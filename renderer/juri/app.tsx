import { useTranslation } from 'react-i18next';
import { errorText } from '../common/error-text.js';
import { currentLanguage } from '../common/i18n.js';
import { EntryList, NowPresenting } from './entry-list.js';
import { JoinPage } from './join-page.js';
import { PadHeader } from './pad-header.js';
import { SheetView } from './sheet-view.js';
import { openEntryId, usePad } from './store.js';
import { signOut } from './sync.js';

export function App() {
  const page = usePad((s) => s.page);
  return page === 'join' ? <JoinPage /> : <Pad />;
}

function Pad() {
  const { t } = useTranslation();
  const s = usePad();
  const entryId = openEntryId(s);
  const view = s.snapshot?.entries.find((e) => e.entry.id === entryId) ?? null;
  return (
    <div className="pad">
      <a
        className="skip-link"
        href="#sheet-main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('sheet-main')?.focus();
        }}
      >
        {t('sheet.skip')}
      </a>
      <PadHeader />
      {s.connection.state === 'refused' && s.connection.error ? (
        // E.g. SESSION_ACTIVE: this juror is connected on another device; the pad retries.
        <p
          className="notice notice--danger pad__banner"
          role="alert"
          data-testid="refused"
          data-error={s.connection.error.code}
        >
          {errorText(s.connection.error, currentLanguage())}
        </p>
      ) : null}
      {s.fromCache && s.connection.state !== 'online' ? (
        <p className="notice notice--warning pad__banner" role="status">
          {t('header.cached')}
        </p>
      ) : null}
      {!s.snapshot ? (
        <main className="pad__waiting" id="sheet-main">
          <p role="status">{t('join.reconnecting')}</p>
          <button type="button" className="btn btn--secondary" onClick={signOut}>
            {t('join.signOutInstead')}
          </button>
        </main>
      ) : (
        <div className="pad__body">
          <aside className="pad__side">
            <NowPresenting />
            <EntryList />
          </aside>
          <main className="pad__main" id="sheet-main" tabIndex={-1}>
            {view ? (
              <SheetView key={view.entry.id} view={view} />
            ) : (
              <p className="muted">{t('list.empty')}</p>
            )}
          </main>
        </div>
      )}
    </div>
  );
}
