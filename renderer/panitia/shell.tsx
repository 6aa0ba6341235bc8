// The desk shell: a header (festival, connection, language, sign out), the navigation by
// section, and the current page. The address bar holds only the route (#/setup/entries).
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ConnectionBadge, LanguageSwitch } from '../common/ui/index.js';
import { Alarms } from './alarms.js';
import { parseRoute, routeHref, sections, type DeskPage } from './nav.js';
import { bridge } from './bridge.js';
import { EntrySearchBox } from './entry-search-box.js';
import { deskPages } from './pages.js';
import { exportArchive, exportTemplate, pickTemplateFile } from './templates.js';
import { signOut } from './session.js';
import { useDesk } from './store.js';
import { deskPlace, isReadOnly } from './standby/standby-logic.js';
import { VenueBanner } from './standby/venue-banner.js';
import { BecomeStandbyDialog } from './standby/become-standby.js';

function useRoute(): string {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const on = () => setHash(window.location.hash);
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return hash;
}

function pick(hash: string, hasFestival: boolean): DeskPage {
  const route = parseRoute(hash);
  const usable = deskPages.filter((s) => hasFestival || s.withoutFestival);
  const found = usable.find((s) => s.section === route?.section && s.id === route.page);
  return found ?? usable[0] ?? deskPages[0]!;
}

export function Shell() {
  const { t } = useTranslation();
  const connection = useDesk((s) => s.connection);
  const festival = useDesk((s) => s.snapshot?.festival ?? null);
  const noFestival = useDesk((s) => s.noFestival);
  const snapshot = useDesk((s) => s.snapshot);
  const place = deskPlace(snapshot, window.location.origin);
  const hash = useRoute();
  const [becoming, setBecoming] = useState(false);
  const page = pick(hash, festival !== null);
  const mainRef = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    // Moving to another page puts focus at its start, as a page load would.
    if (first.current) {
      first.current = false;
      return;
    }
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [page.id]);
  useEffect(
    () =>
      // The Electron menu's File items whose work happens here, over this page's socket.
      bridge()?.onMenuCommand((command) => {
        if (command === 'import-template') void pickTemplateFile();
        else if (command === 'export-setup') void exportTemplate();
        // Back up and restore happen on the backups page: a confirmation first.
        else if (command === 'backup' || command === 'restore')
          window.location.hash = '#/results/backups';
        else if (command === 'become-standby') setBecoming(true);
        else void exportArchive();
      }),
    [],
  );
  const Page = page.component;
  return (
    <div className="desk">
      <a
        className="skip-link"
        href="#desk-main"
        onClick={(e) => {
          e.preventDefault();
          mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
        }}
      >
        {t('shell.skip')}
      </a>
      <header className="desk__header">
        <div className="desk__brand">
          <span className="desk__app">
            {t('appName', { ns: 'common' })} · {t('shell.desk')}
          </span>
          <span className="desk__festival">
            {festival?.name ?? (noFestival ? t('shell.noFestival') : '…')}
          </span>
        </div>
        <div className="desk__tools">
          <EntrySearchBox />
          <ConnectionBadge state={connection.state} />
          <LanguageSwitch />
          <Button size="sm" variant="ghost" onClick={signOut}>
            {t('shell.signOut')}
          </Button>
        </div>
      </header>
      <VenueBanner place={place} />
      <BecomeStandbyDialog open={becoming} onClose={() => setBecoming(false)} />
      <div className="desk__body">
        <nav className="desk__nav" aria-label={t('shell.navigation')}>
          {sections.map((sec) => {
            const items = deskPages.filter((s) => s.section === sec.id);
            return (
              <div key={sec.id} className="desk__nav-section">
                <h2 className="desk__nav-heading">{t(sec.label)}</h2>
                <ul>
                  {items.map((s) => {
                    const disabled = festival === null && !s.withoutFestival;
                    return (
                      <li key={s.id}>
                        {disabled ? (
                          <span
                            className="desk__nav-link desk__nav-link--disabled"
                            aria-disabled="true"
                          >
                            {t(s.label)}
                          </span>
                        ) : (
                          <a
                            className="desk__nav-link"
                            href={routeHref(s)}
                            aria-current={s === page ? 'page' : undefined}
                            data-nav={s.id}
                          >
                            {t(s.label)}
                          </a>
                        )}
                      </li>
                    );
                  })}
                </ul>
              </div>
            );
          })}
        </nav>
        <main className="desk__main" id="desk-main" ref={mainRef}>
          {snapshot ? <Alarms snap={snapshot} /> : null}
          {festival === null && !noFestival ? (
            <p className="muted" role="status">
              {t('shell.loading')}
            </p>
          ) : isReadOnly(place) ? (
            // A standby (or a replaced laptop) takes no changes: every form control is off.
            <fieldset className="desk__readonly" disabled data-testid="read-only">
              <Page />
            </fieldset>
          ) : (
            <Page />
          )}
        </main>
      </div>
    </div>
  );
}
