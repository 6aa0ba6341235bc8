// The one i18n mechanism for every page: i18next with Bahasa Indonesia as the default and
// English selectable. The choice is remembered per device (localStorage). Resources are
// bundled TypeScript objects: nothing is fetched at run time.
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { commonEn, commonId } from './locales/common.js';

export const languages = ['id', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'id';
const STORAGE_KEY = 'panggung.lang';

/** A nested tree of message strings; a page's English tree must match its Indonesian one. */
export type Messages = { [key: string]: string | Messages };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

export function storedLanguage(storage: Pick<Storage, 'getItem'> | null = safeStorage()): Language {
  const v = storage?.getItem(STORAGE_KEY);
  return isLanguage(v) ? v : defaultLanguage;
}

/** This device's localStorage, or null where the browser refuses it (storage disabled). */
export function safeStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage disabled: callers fall back (here: the default language)
  }
}

/** Sets up i18next with the common messages plus the page's own (namespace "page"). */
export function setupI18n(page: { id: Messages; en: Messages }): I18n {
  const lng = storedLanguage();
  void i18next.use(initReactI18next).init({
    lng,
    fallbackLng: defaultLanguage,
    supportedLngs: [...languages],
    ns: ['common', 'page'],
    defaultNS: 'page',
    fallbackNS: 'common',
    resources: { id: { common: commonId, page: page.id }, en: { common: commonEn, page: page.en } },
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
    react: { useSuspense: false },
  });
  applyDocumentLanguage(lng);
  for (const m of pendingMessages.splice(0)) addPageMessages(m);
  return i18next;
}

const pendingMessages: Array<{ id: Messages; en: Messages }> = [];

/**
 * More of the page's messages (namespace "page"), from a module that may load before the
 * page set i18n up (a view imported by the entry) or long after (a lazy chunk).
 */
export function addPageMessages(messages: { id: Messages; en: Messages }): void {
  if (!i18next.isInitialized) return void pendingMessages.push(messages);
  i18next.addResourceBundle('id', 'page', messages.id, true, false);
  i18next.addResourceBundle('en', 'page', messages.en, true, false);
}

export function setLanguage(lng: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // not remembered, still switched
  }
  void i18next.changeLanguage(lng);
  applyDocumentLanguage(lng);
}

/** Text a registry in shared/ carries in both languages, in the language shown now. */
export function localized(
  labels: { id: string; en: string },
  lng: string = i18next.language,
): string {
  return isLanguage(lng) ? labels[lng] : labels[defaultLanguage];
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : defaultLanguage;
}

function applyDocumentLanguage(lng: Language): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}

/** Every key path of a message tree ("a.b.c"), for checking that translations match. */
export function messageKeys(tree: Messages, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : messageKeys(v, `${prefix}${k}.`),
  );
}
