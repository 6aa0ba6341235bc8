// The desk header's entry search: type a code, a title or an institution on any page and
// the matches of every panel drop down (code, title, institution, panel, running order).
// Choosing one, or Enter for all of them, opens the entries page filtered by it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchEntries } from './entry-search.js';
import { useDesk } from './store.js';

const shownMax = 8;

export function EntrySearchBox() {
  const { t } = useTranslation();
  const snap = useDesk((s) => s.snapshot);
  const [text, setText] = useState('');
  if (!snap) return null;
  const found = searchEntries(snap.entries, snap.panels, text);
  const panel = (id: string) => snap.panels.find((p) => p.id === id)?.name ?? id;
  const open = (query: string) => {
    useDesk.setState({ entryQuery: query });
    setText('');
    window.location.hash = '#/setup/entries';
  };
  return (
    <div
      className="entry-search"
      role="search"
      onKeyDown={(e) => {
        if (e.key === 'Escape') setText('');
      }}
    >
      <input
        type="search"
        className="text-input entry-search__input"
        name="entry-search"
        value={text}
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
        aria-controls="entry-search-results"
        autoComplete="off"
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && text.trim() !== '') open(text.trim());
          if (e.key === 'ArrowDown')
            document.querySelector<HTMLElement>('#entry-search-results button')?.focus();
        }}
      />
      {text.trim() !== '' ? (
        <div className="entry-search__results" id="entry-search-results" aria-live="polite">
          {found.length === 0 ? (
            <p className="muted entry-search__none">{t('search.none', { query: text.trim() })}</p>
          ) : (
            <ul>
              {found.slice(0, shownMax).map((e) => (
                <li key={e.id}>
                  <button type="button" onClick={() => open(e.code)} data-entry-code={e.code}>
                    <span className="entry-search__title">
                      <strong>{e.code}</strong> {e.title}
                    </span>
                    <span className="entry-search__where">
                      {t('search.where', {
                        institution: e.institution,
                        panel: panel(e.panelId),
                        order: e.order,
                      })}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          {found.length > shownMax ? (
            <p className="muted entry-search__more">
              {t('search.more', { count: found.length - shownMax })}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
